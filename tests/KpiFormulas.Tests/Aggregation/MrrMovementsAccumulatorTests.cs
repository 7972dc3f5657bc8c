using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;
using static KpiFormulas.Tests.Aggregation.AccumulatorLaws;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// The MRR movements accumulator: hand-checked months, equality with <see cref="Subscription.Movements"/>
/// on random subscription rows grouped independently with LINQ, the merge laws, and its state validated whole.
/// </summary>
public class MrrMovementsAccumulatorTests
{
    private static readonly Period Jan = Period.Month(2026, 1);
    private static readonly Period Feb = Period.Month(2026, 2);
    private static readonly Period Mar = Period.Month(2026, 3);
    private static readonly Period Apr = Period.Month(2026, 4);

    /// <summary>Subscription rows as columns.</summary>
    public sealed record Rows(long[] Customers, Period[] Months, decimal[] Amounts)
    {
        public Rows Slice(Range range) => new(Customers[range], Months[range], Amounts[range]);

        public long[] Cents => Amounts.Select(a => (long)(a * 100m)).ToArray();
    }

    /// <summary>
    /// Random rows around March 2026: few customers (so that a customer's month is split over rows and
    /// partitions), months from October 2025 to April 2026 (earlier history, the two months, a later month),
    /// a zero amount about one row in six, amounts in cents; ids anywhere in the 64-bit range.
    /// </summary>
    private static Rows MakeRows(Random random, int rows)
    {
        var pool = Enumerable.Range(0, 1 + random.Next(12)).Select(_ => random.Next(3) == 0 ? random.NextInt64(long.MinValue, long.MaxValue) : random.Next(100)).ToArray();
        var customers = new long[rows];
        var months = new Period[rows];
        var amounts = new decimal[rows];
        for (var i = 0; i < rows; i++)
        {
            customers[i] = pool[random.Next(pool.Length)];
            months[i] = Mar.Offset(random.Next(-5, 2));
            amounts[i] = random.Next(6) == 0 ? 0m : random.Next(1, 100_000) / 100m;
        }

        return new Rows(customers, months, amounts);
    }

    /// <summary>
    /// The reference, written independently of the accumulator: group the rows by customer with LINQ, sum each
    /// customer's February and March, flag a positive row before February, and give that to the calculator.
    /// </summary>
    private static MrrMovements Reference(Rows rows, Period month)
    {
        var customers = rows.Customers
            .Select((customer, i) => (customer, month: rows.Months[i], amount: rows.Amounts[i]))
            .GroupBy(row => row.customer)
            .Select(g => (
                previous: g.Where(r => r.month == month.Previous()).Sum(r => r.amount),
                current: g.Where(r => r.month == month).Sum(r => r.amount),
                paidBefore: g.Any(r => r.month < month.Previous() && r.amount > 0m)))
            .ToArray();
        if (customers.Length == 0)
        {
            var zero = Money.Euros(0m);
            return new MrrMovements(zero, zero, zero, zero, zero, zero);
        }

        return Subscription.Movements(
            customers.Select(c => Money.Euros(c.previous)).ToArray(),
            customers.Select(c => Money.Euros(c.current)).ToArray(),
            customers.Select(c => c.paidBefore).ToArray());
    }

    private static string Canonical(MrrMovements m) =>
        string.Join(
            " ",
            new[] { m.Opening, m.New, m.Expansion, m.Reactivation, m.Contraction, m.Churned, m.Closing }.Select(money => $"{Bits(money.Amount)}{money.Currency.Code}"));

    private static string Values(MrrMovements m) =>
        string.Join(" ", new[] { m.Opening, m.New, m.Expansion, m.Reactivation, m.Contraction, m.Churned, m.Closing }.Select(money => $"{money.Amount:0.00############}{money.Currency.Code}"));

    private static MrrMovementsAccumulator March(Rows rows)
    {
        var accumulator = new MrrMovementsAccumulator(Currency.EUR, Mar);
        accumulator.Add(rows.Customers, rows.Months, rows.Amounts);
        return accumulator;
    }

    // ---- hand-checked months ---------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.MrrMovements)]
    public void A_month_of_four_customers_is_classified_by_hand()
    {
        // 1: 100 → 150, expansion 50. 2: 80 → 0, churned 80. 3: nothing → 40, new 40.
        // 4: paid 30 in January, nothing in February, 30 in March: reactivation 30.
        // Opening 100 + 80 = 180; closing 180 + 40 + 50 + 30 − 80 = 220 = 150 + 40 + 30.
        var march = new MrrMovementsAccumulator(Currency.EUR, Mar);
        march.Add(customers: [1, 1, 2, 2, 3, 4, 4], months: [Feb, Mar, Feb, Mar, Mar, Jan, Mar], amounts: [100m, 150m, 80m, 0m, 40m, 30m, 30m]);
        var m = march.Result();
        Assert.Equal(Money.Euros(180m), m.Opening);
        Assert.Equal(Money.Euros(40m), m.New);
        Assert.Equal(Money.Euros(50m), m.Expansion);
        Assert.Equal(Money.Euros(30m), m.Reactivation);
        Assert.Equal(Money.Euros(0m), m.Contraction);
        Assert.Equal(Money.Euros(80m), m.Churned);
        Assert.Equal(Money.Euros(220m), m.Closing);
    }

    [Fact]
    public void The_six_customers_of_the_calculator_example_give_its_movements_from_rows()
    {
        // A 100 → 100, B 200 → 250 (+50), C 300 → 260 (−40), D 80 → 0 (80 churned), E new 100, F back with 30
        // after paying 25 in December: opening 680, new 100, expansion 50, reactivation 30, contraction 40,
        // churned 80, closing 680 + 100 + 50 + 30 − 40 − 80 = 740. B's March is split in two rows (200 + 50).
        var march = new MrrMovementsAccumulator(Currency.EUR, Mar);
        march.AddMinorUnits(
            customers: [10L, 10, 11, 11, 11, 12, 12, 13, 14, 15, 15],
            months: [Feb, Mar, Feb, Mar, Mar, Feb, Mar, Feb, Mar, Period.Month(2025, 12), Mar],
            amounts: [10_000, 10_000, 20_000, 20_000, 5_000, 30_000, 26_000, 8_000, 10_000, 2_500, 3_000]);
        Assert.Equal("680.00EUR 100.00EUR 50.00EUR 30.00EUR 40.00EUR 80.00EUR 740.00EUR", Values(march.Result()));
        Assert.Equal(6, march.CustomerCount);
    }

    [Fact]
    public void Paying_in_any_earlier_month_makes_a_return_a_reactivation_and_a_zero_row_does_not()
    {
        // Customer 1 paid in October only (four months before February): back in March, a reactivation.
        // Customer 2 had only zero rows before: back in March is new, as the calculator defines it.
        var march = new MrrMovementsAccumulator(Currency.EUR, Mar);
        march.Add(customers: [1, 1, 2, 2], months: [Period.Month(2025, 10), Mar, Jan, Mar], amounts: [9m, 20m, 0m, 15m]);
        var m = march.Result();
        Assert.Equal(Money.Euros(20m), m.Reactivation);
        Assert.Equal(Money.Euros(15m), m.New);
    }

    [Fact]
    public void Rows_after_the_month_and_zero_rows_are_skipped_and_no_customer_means_zero_movements()
    {
        var march = new MrrMovementsAccumulator(Currency.EUR, Mar);
        march.Add(customers: [1, 2, 3], months: [Apr, Mar, Period.Month(2027, 1)], amounts: [50m, 0m, 70m]);
        Assert.Equal(0, march.CustomerCount);
        Assert.Equal("0.00EUR 0.00EUR 0.00EUR 0.00EUR 0.00EUR 0.00EUR 0.00EUR", Values(march.Result()));
    }

    [Fact]
    public void A_customer_month_split_across_partitions_adds_up_before_it_is_classified()
    {
        // Customer 7 pays 60 in February in each of two partitions (120 in all) and 100 in March in one:
        // a contraction of 20 once merged, although one partition alone would see an expansion of 40.
        var left = new MrrMovementsAccumulator(Currency.EUR, Mar);
        left.Add(customers: [7, 7], months: [Feb, Mar], amounts: [60m, 100m]);
        Assert.Equal(Money.Euros(40m), left.Result().Expansion);
        var right = new MrrMovementsAccumulator(Currency.EUR, Mar);
        right.Add(customers: [7], months: [Feb], amounts: [60m]);
        left.Merge(right);
        var m = left.Result();
        Assert.Equal(Money.Euros(120m), m.Opening);
        Assert.Equal(Money.Euros(20m), m.Contraction);
        Assert.Equal(Money.Euros(0m), m.Expansion);
    }

    [Fact]
    public void Int32_and_Int64_ids_and_decimal_and_minor_unit_amounts_give_the_same_month()
    {
        var rows = MakeRows(new Random(11), 500);
        var small = rows with { Customers = rows.Customers.Select(c => (long)(int)(c % 1000)).ToArray() };
        var byLong = March(small);
        var byInt = new MrrMovementsAccumulator(Currency.EUR, Mar);
        byInt.Add(small.Customers.Select(c => (int)c).ToArray(), small.Months, small.Amounts);
        var byCents = new MrrMovementsAccumulator(Currency.EUR, Mar);
        byCents.AddMinorUnits(small.Customers.Select(c => (int)c).ToArray(), small.Months, small.Cents);
        var byLongCents = new MrrMovementsAccumulator(Currency.EUR, Mar);
        byLongCents.AddMinorUnits(small.Customers, small.Months, small.Cents);
        Assert.Equal(Values(byLong.Result()), Values(byInt.Result()));
        Assert.Equal(Values(byLong.Result()), Values(byCents.Result()));
        Assert.Equal(Values(byLong.Result()), Values(byLongCents.Result()));
    }

    // ---- properties ----------------------------------------------------------------------------------

    [KpiProperty]
    public Property The_accumulator_equals_the_calculator_on_the_same_rows() =>
        Prop.ForAll(
            Gen.Choose(int.MinValue, int.MaxValue).SelectMany(seed => Gen.Choose(0, 120).Select(rows => (seed, rows))).ToArbitrary(),
            c =>
            {
                var rows = MakeRows(new Random(c.seed), c.rows);
                var accumulated = March(rows).Result();
                var reference = Reference(rows, Mar);
                Assert.Equal(Values(reference), Values(accumulated));
                Assert.Equal(reference, accumulated);
                Assert.Equal(accumulated.Opening + accumulated.NetNew, accumulated.Closing);
                return true;
            });

    [KpiProperty]
    public Property Movements_merge_exactly_in_any_order_and_partitioning() =>
        Hold<Rows, MrrMovementsAccumulator, MrrMovements, MrrMovementsState>(
            120,
            MakeRows,
            (rows, range) => rows.Slice(range),
            () => new MrrMovementsAccumulator(Currency.EUR, Mar),
            (acc, rows) => acc.Add(rows.Customers, rows.Months, rows.Amounts),
            acc => acc.State,
            MrrMovementsAccumulator.FromState,
            Canonical);

    // ---- state ---------------------------------------------------------------------------------------

    /// <summary>A state broken in one field, and a word the refusal's message must contain.</summary>
    public sealed record Breaker(string Name, Func<MrrMovementsState, MrrMovementsState> Break, string MessageMentions);

    private static MrrMovementsState With(
        MrrMovementsState s,
        Period? month = null,
        IReadOnlyList<long>? customers = null,
        IReadOnlyList<decimal>? previous = null,
        IReadOnlyList<decimal>? current = null,
        IReadOnlyList<bool>? paidBefore = null) =>
        new(s.Currency, month ?? s.Month, customers ?? s.Customers, previous ?? s.PreviousMrr, current ?? s.CurrentMrr, paidBefore ?? s.PaidBefore);

    private static T[] Changed<T>(IReadOnlyList<T> list, int index, T value)
    {
        var copy = list.ToArray();
        copy[index] = value;
        return copy;
    }

    private static readonly Breaker[] Breakers =
    [
        new("a month of days", s => With(s, month: Period.FromDays(Mar.Start, 31)), "calendar month"),
        new("a quarter", s => With(s, month: Period.Quarter(2026, 1)), "calendar month"),
        new("the first month of the calendar", s => With(s, month: Period.Month(1, 1)), "previous month"),
        new("no customer list", s => new MrrMovementsState(s.Currency, s.Month, null!, s.PreviousMrr, s.CurrentMrr, s.PaidBefore), "Customers"),
        new("customers out of order", s => With(s, customers: s.Customers.Reverse().ToArray()), "increasing"),
        new("a customer twice", s => With(s, customers: Changed(s.Customers, 1, s.Customers[0])), "increasing"),
        new("previous MRR of another length", s => With(s, previous: s.PreviousMrr.Skip(1).ToArray()), "PreviousMrr"),
        new("current MRR of another length", s => With(s, current: s.CurrentMrr.Concat([1m]).ToArray()), "CurrentMrr"),
        new("flags of another length", s => With(s, paidBefore: s.PaidBefore.Skip(1).ToArray()), "PaidBefore"),
        new("a negative previous MRR", s => With(s, previous: Changed(s.PreviousMrr, 0, -0.01m)), "PreviousMrr"),
        new("a negative current MRR", s => With(s, current: Changed(s.CurrentMrr, 1, -5m)), "CurrentMrr"),
        new("a customer carrying nothing", s => With(s, previous: Changed(s.PreviousMrr, 0, 0m), current: Changed(s.CurrentMrr, 0, 0m), paidBefore: Changed(s.PaidBefore, 0, false)), "carry"),
        new("MRR beyond decimal's range in total", s => With(s, current: s.CurrentMrr.Select(_ => decimal.MaxValue).ToArray()), "range of decimal"),
    ];

    [KpiProperty]
    public Property States_are_validated_whole() =>
        Prop.ForAll(
            Gen.Choose(int.MinValue, int.MaxValue).SelectMany(seed => Gen.Choose(0, 60).Select(rows => (seed, rows))).ToArbitrary(),
            c =>
            {
                // Two parts merged, each with two fixed customers, so that the state has at least two customers.
                var rows = MakeRows(new Random(c.seed), c.rows);
                var cut = c.rows / 2;
                var accumulator = March(rows.Slice(0..cut));
                accumulator.Add([-3L, 5L], [Feb, Mar], [10m, 20m]);
                accumulator.Merge(March(rows.Slice(cut..)));

                // Accepted, and continues to the same result and state, also after a JSON round trip.
                var valid = accumulator.State;
                var back = MrrMovementsAccumulator.FromState(JsonSerializer.Deserialize<MrrMovementsState>(JsonSerializer.Serialize(valid))!);
                Assert.Equal(Canonical(accumulator.Result()), Canonical(back.Result()));
                Assert.Equal(JsonSerializer.Serialize(valid), JsonSerializer.Serialize(back.State));
                var objectBack = MrrMovementsAccumulator.FromState(valid);
                Assert.Equal(Canonical(accumulator.Result()), Canonical(objectBack.Result()));

                foreach (var breaker in Breakers)
                {
                    var target = MrrMovementsAccumulator.FromState(valid);
                    var before = JsonSerializer.Serialize(target.State);
                    var broken = breaker.Break(valid);
                    var e = Assert.Throws<ArgumentException>(() => target.Merge(MrrMovementsAccumulator.FromState(broken)));
                    Assert.True(e.ParamName == "state", $"{breaker.Name}: ParamName {e.ParamName}");
                    Assert.True(e.Message.Contains(breaker.MessageMentions, StringComparison.Ordinal), $"{breaker.Name}: '{e.Message}' does not mention '{breaker.MessageMentions}'.");
                    Assert.Equal(before, JsonSerializer.Serialize(target.State));
                }

                return true;
            });

    [Fact]
    public void The_state_has_a_documented_json_form()
    {
        var march = new MrrMovementsAccumulator(Currency.EUR, Mar);
        march.Add(customers: [9, 7, 7, 9], months: [Jan, Feb, Mar, Mar], amounts: [12.50m, 49.00m, 99.00m, 30m]);
        var json = JsonSerializer.Serialize(march.State);
        Assert.Equal("""{"currency":"EUR","month":"2026-03","customers":[7,9],"previousMrr":[49.00,0],"currentMrr":[99.00,30],"paidBefore":[false,true]}""", json);
        var back = JsonSerializer.Deserialize<MrrMovementsState>(json)!;
        Assert.Equal(Values(march.Result()), Values(MrrMovementsAccumulator.FromState(back).Result()));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MrrMovementsState>(json.Replace("[false,true]", "[0,1]", StringComparison.Ordinal)));
    }

    // ---- bad input -----------------------------------------------------------------------------------

    [Fact]
    public void Bad_rows_are_refused_naming_the_column_and_change_nothing()
    {
        var march = new MrrMovementsAccumulator(Currency.EUR, Mar);
        march.Add(customers: [1], months: [Feb], amounts: [10m]);
        var before = JsonSerializer.Serialize(march.State);

        Assert.Equal("months", Assert.Throws<ArgumentException>(() => march.Add(customers: [1, 2], months: [Mar], amounts: [1m, 2m])).ParamName);
        Assert.Equal("amounts", Assert.Throws<ArgumentException>(() => march.Add(customers: [1, 2], months: [Mar, Mar], amounts: [1m])).ParamName);
        var notMonth = Assert.Throws<ArgumentOutOfRangeException>(() => march.Add(customers: [1, 2], months: [Mar, Period.Quarter(2026, 1)], amounts: [1m, 2m]));
        Assert.Equal("months", notMonth.ParamName);
        Assert.Contains("Row 1", notMonth.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => march.Add(customers: [1, 2], months: [Mar, Mar], amounts: [1m, -2m]));
        Assert.Equal("amounts", negative.ParamName);
        Assert.Contains("Row 1", negative.Message, StringComparison.Ordinal);
        Assert.Equal("amounts", Assert.Throws<ArgumentOutOfRangeException>(() => march.AddMinorUnits(customers: [1L], months: [Mar], amounts: [-1L])).ParamName);
        Assert.Equal(before, JsonSerializer.Serialize(march.State));

        // Negative zero is zero, not a negative amount.
        march.Add(customers: [1], months: [Mar], amounts: [new decimal(0, 0, 0, true, 2)]);
        Assert.Equal(before, JsonSerializer.Serialize(march.State));
    }

    [Fact]
    public void Bad_configurations_are_refused()
    {
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => new MrrMovementsAccumulator(Currency.EUR, Period.Quarter(2026, 1))).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => new MrrMovementsAccumulator(Currency.EUR, Period.Month(1, 1))).ParamName);
        var noMinorUnits = new MrrMovementsAccumulator(Currency.XXX, Mar);
        Assert.Throws<InvalidOperationException>(() => noMinorUnits.AddMinorUnits(customers: [1L], months: [Mar], amounts: [5L]));

        var march = new MrrMovementsAccumulator(Currency.EUR, Mar);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => march.Merge(march)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => march.Merge(new MrrMovementsAccumulator(Currency.EUR, Apr))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => march.Merge(new MrrMovementsAccumulator(Currency.USD, Mar))).ParamName);
        Assert.Throws<ArgumentNullException>(() => march.Merge(null!));
        Assert.Throws<ArgumentNullException>(() => MrrMovementsAccumulator.FromState(null!));
    }

    [Fact]
    public void Partitioned_aggregation_over_many_rows_equals_one_pass()
    {
        var rows = MakeRows(new Random(5), 300_000);
        var single = March(rows);
        var partitioned = Partitioned.Aggregate(
            rows.Customers.Length,
            () => new MrrMovementsAccumulator(Currency.EUR, Mar),
            (acc, range) => acc.Add(rows.Customers.AsSpan(range), rows.Months.AsSpan(range), rows.Amounts.AsSpan(range)),
            partitions: 4);
        Assert.Equal(Canonical(single.Result()), Canonical(partitioned.Result()));
        Assert.Equal(Values(Reference(rows, Mar)), Values(partitioned.Result()));
    }
}
