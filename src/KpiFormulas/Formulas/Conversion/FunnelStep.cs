using System.Text.Json.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>
/// One step of a <see cref="Funnel"/>, from a stage to the next, with its conversion rate
/// (« taux de passage »).
/// </summary>
/// <param name="From">The stage the items start from (stage N).</param>
/// <param name="To">The next stage (stage N+1).</param>
/// <param name="Rate">
/// To.Count / From.Count with the id <c>stage_conversion</c>; undefined
/// (<see cref="UndefinedReason.ZeroDenominator"/>) when <paramref name="From"/> holds no item.
/// </param>
[JsonConverter(typeof(FunnelStepJsonConverter))]
public readonly record struct FunnelStep(FunnelStage From, FunnelStage To, KpiResult<Rate> Rate)
{
    /// <summary>The stage the items start from (stage N).</summary>
    public FunnelStage From { get; } = From;

    /// <summary>The next stage (stage N+1).</summary>
    public FunnelStage To { get; } = To;

    /// <summary>To.Count / From.Count, with the id <c>stage_conversion</c>; undefined when From holds no item.</summary>
    public KpiResult<Rate> Rate { get; } = Rate;

    /// <summary>The items lost at this step: From.Count − To.Count, never negative in a valid funnel.</summary>
    public long Lost => From.Count - To.Count;
}
