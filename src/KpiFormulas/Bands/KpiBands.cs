using KpiFormulas.Catalog;

namespace KpiFormulas;

/// <summary>
/// The thresholds the source documents give, as band sets. Every boundary and whether it is
/// inclusive is stated on the level enums and in <c>docs/kpis/</c>.
/// </summary>
public static class KpiBands
{
    /// <summary>
    /// LTV/CAC (document 004): below 1 : 1 <see cref="LtvToCacHealth.LosingMoney"/>, exactly 1 : 1
    /// <see cref="LtvToCacHealth.BreakEven"/>, between <see cref="LtvToCacHealth.BelowHealthy"/>, 3 : 1
    /// and above <see cref="LtvToCacHealth.Healthy"/>.
    /// </summary>
    public static BandSet<Ratio, LtvToCacHealth> LtvToCac { get; } = new(
        KpiIds.LtvToCac,
        LtvToCacHealth.LosingMoney,
        new Threshold<Ratio, LtvToCacHealth>(new Ratio(1m), ThresholdSide.StartsUpperBand, LtvToCacHealth.BreakEven),
        new Threshold<Ratio, LtvToCacHealth>(new Ratio(1m), ThresholdSide.EndsLowerBand, LtvToCacHealth.BelowHealthy),
        new Threshold<Ratio, LtvToCacHealth>(new Ratio(3m), ThresholdSide.StartsUpperBand, LtvToCacHealth.Healthy));

    /// <summary>
    /// Real adoption rate (document 003): below 30 % <see cref="AdoptionLevel.Problem"/>, 30 % to 60 %
    /// inclusive <see cref="AdoptionLevel.NormalAtStart"/>, above 60 % <see cref="AdoptionLevel.Excellent"/>.
    /// </summary>
    public static BandSet<Rate, AdoptionLevel> Adoption { get; } = new(
        KpiIds.AdoptionRate,
        AdoptionLevel.Problem,
        new Threshold<Rate, AdoptionLevel>(Rate.FromPercent(30m), ThresholdSide.StartsUpperBand, AdoptionLevel.NormalAtStart),
        new Threshold<Rate, AdoptionLevel>(Rate.FromPercent(60m), ThresholdSide.EndsLowerBand, AdoptionLevel.Excellent));

    /// <summary>
    /// Cost per hour saved in euros per hour (document 003): below 10 <see cref="CostPerHourSavedLevel.Excellent"/>,
    /// 10 to 20 inclusive <see cref="CostPerHourSavedLevel.Profitable"/>, above 20 <see cref="CostPerHourSavedLevel.Revisit"/>.
    /// The values are amounts in EUR.
    /// </summary>
    public static BandSet<decimal, CostPerHourSavedLevel> CostPerHourSavedInEuros { get; } = new(
        KpiIds.CostPerHourSaved,
        CostPerHourSavedLevel.Excellent,
        new Threshold<decimal, CostPerHourSavedLevel>(10m, ThresholdSide.StartsUpperBand, CostPerHourSavedLevel.Profitable),
        new Threshold<decimal, CostPerHourSavedLevel>(20m, ThresholdSide.EndsLowerBand, CostPerHourSavedLevel.Revisit));

    /// <summary>
    /// Payback period in months (document 003): below 2 <see cref="PaybackLevel.Excellent"/>, 2 to 6
    /// inclusive <see cref="PaybackLevel.Good"/>, above 6 <see cref="PaybackLevel.Challenge"/>.
    /// </summary>
    public static BandSet<decimal, PaybackLevel> PaybackMonths { get; } = new(
        KpiIds.PaybackPeriod,
        PaybackLevel.Excellent,
        new Threshold<decimal, PaybackLevel>(2m, ThresholdSide.StartsUpperBand, PaybackLevel.Good),
        new Threshold<decimal, PaybackLevel>(6m, ThresholdSide.EndsLowerBand, PaybackLevel.Challenge));

    /// <summary>
    /// Time saved per person per month, in hours (document 003): below 5 <see cref="TimeSavedLevel.BelowProfitable"/>,
    /// from 5 <see cref="TimeSavedLevel.Profitable"/>, from 10 <see cref="TimeSavedLevel.High"/>, from 20
    /// <see cref="TimeSavedLevel.Top10Percent"/>.
    /// </summary>
    public static BandSet<decimal, TimeSavedLevel> TimeSavedHoursPerPersonPerMonth { get; } = new(
        KpiIds.TimeSaved,
        TimeSavedLevel.BelowProfitable,
        new Threshold<decimal, TimeSavedLevel>(5m, ThresholdSide.StartsUpperBand, TimeSavedLevel.Profitable),
        new Threshold<decimal, TimeSavedLevel>(10m, ThresholdSide.StartsUpperBand, TimeSavedLevel.High),
        new Threshold<decimal, TimeSavedLevel>(20m, ThresholdSide.StartsUpperBand, TimeSavedLevel.Top10Percent));

    /// <summary>
    /// Project ROI against the success threshold of document 001: below 1.5 : 1
    /// <see cref="ProjectRoiLevel.BelowTarget"/>, from 1.5 : 1 <see cref="ProjectRoiLevel.Successful"/>.
    /// </summary>
    public static BandSet<Ratio, ProjectRoiLevel> ProjectRoi { get; } = new(
        KpiIds.ProjectRoi,
        ProjectRoiLevel.BelowTarget,
        new Threshold<Ratio, ProjectRoiLevel>(new Ratio(1.5m), ThresholdSide.StartsUpperBand, ProjectRoiLevel.Successful));
}
