using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KpiFormulas.Aggregation;

/// <summary>
/// The serializable state of a <see cref="RevenueAccumulator"/>: plain numbers and lists that
/// System.Text.Json round-trips exactly (decimals keep their scale), for shipping partial aggregates
/// between processes or machines.
/// </summary>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="KeyCount">The number of keys (0 for an accumulator without keys).</param>
/// <param name="Total">The plain-loop sum of the decimal amounts.</param>
/// <param name="Orders">The decimal rows.</param>
/// <param name="MinorUnitsTotal">The checked sum of the minor-unit amounts.</param>
/// <param name="MinorUnitOrders">The minor-unit rows.</param>
/// <param name="KeyTotals">Per key: the plain-loop sum of its decimal amounts.</param>
/// <param name="KeyOrders">Per key: its decimal rows.</param>
/// <param name="KeyMinorUnitsTotals">Per key: the checked sum of its minor-unit amounts.</param>
/// <param name="KeyMinorUnitOrders">Per key: its minor-unit rows.</param>
/// <remarks>
/// A snapshot: later rows added to the accumulator do not change it. Records compare lists by
/// reference; compare two states through their results or their JSON.
/// </remarks>
/// <example>
/// <code>
/// var json = JsonSerializer.Serialize(accumulator.State);                        // on a worker
/// var back = RevenueAccumulator.FromState(JsonSerializer.Deserialize&lt;RevenueState&gt;(json)!); // on the reducer
/// total.Merge(back);
/// </code>
/// </example>
[JsonConverter(typeof(RevenueStateJsonConverter))]
public sealed record RevenueState(
    Currency Currency,
    int KeyCount,
    decimal Total,
    long Orders,
    long MinorUnitsTotal,
    long MinorUnitOrders,
    IReadOnlyList<decimal> KeyTotals,
    IReadOnlyList<long> KeyOrders,
    IReadOnlyList<long> KeyMinorUnitsTotals,
    IReadOnlyList<long> KeyMinorUnitOrders)
{
    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; } = Currency;

    /// <summary>The number of keys (0 for an accumulator without keys).</summary>
    public int KeyCount { get; } = KeyCount;

    /// <summary>The plain-loop sum of the decimal amounts.</summary>
    public decimal Total { get; } = Total;

    /// <summary>The decimal rows.</summary>
    public long Orders { get; } = Orders;

    /// <summary>The checked sum of the minor-unit amounts.</summary>
    public long MinorUnitsTotal { get; } = MinorUnitsTotal;

    /// <summary>The minor-unit rows.</summary>
    public long MinorUnitOrders { get; } = MinorUnitOrders;

    /// <summary>Per key: the plain-loop sum of its decimal amounts.</summary>
    public IReadOnlyList<decimal> KeyTotals { get; } = KeyTotals;

    /// <summary>Per key: its decimal rows.</summary>
    public IReadOnlyList<long> KeyOrders { get; } = KeyOrders;

    /// <summary>Per key: the checked sum of its minor-unit amounts.</summary>
    public IReadOnlyList<long> KeyMinorUnitsTotals { get; } = KeyMinorUnitsTotals;

    /// <summary>Per key: its minor-unit rows.</summary>
    public IReadOnlyList<long> KeyMinorUnitOrders { get; } = KeyMinorUnitOrders;
}
