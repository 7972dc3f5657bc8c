using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>
/// Runs an accumulator over contiguous partitions of the rows on all cores, one accumulator per
/// partition, and merges them in row order: the result is the single-threaded one.
/// </summary>
/// <remarks>
/// <para>The rows <c>[0, length)</c> are cut into equal contiguous ranges; each range gets a fresh
/// accumulator from <c>create</c> and is added by <c>add</c> on a thread-pool thread
/// (<see cref="Parallel.For(int, int, Action{int})"/>). The accumulators are then merged into the
/// first one in partition order, so the result does not depend on scheduling.</para>
/// <para>Exactness: counts, sets and histograms merge exactly. Decimal totals merge exactly (bit for
/// bit equal to one pass) while the totals fit decimal's 96 bits at their largest scale, which holds
/// for every real amount of money (below about 7.9 × 10^26 at 2 decimals); beyond that decimal
/// itself rounds and the single pass's result depends on the order of its additions. Minor-unit
/// totals are checked: an overflow throws in the merge as it would in one pass.</para>
/// <para>Errors: when partitions reject rows, the exception of the first such partition (in row
/// order) is rethrown as is, so the caller sees the same exception type and parameter name as in one pass.</para>
/// </remarks>
/// <example>
/// <code>
/// var nps = Partitioned.Aggregate(scores.Length, () => new NpsAccumulator(), (acc, rows) => acc.Add(scores.AsSpan(rows)));
/// </code>
/// </example>
public static class Partitioned
{
    /// <summary>With automatic partitioning, a partition holds at least this many rows (64 Ki): below it threads cost more than they save.</summary>
    public const int MinimumAutomaticPartitionLength = 1 << 16;

    /// <summary>Aggregates rows <c>[0, length)</c> in parallel partitions and merges the partial accumulators.</summary>
    /// <typeparam name="TAccumulator">Any accumulator (every type of <c>KpiFormulas.Aggregation</c> qualifies).</typeparam>
    /// <param name="length">The number of rows.</param>
    /// <param name="create">Creates an empty accumulator, configured like the others (same currency, keys, periods...).</param>
    /// <param name="add">Adds the rows of a range to an accumulator, typically by slicing arrays: <c>(acc, r) =&gt; acc.Add(amounts.AsSpan(r), channels.AsSpan(r))</c>.</param>
    /// <param name="partitions">
    /// The number of partitions; 0 (the default) uses one per core (<see cref="Environment.ProcessorCount"/>)
    /// with at least <see cref="MinimumAutomaticPartitionLength"/> rows each. An explicit count is
    /// capped at <paramref name="length"/> (and is at least 1).
    /// </param>
    /// <returns>The first partition's accumulator with every other merged into it: the accumulator of all the rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="create"/> or <paramref name="add"/> is null, or <paramref name="create"/> returned null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> or <paramref name="partitions"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="create"/> returned the same instance for two partitions
    /// (it would count their rows twice); no row has been added then.</exception>
    /// <example>
    /// Revenue and AOV by channel over ten million orders on every core:
    /// <code>
    /// decimal[] amounts = ...; byte[] channels = ...;   // one row per order
    /// var byChannel = Partitioned.Aggregate(
    ///     amounts.Length,
    ///     () =&gt; new RevenueAccumulator(Currency.EUR, keyCount: 8),
    ///     (acc, rows) =&gt; acc.Add(amounts.AsSpan(rows), channels.AsSpan(rows)));
    /// byChannel.Result().Groups[3].AverageOrderValue; // channel 3, identical to a single-threaded pass
    /// </code>
    /// </example>
    public static TAccumulator Aggregate<TAccumulator>(int length, Func<TAccumulator> create, Action<TAccumulator, Range> add, int partitions = 0)
        where TAccumulator : class, IMergeable<TAccumulator>
    {
        Preconditions.NotNull(create);
        Preconditions.NotNull(add);
        Preconditions.NotNegative(length);
        Preconditions.NotNegative(partitions);

        var count = partitions == 0
            ? Math.Min(Environment.ProcessorCount, Math.Max(1, length / MinimumAutomaticPartitionLength))
            : Math.Max(1, Math.Min(partitions, length));
        var parts = new TAccumulator[count];
        var errors = new ExceptionDispatchInfo?[count];
        if (count == 1)
        {
            parts[0] = Create(create);
            add(parts[0], 0..length);
            return parts[0];
        }

        // Every partition's accumulator is made before any row is added, so that a factory handing out
        // one instance twice is refused before that instance counts rows twice.
        var made = new HashSet<TAccumulator>(count, ReferenceEqualityComparer.Instance);
        for (var p = 0; p < count; p++)
        {
            parts[p] = Create(create);
            if (!made.Add(parts[p]))
            {
                Preconditions.ThrowArgument(nameof(create), "The factory must return a new accumulator on every call; it returned the same instance twice.");
            }
        }

        Parallel.For(0, count, p =>
        {
            try
            {
                add(parts[p], Bounds(p, count, length));
            }
#pragma warning disable CA1031 // Every exception is kept and the first partition's is rethrown below, unchanged.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                errors[p] = ExceptionDispatchInfo.Capture(exception);
            }
        });

        foreach (var error in errors)
        {
            error?.Throw();
        }

        var result = parts[0];
        for (var p = 1; p < count; p++)
        {
            result.Merge(parts[p]);
        }

        return result;
    }

    /// <summary>The rows of partition <paramref name="index"/> of <paramref name="count"/> equal contiguous ranges over <paramref name="length"/> rows.</summary>
    private static Range Bounds(int index, int count, int length)
    {
        var start = (int)((long)length * index / count);
        var end = (int)((long)length * (index + 1) / count);
        return start..end;
    }

    private static TAccumulator Create<TAccumulator>(Func<TAccumulator> create)
        where TAccumulator : class =>
        Preconditions.NotNull(create(), nameof(create), "The factory must return an empty accumulator, not null.");
}
