using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

public static partial class ReturnOnInvestment
{
    /// <summary>
    /// Cost per hour saved in euros per hour, the library's documented thresholds: below 10 <see cref="CostPerHourSavedLevel.Excellent"/>,
    /// 10 to 20 inclusive <see cref="CostPerHourSavedLevel.Profitable"/>, above 20 <see cref="CostPerHourSavedLevel.Revisit"/>.
    /// The values are amounts in EUR.
    /// </summary>
    public static BandSet<decimal, CostPerHourSavedLevel> CostPerHourSavedInEurosBands { get; } = new(
        KpiIds.CostPerHourSaved,
        CostPerHourSavedLevel.Excellent,
        new Threshold<decimal, CostPerHourSavedLevel>(10m, ThresholdSide.StartsUpperBand, CostPerHourSavedLevel.Profitable),
        new Threshold<decimal, CostPerHourSavedLevel>(20m, ThresholdSide.EndsLowerBand, CostPerHourSavedLevel.Revisit));

    /// <summary>
    /// Payback period in months, the library's documented thresholds: below 2 <see cref="PaybackLevel.Excellent"/>, 2 to 6
    /// inclusive <see cref="PaybackLevel.Good"/>, above 6 <see cref="PaybackLevel.Challenge"/>.
    /// </summary>
    public static BandSet<decimal, PaybackLevel> PaybackMonthsBands { get; } = new(
        KpiIds.PaybackPeriod,
        PaybackLevel.Excellent,
        new Threshold<decimal, PaybackLevel>(2m, ThresholdSide.StartsUpperBand, PaybackLevel.Good),
        new Threshold<decimal, PaybackLevel>(6m, ThresholdSide.EndsLowerBand, PaybackLevel.Challenge));

    /// <summary>
    /// Project ROI against the library's documented success threshold: below 1.5 : 1
    /// <see cref="ProjectRoiLevel.BelowTarget"/>, from 1.5 : 1 <see cref="ProjectRoiLevel.Successful"/>.
    /// </summary>
    public static BandSet<Ratio, ProjectRoiLevel> ProjectRoiBands { get; } = new(
        KpiIds.ProjectRoi,
        ProjectRoiLevel.BelowTarget,
        new Threshold<Ratio, ProjectRoiLevel>(new Ratio(1.5m), ThresholdSide.StartsUpperBand, ProjectRoiLevel.Successful));
}

/// <summary>Levels of the cost per hour saved, in euros per hour.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<CostPerHourSavedLevel>))]
public enum CostPerHourSavedLevel
{
    /// <summary>Below 10 €/h: excellent ROI.</summary>
    Excellent = 0,

    /// <summary>10 €/h to 20 €/h inclusive: profitable.</summary>
    Profitable = 1,

    /// <summary>Above 20 €/h: revisit the tool or its use.</summary>
    Revisit = 2,
}

/// <summary>Levels of the payback period, in months.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<PaybackLevel>))]
public enum PaybackLevel
{
    /// <summary>Below 2 months: excellent.</summary>
    Excellent = 0,

    /// <summary>2 to 6 months inclusive: good.</summary>
    Good = 1,

    /// <summary>Above 6 months: challenge the tool or the use case.</summary>
    Challenge = 2,
}

/// <summary>Levels of a project ROI against the library's success threshold (≥ 1.5 : 1).</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<ProjectRoiLevel>))]
public enum ProjectRoiLevel
{
    /// <summary>Below 1.5 : 1: the project misses the success threshold.</summary>
    BelowTarget = 0,

    /// <summary>1.5 : 1 or more: a successful project.</summary>
    Successful = 1,
}
