using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using KpiFormulas.Formulas;

namespace KpiFormulas.Aggregation;

/// <summary>The revenue, order count and average order value of one group of orders (or of all of them).</summary>
/// <param name="Revenue">
/// The sum of the orders' amounts (« chiffre d'affaires »), exact: bit for bit the plain
/// <c>decimal</c> loop over the group's amounts in row order (see <c>docs/aggregation.md</c>); zero in
/// the accumulator's currency for an empty group. Catalogue id <c>revenue</c>.
/// </param>
/// <param name="Orders">The number of orders (rows) of the group.</param>
/// <param name="AverageOrderValue">
/// Revenue / orders from <see cref="SalesValue.AverageOrderValue(Money, long)"/> (« panier moyen »),
/// unrounded; undefined (<see cref="UndefinedReason.ZeroDenominator"/>) for a group with no order.
/// </param>
/// <example>
/// <code>
/// var (revenue, orders, aov) = result.Groups[0];
/// </code>
/// </example>
[JsonConverter(typeof(RevenueGroupJsonConverter))]
public readonly record struct RevenueGroup(Money Revenue, long Orders, KpiResult<Money> AverageOrderValue)
{
    /// <summary>The sum of the orders' amounts (« chiffre d'affaires »), exact: bit for bit the plain <c>decimal</c> loop over the group's amounts in row order (see <c>docs/aggregation.md</c>); zero in the accumulator's currency for an empty group. Catalogue id <c>revenue</c>.</summary>
    public Money Revenue { get; } = Revenue;

    /// <summary>The number of orders (rows) of the group.</summary>
    public long Orders { get; } = Orders;

    /// <summary>Revenue / orders from <see cref="SalesValue.AverageOrderValue(Money, long)"/> (« panier moyen »), unrounded; undefined (<see cref="UndefinedReason.ZeroDenominator"/>) for a group with no order.</summary>
    public KpiResult<Money> AverageOrderValue { get; } = AverageOrderValue;
}

/// <summary>
/// What a <see cref="RevenueAccumulator"/> computed: the revenue, orders and AOV of all the orders and
/// of each key (channel, rep, product, period index).
/// </summary>
/// <remarks>
/// The groups' revenues add up to the total's revenue, and their orders to its orders; an empty
/// group has zero revenue, zero orders and an undefined AOV, never an exception.
/// </remarks>
/// <example>
/// <code>
/// var revenue = new RevenueAccumulator(Currency.EUR, keyCount: 2);
/// revenue.Add([100.00m, 50.00m, 30.00m], [0, 1, 0]);
/// var result = revenue.Result();
/// result.Total.Revenue;                      // 180.00 EUR
/// result.Groups[0].AverageOrderValue.Value;  // 65.00 EUR (130.00 / 2)
/// </code>
/// </example>
[JsonConverter(typeof(RevenueResultJsonConverter))]
public sealed class RevenueResult
{
    internal RevenueResult(RevenueGroup total, RevenueGroup[] groups)
    {
        Total = total;
        Groups = new ReadOnlyCollection<RevenueGroup>(groups);
    }

    /// <summary>All the orders together.</summary>
    /// <example>
    /// <code>
    /// result.Total.Revenue; // every order together
    /// </code>
    /// </example>
    public RevenueGroup Total { get; }

    /// <summary>One group per key: <c>Groups[k]</c> is key k, for k from 0 to the key count − 1 (empty when the accumulator has no keys).</summary>
    /// <example>
    /// <code>
    /// result.Groups[1].AverageOrderValue; // the AOV of key 1
    /// </code>
    /// </example>
    public ReadOnlyCollection<RevenueGroup> Groups { get; }
}
