using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

public static partial class Productivity
{
    /// <summary>
    /// Time saved per person per month, in hours, the library's documented thresholds: below 5 <see cref="TimeSavedLevel.BelowProfitable"/>,
    /// from 5 <see cref="TimeSavedLevel.Profitable"/>, from 10 <see cref="TimeSavedLevel.High"/>, from 20
    /// <see cref="TimeSavedLevel.Top10Percent"/>.
    /// </summary>
    public static BandSet<decimal, TimeSavedLevel> TimeSavedHoursPerPersonPerMonthBands { get; } = new(
        KpiIds.TimeSaved,
        TimeSavedLevel.BelowProfitable,
        new Threshold<decimal, TimeSavedLevel>(5m, ThresholdSide.StartsUpperBand, TimeSavedLevel.Profitable),
        new Threshold<decimal, TimeSavedLevel>(10m, ThresholdSide.StartsUpperBand, TimeSavedLevel.High),
        new Threshold<decimal, TimeSavedLevel>(20m, ThresholdSide.StartsUpperBand, TimeSavedLevel.Top10Percent));
}

/// <summary>Levels of the time saved per person per month, in hours.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<TimeSavedLevel>))]
public enum TimeSavedLevel
{
    /// <summary>Below 5 h a month: not yet profitable.</summary>
    BelowProfitable = 0,

    /// <summary>5 h a month or more: the tool already pays ("IA déjà rentable").</summary>
    Profitable = 1,

    /// <summary>10 h a month or more: high ("moyenne haute").</summary>
    High = 2,

    /// <summary>20 h a month or more: top 10 %.</summary>
    Top10Percent = 3,
}
