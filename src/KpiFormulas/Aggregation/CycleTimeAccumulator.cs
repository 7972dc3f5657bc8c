using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;

namespace KpiFormulas.Aggregation;

/// <summary>Which duration a <see cref="CycleTimeAccumulator"/> measures: it sets the KPI id and the wording of undefined results.</summary>
/// <example>
/// <code>
/// var timeToConvert = new CycleTimeAccumulator(CycleTimeMeasure.TimeToConvert);
/// </code>
/// </example>
[JsonConverter(typeof(StrictEnumJsonConverter<CycleTimeMeasure>))]
public enum CycleTimeMeasure
{
    /// <summary>Sales cycle length (« durée du cycle de vente »): first contact to signature of won deals (id <c>sales_cycle_length</c>).</summary>
    SalesCycleLength = 0,

    /// <summary>Time to convert (« délai de conversion »): lead creation to first payment of converted leads (id <c>time_to_convert</c>).</summary>
    TimeToConvert = 1,
}

/// <summary>The serializable state of a <see cref="CycleTimeAccumulator"/>.</summary>
/// <param name="Measure">What the durations measure.</param>
/// <param name="DayCounts">The histogram: <c>DayCounts[d]</c> items took exactly d days.</param>
/// <example>
/// <code>
/// var copy = CycleTimeAccumulator.FromState(JsonSerializer.Deserialize&lt;CycleTimeState&gt;(JsonSerializer.Serialize(cycles.State))!);
/// </code>
/// </example>
[JsonConverter(typeof(CycleTimeStateJsonConverter))]
public sealed record CycleTimeState(CycleTimeMeasure Measure, IReadOnlyList<long> DayCounts)
{
    /// <summary>What the durations measure.</summary>
    public CycleTimeMeasure Measure { get; } = Measure;

    /// <summary>The histogram: <c>DayCounts[d]</c> items took exactly d days.</summary>
    public IReadOnlyList<long> DayCounts { get; } = DayCounts;
}

/// <summary>
/// What a <see cref="CycleTimeAccumulator"/> computed: the number of items and the mean, median and
/// 90th percentile of their durations in days.
/// </summary>
/// <remarks>
/// Percentiles follow Excel's <c>PERCENTILE.INC</c> (and NumPy's default): for n sorted durations
/// x₀ ≤ … ≤ xₙ₋₁ and a fraction p, h = (n − 1) × p and the percentile is
/// x⌊h⌋ + (h − ⌊h⌋) × (x⌊h⌋₊₁ − x⌊h⌋), exact in decimal days, then rounded to TimeSpan's 100 ns
/// (half away from zero). The median is p = 0.5 (the mean of the two middle durations for an even n).
/// Every statistic is undefined (<see cref="UndefinedReason.EmptyInput"/>) when there is no item.
/// </remarks>
/// <example>
/// <code>
/// var result = cycles.Result();
/// result.Median.Value;        // the middle sales cycle
/// result.Percentile(0.75m);   // any other percentile
/// </code>
/// </example>
[JsonConverter(typeof(CycleTimeResultJsonConverter))]
public sealed class CycleTimeResult
{
    private readonly long[] dayCounts;
    private readonly string kpiId;
    private readonly string emptyExplanation;

    internal CycleTimeResult(long[] dayCounts, long count, KpiResult<TimeSpan> mean, string kpiId, string emptyExplanation)
    {
        this.dayCounts = dayCounts;
        this.kpiId = kpiId;
        this.emptyExplanation = emptyExplanation;
        Count = count;
        Mean = mean;
        Median = Percentile(0.5m);
        Percentile90 = Percentile(0.9m);
    }

    /// <summary>The number of items (won deals, converted leads).</summary>
    /// <example>
    /// <code>
    /// cycles.Result().Count; // the won deals added
    /// </code>
    /// </example>
    public long Count { get; }

    /// <summary>The whole days of each span, as counts by day: what the JSON form carries.</summary>
    internal IReadOnlyList<long> DayCounts => dayCounts;

    /// <summary>
    /// The mean duration: equal to <see cref="Efficiency.SalesCycleLength(ReadOnlySpan{DateOnly}, ReadOnlySpan{DateOnly})"/>
    /// (or to <see cref="Acquisition.TimeToConvert(ReadOnlySpan{DateTime}, ReadOnlySpan{DateTime})"/> on the same dates at midnight) on the same items.
    /// </summary>
    /// <example>
    /// <code>
    /// cycles.Result().Mean.Value; // 45 days for cycles of 30, 45 and 60 days
    /// </code>
    /// </example>
    public KpiResult<TimeSpan> Mean { get; }

    /// <summary>The median duration (<c>PERCENTILE.INC</c> at 0.5).</summary>
    /// <example>
    /// <code>
    /// cycles.Result().Median.Value; // 45 days for cycles of 30, 45 and 60 days
    /// </code>
    /// </example>
    public KpiResult<TimeSpan> Median { get; }

    /// <summary>The 90th percentile (<c>PERCENTILE.INC</c> at 0.9): nine items in ten took at most about this long.</summary>
    /// <example>
    /// <code>
    /// cycles.Result().Percentile90.Value; // 57 days for cycles of 30, 45 and 60 days
    /// </code>
    /// </example>
    public KpiResult<TimeSpan> Percentile90 { get; }

    /// <summary>Any percentile of the durations, as Excel's <c>PERCENTILE.INC</c>.</summary>
    /// <param name="fraction">The fraction, from 0 (the shortest) to 1 (the longest).</param>
    /// <returns>The percentile; undefined when there is no item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside [0, 1].</exception>
    /// <example>
    /// <code>
    /// result.Percentile(0.25m); // first quartile
    /// </code>
    /// </example>
    public KpiResult<TimeSpan> Percentile(decimal fraction)
    {
        Preconditions.InRange(fraction, 0m, 1m);

        if (Count == 0)
        {
            return KpiResult.Undefined<TimeSpan>(kpiId, UndefinedReason.EmptyInput, emptyExplanation);
        }

        var rank = (Count - 1) * fraction;
        var below = (long)decimal.Floor(rank);
        var low = KthSmallest(below);
        var high = below + 1 < Count ? KthSmallest(below + 1) : low;
        var days = low + ((rank - below) * (high - low));
        return KpiResult.Defined(kpiId, TimeSpan.FromTicks(KpiMath.RoundedTicks(days * TimeSpan.TicksPerDay)));
    }

    /// <summary>The duration in days of the k-th shortest item (0-based).</summary>
    private long KthSmallest(long k)
    {
        long seen = 0;
        for (var d = 0; d < dayCounts.Length; d++)
        {
            seen += dayCounts[d];
            if (seen > k)
            {
                return d;
            }
        }

        return dayCounts.Length - 1;
    }
}

/// <summary>
/// Duration statistics (mean, median, 90th percentile) from start and end dates: the sales cycle of
/// won deals (first contact to signature) or the time to convert of leads (creation to first payment).
/// </summary>
/// <remarks>
/// <para>Formula: duration = end date − start date in calendar days (0 for the same day); mean =
/// Σ durations / count, as <see cref="Efficiency.SalesCycleLength(ReadOnlySpan{DateOnly}, ReadOnlySpan{DateOnly})"/>;
/// percentiles as <see cref="CycleTimeResult"/> describes.</para>
/// <para>How: a histogram of durations in days (one counter per day up to the longest duration
/// seen), so that the median and the percentiles are exact and merging is adding counters. Memory
/// grows with the longest duration, not with the rows.</para>
/// <para>Catalogue ids <c>sales_cycle_length</c> and <c>time_to_convert</c>.</para>
/// </remarks>
/// <example>
/// Three deals won in 30, 45 and 60 days:
/// <code>
/// var cycles = new CycleTimeAccumulator();
/// cycles.Add(starts: [new(2026, 1, 5), new(2026, 1, 10), new(2026, 2, 1)],
///            ends:   [new(2026, 2, 4), new(2026, 2, 24), new(2026, 4, 2)]);
/// var result = cycles.Result();
/// result.Mean.Value;          // 45 days
/// result.Percentile90.Value;  // 57 days (45 + 0.8 × 15)
/// </code>
/// </example>
public sealed class CycleTimeAccumulator : IAccumulator<CycleTimeAccumulator, CycleTimeResult>
{
    /// <summary>The most days all durations may add up to: their ticks must fit in a decimal.</summary>
    private const long MaxTotalDays = 91_699_262_169_287_427; // ⌊(2^96 − 1) / 864 000 000 000⌋

    private const string DayNumberRule = "Row {0}: The day number must be a date's, between 0 and {1}.";

    private long[] dayCounts = [];
    private long count;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="measure">What the durations measure (sets the KPI id of the results).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not a defined value.</exception>
    /// <example>
    /// <code>
    /// var timeToConvert = new CycleTimeAccumulator(CycleTimeMeasure.TimeToConvert);
    /// </code>
    /// </example>
    public CycleTimeAccumulator(CycleTimeMeasure measure = CycleTimeMeasure.SalesCycleLength)
    {
        Preconditions.Defined(measure);

        Measure = measure;
    }

    /// <summary>What the durations measure.</summary>
    /// <example>
    /// <code>
    /// new CycleTimeAccumulator().Measure; // SalesCycleLength
    /// </code>
    /// </example>
    public CycleTimeMeasure Measure { get; }

    /// <summary>A snapshot of the state.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(cycles.State);
    /// </code>
    /// </example>
    public CycleTimeState State => new(Measure, (long[])dayCounts.Clone());

    /// <summary>Rebuilds an accumulator from a state.</summary>
    /// <param name="state">A state produced by <see cref="State"/>.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state is not one an accumulator can be in (the message names the broken rule): an undefined measure, a negative count, more than 3 652 059 days, counts that add up beyond <see cref="long.MaxValue"/>, or durations that add up beyond what the mean can be computed from (about 9.2 × 10^16 days).</exception>
    /// <example>
    /// <code>
    /// var cycles = CycleTimeAccumulator.FromState(state);
    /// </code>
    /// </example>
    public static CycleTimeAccumulator FromState(CycleTimeState state)
    {
        Preconditions.NotNull(state);
        const string Name = nameof(state);
        Preconditions.StateRule(Enum.IsDefined(state.Measure), Name, "The state's '{0}' must be a defined CycleTimeMeasure value; it is {1}.", nameof(state.Measure), (int)state.Measure);
        var dayCounts = Preconditions.StateMember(state.DayCounts, nameof(state.DayCounts), Name);
        Preconditions.StateRule(dayCounts.Count <= DateOnly.MaxValue.DayNumber + 1, Name, "The state's '{0}' must not be longer than the longest duration between two dates, {1} days; it has {2} entries.", nameof(state.DayCounts), DateOnly.MaxValue.DayNumber + 1, dayCounts.Count);
        var counts = Preconditions.StateList(dayCounts, dayCounts.Count, nameof(state.DayCounts), Name);
        Preconditions.StateNotNegative(counts, nameof(state.DayCounts), Name);
        var count = Preconditions.StateSumFits(counts, nameof(state.DayCounts), Name);
        Preconditions.StateRule(
            TotalDays(counts) is not null,
            Name,
            "The state's '{0}' must add up to at most {1} days in all (the mean is computed in ticks of 100 ns); they add up to more.",
            nameof(state.DayCounts),
            MaxTotalDays);
        return new CycleTimeAccumulator(state.Measure) { dayCounts = counts, count = count };
    }

    /// <summary>Adds items: one start and one end date each.</summary>
    /// <param name="starts">When each item started (first contact, lead creation).</param>
    /// <param name="ends">When each item ended (signature, first payment), not before its start; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item ends before it starts (the first such row is reported).</exception>
    /// <example>
    /// <code>
    /// cycles.Add(firstContactDates, signatureDates);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<DateOnly> starts, ReadOnlySpan<DateOnly> ends)
    {
        int[]? startBuffer = null;
        int[]? endBuffer = null;
        Add(DayNumbers.Of(starts, ref startBuffer), DayNumbers.Of(ends, ref endBuffer), nameof(starts), nameof(ends));
    }

    /// <summary>Adds items with dates as day numbers (<see cref="DateOnly.DayNumber"/>).</summary>
    /// <param name="startDayNumbers">The day number of each item's start.</param>
    /// <param name="endDayNumbers">The day number of each item's end, not before its start; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item ends before it starts, or a day number is not a date.</exception>
    /// <example>
    /// <code>
    /// cycles.Add(startDays, endDays);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> startDayNumbers, ReadOnlySpan<int> endDayNumbers) =>
        Add(startDayNumbers, endDayNumbers, nameof(startDayNumbers), nameof(endDayNumbers));

    /// <summary>Adds one item.</summary>
    /// <param name="start">When it started.</param>
    /// <param name="end">When it ended, not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <example>
    /// <code>
    /// cycles.Add(new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 4)); // 30 days
    /// </code>
    /// </example>
    public void Add(DateOnly start, DateOnly end) => Add([start.DayNumber], [end.DayNumber], nameof(start), nameof(end));

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The measures differ, or <paramref name="other"/> is this accumulator.</exception>
    /// <exception cref="OverflowException">The merged counts, or their durations in all, would be beyond what the result can be computed from; nothing is merged.</exception>
    public void Merge(CycleTimeAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        Preconditions.Argument(other.Measure == Measure, nameof(other), "The accumulators must measure the same durations.");

        var merged = new long[Math.Max(dayCounts.Length, other.dayCounts.Length)];
        dayCounts.CopyTo(merged, 0);
        for (var d = 0; d < other.dayCounts.Length; d++)
        {
            merged[d] = checked(merged[d] + other.dayCounts[d]);
        }

        var total = checked(count + other.count);
        if (TotalDays(merged) is null)
        {
            throw new OverflowException($"The merged durations would add up beyond {MaxTotalDays} days, beyond what the mean can be computed from; nothing is merged.");
        }

        dayCounts = merged;
        count = total;
    }

    /// <inheritdoc />
    /// <example>
    /// <code>
    /// var result = cycles.Result();
    /// (result.Mean, result.Median, result.Percentile90);
    /// </code>
    /// </example>
    public CycleTimeResult Result()
    {
        var (kpiId, empty) = Measure == CycleTimeMeasure.SalesCycleLength
            ? (KpiIds.SalesCycleLength, "no deal was won.")
            : (KpiIds.TimeToConvert, "no lead converted.");
        KpiResult<TimeSpan> mean;
        if (count == 0)
        {
            mean = KpiResult.Undefined<TimeSpan>(kpiId, UndefinedReason.EmptyInput, empty);
        }
        else
        {
            var totalDays = TotalDays(dayCounts) ?? throw new OverflowException("The durations add up beyond what the mean can be computed from.");

            // Exactly the calculators' formula: total ticks (exact in decimal) / count, rounded to the tick.
            mean = Measure == CycleTimeMeasure.SalesCycleLength
                ? Efficiency.SalesCycleLength(totalDays, count)
                : KpiResult.Defined(kpiId, TimeSpan.FromTicks(KpiMath.RoundedTicks((decimal)totalDays * TimeSpan.TicksPerDay / count)));
        }

        return new CycleTimeResult((long[])dayCounts.Clone(), count, mean, kpiId, empty);
    }

    /// <summary>Duration statistics of records that are not in columns.</summary>
    /// <typeparam name="TRecord">The record type (a won deal, a converted lead).</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="start">Reads an item's start date.</param>
    /// <param name="end">Reads an item's end date, not before its start.</param>
    /// <param name="measure">What the durations measure.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item ends before it starts.</exception>
    /// <example>
    /// <code>
    /// var cycle = CycleTimeAccumulator.Aggregate(wonDeals, d =&gt; d.FirstContact, d =&gt; d.SignedOn);
    /// </code>
    /// </example>
    public static CycleTimeResult Aggregate<TRecord>(IEnumerable<TRecord> items, Func<TRecord, DateOnly> start, Func<TRecord, DateOnly> end, CycleTimeMeasure measure = CycleTimeMeasure.SalesCycleLength)
    {
        Preconditions.NotNull(items);
        Preconditions.NotNull(start);
        Preconditions.NotNull(end);
        var accumulator = new CycleTimeAccumulator(measure);
        var row = 0;
        foreach (var item in items)
        {
            // Checked here so that the message gives the record's row, not the row of a one-row batch.
            var first = start(item);
            var last = end(item);
            if (last < first)
            {
                Preconditions.ThrowOutOfRange(nameof(end), last, "Row {0}: The end must not be before the start, {1:O}.", row, first);
            }

            accumulator.Add([first.DayNumber], [last.DayNumber], nameof(start), nameof(end));
            row++;
        }

        return accumulator.Result();
    }

    /// <summary>
    /// The sum of every duration in days, or null when it is beyond <see cref="MaxTotalDays"/>: the mean is
    /// that sum in ticks (× 864 000 000 000) divided by the count, in decimal, which must hold it.
    /// </summary>
    private static long? TotalDays(long[] counts)
    {
        long total = 0;
        for (var d = 1; d < counts.Length; d++)
        {
            if (counts[d] > (MaxTotalDays - total) / d)
            {
                return null;
            }

            total += d * counts[d];
        }

        return total;
    }

    private void Add(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, string startsName, string endsName)
    {
        Preconditions.SameLength(starts.Length, ends.Length, startsName, endsName);
        var lastDay = DateOnly.MaxValue.DayNumber;
        var longest = -1;
        for (var i = 0; i < starts.Length; i++)
        {
            if (!Columns.IsIndex(starts[i], lastDay + 1))
            {
                Preconditions.ThrowOutOfRange(startsName, starts[i], DayNumberRule, i, lastDay);
            }

            if (!Columns.IsIndex(ends[i], lastDay + 1))
            {
                Preconditions.ThrowOutOfRange(endsName, ends[i], DayNumberRule, i, lastDay);
            }

            var days = ends[i] - starts[i];
            if (days < 0)
            {
                Preconditions.ThrowOutOfRange(endsName, DateOnly.FromDayNumber(ends[i]), "Row {0}: The end must not be before the start, {1:O}.", i, DateOnly.FromDayNumber(starts[i]));
            }

            longest = Math.Max(longest, days);
        }

        if (longest >= dayCounts.Length)
        {
            var grown = dayCounts;
            Array.Resize(ref grown, Math.Max(longest + 1, Math.Min(2 * dayCounts.Length, lastDay + 1)));
            dayCounts = grown;
        }

        var added = checked(count + starts.Length);
        for (var i = 0; i < starts.Length; i++)
        {
            dayCounts[ends[i] - starts[i]]++;
        }

        count = added;
    }
}
