using System;
using System.Linq;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Catalog;

public class BandTests
{
    [Theory]
    [InlineData("0.99", LtvToCacHealth.LosingMoney)]     // below 1 : 1 each customer costs more than it brings
    [InlineData("1", LtvToCacHealth.BreakEven)]          // exactly 1 : 1 is break-even
    [InlineData("1.0001", LtvToCacHealth.BelowHealthy)]
    [InlineData("2.99", LtvToCacHealth.BelowHealthy)]
    [InlineData("3", LtvToCacHealth.Healthy)]            // 3 : 1 is the usual mark of a healthy business
    [InlineData("3.01", LtvToCacHealth.Healthy)]         // and above it
    [InlineData("-2", LtvToCacHealth.LosingMoney)]
    public void Ltv_to_cac_edges(string value, LtvToCacHealth expected) =>
        Assert.Equal(expected, Efficiency.LtvToCacBands.Classify(new Ratio(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("29.99", AdoptionLevel.Problem)]         // below 30 % of the trained people active: a problem
    [InlineData("30", AdoptionLevel.NormalAtStart)]      // 30 % to 60 %, both included: normal at the start
    [InlineData("60", AdoptionLevel.NormalAtStart)]
    [InlineData("60.01", AdoptionLevel.Excellent)]       // above 60 %: excellent
    public void Adoption_edges(string percent, AdoptionLevel expected) =>
        Assert.Equal(expected, Engagement.AdoptionBands.Classify(Rate.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("9.99", CostPerHourSavedLevel.Excellent)]     // under 10 € an hour, 10 € to 20 € profitable, above 20 € to revisit
    [InlineData("10", CostPerHourSavedLevel.Profitable)]
    [InlineData("20", CostPerHourSavedLevel.Profitable)]
    [InlineData("20.01", CostPerHourSavedLevel.Revisit)]
    public void Cost_per_hour_saved_edges(string euros, CostPerHourSavedLevel expected) =>
        Assert.Equal(expected, ReturnOnInvestment.CostPerHourSavedInEurosBands.Classify(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1.99", PaybackLevel.Excellent)]              // under 2 months, 2 to 6 months good, beyond 6 months a challenge
    [InlineData("2", PaybackLevel.Good)]
    [InlineData("6", PaybackLevel.Good)]
    [InlineData("6.01", PaybackLevel.Challenge)]
    public void Payback_edges(string months, PaybackLevel expected) =>
        Assert.Equal(expected, ReturnOnInvestment.PaybackMonthsBands.Classify(decimal.Parse(months, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("4.99", TimeSavedLevel.BelowProfitable)]      // hours per person per month: paying from 5, high from 10, top 10 % from 20
    [InlineData("5", TimeSavedLevel.Profitable)]
    [InlineData("9.99", TimeSavedLevel.Profitable)]
    [InlineData("10", TimeSavedLevel.High)]
    [InlineData("19.99", TimeSavedLevel.High)]
    [InlineData("20", TimeSavedLevel.Top10Percent)]
    public void Time_saved_edges(string hours, TimeSavedLevel expected) =>
        Assert.Equal(expected, Productivity.TimeSavedHoursPerPersonPerMonthBands.Classify(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1.49", ProjectRoiLevel.BelowTarget)]         // a project succeeds from 1.5 : 1, included
    [InlineData("1.5", ProjectRoiLevel.Successful)]
    [InlineData("2.4", ProjectRoiLevel.Successful)]           // the 2.4 : 1 project of ReturnOnInvestment.json
    public void Project_roi_edges(string value, ProjectRoiLevel expected) =>
        Assert.Equal(expected, ReturnOnInvestment.ProjectRoiBands.Classify(new Ratio(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));

    [KpiProperty(typeof(FourDecimalAmounts))]
    public bool Classification_is_monotone_in_the_value(decimal a, decimal b)
    {
        var (low, high) = a <= b ? (a / 1_000_000_000m, b / 1_000_000_000m) : (b / 1_000_000_000m, a / 1_000_000_000m);
        return Efficiency.LtvToCacBands.Classify(new Ratio(low)) <= Efficiency.LtvToCacBands.Classify(new Ratio(high))
            && Engagement.AdoptionBands.Classify(Rate.FromFraction(low)) <= Engagement.AdoptionBands.Classify(Rate.FromFraction(high))
            && ReturnOnInvestment.CostPerHourSavedInEurosBands.Classify(low) <= ReturnOnInvestment.CostPerHourSavedInEurosBands.Classify(high)
            && ReturnOnInvestment.PaybackMonthsBands.Classify(low) <= ReturnOnInvestment.PaybackMonthsBands.Classify(high)
            && Productivity.TimeSavedHoursPerPersonPerMonthBands.Classify(low) <= Productivity.TimeSavedHoursPerPersonPerMonthBands.Classify(high)
            && ReturnOnInvestment.ProjectRoiBands.Classify(new Ratio(low)) <= ReturnOnInvestment.ProjectRoiBands.Classify(new Ratio(high));
    }

    [KpiProperty(typeof(SixDecimalAmounts))]
    public bool Bands_cover_every_value_exactly_once(decimal x)
    {
        var v = x / 1_000_000_000m;
        return Efficiency.LtvToCacBands.Bands.Count(b => b.Contains(new Ratio(v))) == 1
            && ReturnOnInvestment.PaybackMonthsBands.Bands.Count(b => b.Contains(v)) == 1
            && Productivity.TimeSavedHoursPerPersonPerMonthBands.Bands.Count(b => b.Contains(v)) == 1;
    }

    [Fact]
    public void Band_descriptions_state_bounds_and_inclusivity()
    {
        Assert.Equal(
            ["LosingMoney: (-∞, 1:1)", "BreakEven: [1:1, 1:1]", "BelowHealthy: (1:1, 3:1)", "Healthy: [3:1, +∞)"],
            Efficiency.LtvToCacBands.Describe());
        Assert.Equal(["Problem: (-∞, 30%)", "NormalAtStart: [30%, 60%]", "Excellent: (60%, +∞)"], Engagement.AdoptionBands.Describe());
        Assert.Equal(typeof(Ratio), Efficiency.LtvToCacBands.ValueType);
        Assert.Equal(typeof(LtvToCacHealth), Efficiency.LtvToCacBands.LevelType);
        var healthy = Efficiency.LtvToCacBands.BandOf(new Ratio(5m));
        Assert.Equal(LtvToCacHealth.Healthy, healthy.Level);
        Assert.Equal(new Ratio(3m), healthy.Lower);
        Assert.True(healthy.LowerInclusive);
        Assert.Null(healthy.Upper);
        Assert.False(healthy.UpperInclusive);
    }

    [Fact]
    public void Custom_band_sets_validate_their_thresholds()
    {
        Assert.Throws<ArgumentNullException>(() => new BandSet<decimal, PaybackLevel>(null!, PaybackLevel.Excellent));
        Assert.Equal("thresholds", Assert.Throws<ArgumentException>(() => new BandSet<decimal, PaybackLevel>(
            "x", PaybackLevel.Excellent,
            new Threshold<decimal, PaybackLevel>(3m, ThresholdSide.StartsUpperBand, PaybackLevel.Good),
            new Threshold<decimal, PaybackLevel>(2m, ThresholdSide.StartsUpperBand, PaybackLevel.Challenge))).ParamName);
        // The same value twice must make a single-value band: StartsUpperBand then EndsLowerBand.
        Assert.Throws<ArgumentException>(() => new BandSet<decimal, PaybackLevel>(
            "x", PaybackLevel.Excellent,
            new Threshold<decimal, PaybackLevel>(2m, ThresholdSide.EndsLowerBand, PaybackLevel.Good),
            new Threshold<decimal, PaybackLevel>(2m, ThresholdSide.EndsLowerBand, PaybackLevel.Challenge)));
        var single = new BandSet<decimal, PaybackLevel>("x", PaybackLevel.Excellent);
        Assert.Equal(PaybackLevel.Excellent, single.Classify(decimal.MaxValue));
        Assert.Equal("x", single.KpiId);
        Assert.Equal(["Excellent: (-∞, +∞)"], single.Describe());
    }
}
