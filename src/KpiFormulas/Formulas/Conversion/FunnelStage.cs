using System.Text.Json.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>One stage of a sales funnel (« étape de l'entonnoir »): its name and the items that reached it.</summary>
/// <param name="Name">The stage's name (<c>lead</c>, <c>MQL</c>, <c>SQL</c>, <c>opportunity</c>, <c>won</c>); unique within a funnel, not blank.</param>
/// <param name="Count">The items that reached this stage in the period; not negative.</param>
/// <remarks>
/// A plain value: it is checked when a funnel is built from it by
/// <see cref="Conversion.Funnel(System.ReadOnlySpan{FunnelStage})"/>, which rejects a null or blank
/// name, a negative count, a repeated name and a count above the previous stage's.
/// </remarks>
[JsonConverter(typeof(FunnelStageJsonConverter))]
public readonly record struct FunnelStage(string Name, long Count)
{
    /// <summary>The stage's name; unique within a funnel.</summary>
    public string Name { get; } = Name;

    /// <summary>The items that reached this stage in the period.</summary>
    public long Count { get; } = Count;
}
