using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>The serializable state of a <see cref="FunnelAccumulator"/>.</summary>
/// <param name="StageNames">The stage names, in funnel order.</param>
/// <param name="FurthestStageCounts">Per stage index: the leads whose furthest stage is that one.</param>
/// <example>
/// <code>
/// var copy = FunnelAccumulator.FromState(JsonSerializer.Deserialize&lt;FunnelState&gt;(JsonSerializer.Serialize(funnel.State))!);
/// </code>
/// </example>
[JsonConverter(typeof(FunnelStateJsonConverter))]
public sealed record FunnelState(IReadOnlyList<string> StageNames, IReadOnlyList<long> FurthestStageCounts)
{
    /// <summary>The stage names, in funnel order.</summary>
    public IReadOnlyList<string> StageNames { get; } = StageNames;

    /// <summary>Per stage index: the leads whose furthest stage is that one.</summary>
    public IReadOnlyList<long> FurthestStageCounts { get; } = FurthestStageCounts;
}

/// <summary>
/// Funnel stage counts (« entonnoir en cascade ») from each lead's furthest stage: a lead that
/// reached stage k also passed every stage before it.
/// </summary>
/// <remarks>
/// <para>Formula: count(stage i) = leads whose furthest stage index is at least i; the result is
/// <see cref="Conversion.Funnel(ReadOnlySpan{FunnelStage})"/> of those counts, with every step rate,
/// the overall rate and the bottleneck (undefined rates after an empty stage, never an exception).</para>
/// <para>Inputs: one furthest-stage index per lead (0 = first stage), as <see cref="byte"/> or
/// <see cref="int"/> columns. Counting is a histogram over the stage indexes: no allocation per row.</para>
/// <para>Catalogue ids <c>funnel</c> and <c>stage_conversion</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// var funnel = new FunnelAccumulator("lead", "MQL", "SQL", "won");
/// funnel.Add([0, 1, 3, 2, 1, 0, 0, 3]);   // furthest stage of 8 leads
/// var result = funnel.Result();           // lead 8 -> MQL 5 -> SQL 3 -> won 2
/// result.OverallRate.Value;               // 25 % (2 / 8)
/// </code>
/// </example>
public sealed class FunnelAccumulator : IAccumulator<FunnelAccumulator, Funnel>
{
    private readonly string[] stageNames;
    private long[] furthest;

    /// <summary>Creates an empty funnel of named stages.</summary>
    /// <param name="stageNames">The stage names in funnel order: at least two, none blank, unique (ordinal).</param>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two stages, or a blank or repeated name.</exception>
    /// <example>
    /// <code>
    /// var funnel = new FunnelAccumulator("lead", "MQL", "SQL", "opportunity", "won");
    /// </code>
    /// </example>
    public FunnelAccumulator(params ReadOnlySpan<string> stageNames)
    {
        this.stageNames = StageNames(stageNames, nameof(stageNames));
        furthest = new long[this.stageNames.Length];
    }

    private FunnelAccumulator(string[] checkedStageNames, long[] furthestStageCounts)
    {
        stageNames = checkedStageNames;
        furthest = furthestStageCounts;
    }

    /// <summary>The stage names, in funnel order.</summary>
    /// <example>
    /// <code>
    /// new FunnelAccumulator("lead", "MQL", "won").Stages[1]; // "MQL"
    /// </code>
    /// </example>
    public ReadOnlyCollection<string> Stages => Array.AsReadOnly(stageNames);

    /// <summary>A snapshot of the state.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(funnel.State);
    /// </code>
    /// </example>
    public FunnelState State => new((string[])stageNames.Clone(), (long[])furthest.Clone());

    /// <summary>Rebuilds an accumulator from a state.</summary>
    /// <param name="state">A state produced by <see cref="State"/>.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state is not one an accumulator can be in (the message names the broken rule): stage names missing, fewer than two, blank or repeated; counts of the wrong length or negative; counts that add up beyond <see cref="long.MaxValue"/>.</exception>
    /// <example>
    /// <code>
    /// var funnel = FunnelAccumulator.FromState(state);
    /// </code>
    /// </example>
    public static FunnelAccumulator FromState(FunnelState state)
    {
        Preconditions.NotNull(state);
        const string Name = nameof(state);
        var stageNames = Preconditions.StateMember(state.StageNames, nameof(state.StageNames), Name);
        var names = new string[stageNames.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Preconditions.StateMember(stageNames[i], $"{nameof(state.StageNames)}[{i}]", Name);
        }

        var counts = Preconditions.StateList(state.FurthestStageCounts, names.Length, nameof(state.FurthestStageCounts), Name);
        Preconditions.StateNotNegative(counts, nameof(state.FurthestStageCounts), Name);
        Preconditions.StateSumFits(counts, nameof(state.FurthestStageCounts), Name);
        var accumulator = new FunnelAccumulator(StageNames(names, Name), counts);
        return accumulator;
    }

    /// <summary>Adds leads: the index of each lead's furthest stage.</summary>
    /// <param name="furthestStages">One stage index per lead, in <c>[0, stage count)</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A stage index is out of range (the first bad row is reported).</exception>
    /// <example>
    /// <code>
    /// funnel.Add([0, 2, 4]);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> furthestStages) => Histogram.Add(furthest, furthestStages, nameof(furthestStages));

    /// <summary>Adds leads with byte stage indexes (a quarter of the memory traffic of <see cref="int"/>).</summary>
    /// <param name="furthestStages">One stage index per lead, in <c>[0, stage count)</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A stage index is out of range.</exception>
    /// <example>
    /// <code>
    /// byte[] stages = [0, 2, 4];
    /// funnel.Add(stages);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<byte> furthestStages) => Histogram.Add(furthest, furthestStages, nameof(furthestStages));

    /// <summary>Adds one lead.</summary>
    /// <param name="furthestStage">The lead's furthest stage index.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    /// <example>
    /// <code>
    /// funnel.Add(3);
    /// </code>
    /// </example>
    public void Add(int furthestStage) => Add([furthestStage]);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The stage names differ, or <paramref name="other"/> is this accumulator.</exception>
    /// <exception cref="OverflowException">The merged leads would be beyond <see cref="long.MaxValue"/>; nothing is merged.</exception>
    public void Merge(FunnelAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        Preconditions.Argument(stageNames.AsSpan().SequenceEqual(other.stageNames), nameof(other), "The accumulators must have the same stages.");
        var merged = new long[furthest.Length];
        long leads = 0;
        for (var i = 0; i < merged.Length; i++)
        {
            merged[i] = checked(furthest[i] + other.furthest[i]);
            leads = checked(leads + merged[i]);
        }

        furthest = merged;
    }

    /// <inheritdoc />
    /// <example>
    /// <code>
    /// funnel.Result().Bottleneck.Value.From.Name;
    /// </code>
    /// </example>
    public Funnel Result()
    {
        var stages = new FunnelStage[stageNames.Length];
        long reached = 0;
        for (var i = stages.Length - 1; i >= 0; i--)
        {
            reached = checked(reached + furthest[i]);
            stages[i] = new FunnelStage(stageNames[i], reached);
        }

        return Conversion.Funnel(stages);
    }

    /// <summary>The funnel of records that are not in columns.</summary>
    /// <typeparam name="TRecord">The lead record type.</typeparam>
    /// <param name="leads">The leads.</param>
    /// <param name="furthestStage">Reads a lead's furthest stage index.</param>
    /// <param name="stageNames">The stage names in funnel order.</param>
    /// <returns>The funnel.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stage names are invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A stage index is out of range.</exception>
    /// <example>
    /// <code>
    /// var funnel = FunnelAccumulator.Aggregate(leads, l =&gt; (int)l.Stage, ["lead", "MQL", "SQL", "won"]);
    /// </code>
    /// </example>
    public static Funnel Aggregate<TRecord>(IEnumerable<TRecord> leads, Func<TRecord, int> furthestStage, IReadOnlyList<string> stageNames)
    {
        Preconditions.NotNull(leads);
        Preconditions.NotNull(furthestStage);
        Preconditions.NotNull(stageNames);
        var names = new string[stageNames.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = stageNames[i];
        }

        var accumulator = new FunnelAccumulator(names);
        var row = 0;
        foreach (var lead in leads)
        {
            var stage = furthestStage(lead);
            if (!Columns.IsIndex(stage, names.Length))
            {
                Preconditions.ThrowIndexOutOfRange(nameof(furthestStage), row, stage, names.Length);
            }

            accumulator.furthest[stage]++;
            row++;
        }

        return accumulator.Result();
    }

    /// <summary>Checks stage names as <see cref="Conversion.Funnel(ReadOnlySpan{FunnelStage})"/> does, naming <paramref name="paramName"/>.</summary>
    internal static string[] StageNames(ReadOnlySpan<string> names, string paramName)
    {
        Preconditions.Argument(names.Length >= 2, paramName, "A funnel must have at least two stages.");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] is null)
            {
                Preconditions.ThrowArgumentNull(paramName, "Stage {0}: The name must not be null.", i);
            }

            if (string.IsNullOrWhiteSpace(names[i]))
            {
                Preconditions.ThrowArgument(paramName, "Stage {0}: The name must not be blank.", i);
            }

            if (!seen.Add(names[i]))
            {
                Preconditions.ThrowArgument(paramName, "The stage names must be unique; '{0}' appears twice.", names[i]);
            }
        }

        return names.ToArray();
    }
}
