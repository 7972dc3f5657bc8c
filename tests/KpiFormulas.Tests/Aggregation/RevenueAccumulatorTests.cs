using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;
using static KpiFormulas.Tests.Aggregation.AccumulatorLaws;

namespace KpiFormulas.Tests.Aggregation;

public class RevenueAccumulatorTests
{
    private const int Keys = 5;

    public sealed record Rows(decimal[] Amounts, int[] Keys, long[] MinorUnits, int[] MinorKeys)
    {
        public Rows Slice(Range range) => new(Amounts[range], Keys[range], MinorUnits[range], MinorKeys[range]);
    }

    private static Rows MakeRows(Random random, int length)
    {
        // Exact regime (sums far below 2^96): one scale for most cases (the fast path), mixed scales for some.
        var mixed = random.Next(3) == 0;
        var amounts = Enumerable.Range(0, length).Select(_ => DecimalData.Small(random, (byte)(mixed ? random.Next(0, 7) : 2))).ToArray();
        var keys = Enumerable.Range(0, length).Select(_ => random.Next(Keys)).ToArray();
        var minor = Enumerable.Range(0, length).Select(_ => (long)random.Next(0, 1_000_000)).ToArray();
        var minorKeys = Enumerable.Range(0, length).Select(_ => random.Next(Keys)).ToArray();
        return new Rows(amounts, keys, minor, minorKeys);
    }

    private static string Canonical(RevenueResult result)
    {
        static string Group(RevenueGroup g) => $"[{Bits(g.Revenue.Amount)} {g.Revenue.Currency.Code} n={g.Orders} aov={Text(g.AverageOrderValue)}]";
        var text = new StringBuilder(Group(result.Total));
        foreach (var group in result.Groups)
        {
            text.Append(Group(group));
        }

        return text.ToString();
    }

    /// <summary>The reference: the plain decimal loop, with the accumulator's rule for negative amounts.</summary>
    private static decimal PlainLoop(decimal total, IEnumerable<decimal> amounts)
    {
        foreach (var amount in amounts)
        {
            if (amount < 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(amounts));
            }

            total += amount;
        }

        return total;
    }

    // ---- hand-computed examples ----------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    [KpiTest(KpiIds.AverageOrderValue)]
    public void Revenue_orders_and_aov_by_channel_match_a_hand_calculation()
    {
        // Web (0): 120.00 + 80.00 = 200.00 over 2 orders, AOV 100.00. Shop (1): 35.50 + 64.50 = 100.00
        // over 2, AOV 50.00. Phone (2): no order, AOV undefined. Total 300.00 over 4, AOV 75.00.
        var revenue = new RevenueAccumulator(Currency.EUR, keyCount: 3);
        revenue.Add([120.00m, 35.50m, 80.00m, 64.50m], [0, 1, 0, 1]);
        var result = revenue.Result();
        Assert.Equal(Money.Euros(300.00m), result.Total.Revenue);
        Assert.Equal(4, result.Total.Orders);
        Assert.Equal(Money.Euros(75m), result.Total.AverageOrderValue.Value);
        Assert.Equal(KpiIds.AverageOrderValue, result.Total.AverageOrderValue.KpiId);
        Assert.Equal(Money.Euros(200m), result.Groups[0].Revenue);
        Assert.Equal(Money.Euros(100m), result.Groups[0].AverageOrderValue.Value);
        Assert.Equal(Money.Euros(50m), result.Groups[1].AverageOrderValue.Value);
        Assert.Equal(Money.Zero(Currency.EUR), result.Groups[2].Revenue);
        Assert.Equal(0, result.Groups[2].Orders);
        Assert.Equal(UndefinedReason.ZeroDenominator, result.Groups[2].AverageOrderValue.Reason);
    }

    [Fact]
    public void Minor_units_and_decimals_add_up_in_the_currency()
    {
        // 19.90 + 5.00 as decimals, 1 000 and 250 cents (10.00 + 2.50) as minor units: 37.40 over 4.
        var revenue = new RevenueAccumulator(Currency.EUR);
        revenue.Add([19.90m, 5.00m]);
        revenue.AddMinorUnits([1_000, 250]);
        var total = revenue.Result().Total;
        Assert.Equal(Money.Euros(37.40m), total.Revenue);
        Assert.Equal(4, total.Orders);
        Assert.Equal(Money.Euros(9.35m), total.AverageOrderValue.Value);

        // Minor units alone keep the currency's two decimals: 1 250 cents is 12.50, scale 2.
        var minorOnly = new RevenueAccumulator(Currency.EUR);
        minorOnly.AddMinorUnits([1_000, 250]);
        Assert.Equal(Bits(12.50m), Bits(minorOnly.Result().Total.Revenue.Amount));
    }

    [Fact]
    public void An_empty_accumulator_has_zero_revenue_and_an_undefined_aov()
    {
        var result = new RevenueAccumulator(Currency.USD, 2).Result();
        Assert.Equal(Money.Zero(Currency.USD), result.Total.Revenue);
        Assert.Equal(UndefinedReason.ZeroDenominator, result.Total.AverageOrderValue.Reason);
        Assert.All(result.Groups, g => Assert.False(g.AverageOrderValue.IsDefined));
    }

    // ---- the laws ----------------------------------------------------------------------------------

    [KpiProperty]
    public Property Keyed_decimal_revenue_merges_exactly() =>
        Hold<Rows, RevenueAccumulator, RevenueResult, RevenueState>(
            60,
            MakeRows,
            (rows, range) => rows.Slice(range),
            () => new RevenueAccumulator(Currency.EUR, Keys),
            (acc, rows) =>
            {
                acc.Add(rows.Amounts, rows.Keys);
                acc.AddMinorUnits(rows.MinorUnits, rows.MinorKeys);
            },
            acc => acc.State,
            RevenueAccumulator.FromState,
            Canonical);

    [KpiProperty]
    public Property Byte_keyed_revenue_merges_exactly() =>
        Hold<Rows, RevenueAccumulator, RevenueResult, RevenueState>(
            60,
            MakeRows,
            (rows, range) => rows.Slice(range),
            () => new RevenueAccumulator(Currency.EUR, Keys),
            (acc, rows) => acc.Add(rows.Amounts, rows.Keys.Select(k => (byte)k).ToArray()),
            acc => acc.State,
            RevenueAccumulator.FromState,
            Canonical);

    [KpiProperty]
    public Property Total_revenue_merges_exactly() =>
        Hold<Rows, RevenueAccumulator, RevenueResult, RevenueState>(
            60,
            MakeRows,
            (rows, range) => rows.Slice(range),
            () => new RevenueAccumulator(Currency.JPY),
            (acc, rows) =>
            {
                acc.Add(rows.Amounts);
                acc.AddMinorUnits(rows.MinorUnits);
            },
            acc => acc.State,
            RevenueAccumulator.FromState,
            Canonical);

    // ---- fast path == scalar reference, every length 0..256 ------------------------------------------

    [Fact]
    public void Total_fast_path_equals_the_plain_loop_for_every_length_and_regime()
    {
        for (var regime = 0; regime < DecimalData.RegimeCount; regime++)
        {
            for (var length = 0; length <= 256; length++)
            {
                var random = new Random((regime * 1000) + length);
                var first = DecimalData.Amounts(random, length, regime);
                var second = DecimalData.Amounts(random, random.Next(0, 40), regime == 7 ? 0 : regime);
                var revenue = new RevenueAccumulator(Currency.EUR);
                Compare(() => PlainLoop(0m, first), () => revenue.Add(first), () => revenue.State.Total, $"regime {regime}, length {length}");

                // A second batch continues from the first total, as the plain loop over both would.
                var start = revenue.State.Total;
                Compare(() => PlainLoop(start, second), () => revenue.Add(second), () => revenue.State.Total, $"regime {regime}, length {length}, second batch");
            }
        }
    }

    [Fact]
    public void Keyed_fast_path_equals_the_plain_loops_for_every_length_and_regime()
    {
        for (var regime = 0; regime < DecimalData.RegimeCount; regime++)
        {
            for (var length = 0; length <= 256; length++)
            {
                var random = new Random((regime * 7919) + length);
                var amounts = DecimalData.Amounts(random, length, regime);
                var keys = Enumerable.Range(0, length).Select(_ => random.Next(Keys)).ToArray();
                if (length > 0 && regime == 0 && length % 17 == 0)
                {
                    keys[random.Next(length)] = Keys; // a key out of range: rejected as by the reference
                }

                var reference = KeyedReference(amounts, keys);
                var byInt = new RevenueAccumulator(Currency.EUR, Keys);
                var byByte = new RevenueAccumulator(Currency.EUR, Keys);
                var bytes = keys.Select(k => (byte)k).ToArray();
                var context = $"regime {regime}, length {length}";
                CompareKeyed(reference, () => byInt.Add(amounts, keys), byInt, context + " (int keys)");
                CompareKeyed(reference, () => byByte.Add(amounts, bytes), byByte, context + " (byte keys)");
            }
        }
    }

    [Fact]
    public void A_batch_of_one_regime_continues_exactly_from_a_total_of_any_other()
    {
        // Every pair of regimes: the running total left by the first batch (negative zero, a
        // rounded total, a mixed scale...) is where the second batch's fast path or fallback starts.
        for (var first = 0; first < DecimalData.RegimeCount; first++)
        {
            for (var second = 0; second < DecimalData.RegimeCount; second++)
            {
                for (var length = 0; length <= 40; length += 3)
                {
                    var random = new Random((first * 100_003) + (second * 1_009) + length);
                    var a = DecimalData.Amounts(random, length, first);
                    var b = DecimalData.Amounts(random, 20 + length, second);
                    var keysA = a.Select(_ => random.Next(Keys)).ToArray();
                    var keysB = b.Select(_ => random.Next(Keys)).ToArray();
                    var total = new RevenueAccumulator(Currency.EUR);
                    var keyed = new RevenueAccumulator(Currency.EUR, Keys);
                    _ = Record.Exception(() => total.Add(a));
                    _ = Record.Exception(() => keyed.Add(a, keysA));
                    var start = total.State.Total;
                    Compare(() => PlainLoop(start, b), () => total.Add(b), () => total.State.Total, $"regimes {first} then {second}, length {length}");

                    // Keyed: the reference continues each key and the total from the first batch's state.
                    var before = keyed.State;
                    var expectedKeys = before.KeyTotals.ToArray();
                    var expectedCounts = before.KeyOrders.ToArray();
                    var expectedTotal = before.Total;
                    Type? expectedError = null;
                    try
                    {
                        for (var i = 0; i < b.Length; i++)
                        {
                            if (b[i] < 0m)
                            {
                                throw new ArgumentOutOfRangeException(nameof(b));
                            }

                            expectedKeys[keysB[i]] += b[i];
                            expectedCounts[keysB[i]]++;
                            expectedTotal += b[i];
                        }
                    }
                    catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
                    {
                        expectedError = e.GetType();
                    }

                    var error = Record.Exception(() => keyed.Add(b, keysB));
                    var after = keyed.State;
                    var context = $"keyed regimes {first} then {second}, length {length}";
                    if (expectedError is null)
                    {
                        Assert.True(error is null, context + ": " + error);
                        Assert.Equal(Bits(expectedTotal), Bits(after.Total));
                        Assert.Equal(expectedKeys.Select(Bits), after.KeyTotals.Select(Bits));
                        Assert.Equal(expectedCounts, after.KeyOrders);
                    }
                    else
                    {
                        Assert.True(error?.GetType() == expectedError, $"{context}: expected {expectedError}, got {error}");
                        Assert.Equal(before.KeyTotals.Select(Bits), after.KeyTotals.Select(Bits));
                        Assert.Equal(Bits(before.Total), Bits(after.Total));
                    }
                }
            }
        }
    }

    [Fact]
    public void Minor_unit_sums_equal_the_checked_loop_for_every_length_and_regime()
    {
        for (var regime = 0; regime < 4; regime++)
        {
            for (var length = 0; length <= 256; length++)
            {
                var random = new Random((regime * 104_729) + length);
                var units = DecimalData.MinorUnits(random, length, regime);
                var keys = Enumerable.Range(0, length).Select(_ => random.Next(Keys)).ToArray();
                var context = $"minor regime {regime}, length {length}";

                Exception? expectedError = null;
                long expectedTotal = 0;
                var expectedKeys = new long[Keys];
                try
                {
                    for (var i = 0; i < length; i++)
                    {
                        if (units[i] < 0)
                        {
                            throw new ArgumentOutOfRangeException(nameof(units));
                        }

                        expectedKeys[keys[i]] = checked(expectedKeys[keys[i]] + units[i]);
                        expectedTotal = checked(expectedTotal + units[i]);
                    }
                }
                catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
                {
                    expectedError = e;
                }

                var total = new RevenueAccumulator(Currency.EUR);
                var keyed = new RevenueAccumulator(Currency.EUR, Keys);
                var totalError = Record.Exception(() => total.AddMinorUnits(units));
                var keyedError = Record.Exception(() => keyed.AddMinorUnits(units, keys));
                if (expectedError is null)
                {
                    Assert.True(totalError is null, context + ": " + totalError);
                    Assert.True(keyedError is null, context + ": " + keyedError);
                    Assert.Equal(expectedTotal, total.State.MinorUnitsTotal);
                    Assert.Equal(expectedTotal, keyed.State.MinorUnitsTotal);
                    Assert.Equal(expectedKeys, keyed.State.KeyMinorUnitsTotals);
                }
                else
                {
                    Assert.IsType(expectedError.GetType(), totalError);
                    Assert.IsType(expectedError.GetType(), keyedError);
                    Assert.Equal(0, total.State.MinorUnitOrders); // a rejected batch leaves nothing behind
                    Assert.Equal(0, keyed.State.MinorUnitOrders);
                    Assert.All(keyed.State.KeyMinorUnitsTotals, t => Assert.Equal(0, t));
                }
            }
        }
    }

    [Fact]
    public void Large_batches_cross_the_vector_and_unrolled_loops_exactly()
    {
        foreach (var length in new[] { 1_000, 4_099, 65_537 })
        {
            for (var regime = 0; regime < DecimalData.RegimeCount; regime++)
            {
                var random = new Random(length + regime);
                var amounts = DecimalData.Amounts(random, length, regime);
                var keys = Enumerable.Range(0, length).Select(_ => random.Next(Keys)).ToArray();
                var total = new RevenueAccumulator(Currency.EUR);
                Compare(() => PlainLoop(0m, amounts), () => total.Add(amounts), () => total.State.Total, $"regime {regime}, length {length}");
                var keyed = new RevenueAccumulator(Currency.EUR, Keys);
                CompareKeyed(KeyedReference(amounts, keys), () => keyed.Add(amounts, keys), keyed, $"keyed regime {regime}, length {length}");
            }
        }
    }

    [Fact]
    public void Negative_zero_and_scale_edge_cases_follow_the_plain_loop_bit_for_bit()
    {
        decimal[][] cases =
        [
            [-0.00m, 0.00m, 0.000m],
            [0.00m, -0.00m],
            [-0.00m, -0.00m, 1.5m],
            [0m, 0.0m, 0.00m, 0.000m],
            [1m, 0.5m, 0.25m, 0.125m, 0.0625m],
            [decimal.MaxValue, 0.4m],
            [decimal.MaxValue, 0.5m],
            [7.9228162514264337593543950335m, 7.9228162514264337593543950335m],
        ];
        foreach (var amounts in cases)
        {
            var padded = amounts.Concat(Enumerable.Repeat(0.00m, 20)).ToArray();
            foreach (var batch in new[] { amounts, padded })
            {
                var revenue = new RevenueAccumulator(Currency.EUR);
                Compare(() => PlainLoop(0m, batch), () => revenue.Add(batch), () => revenue.State.Total, string.Join(", ", batch));
            }
        }
    }

    private static (decimal Total, decimal[] Keys, long[] Counts, Type? Error) KeyedReference(decimal[] amounts, int[] keys)
    {
        var totals = new decimal[Keys];
        var counts = new long[Keys];
        var total = 0m;
        try
        {
            for (var i = 0; i < amounts.Length; i++)
            {
                if ((uint)keys[i] >= Keys || amounts[i] < 0m)
                {
                    throw new ArgumentOutOfRangeException(nameof(keys));
                }

                totals[keys[i]] += amounts[i];
                counts[keys[i]]++;
                total += amounts[i];
            }
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return (0m, totals, counts, e.GetType());
        }

        return (total, totals, counts, null);
    }

    private static void CompareKeyed((decimal Total, decimal[] Keys, long[] Counts, Type? Error) expected, Action add, RevenueAccumulator accumulator, string context)
    {
        var error = Record.Exception(add);
        var state = accumulator.State;
        if (expected.Error is null)
        {
            Assert.True(error is null, context + ": " + error);
            Assert.Equal(Bits(expected.Total), Bits(state.Total));
            Assert.Equal(expected.Keys.Select(Bits), state.KeyTotals.Select(Bits));
            Assert.Equal(expected.Counts, state.KeyOrders);
        }
        else
        {
            Assert.True(error is not null && error.GetType() == expected.Error, $"{context}: expected {expected.Error}, got {error}");
            Assert.Equal(0, state.Orders);
            Assert.All(state.KeyTotals, t => Assert.Equal(Bits(0m), Bits(t)));
        }
    }

    private static void Compare(Func<decimal> reference, Action add, Func<decimal> total, string context)
    {
        decimal expected = 0m;
        var expectedError = Record.Exception(() => expected = reference());
        var before = total();
        var error = Record.Exception(add);
        if (expectedError is null)
        {
            Assert.True(error is null, context + ": " + error);
            Assert.True(Bits(expected) == Bits(total()), $"{context}: expected {expected} ({Bits(expected)}), got {total()} ({Bits(total())})");
        }
        else
        {
            Assert.True(error is not null && error.GetType() == expectedError.GetType(), $"{context}: expected {expectedError.GetType()}, got {error}");
            Assert.Equal(Bits(before), Bits(total()));
        }
    }

    // ---- results equal the calculators ---------------------------------------------------------------

    [KpiProperty]
    [KpiTest(KpiIds.Revenue)]
    [KpiTest(KpiIds.AverageOrderValue)]
    public Property Results_equal_SalesValue_on_the_same_orders() =>
        Prop.ForAll(LawCase.Gen(80).ToArbitrary(), RevenueEqualsSalesValue);

    [Fact]
    public void The_record_overloads_equal_the_column_overloads()
    {
        var random = new Random(7);
        var orders = Enumerable.Range(0, 10_000)
            .Select(_ => (Channel: new[] { "web", "shop", "phone" }[random.Next(3)], Amount: Money.Euros(DecimalData.Small(random, 2))))
            .ToList();
        var total = RevenueAccumulator.Aggregate(orders, o => o.Amount, Currency.EUR);
        Assert.Equal(Bits(SalesValue.Revenue(orders.Select(o => o.Amount).ToArray(), Currency.EUR).Amount), Bits(total.Total.Revenue.Amount));

        var byChannel = RevenueAccumulator.AggregateBy(orders, o => o.Amount, o => o.Channel, Currency.EUR);
        var channels = orders.Select(o => o.Channel).Distinct().ToArray();   // in order of first appearance
        Assert.Equal(channels, byChannel.Keys);
        foreach (var channel in channels)
        {
            var revenue = SalesValue.Revenue(orders.Where(o => o.Channel == channel).Select(o => o.Amount).ToArray(), Currency.EUR);
            Assert.Equal(Bits(revenue.Amount), Bits(byChannel[channel].Revenue.Amount));
            Assert.Equal(orders.Count(o => o.Channel == channel), byChannel[channel].Orders);
        }

        Assert.Empty(RevenueAccumulator.AggregateBy(Array.Empty<(string, Money)>(), o => o.Item2, o => o.Item1, Currency.EUR));
    }

    // ---- validation ------------------------------------------------------------------------------------

    [Fact]
    public void Invalid_batches_are_rejected_naming_the_parameter_and_change_nothing()
    {
        var revenue = new RevenueAccumulator(Currency.EUR, 3);
        revenue.Add([10.00m], [1]);
        var before = Canonical(revenue.Result());

        Assert.Equal("keys", Assert.Throws<ArgumentException>(() => revenue.Add([1m, 2m], [0])).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentOutOfRangeException>(() => revenue.Add([1m, 2m], [0, 3])).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentOutOfRangeException>(() => revenue.Add([1m], [-1])).ParamName);
        Assert.Equal("keys", Assert.Throws<ArgumentOutOfRangeException>(() => revenue.Add([1m], new byte[] { 3 })).ParamName);
        Assert.Equal("amounts", Assert.Throws<ArgumentOutOfRangeException>(() => revenue.Add([1m, -0.01m], [0, 0])).ParamName);
        Assert.Equal("amounts", Assert.Throws<ArgumentOutOfRangeException>(() => revenue.AddMinorUnits([5, -1], [0, 0])).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentOutOfRangeException>(() => revenue.Add(Money.Euros(1m), 7)).ParamName);
        var mismatch = Assert.Throws<CurrencyMismatchException>(() => revenue.Add(Money.UsDollars(1m), 0));
        Assert.Equal("amount", mismatch.ParamName);
        Assert.Equal("other", Assert.Throws<CurrencyMismatchException>(() => revenue.Merge(new RevenueAccumulator(Currency.USD, 3))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => revenue.Merge(new RevenueAccumulator(Currency.EUR, 4))).ParamName);
        Assert.Throws<InvalidOperationException>(() => revenue.Add([1m]));
        Assert.Throws<InvalidOperationException>(() => new RevenueAccumulator(Currency.XXX).AddMinorUnits([1]));
        Assert.Equal("keyCount", Assert.Throws<ArgumentOutOfRangeException>(() => new RevenueAccumulator(Currency.EUR, -1)).ParamName);
        Assert.Equal("amount", Assert.Throws<CurrencyMismatchException>(() => RevenueAccumulator.Aggregate([Money.UsDollars(1m)], m => m, Currency.EUR)).ParamName);
        Assert.Equal(before, Canonical(revenue.Result()));
    }

    [Fact]
    public void An_overflowing_merge_changes_nothing()
    {
        var big = new RevenueAccumulator(Currency.EUR);
        big.Add([decimal.MaxValue]);
        var other = new RevenueAccumulator(Currency.EUR);
        other.Add([1m]);
        Assert.Throws<OverflowException>(() => big.Merge(other));
        Assert.Equal(decimal.MaxValue, big.Result().Total.Revenue.Amount);
        Assert.Equal(1, big.Result().Total.Orders);
    }

    [Fact]
    public void Invalid_states_are_rejected()
    {
        static RevenueState State(decimal total = 0m, long orders = 0, decimal[]? keyTotals = null) =>
            new(Currency.EUR, 2, total, orders, 0, 0, keyTotals ?? [0m, 0m], [0, 0], [0, 0], [0, 0]);
        Assert.NotNull(RevenueAccumulator.FromState(State()));
        Assert.Equal("state", Assert.Throws<ArgumentException>(() => RevenueAccumulator.FromState(State(keyTotals: [1m]))).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentException>(() => RevenueAccumulator.FromState(State(orders: 3))).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentException>(() => RevenueAccumulator.FromState(State(total: -1m))).ParamName);
        Assert.Throws<ArgumentNullException>(() => RevenueAccumulator.FromState(null!));
    }

    private static bool RevenueEqualsSalesValue(LawCase c)
    {
        var rows = MakeRows(new Random(c.Seed), c.Rows);
        var revenue = new RevenueAccumulator(Currency.EUR, Keys);
        revenue.Add(rows.Amounts, rows.Keys);
        var result = revenue.Result();
        var money = rows.Amounts.Select(Money.Euros).ToArray();
        var expectedTotal = SalesValue.Revenue(money, Currency.EUR);
        var ok = Bits(expectedTotal.Amount) == Bits(result.Total.Revenue.Amount)
            && result.Total.AverageOrderValue == SalesValue.AverageOrderValue(expectedTotal, c.Rows);
        for (var k = 0; k < Keys; k++)
        {
            var expected = SalesValue.Revenue(money.Where((_, i) => rows.Keys[i] == k).ToArray(), Currency.EUR);
            var orders = rows.Keys.Count(key => key == k);
            ok &= Bits(expected.Amount) == Bits(result.Groups[k].Revenue.Amount)
                && result.Groups[k].Orders == orders
                && result.Groups[k].AverageOrderValue == SalesValue.AverageOrderValue(expected, orders);
        }

        return ok;
    }

    [Fact]
    public void Span_paths_equal_their_references_for_every_length_0_to_256()
    {
        for (var length = 0; length <= 256; length++)
        {
            var c = new LawCase(Seed: (length * 7919) + 17, Rows: length, FirstCut: 0, SecondCut: 0, Partitions: 2);
            Assert.True(RevenueEqualsSalesValue(c), $"RevenueEqualsSalesValue, length {length}");
        }
    }
}
