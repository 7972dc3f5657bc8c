using System;
using System.Buffers;
using System.Collections.Generic;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>
/// Revenue, order count and average order value (« chiffre d'affaires », « panier moyen ») over
/// columns of order amounts, in total or by a small-integer key (channel, rep, product, period index).
/// </summary>
/// <remarks>
/// <para>Formula: revenue = Σ amounts; orders = number of rows; AOV = revenue / orders
/// (<see cref="SalesValue.AverageOrderValue(Money, long)"/>), per key and in total. Unit: money of the
/// accumulator's currency.</para>
/// <para>Inputs: amounts as <see cref="decimal"/> (any scale) or as <see cref="long"/> minor units
/// (cents for EUR), all in the accumulator's currency and none negative (subtract refunds explicitly,
/// as <see cref="SalesValue.Revenue(ReadOnlySpan{Money}, Currency)"/> says). An accumulator created
/// with keys takes keyed rows only, keys in <c>[0, keyCount)</c>; one created without keys takes unkeyed rows only.</para>
/// <para>Exactness: the decimal revenue of a group is bit for bit the plain loop
/// <c>total += amount</c> over its amounts in row order. The fast path sums the decimals' 96-bit
/// integer parts with vector or wide integer adds when every amount of a batch has the same scale,
/// and falls back to that plain loop whenever a precondition fails (mixed scales, a total beyond 96
/// bits, a negative amount); overflow beyond decimal's range throws <see cref="OverflowException"/>.
/// Minor units are summed in checked <see cref="long"/> arithmetic. When both forms are added, the
/// group's revenue is the decimal total plus the minor-unit total converted to the currency.</para>
/// <para>Performance: no allocation per row; per-key state only. A rejected batch leaves the
/// accumulator unchanged.</para>
/// <para>Catalogue ids <c>revenue</c> and <c>average_order_value</c>.</para>
/// </remarks>
/// <example>
/// Revenue and AOV by channel (0 = web, 1 = shop, 2 = phone):
/// <code>
/// var revenue = new RevenueAccumulator(Currency.EUR, keyCount: 3);
/// revenue.Add(amounts: [120.00m, 35.50m, 80.00m, 64.50m], keys: [0, 1, 0, 1]);
/// var result = revenue.Result();
/// result.Total.Revenue;                      // 300.00 EUR, 4 orders, AOV 75.00 EUR
/// result.Groups[0].AverageOrderValue.Value;  // 100.00 EUR (200.00 / 2)
/// result.Groups[2].AverageOrderValue.Reason; // ZeroDenominator: no phone order, no exception
/// </code>
/// </example>
public sealed class RevenueAccumulator : IAccumulator<RevenueAccumulator, RevenueResult>
{
    private const int BatchSize = 4096;

    private DecimalTotals decimals;
    private MinorUnitTotals minorUnits;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="keyCount">The number of keys (channels, reps, products, periods), 0 for totals only; at most 2^28.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="keyCount"/> is negative or above 2^28.</exception>
    /// <example>
    /// <code>
    /// var byRep = new RevenueAccumulator(Currency.EUR, keyCount: 12); // keys 0..11
    /// </code>
    /// </example>
    public RevenueAccumulator(Currency currency, int keyCount = 0)
    {
        Preconditions.InRange(keyCount, 0, Columns.MaxIndexCount);
        Currency = currency;
        decimals = new DecimalTotals(keyCount);
        minorUnits = new MinorUnitTotals(keyCount);
    }

    /// <summary>The currency of every amount and of the results.</summary>
    /// <example>
    /// <code>
    /// new RevenueAccumulator(Currency.EUR).Currency; // EUR
    /// </code>
    /// </example>
    public Currency Currency { get; }

    /// <summary>The number of keys: keys are 0 to this − 1; 0 when the accumulator keeps totals only.</summary>
    /// <example>
    /// <code>
    /// new RevenueAccumulator(Currency.EUR, keyCount: 3).KeyCount; // 3: keys 0, 1, 2
    /// </code>
    /// </example>
    public int KeyCount => decimals.KeyCount;

    /// <summary>A snapshot of the state, as plain serializable values.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(revenue.State);
    /// </code>
    /// </example>
    public RevenueState State =>
        new(
            Currency,
            KeyCount,
            decimals.Total,
            decimals.Count,
            minorUnits.Total,
            minorUnits.Count,
            (decimal[])decimals.KeyTotals.Clone(),
            (long[])decimals.KeyCounts.Clone(),
            (long[])minorUnits.KeyTotals.Clone(),
            (long[])minorUnits.KeyCounts.Clone());

    /// <summary>Rebuilds an accumulator from a state (see <see cref="State"/>).</summary>
    /// <param name="state">A state produced by <see cref="State"/>, possibly after a JSON round trip.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The state is not one an accumulator can be in (the message names the broken rule): a key count out
    /// of range, a list of the wrong length, a negative count or amount, an amount without any order (it
    /// would be lost by the next merge), per-key orders or amounts that do not add up to the totals (beyond
    /// decimal's own rounding), minor units in a currency that has none, or decimal and minor-unit parts
    /// that <see cref="Result"/> could not add up within decimal's and long's range.
    /// </exception>
    /// <example>
    /// <code>
    /// var revenue = RevenueAccumulator.FromState(JsonSerializer.Deserialize&lt;RevenueState&gt;(json)!);
    /// </code>
    /// </example>
    public static RevenueAccumulator FromState(RevenueState state)
    {
        Preconditions.NotNull(state);
        const string Name = nameof(state);
        Preconditions.StateInRange(state.KeyCount, 0, Columns.MaxIndexCount, nameof(state.KeyCount), Name);
        var keyTotals = Preconditions.StateList(state.KeyTotals, state.KeyCount, nameof(state.KeyTotals), Name);
        var keyOrders = Preconditions.StateList(state.KeyOrders, state.KeyCount, nameof(state.KeyOrders), Name);
        var keyMinor = Preconditions.StateList(state.KeyMinorUnitsTotals, state.KeyCount, nameof(state.KeyMinorUnitsTotals), Name);
        var keyMinorOrders = Preconditions.StateList(state.KeyMinorUnitOrders, state.KeyCount, nameof(state.KeyMinorUnitOrders), Name);
        Preconditions.StateNotNegative(state.Total, nameof(state.Total), Name);
        Preconditions.StateNotNegative(state.Orders, nameof(state.Orders), Name);
        Preconditions.StateNotNegative(state.MinorUnitsTotal, nameof(state.MinorUnitsTotal), Name);
        Preconditions.StateNotNegative(state.MinorUnitOrders, nameof(state.MinorUnitOrders), Name);
        Preconditions.StateNotNegative(keyTotals, nameof(state.KeyTotals), Name);
        Preconditions.StateNotNegative(keyOrders, nameof(state.KeyOrders), Name);
        Preconditions.StateNotNegative(keyMinor, nameof(state.KeyMinorUnitsTotals), Name);
        Preconditions.StateNotNegative(keyMinorOrders, nameof(state.KeyMinorUnitOrders), Name);
        Preconditions.StateNoAmountWithoutRows(state.Total, state.Orders, nameof(state.Total), nameof(state.Orders), Name);
        Preconditions.StateNoAmountWithoutRows(state.MinorUnitsTotal, state.MinorUnitOrders, nameof(state.MinorUnitsTotal), nameof(state.MinorUnitOrders), Name);
        Preconditions.StateNoAmountWithoutRows(keyTotals, keyOrders, nameof(state.KeyTotals), nameof(state.KeyOrders), Name);
        Preconditions.StateNoAmountWithoutRows(keyMinor, keyMinorOrders, nameof(state.KeyMinorUnitsTotals), nameof(state.KeyMinorUnitOrders), Name);
        Preconditions.StateRule(
            state.MinorUnitOrders == 0 || state.Currency.HasMinorUnits,
            Name,
            "The state's '{0}' must be 0: its currency {1} has no minor unit in ISO 4217.",
            nameof(state.MinorUnitOrders),
            state.Currency.Code);
        if (state.KeyCount > 0)
        {
            Preconditions.StateSumIs(keyOrders, state.Orders, nameof(state.KeyOrders), nameof(state.Orders), Name);
            Preconditions.StateSumIs(keyMinorOrders, state.MinorUnitOrders, nameof(state.KeyMinorUnitOrders), nameof(state.MinorUnitOrders), Name);
            Preconditions.StateSumIs(keyMinor, state.MinorUnitsTotal, nameof(state.KeyMinorUnitsTotals), nameof(state.MinorUnitsTotal), Name);
            Preconditions.StateDecimalSumIs(keyTotals, state.Total, state.Orders, nameof(state.KeyTotals), nameof(state.Total), Name);
        }

        // The result adds the decimal and minor-unit parts of each group: they must fit together.
        Preconditions.StateRule(
            CanCombine(state.Currency, state.Total, state.Orders, state.MinorUnitsTotal, state.MinorUnitOrders),
            Name,
            "The state's decimal and minor-unit parts ('{0}' and '{1}', '{2}' and '{3}') must add up within the range of decimal and long.",
            nameof(state.Total),
            nameof(state.MinorUnitsTotal),
            nameof(state.Orders),
            nameof(state.MinorUnitOrders));
        for (var k = 0; k < state.KeyCount; k++)
        {
            Preconditions.StateRule(
                CanCombine(state.Currency, keyTotals[k], keyOrders[k], keyMinor[k], keyMinorOrders[k]),
                Name,
                "The state's decimal and minor-unit parts of key {0} must add up within the range of decimal and long.",
                k);
        }

        var accumulator = new RevenueAccumulator(state.Currency, state.KeyCount);
        accumulator.decimals.Total = state.Total;
        accumulator.decimals.Count = state.Orders;
        accumulator.decimals.KeyTotals = keyTotals;
        accumulator.decimals.KeyCounts = keyOrders;
        accumulator.minorUnits.Total = state.MinorUnitsTotal;
        accumulator.minorUnits.Count = state.MinorUnitOrders;
        accumulator.minorUnits.KeyTotals = keyMinor;
        accumulator.minorUnits.KeyCounts = keyMinorOrders;
        return accumulator;
    }

    /// <summary>Adds orders without keys: one amount per order.</summary>
    /// <param name="amounts">The order amounts in the accumulator's currency, none negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative (the message gives the first such row).</exception>
    /// <exception cref="InvalidOperationException">The accumulator has keys: pass them with the amounts.</exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// revenue.Add([19.90m, 5.00m, 120.00m]); // 3 orders, 144.90
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<decimal> amounts)
    {
        RequireUnkeyed();
        decimals.Add(amounts, nameof(amounts));
    }

    /// <summary>Adds orders with their keys: one amount and one key per order.</summary>
    /// <param name="amounts">The order amounts in the accumulator's currency, none negative.</param>
    /// <param name="keys">The key of each order (channel, rep, product, period index), in <c>[0, KeyCount)</c>; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A key is out of range or an amount is negative (the first bad row is reported).</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// revenue.Add([120.00m, 35.50m], [0, 2]); // web 120.00, phone 35.50
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<decimal> amounts, ReadOnlySpan<int> keys) =>
        decimals.Add(amounts, keys, nameof(amounts), nameof(keys));

    /// <summary>Adds orders with byte keys (up to 256 channels: a quarter of the memory traffic of <see cref="int"/> keys).</summary>
    /// <param name="amounts">The order amounts in the accumulator's currency, none negative.</param>
    /// <param name="keys">The key of each order, in <c>[0, KeyCount)</c>; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A key is out of range or an amount is negative (the first bad row is reported).</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// byte[] channels = [0, 2];
    /// revenue.Add([120.00m, 35.50m], channels);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<decimal> amounts, ReadOnlySpan<byte> keys) =>
        decimals.Add(amounts, keys, nameof(amounts), nameof(keys));

    /// <summary>Adds orders without keys, as minor units of the currency (cents for EUR).</summary>
    /// <param name="amounts">The order amounts in minor units, none negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="InvalidOperationException">The accumulator has keys, or its currency has no minor unit.</exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="long"/>.</exception>
    /// <example>
    /// <code>
    /// revenue.AddMinorUnits([1990, 500]); // 19.90 + 5.00 EUR
    /// </code>
    /// </example>
    public void AddMinorUnits(ReadOnlySpan<long> amounts)
    {
        RequireUnkeyed();
        RequireMinorUnits();
        minorUnits.Add(amounts, nameof(amounts));
    }

    /// <summary>Adds orders with their keys, as minor units of the currency.</summary>
    /// <param name="amounts">The order amounts in minor units, none negative.</param>
    /// <param name="keys">The key of each order, in <c>[0, KeyCount)</c>; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A key is out of range or an amount is negative.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="long"/>.</exception>
    /// <example>
    /// <code>
    /// revenue.AddMinorUnits([12000, 3550], [0, 2]);
    /// </code>
    /// </example>
    public void AddMinorUnits(ReadOnlySpan<long> amounts, ReadOnlySpan<int> keys)
    {
        RequireMinorUnits();
        minorUnits.Add(amounts, keys, nameof(amounts), nameof(keys));
    }

    /// <summary>Adds orders with byte keys, as minor units of the currency.</summary>
    /// <param name="amounts">The order amounts in minor units, none negative.</param>
    /// <param name="keys">The key of each order, in <c>[0, KeyCount)</c>; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A key is out of range or an amount is negative.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="long"/>.</exception>
    /// <example>
    /// <code>
    /// byte[] channels = [0, 2];
    /// revenue.AddMinorUnits([12000, 3550], channels);
    /// </code>
    /// </example>
    public void AddMinorUnits(ReadOnlySpan<long> amounts, ReadOnlySpan<byte> keys)
    {
        RequireMinorUnits();
        minorUnits.Add(amounts, keys, nameof(amounts), nameof(keys));
    }

    /// <summary>Adds one order without key.</summary>
    /// <param name="amount">The order amount, in the accumulator's currency, not negative.</param>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="InvalidOperationException">The accumulator has keys.</exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// revenue.Add(Money.Euros(19.90m));
    /// </code>
    /// </example>
    public void Add(Money amount)
    {
        RequireUnkeyed();
        Preconditions.SameCurrency(Currency, amount.Currency, nameof(amount));
        decimals.Add([amount.Amount], nameof(amount));
    }

    /// <summary>Adds one order with its key.</summary>
    /// <param name="amount">The order amount, in the accumulator's currency, not negative.</param>
    /// <param name="key">The order's key, in <c>[0, KeyCount)</c>.</param>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The key is out of range or the amount is negative.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// revenue.Add(Money.Euros(19.90m), key: 1);
    /// </code>
    /// </example>
    public void Add(Money amount, int key)
    {
        Preconditions.SameCurrency(Currency, amount.Currency, nameof(amount));
        decimals.Add(amount.Amount, key, nameof(amount), nameof(key));
    }

    /// <inheritdoc />
    /// <exception cref="CurrencyMismatchException">The accumulators have different currencies.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is this accumulator, or has another number of keys.</exception>
    /// <exception cref="OverflowException">A merged total, or a group's decimal and minor-unit parts together, is beyond the range of its type; nothing is merged.</exception>
    public void Merge(RevenueAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        Preconditions.SameCurrency(Currency, other.Currency, nameof(other));
        Preconditions.Argument(other.KeyCount == KeyCount, nameof(other), "The accumulators must have the same number of keys.");

        // Merge into copies so that an overflow in the second part leaves this accumulator whole.
        var mergedDecimals = Copy(decimals);
        var mergedMinor = Copy(minorUnits);
        mergedDecimals.Merge(other.decimals);
        mergedMinor.Merge(other.minorUnits);
        RequireCombinable(mergedDecimals, mergedMinor);
        decimals = mergedDecimals;
        minorUnits = mergedMinor;
    }

    /// <inheritdoc />
    /// <example>
    /// <code>
    /// var result = revenue.Result();
    /// result.Total.AverageOrderValue; // the AOV of all orders
    /// </code>
    /// </example>
    public RevenueResult Result()
    {
        var groups = new RevenueGroup[KeyCount];
        for (var k = 0; k < groups.Length; k++)
        {
            groups[k] = Group(decimals.KeyTotals[k], decimals.KeyCounts[k], minorUnits.KeyTotals[k], minorUnits.KeyCounts[k]);
        }

        return new RevenueResult(Group(decimals.Total, decimals.Count, minorUnits.Total, minorUnits.Count), groups);
    }

    /// <summary>Revenue, orders and AOV of records that are not in columns (LINQ-style objects): one record per order.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="records">The orders.</param>
    /// <param name="amount">Reads an order's amount, in <paramref name="currency"/>, not negative.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <returns>The totals (no groups).</returns>
    /// <remarks>The records are read once, in batches of 4 096 into pooled buffers, and added as columns: the same exact result as the span overloads.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// var result = RevenueAccumulator.Aggregate(orders, o =&gt; o.Amount, Currency.EUR);
    /// result.Total.AverageOrderValue.Value;
    /// </code>
    /// </example>
    public static RevenueResult Aggregate<TRecord>(IEnumerable<TRecord> records, Func<TRecord, Money> amount, Currency currency)
    {
        Preconditions.NotNull(records);
        Preconditions.NotNull(amount);
        var accumulator = new RevenueAccumulator(currency);
        var buffer = ArrayPool<decimal>.Shared.Rent(BatchSize);
        try
        {
            var filled = 0;
            var row = 0;
            foreach (var record in records)
            {
                var money = ReadAmount(amount(record), currency, row++, nameof(amount));
                buffer[filled++] = money.Amount;
                if (filled == BatchSize)
                {
                    accumulator.Add(buffer.AsSpan(0, filled));
                    filled = 0;
                }
            }

            accumulator.Add(buffer.AsSpan(0, filled));
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(buffer);
        }

        return accumulator.Result();
    }

    /// <summary>Revenue, orders and AOV by group of records that are not in columns, with any key type (a channel name, a rep, an enum).</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <typeparam name="TKey">The group key.</typeparam>
    /// <param name="records">The orders.</param>
    /// <param name="amount">Reads an order's amount, in <paramref name="currency"/>, not negative.</param>
    /// <param name="key">Reads an order's group; not null.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="keyComparer">How keys are compared; the default comparer when null.</param>
    /// <returns>Each group's revenue, orders and AOV, in the order in which each key first appears (a guaranteed
    /// order, not an accident of hashing); when the comparer merges two spellings of a key, the first one met is kept.
    /// The groups' revenues add up exactly to <see cref="SalesValue.Revenue(ReadOnlySpan{Money}, Currency)"/> of all the amounts.</returns>
    /// <remarks>Keys are mapped to dense indexes as they appear; the amounts go through the columnar fast path in batches of 4 096.</remarks>
    /// <exception cref="ArgumentNullException">An argument or a key is null.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// var byChannel = RevenueAccumulator.AggregateBy(orders, o =&gt; o.Amount, o =&gt; o.Channel, Currency.EUR);
    /// byChannel["web"].AverageOrderValue.Value;
    /// </code>
    /// </example>
    public static IReadOnlyDictionary<TKey, RevenueGroup> AggregateBy<TRecord, TKey>(
        IEnumerable<TRecord> records,
        Func<TRecord, Money> amount,
        Func<TRecord, TKey> key,
        Currency currency,
        IEqualityComparer<TKey>? keyComparer = null)
        where TKey : notnull
    {
        Preconditions.NotNull(records);
        Preconditions.NotNull(amount);
        Preconditions.NotNull(key);
        var indexes = new OrderedDictionary<TKey, int>(keyComparer);
        var accumulator = new RevenueAccumulator(currency, 0);
        var amounts = ArrayPool<decimal>.Shared.Rent(BatchSize);
        var keys = ArrayPool<int>.Shared.Rent(BatchSize);
        try
        {
            var filled = 0;
            var row = 0;
            foreach (var record in records)
            {
                var money = ReadAmount(amount(record), currency, row, nameof(amount));
                var group = key(record);
                if (group is null)
                {
                    Preconditions.ThrowArgumentNull(nameof(key), "Row {0}: The key must not be null; every order needs a group.", row);
                }

                row++;
                if (!indexes.TryGetValue(group, out var index))
                {
                    index = indexes.Count;
                    indexes.Add(group, index);
                }

                amounts[filled] = money.Amount;
                keys[filled++] = index;
                if (filled == BatchSize)
                {
                    accumulator.GrowKeys(indexes.Count);
                    accumulator.Add(amounts.AsSpan(0, filled), keys.AsSpan(0, filled));
                    filled = 0;
                }
            }

            accumulator.GrowKeys(indexes.Count);
            accumulator.Add(amounts.AsSpan(0, filled), keys.AsSpan(0, filled));
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(amounts);
            ArrayPool<int>.Shared.Return(keys);
        }

        var groups = accumulator.Result().Groups;
        var result = new OrderedDictionary<TKey, RevenueGroup>(indexes.Count, keyComparer);
        foreach (var (group, index) in indexes)
        {
            result.Add(group, groups[index]);
        }

        return result;
    }

    // A record's amount, checked here so that the exception names the record overload's selector.
    private static Money ReadAmount(Money money, Currency currency, int row, string paramName)
    {
        Preconditions.SameCurrency(currency, money.Currency, paramName);
        if (money.Amount < 0m)
        {
            Preconditions.ThrowNegativeAmount(paramName, row, money.Amount);
        }

        return money;
    }

    /// <summary>True when a group's decimal and minor-unit parts add up within decimal's and long's range, so that <see cref="Result"/> can report it.</summary>
    private static bool CanCombine(Currency currency, decimal total, long orders, long minorTotal, long minorOrders)
    {
        if (minorOrders == 0)
        {
            return true;
        }

        if (orders > long.MaxValue - minorOrders)
        {
            return false;
        }

        try
        {
            _ = total + Money.FromMinorUnits(minorTotal, currency).Amount;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private void RequireCombinable(DecimalTotals mergedDecimals, MinorUnitTotals mergedMinor)
    {
        var combinable = CanCombine(Currency, mergedDecimals.Total, mergedDecimals.Count, mergedMinor.Total, mergedMinor.Count);
        for (var k = 0; combinable && k < mergedDecimals.KeyCount; k++)
        {
            combinable = CanCombine(Currency, mergedDecimals.KeyTotals[k], mergedDecimals.KeyCounts[k], mergedMinor.KeyTotals[k], mergedMinor.KeyCounts[k]);
        }

        if (!combinable)
        {
            throw new OverflowException("The merged revenue of a group, its decimal and minor-unit parts together, is beyond the range of decimal or its orders beyond the range of long; nothing is merged.");
        }
    }

    private static DecimalTotals Copy(DecimalTotals source) =>
        new(0)
        {
            Total = source.Total,
            Count = source.Count,
            KeyTotals = (decimal[])source.KeyTotals.Clone(),
            KeyCounts = (long[])source.KeyCounts.Clone(),
        };

    private static MinorUnitTotals Copy(MinorUnitTotals source) =>
        new(0)
        {
            Total = source.Total,
            Count = source.Count,
            KeyTotals = (long[])source.KeyTotals.Clone(),
            KeyCounts = (long[])source.KeyCounts.Clone(),
        };

    private RevenueGroup Group(decimal total, long orders, long minorTotal, long minorOrders)
    {
        var amount = minorOrders == 0 ? total
            : orders == 0 ? Money.FromMinorUnits(minorTotal, Currency).Amount
            : total + Money.FromMinorUnits(minorTotal, Currency).Amount;
        var revenue = new Money(amount, Currency);
        var count = checked(orders + minorOrders);
        return new RevenueGroup(revenue, count, SalesValue.AverageOrderValue(revenue, count));
    }

    private void GrowKeys(int keyCount)
    {
        decimals.GrowKeys(keyCount);
        minorUnits.GrowKeys(keyCount);
    }

    private void RequireUnkeyed()
    {
        if (KeyCount != 0)
        {
            throw new InvalidOperationException($"This accumulator groups by key ({KeyCount} keys): pass each order's key with its amount.");
        }
    }

    private void RequireMinorUnits()
    {
        if (!Currency.HasMinorUnits)
        {
            throw new InvalidOperationException($"The currency {Currency.Code} has no minor unit in ISO 4217: add its amounts as decimals.");
        }
    }
}
