using System;
using System.Linq;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Catalog;

public class BandTests
{
    [Theory]
    [InlineData("0.99", LtvToCacHealth.LosingMoney)]     // seed 004, line 178: "Ratio < 1:1 : Alerte rouge"
    [InlineData("1", LtvToCacHealth.BreakEven)]          // seed 004, line 179: "Ratio = 1:1 : Vous êtes à l'équilibre"
    [InlineData("1.0001", LtvToCacHealth.BelowHealthy)]
    [InlineData("2.99", LtvToCacHealth.BelowHealthy)]
    [InlineData("3", LtvToCacHealth.Healthy)]            // seed 004, line 176: "un ratio LTV/CAC de 3:1 est le signe d'une entreprise saine"
    [InlineData("3.01", LtvToCacHealth.Healthy)]         // seed 004, line 180: "Ratio > 3:1 : Excellent"
    [InlineData("-2", LtvToCacHealth.LosingMoney)]
    public void Ltv_to_cac_edges(string value, LtvToCacHealth expected) =>
        Assert.Equal(expected, KpiBands.LtvToCac.Classify(new Ratio(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("29.99", AdoptionLevel.Problem)]         // seed 003, line 105: "< 30% -> problème"
    [InlineData("30", AdoptionLevel.NormalAtStart)]      // seed 003, line 106: "30-60% -> normal"
    [InlineData("60", AdoptionLevel.NormalAtStart)]
    [InlineData("60.01", AdoptionLevel.Excellent)]       // seed 003, line 107: "60% -> excellent" (catalogue: > 60 %)
    public void Adoption_edges(string percent, AdoptionLevel expected) =>
        Assert.Equal(expected, KpiBands.Adoption.Classify(Rate.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("9.99", CostPerHourSavedLevel.Excellent)]     // seed 003, lines 133-135
    [InlineData("10", CostPerHourSavedLevel.Profitable)]
    [InlineData("20", CostPerHourSavedLevel.Profitable)]
    [InlineData("20.01", CostPerHourSavedLevel.Revisit)]
    public void Cost_per_hour_saved_edges(string euros, CostPerHourSavedLevel expected) =>
        Assert.Equal(expected, KpiBands.CostPerHourSavedInEuros.Classify(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1.99", PaybackLevel.Excellent)]              // seed 003, lines 156-158
    [InlineData("2", PaybackLevel.Good)]
    [InlineData("6", PaybackLevel.Good)]
    [InlineData("6.01", PaybackLevel.Challenge)]
    public void Payback_edges(string months, PaybackLevel expected) =>
        Assert.Equal(expected, KpiBands.PaybackMonths.Classify(decimal.Parse(months, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("4.99", TimeSavedLevel.BelowProfitable)]      // seed 003, lines 79-81
    [InlineData("5", TimeSavedLevel.Profitable)]
    [InlineData("9.99", TimeSavedLevel.Profitable)]
    [InlineData("10", TimeSavedLevel.High)]
    [InlineData("19.99", TimeSavedLevel.High)]
    [InlineData("20", TimeSavedLevel.Top10Percent)]
    public void Time_saved_edges(string hours, TimeSavedLevel expected) =>
        Assert.Equal(expected, KpiBands.TimeSavedHoursPerPersonPerMonth.Classify(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1.49", ProjectRoiLevel.BelowTarget)]         // seed 001, line 19: "≥ 1,5 : 1"
    [InlineData("1.5", ProjectRoiLevel.Successful)]
    [InlineData("2.4", ProjectRoiLevel.Successful)]           // seed 001, line 42: "ROI calculé : 2,4:1"
    public void Project_roi_edges(string value, ProjectRoiLevel expected) =>
        Assert.Equal(expected, KpiBands.ProjectRoi.Classify(new Ratio(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));

    [KpiProperty(typeof(FourDecimalAmounts))]
    public bool Classification_is_monotone_in_the_value(decimal a, decimal b)
    {
        var (low, high) = a <= b ? (a / 1_000_000_000m, b / 1_000_000_000m) : (b / 1_000_000_000m, a / 1_000_000_000m);
        return KpiBands.LtvToCac.Classify(new Ratio(low)) <= KpiBands.LtvToCac.Classify(new Ratio(high))
            && KpiBands.Adoption.Classify(Rate.FromFraction(low)) <= KpiBands.Adoption.Classify(Rate.FromFraction(high))
            && KpiBands.CostPerHourSavedInEuros.Classify(low) <= KpiBands.CostPerHourSavedInEuros.Classify(high)
            && KpiBands.PaybackMonths.Classify(low) <= KpiBands.PaybackMonths.Classify(high)
            && KpiBands.TimeSavedHoursPerPersonPerMonth.Classify(low) <= KpiBands.TimeSavedHoursPerPersonPerMonth.Classify(high)
            && KpiBands.ProjectRoi.Classify(new Ratio(low)) <= KpiBands.ProjectRoi.Classify(new Ratio(high));
    }

    [KpiProperty(typeof(SixDecimalAmounts))]
    public bool Bands_cover_every_value_exactly_once(decimal x)
    {
        var v = x / 1_000_000_000m;
        return KpiBands.LtvToCac.Bands.Count(b => b.Contains(new Ratio(v))) == 1
            && KpiBands.PaybackMonths.Bands.Count(b => b.Contains(v)) == 1
            && KpiBands.TimeSavedHoursPerPersonPerMonth.Bands.Count(b => b.Contains(v)) == 1;
    }

    [Fact]
    public void Band_descriptions_state_bounds_and_inclusivity()
    {
        Assert.Equal(
            ["LosingMoney: (-∞, 1:1)", "BreakEven: [1:1, 1:1]", "BelowHealthy: (1:1, 3:1)", "Healthy: [3:1, +∞)"],
            KpiBands.LtvToCac.Describe());
        Assert.Equal(["Problem: (-∞, 30%)", "NormalAtStart: [30%, 60%]", "Excellent: (60%, +∞)"], KpiBands.Adoption.Describe());
        Assert.Equal(typeof(Ratio), KpiBands.LtvToCac.ValueType);
        Assert.Equal(typeof(LtvToCacHealth), KpiBands.LtvToCac.LevelType);
        var healthy = KpiBands.LtvToCac.BandOf(new Ratio(5m));
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
