using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

public static partial class Efficiency
{
    /// <summary>
    /// LTV/CAC, the library's documented thresholds: below 1 : 1 <see cref="LtvToCacHealth.LosingMoney"/>, exactly 1 : 1
    /// <see cref="LtvToCacHealth.BreakEven"/>, between <see cref="LtvToCacHealth.BelowHealthy"/>, 3 : 1
    /// and above <see cref="LtvToCacHealth.Healthy"/>.
    /// </summary>
    public static BandSet<Ratio, LtvToCacHealth> LtvToCacBands { get; } = new(
        KpiIds.LtvToCac,
        LtvToCacHealth.LosingMoney,
        new Threshold<Ratio, LtvToCacHealth>(new Ratio(1m), ThresholdSide.StartsUpperBand, LtvToCacHealth.BreakEven),
        new Threshold<Ratio, LtvToCacHealth>(new Ratio(1m), ThresholdSide.EndsLowerBand, LtvToCacHealth.BelowHealthy),
        new Threshold<Ratio, LtvToCacHealth>(new Ratio(3m), ThresholdSide.StartsUpperBand, LtvToCacHealth.Healthy));
}

/// <summary>Levels of the LTV/CAC ratio, 3 : 1 being the healthy mark.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<LtvToCacHealth>))]
public enum LtvToCacHealth
{
    /// <summary>Below 1 : 1: each new customer loses money ("alerte rouge").</summary>
    LosingMoney = 0,

    /// <summary>Exactly 1 : 1: break-even, no margin to grow ("à l'équilibre").</summary>
    BreakEven = 1,

    /// <summary>Above 1 : 1 and below 3 : 1: profitable but below the healthy mark (a band with no usual name).</summary>
    BelowHealthy = 2,

    /// <summary>3 : 1 or more: a healthy, profitable model ("excellent").</summary>
    Healthy = 3,
}
