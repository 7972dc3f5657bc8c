using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KpiFormulas.Aggregation;

/// <summary>
/// The serializable state of a <see cref="CustomerSummaryAccumulator"/>: its configuration and, for
/// each customer, the days on which they bought and the value bought on each day.
/// </summary>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="CustomerCount">The number of customers (ids 0 to CustomerCount − 1).</param>
/// <param name="CalibrationEnd">The last day of the calibration window, included.</param>
/// <param name="HoldoutEnd">The last day of the holdout window, included; not before <paramref name="CalibrationEnd"/>.</param>
/// <param name="TimeUnitTicks">The time unit of the summaries in ticks (<see cref="TimeSpan.Ticks"/>), positive.</param>
/// <param name="Customers">One entry per purchase day: the customer. With <paramref name="PurchaseDays"/>, strictly ascending by customer, then day.</param>
/// <param name="PurchaseDays">One entry per purchase day: its day number (<see cref="DateOnly.DayNumber"/>), at most the holdout end's.</param>
/// <param name="PurchaseAmounts">One entry per purchase day: the value of the customer's purchases on that day, not negative.</param>
/// <remarks>
/// A snapshot: later rows added to the accumulator do not change it. Records compare lists by
/// reference; compare two states through their results or their JSON.
/// </remarks>
/// <example>
/// <code>
/// var json = JsonSerializer.Serialize(accumulator.State);                                          // on a worker
/// var back = CustomerSummaryAccumulator.FromState(JsonSerializer.Deserialize&lt;CustomerSummaryState&gt;(json)!); // on the reducer
/// total.Merge(back);
/// </code>
/// </example>
[JsonConverter(typeof(CustomerSummaryStateJsonConverter))]
public sealed record CustomerSummaryState(
    Currency Currency,
    int CustomerCount,
    DateOnly CalibrationEnd,
    DateOnly HoldoutEnd,
    long TimeUnitTicks,
    IReadOnlyList<int> Customers,
    IReadOnlyList<int> PurchaseDays,
    IReadOnlyList<decimal> PurchaseAmounts)
{
    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; } = Currency;

    /// <summary>The number of customers (ids 0 to CustomerCount − 1).</summary>
    public int CustomerCount { get; } = CustomerCount;

    /// <summary>The last day of the calibration window, included.</summary>
    public DateOnly CalibrationEnd { get; } = CalibrationEnd;

    /// <summary>The last day of the holdout window, included.</summary>
    public DateOnly HoldoutEnd { get; } = HoldoutEnd;

    /// <summary>The time unit of the summaries in ticks.</summary>
    public long TimeUnitTicks { get; } = TimeUnitTicks;

    /// <summary>One entry per purchase day: the customer; with <see cref="PurchaseDays"/>, strictly ascending by customer, then day.</summary>
    public IReadOnlyList<int> Customers { get; } = Customers;

    /// <summary>One entry per purchase day: its day number (<see cref="DateOnly.DayNumber"/>).</summary>
    public IReadOnlyList<int> PurchaseDays { get; } = PurchaseDays;

    /// <summary>One entry per purchase day: the value of the customer's purchases on that day.</summary>
    public IReadOnlyList<decimal> PurchaseAmounts { get; } = PurchaseAmounts;
}
