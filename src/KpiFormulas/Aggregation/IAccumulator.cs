namespace KpiFormulas.Aggregation;

/// <summary>
/// A partial aggregate that can absorb another one of the same kind: the operation that lets
/// <see cref="Partitioned.Aggregate{TAccumulator}(int, System.Func{TAccumulator}, System.Action{TAccumulator, System.Range}, int)"/>
/// (and any map-reduce engine) split the rows, aggregate the parts apart and combine them.
/// </summary>
/// <typeparam name="TSelf">The accumulator type itself.</typeparam>
/// <remarks>
/// <para>Merging is associative and commutative, and merging the accumulators of two parts of the
/// rows gives the accumulator of all the rows: <c>merge(agg(a), agg(b)) == agg(a ++ b)</c>
/// (property-tested for every accumulator; for decimal totals see the exactness rule in
/// <c>docs/aggregation.md</c>).</para>
/// </remarks>
/// <example>
/// <code>
/// var part = new NpsAccumulator();
/// part.Add([10, 9, 3]);
/// var whole = new NpsAccumulator();
/// whole.Merge(part); // whole now counts the three answers
/// </code>
/// </example>
public interface IMergeable<TSelf>
    where TSelf : IMergeable<TSelf>
{
    /// <summary>Adds everything <paramref name="other"/> has aggregated to this accumulator; <paramref name="other"/> is not changed.</summary>
    /// <param name="other">An accumulator of the same kind and configuration (currency, key count, stages, periods...).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The two accumulators are not configured alike; nothing is merged.</exception>
    void Merge(TSelf other);
}

/// <summary>
/// A mergeable aggregate over columnar rows with a typed result: rows go in through <c>Add</c>
/// (columnar <see cref="System.ReadOnlySpan{T}"/> batches), partial aggregates combine through
/// <see cref="IMergeable{TSelf}.Merge(TSelf)"/>, and <see cref="Result"/> applies the KPI calculators.
/// </summary>
/// <typeparam name="TSelf">The accumulator type itself.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <remarks>
/// <para>Every accumulator of <c>KpiFormulas.Aggregation</c> implements this interface, validates
/// each batch once (equal lengths, keys and ids in range, amounts not negative, scores on their
/// scale) and leaves its state unchanged when a batch is rejected. Its state is a plain value
/// (<c>State</c> and <c>FromState</c>) that System.Text.Json round-trips, for engines that ship
/// partial aggregates between machines.</para>
/// <para>An accumulator is not thread-safe: use one per thread or partition, then merge.</para>
/// </remarks>
/// <example>
/// <code>
/// var monday = new RevenueAccumulator(Currency.EUR);
/// monday.Add([120.00m, 80.00m]);
/// var tuesday = new RevenueAccumulator(Currency.EUR);
/// tuesday.Add([100.00m]);
/// monday.Merge(tuesday);
/// monday.Result().Total.AverageOrderValue.Value; // 100.00 EUR (300.00 / 3)
/// </code>
/// </example>
public interface IAccumulator<TSelf, TResult> : IMergeable<TSelf>
    where TSelf : IAccumulator<TSelf, TResult>
{
    /// <summary>The aggregate of every row added or merged so far, computed with the library's KPI calculators.</summary>
    /// <returns>The result; its ratios are undefined <see cref="KpiResult{T}"/> values for empty groups, never an exception.</returns>
    TResult Result();
}
