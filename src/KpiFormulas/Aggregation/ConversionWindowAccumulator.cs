using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Numerics;
using System.Text.Json.Serialization;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>The serializable state of a <see cref="ConversionWindowAccumulator"/>.</summary>
/// <param name="StageNames">The stage names, in funnel order (stage 0 is the base event).</param>
/// <param name="WindowTicks">The conversion window, in ticks of 100 ns.</param>
/// <param name="EntityCount">The number of entities (ids 0 to EntityCount − 1).</param>
/// <param name="FirstEventTicks">
/// Per entity then per stage (<c>[entity × stages + stage]</c>): the ticks of the entity's earliest
/// event of that stage, or <see cref="long.MaxValue"/> when it has none.
/// </param>
/// <example>
/// <code>
/// var copy = ConversionWindowAccumulator.FromState(JsonSerializer.Deserialize&lt;ConversionWindowState&gt;(JsonSerializer.Serialize(conversions.State))!);
/// </code>
/// </example>
[JsonConverter(typeof(ConversionWindowStateJsonConverter))]
public sealed record ConversionWindowState(IReadOnlyList<string> StageNames, long WindowTicks, int EntityCount, IReadOnlyList<long> FirstEventTicks)
{
    /// <summary>The stage names, in funnel order (stage 0 is the base event).</summary>
    public IReadOnlyList<string> StageNames { get; } = StageNames;

    /// <summary>The conversion window, in ticks of 100 ns.</summary>
    public long WindowTicks { get; } = WindowTicks;

    /// <summary>The number of entities (ids 0 to EntityCount − 1).</summary>
    public int EntityCount { get; } = EntityCount;

    /// <summary>Per entity then per stage (<c>[entity × stages + stage]</c>): the ticks of the entity's earliest event of that stage, or <see cref="long.MaxValue"/> when it has none.</summary>
    public IReadOnlyList<long> FirstEventTicks { get; } = FirstEventTicks;
}

/// <summary>
/// Conversion within a time window across any number of stages, from event timestamps per entity
/// (a user, a lead, an account), like dbt MetricFlow's conversion metrics extended to a funnel.
/// </summary>
/// <remarks>
/// <para>Rule (first touch): each entity's time at a stage is its earliest event of that stage.
/// An entity enters the funnel with its first base event (stage 0). It reaches stage s when it
/// reached stage s − 1 at time t and its earliest stage-s event is at t or later and at most
/// <see cref="Window"/> after t. The counts of entities reaching each stage form a
/// <see cref="Funnel"/> (<see cref="Conversion.Funnel(ReadOnlySpan{FunnelStage})"/>): step rates are
/// conversion rates within the window, the overall rate is base-to-last-stage conversion.</para>
/// <para>Because only the earliest event per entity and stage matters, the state is one timestamp
/// per entity and stage, merged by minimum: exactly mergeable in any order. An entity whose first
/// stage-s event came before it reached stage s − 1 does not convert, even with a later event
/// (first-touch attribution); feed one funnel cycle per accumulator (for example one cohort of sign-ups).</para>
/// <para>Timestamps are compared as ticks: give them all in one <see cref="DateTimeKind"/> (UTC advised).</para>
/// <para>Catalogue ids <c>funnel</c> and <c>stage_conversion</c>.</para>
/// </remarks>
/// <example>
/// Sign-up, then activation within 7 days, then payment within 7 days of activation:
/// <code>
/// var conversions = new ConversionWindowAccumulator(entityCount: 3, TimeSpan.FromDays(7), "signup", "activated", "paid");
/// var d = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
/// conversions.Add(stage: 0, entities: [0, 1, 2], timestamps: [d, d, d]);
/// conversions.Add(stage: 1, entities: [0, 1], timestamps: [d.AddDays(2), d.AddDays(9)]); // user 1 too late
/// conversions.Add(stage: 2, entities: [0], timestamps: [d.AddDays(5)]);
/// var funnel = conversions.Result();   // signup 3 -> activated 1 -> paid 1
/// funnel.Steps[0].Rate.Value;          // 33.3... %
/// </code>
/// </example>
public sealed class ConversionWindowAccumulator : IAccumulator<ConversionWindowAccumulator, Funnel>
{
    private const long None = long.MaxValue;

    private readonly string[] stageNames;
    private long[] first;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="entityCount">The number of entities: ids are 0 to entityCount − 1 (at most 2^28).</param>
    /// <param name="window">The longest time allowed between reaching a stage and reaching the next; not negative.</param>
    /// <param name="stageNames">The stage names, at least two, unique, not blank; stage 0 is the base event.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="entityCount"/> is out of range or, times the stages, beyond the largest array; or <paramref name="window"/> is negative.</exception>
    /// <exception cref="ArgumentException">The stage names are invalid.</exception>
    /// <exception cref="OutOfMemoryException">entityCount × stages timestamps do not fit in memory.</exception>
    /// <example>
    /// <code>
    /// var conversions = new ConversionWindowAccumulator(100_000, TimeSpan.FromDays(30), "visit", "trial", "paid");
    /// </code>
    /// </example>
    public ConversionWindowAccumulator(int entityCount, TimeSpan window, params ReadOnlySpan<string> stageNames)
    {
        Preconditions.InRange(entityCount, 0, Columns.MaxIndexCount);
        Preconditions.NotNegative(window);

        this.stageNames = FunnelAccumulator.StageNames(stageNames, nameof(stageNames));
        Preconditions.ArgumentInRange((long)entityCount * this.stageNames.Length <= Array.MaxLength, entityCount, nameof(entityCount), "The entities times the stages must fit in the largest array; split the entities.");
        Window = window;
        EntityCount = entityCount;
        first = new long[entityCount * this.stageNames.Length];
        Array.Fill(first, None);
    }

    /// <summary>The stage names, in funnel order.</summary>
    /// <example>
    /// <code>
    /// conversions.Stages[0]; // the base event, for example "signup"
    /// </code>
    /// </example>
    public ReadOnlyCollection<string> Stages => Array.AsReadOnly(stageNames);

    /// <summary>The longest time allowed from one stage to the next.</summary>
    /// <example>
    /// <code>
    /// new ConversionWindowAccumulator(10, TimeSpan.FromDays(7), "signup", "paid").Window; // 7.00:00:00
    /// </code>
    /// </example>
    public TimeSpan Window { get; }

    /// <summary>The number of entities: ids are 0 to this − 1.</summary>
    /// <example>
    /// <code>
    /// new ConversionWindowAccumulator(10, TimeSpan.FromDays(7), "signup", "paid").EntityCount; // 10: ids 0..9
    /// </code>
    /// </example>
    public int EntityCount { get; private set; }

    /// <summary>A snapshot of the state.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(conversions.State);
    /// </code>
    /// </example>
    public ConversionWindowState State => new((string[])stageNames.Clone(), Window.Ticks, EntityCount, first.AsSpan(0, EntityCount * stageNames.Length).ToArray());

    /// <summary>Rebuilds an accumulator from a state.</summary>
    /// <param name="state">A state produced by <see cref="State"/>.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state is not one an accumulator can be in (the message names the broken rule): stage names missing, fewer than two, blank or repeated; a negative window; an entity count out of range; timestamps of the wrong length, or neither a <see cref="DateTime"/>'s ticks nor <see cref="long.MaxValue"/> (no event).</exception>
    /// <example>
    /// <code>
    /// var conversions = ConversionWindowAccumulator.FromState(state);
    /// </code>
    /// </example>
    public static ConversionWindowAccumulator FromState(ConversionWindowState state)
    {
        Preconditions.NotNull(state);
        const string Name = nameof(state);
        var stageNames = Preconditions.StateMember(state.StageNames, nameof(state.StageNames), Name);
        Preconditions.StateNotNegative(state.WindowTicks, nameof(state.WindowTicks), Name);
        Preconditions.StateInRange(state.EntityCount, 0, Columns.MaxIndexCount, nameof(state.EntityCount), Name);
        var names = new string[stageNames.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Preconditions.StateMember(stageNames[i], $"{nameof(state.StageNames)}[{i}]", Name);
        }

        var timestamps = Preconditions.StateList(state.FirstEventTicks, (long)state.EntityCount * names.Length, nameof(state.FirstEventTicks), Name);
        var lastTick = DateTime.MaxValue.Ticks;
        for (var i = 0; i < timestamps.Length; i++)
        {
            if (timestamps[i] != None && (timestamps[i] < 0 || timestamps[i] > lastTick))
            {
                Preconditions.ThrowArgument(
                    Name,
                    "The state's '{0}[{1}]' must be a DateTime's ticks, 0 to {2}, or {3} for no event; it is {4}.",
                    nameof(state.FirstEventTicks),
                    i,
                    lastTick,
                    None,
                    timestamps[i]);
            }
        }

        var accumulator = Preconditions.StateShape(() => new ConversionWindowAccumulator(0, TimeSpan.FromTicks(state.WindowTicks), names), Name);
        accumulator.first = timestamps;
        accumulator.EntityCount = state.EntityCount;
        return accumulator;
    }

    /// <summary>Adds events of one stage: one entity id and one timestamp per event.</summary>
    /// <param name="stage">The stage index of every event of the batch (0 = base event).</param>
    /// <param name="entities">The entity of each event, in <c>[0, EntityCount)</c>.</param>
    /// <param name="timestamps">When each event happened; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The stage or an entity id is out of range.</exception>
    /// <example>
    /// <code>
    /// conversions.Add(stage: 1, entities: trialUserIds, timestamps: trialStartedAt);
    /// </code>
    /// </example>
    public void Add(int stage, ReadOnlySpan<int> entities, ReadOnlySpan<DateTime> timestamps)
    {
        Preconditions.Index(stage, stageNames.Length);
        Preconditions.SameLength(entities.Length, timestamps.Length, nameof(entities), nameof(timestamps));
        Preconditions.Indexes(entities, EntityCount, nameof(entities));
        var stages = stageNames.Length;
        for (var i = 0; i < entities.Length; i++)
        {
            ref var slot = ref first[(entities[i] * stages) + stage];
            slot = Math.Min(slot, timestamps[i].Ticks);
        }
    }

    /// <summary>Adds events of any stages: one entity, stage index and timestamp per event.</summary>
    /// <param name="entities">The entity of each event, in <c>[0, EntityCount)</c>.</param>
    /// <param name="stages">The stage index of each event, in <c>[0, stage count)</c>; same length.</param>
    /// <param name="timestamps">When each event happened; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entity or a stage is out of range.</exception>
    /// <example>
    /// <code>
    /// conversions.Add(eventUserIds, eventStages, eventTimes);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> entities, ReadOnlySpan<int> stages, ReadOnlySpan<DateTime> timestamps)
    {
        Preconditions.SameLength(entities.Length, stages.Length, nameof(entities), nameof(stages));
        Preconditions.SameLength(entities.Length, timestamps.Length, nameof(entities), nameof(timestamps));
        Preconditions.Indexes(entities, EntityCount, nameof(entities));
        var stageCount = stageNames.Length;
        Preconditions.Indexes(stages, stageCount, nameof(stages));

        for (var i = 0; i < entities.Length; i++)
        {
            ref var slot = ref first[(entities[i] * stageCount) + stages[i]];
            slot = Math.Min(slot, timestamps[i].Ticks);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The stages, window or entity count differ, or <paramref name="other"/> is this accumulator.</exception>
    public void Merge(ConversionWindowAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        Preconditions.Argument(stageNames.AsSpan().SequenceEqual(other.stageNames), nameof(other), "The accumulators must have the same stages.");
        Preconditions.Argument(other.Window == Window && other.EntityCount == EntityCount, nameof(other), "The accumulators must have the same window and the same entities.");

        // The earliest timestamp per (entity, stage), a vector at a time.
        var mine = first.AsSpan(0, EntityCount * stageNames.Length);
        var theirs = other.first.AsSpan(0, mine.Length);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var step = Vector<long>.Count;
            for (; i <= mine.Length - step; i += step)
            {
                Vector.Min(new Vector<long>(mine.Slice(i)), new Vector<long>(theirs.Slice(i))).CopyTo(mine.Slice(i));
            }
        }

        for (; i < mine.Length; i++)
        {
            mine[i] = Math.Min(mine[i], theirs[i]);
        }
    }

    /// <inheritdoc />
    /// <example>
    /// <code>
    /// conversions.Result().OverallRate; // base-to-last-stage conversion within the windows
    /// </code>
    /// </example>
    public Funnel Result()
    {
        var stageCount = stageNames.Length;
        var reached = new long[stageCount];
        var window = Window.Ticks;
        for (var e = 0; e < EntityCount; e++)
        {
            var row = first.AsSpan(e * stageCount, stageCount);
            var at = row[0];
            if (at == None)
            {
                continue;
            }

            reached[0]++;
            for (var s = 1; s < stageCount; s++)
            {
                var next = row[s];
                if (next == None || next < at || next - at > window)
                {
                    break;
                }

                reached[s]++;
                at = next;
            }
        }

        var stages = new FunnelStage[stageCount];
        for (var s = 0; s < stageCount; s++)
        {
            stages[s] = new FunnelStage(stageNames[s], reached[s]);
        }

        return Conversion.Funnel(stages);
    }

    /// <summary>The conversion funnel of event records that are not in columns, with any entity type.</summary>
    /// <typeparam name="TEvent">The event record type.</typeparam>
    /// <typeparam name="TEntity">The entity id type (a user id, an e-mail...).</typeparam>
    /// <param name="events">The events, of every stage.</param>
    /// <param name="entity">Reads an event's entity; not null.</param>
    /// <param name="stage">Reads an event's stage index.</param>
    /// <param name="timestamp">Reads when the event happened.</param>
    /// <param name="window">The longest time from one stage to the next.</param>
    /// <param name="stageNames">The stage names.</param>
    /// <returns>The funnel of entities reaching each stage within the windows.</returns>
    /// <remarks>Entities are mapped to dense ids as they appear; the state is one timestamp per entity and stage.</remarks>
    /// <exception cref="ArgumentNullException">An argument or an entity is null.</exception>
    /// <exception cref="ArgumentException">The stage names are invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A stage index is out of range or the window is negative.</exception>
    /// <example>
    /// <code>
    /// var funnel = ConversionWindowAccumulator.Aggregate(events, e =&gt; e.UserId, e =&gt; e.Step, e =&gt; e.At, TimeSpan.FromDays(7), ["signup", "activated", "paid"]);
    /// </code>
    /// </example>
    public static Funnel Aggregate<TEvent, TEntity>(
        IEnumerable<TEvent> events,
        Func<TEvent, TEntity> entity,
        Func<TEvent, int> stage,
        Func<TEvent, DateTime> timestamp,
        TimeSpan window,
        IReadOnlyList<string> stageNames)
        where TEntity : notnull
    {
        Preconditions.NotNull(events);
        Preconditions.NotNull(entity);
        Preconditions.NotNull(stage);
        Preconditions.NotNull(timestamp);
        Preconditions.NotNull(stageNames);
        var names = new string[stageNames.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = stageNames[i];
        }

        var accumulator = new ConversionWindowAccumulator(0, window, names);
        var ids = new Dictionary<TEntity, int>();
        var stageCount = names.Length;
        var row = 0;
        foreach (var item in events)
        {
            var key = entity(item);
            if (key is null)
            {
                Preconditions.ThrowArgumentNull(nameof(entity), "Row {0}: The entity selector must not return null.", row);
            }

            var s = stage(item);
            if (!Columns.IsIndex(s, stageCount))
            {
                Preconditions.ThrowIndexOutOfRange(nameof(stage), row, s, stageCount);
            }

            row++;

            if (!ids.TryGetValue(key, out var id))
            {
                id = ids.Count;
                ids.Add(key, id);
                accumulator.GrowEntities(id + 1);
            }

            ref var slot = ref accumulator.first[(id * stageCount) + s];
            slot = Math.Min(slot, timestamp(item).Ticks);
        }

        return accumulator.Result();
    }

    private void GrowEntities(int entityCount)
    {
        if (entityCount <= EntityCount)
        {
            return;
        }

        var stageCount = stageNames.Length;
        if (entityCount * stageCount > first.Length)
        {
            var grown = new long[Math.Max(entityCount, 2 * EntityCount) * stageCount];
            first.CopyTo(grown, 0);
            grown.AsSpan(first.Length).Fill(None);
            first = grown;
        }

        EntityCount = entityCount;
    }
}
