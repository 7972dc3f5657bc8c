using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

public static partial class Engagement
{
    /// <summary>
    /// Real adoption rate, the library's documented thresholds for a small company: below 30 % <see cref="AdoptionLevel.Problem"/>, 30 % to 60 %
    /// inclusive <see cref="AdoptionLevel.NormalAtStart"/>, above 60 % <see cref="AdoptionLevel.Excellent"/>.
    /// </summary>
    public static BandSet<Rate, AdoptionLevel> AdoptionBands { get; } = new(
        KpiIds.AdoptionRate,
        AdoptionLevel.Problem,
        new Threshold<Rate, AdoptionLevel>(Rate.FromPercent(30m), ThresholdSide.StartsUpperBand, AdoptionLevel.NormalAtStart),
        new Threshold<Rate, AdoptionLevel>(Rate.FromPercent(60m), ThresholdSide.EndsLowerBand, AdoptionLevel.Excellent));
}

/// <summary>Levels of the real adoption rate of a tool.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<AdoptionLevel>))]
public enum AdoptionLevel
{
    /// <summary>Below 30 %: a training or buy-in problem.</summary>
    Problem = 0,

    /// <summary>30 % to 60 % inclusive: normal at the start of a rollout.</summary>
    NormalAtStart = 1,

    /// <summary>Above 60 %: excellent.</summary>
    Excellent = 2,
}
