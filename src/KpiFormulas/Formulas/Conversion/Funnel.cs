using System;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>
/// A cascading sales funnel (« entonnoir en cascade »): named stages with their counts, the
/// conversion rate of every step, the overall rate and the bottleneck. Immutable; build one with
/// <see cref="Conversion.Funnel(ReadOnlySpan{FunnelStage})"/>.
/// </summary>
/// <remarks>
/// <para>Rates: step i = count(i + 1) / count(i) (id <c>stage_conversion</c>), overall = last count /
/// first count (id <c>funnel</c>). As counts never rise along a funnel, every rate is within [0 %, 100 %].</para>
/// <para>Overall and steps: the overall rate is the product of the step rates. Each rate is an exact
/// decimal quotient rounded only at decimal's 28th decimal place, so the product of n step rates
/// can differ from the overall rate by at most about 2n × 10⁻²⁸ (it is exactly equal when every
/// step rate is a terminating decimal, such as 1 000 → 400 → 200).</para>
/// <para>Empty stages: when a stage holds 0 items, the step into it has a rate of 0 % and every later
/// step is undefined (0 / 0, <see cref="UndefinedReason.ZeroDenominator"/>): nothing reached those
/// stages, so there is nothing to convert, which is not the same as converting nothing. Undefined
/// steps are never the bottleneck; the step into the first empty stage, at 0 %, is, since no rate
/// is lower. When the first stage itself is empty, the overall rate and the bottleneck are
/// undefined too.</para>
/// <para>Bottleneck (« goulot d'étranglement »): the defined step with the
/// lowest rate; on a tie, the earliest one in the funnel, the first place where the pipeline
/// narrows that much. A funnel that loses nothing (every step at 100 %) has its first step as bottleneck.</para>
/// <para>Catalogue id <c>funnel</c>.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(FunnelJsonConverter))]
public sealed class Funnel
{
    internal Funnel(FunnelStage[] stages)
    {
        Stages = Array.AsReadOnly(stages);
        var steps = new FunnelStep[stages.Length - 1];
        var bottleneck = -1;
        for (var i = 0; i < steps.Length; i++)
        {
            var from = stages[i];
            var to = stages[i + 1];
            var rate = from.Count == 0
                ? KpiResult.Undefined<Rate>(KpiIds.StageConversion, UndefinedReason.ZeroDenominator, $"the stage '{from.Name}' holds no item, so no rate to '{to.Name}' exists.")
                : KpiResult.Defined(KpiIds.StageConversion, Rate.FromFraction((decimal)to.Count / from.Count));
            steps[i] = new FunnelStep(from, to, rate);
            if (rate.IsDefined && (bottleneck < 0 || rate.Value < steps[bottleneck].Rate.Value))
            {
                bottleneck = i;
            }
        }

        Steps = Array.AsReadOnly(steps);
        var first = stages[0];
        var last = stages[^1];
        OverallRate = first.Count == 0
            ? KpiResult.Undefined<Rate>(KpiIds.Funnel, UndefinedReason.ZeroDenominator, $"the first stage '{first.Name}' holds no item.")
            : KpiResult.Defined(KpiIds.Funnel, Rate.FromFraction((decimal)last.Count / first.Count));
        Bottleneck = bottleneck < 0
            ? KpiResult.Undefined<FunnelStep>(KpiIds.Funnel, UndefinedReason.ZeroDenominator, $"the first stage '{first.Name}' holds no item, so no step has a rate.")
            : KpiResult.Defined(KpiIds.Funnel, steps[bottleneck]);
    }

    /// <summary>The stages, in funnel order, as given.</summary>
    /// <remarks>A copy: changing the stages passed to <see cref="Conversion.Funnel(ReadOnlySpan{FunnelStage})"/>
    /// afterwards does not change the funnel.</remarks>
    public ReadOnlyCollection<FunnelStage> Stages { get; }

    /// <summary>The steps between consecutive stages: one fewer than the stages, in funnel order.</summary>
    public ReadOnlyCollection<FunnelStep> Steps { get; }

    /// <summary>
    /// The overall conversion rate, last stage / first stage (id <c>funnel</c>); undefined
    /// (<see cref="UndefinedReason.ZeroDenominator"/>) when the first stage holds no item.
    /// </summary>
    public KpiResult<Rate> OverallRate { get; }

    /// <summary>
    /// The step with the lowest rate, the earliest on a tie (id <c>funnel</c>); undefined steps (after
    /// an empty stage) are skipped. Undefined (<see cref="UndefinedReason.ZeroDenominator"/>) only when
    /// the first stage holds no item, so that no step has a rate.
    /// </summary>
    public KpiResult<FunnelStep> Bottleneck { get; }

    /// <summary>The funnel in one line: <c>lead 1000 -&gt; MQL 400 (40.0 %) -&gt; SQL 200 (50.0 %)</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Stages[0].Name} {Stages[0].Count}");
        foreach (var step in Steps)
        {
            var rate = step.Rate.TryGetValue(out var r) ? r.ToString("P1", CultureInfo.InvariantCulture) : "undefined";
            text.Append(CultureInfo.InvariantCulture, $" -> {step.To.Name} {step.To.Count} ({rate})");
        }

        return text.ToString();
    }
}
