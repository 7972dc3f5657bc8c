using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KpiFormulas.Aggregation;

/// <summary>
/// The serializable state of a <see cref="MrrMovementsAccumulator"/>: per customer who paid in the
/// reported month, the month before or earlier, the two months' MRR and whether they paid earlier.
/// </summary>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="Month">The reported month.</param>
/// <param name="Customers">The customer ids, in strictly increasing order.</param>
/// <param name="PreviousMrr">Per customer: the sum of their MRR rows in the month before <paramref name="Month"/>, not negative.</param>
/// <param name="CurrentMrr">Per customer: the sum of their MRR rows in <paramref name="Month"/>, not negative.</param>
/// <param name="PaidBefore">Per customer: whether a row of a month before the previous one had a positive MRR.</param>
/// <remarks>
/// <para>A customer is listed only when they carry something: a positive MRR in one of the two months, or a
/// payment before them (needed to tell a later reactivation from a new customer once states are merged).</para>
/// <para>A snapshot: later rows added to the accumulator do not change it. Records compare lists by
/// reference; compare two states through their results or their JSON.</para>
/// </remarks>
/// <example>
/// <code>
/// var json = JsonSerializer.Serialize(march.State);                                      // on a worker
/// var back = MrrMovementsAccumulator.FromState(JsonSerializer.Deserialize&lt;MrrMovementsState&gt;(json)!); // on the reducer
/// total.Merge(back);
/// </code>
/// </example>
[JsonConverter(typeof(MrrMovementsStateJsonConverter))]
public sealed record MrrMovementsState(
    Currency Currency,
    Period Month,
    IReadOnlyList<long> Customers,
    IReadOnlyList<decimal> PreviousMrr,
    IReadOnlyList<decimal> CurrentMrr,
    IReadOnlyList<bool> PaidBefore)
{
    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; } = Currency;

    /// <summary>The reported month.</summary>
    public Period Month { get; } = Month;

    /// <summary>The customer ids, in strictly increasing order.</summary>
    public IReadOnlyList<long> Customers { get; } = Customers;

    /// <summary>Per customer: the sum of their MRR rows in the month before <see cref="Month"/>, not negative.</summary>
    public IReadOnlyList<decimal> PreviousMrr { get; } = PreviousMrr;

    /// <summary>Per customer: the sum of their MRR rows in <see cref="Month"/>, not negative.</summary>
    public IReadOnlyList<decimal> CurrentMrr { get; } = CurrentMrr;

    /// <summary>Per customer: whether a row of a month before the previous one had a positive MRR.</summary>
    public IReadOnlyList<bool> PaidBefore { get; } = PaidBefore;
}
