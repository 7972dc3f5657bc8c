using System;
using System.Linq;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using Xunit;
using static KpiFormulas.Tests.Aggregation.AccumulatorLaws;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// The fast paths' own code paths: 32-bit cohort masks against 64-bit ones, the fused validation of
/// two columns at every row position, packed keyed lanes at their block boundaries and limits, the
/// vector merges, and partitions of every count.
/// </summary>
public class HotPathTests
{
    private static readonly Period FirstMonth = Period.Month(2024, 1);

    private static (int[] Customers, DateOnly[] Dates) Orders(int seed, int rows, int customers, int days)
    {
        var random = new Random(seed);
        var ids = new int[rows];
        var dates = new DateOnly[rows];
        for (var i = 0; i < rows; i++)
        {
            ids[i] = random.Next(customers);
            dates[i] = FirstMonth.Start.AddDays(random.Next(days));
        }

        return (ids, dates);
    }

    private static string Cells(CohortRetentionTable table) =>
        string.Join("; ", Enumerable.Range(0, table.Cohorts.Count).Select(c =>
            $"{table.Cohorts[c]}: {string.Join(' ', Enumerable.Range(0, table.OffsetCount(c)).Select(k => table.ActiveCustomers(c, k)))}"));

    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(20_000)]
    public void Cohort_32_bit_masks_give_the_table_and_state_of_64_bit_masks(int rows)
    {
        // Orders within the first 32 months (2024-01 .. 2026-08, 974 days): a window of 32 periods
        // keeps 32-bit masks, 33 periods one 64-bit word, 65 periods two words. The table cannot
        // depend on the window's length, and 32 and 33 periods store the same bits.
        var (customers, dates) = Orders(rows, rows, 1 + (rows / 7), 974);
        var narrow = new CohortRetentionAccumulator(1 + (rows / 7), FirstMonth, 32);
        var oneWord = new CohortRetentionAccumulator(1 + (rows / 7), FirstMonth, 33);
        var twoWords = new CohortRetentionAccumulator(1 + (rows / 7), FirstMonth, 65);
        foreach (var accumulator in new[] { narrow, oneWord, twoWords })
        {
            accumulator.Add(customers, dates);
        }

        var expected = Cells(twoWords.Result());
        Assert.Equal(expected, Cells(narrow.Result()));
        Assert.Equal(expected, Cells(oneWord.Result()));
        Assert.Equal(oneWord.State.ActivePeriods, narrow.State.ActivePeriods);
        Assert.Equal(expected, Cells(CohortRetentionAccumulator.FromState(narrow.State).Result()));
        Assert.Equal(narrow.State.ActivePeriods, CohortRetentionAccumulator.FromState(narrow.State).State.ActivePeriods);
    }

    [Fact]
    public void Cohort_32_bit_state_refuses_a_bit_beyond_the_window_and_keeps_the_last_period()
    {
        var last = new CohortRetentionAccumulator(1, FirstMonth, 32);
        last.Add([0, 0], [FirstMonth.Start, FirstMonth.Offset(31).Start]);
        Assert.Equal([1UL | (1UL << 31)], last.State.ActivePeriods);
        Assert.Equal(1, CohortRetentionAccumulator.FromState(last.State).Result().ActiveCustomers(0, 31));
        Assert.Equal("state", Assert.Throws<ArgumentException>(() => CohortRetentionAccumulator.FromState(new CohortRetentionState(1, FirstMonth, 32, [1UL << 32]))).ParamName);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(40)]
    public void Cohort_masks_merge_in_vectors_and_tails(int periods)
    {
        // 37 customers: whole vectors of masks and a tail, for 32-bit and 64-bit masks alike.
        var (customers, dates) = Orders(periods, 600, 37, 365);
        var whole = new CohortRetentionAccumulator(37, FirstMonth, periods);
        whole.Add(customers, dates);
        var left = new CohortRetentionAccumulator(37, FirstMonth, periods);
        var right = new CohortRetentionAccumulator(37, FirstMonth, periods);
        left.Add(customers.AsSpan(0, 250), dates.AsSpan(0, 250));
        right.Add(customers.AsSpan(250), dates.AsSpan(250));
        left.Merge(right);
        Assert.Equal(whole.State.ActivePeriods, left.State.ActivePeriods);
    }

    [Fact]
    public void Fused_validation_reports_the_first_bad_row_at_every_position_and_changes_nothing()
    {
        // Lengths 1 to 40 cover whole vectors (8 or 16 ints) and tails; a bad customer, a day before
        // and a day after the window at each row. When both columns are bad, the customers are
        // reported first, as the per-column checks did.
        var window = Period.Month(2026, 1);
        for (var length = 1; length <= 40; length++)
        {
            for (var bad = 0; bad < length; bad++)
            {
                var cohorts = new CohortRetentionAccumulator(5, window, 2);
                cohorts.Add([1], [window.Start]);
                var adoption = new AdoptionAccumulator(5, Period.IsoWeek(2026, 2), 1);
                var before = (Cells(cohorts.Result()), string.Join(',', adoption.State.WeeklyUses));
                var ids = Enumerable.Range(0, length).Select(i => i % 5).ToArray();
                var days = Enumerable.Repeat(new DateOnly(2026, 1, 7), length).ToArray(); // January 2026, ISO week 2

                var badIds = (int[])ids.Clone();
                badIds[bad] = bad % 2 == 0 ? 5 : -1;
                AssertRow("customers", bad, Assert.Throws<ArgumentOutOfRangeException>(() => cohorts.Add(badIds, days)));
                AssertRow("users", bad, Assert.Throws<ArgumentOutOfRangeException>(() => adoption.Add(badIds, days)));

                var beforeMonth = (DateOnly[])days.Clone();
                beforeMonth[bad] = new DateOnly(2025, 12, 31);
                var beforeWeek = (DateOnly[])days.Clone();
                beforeWeek[bad] = new DateOnly(2026, 1, 4);
                var late = (DateOnly[])days.Clone();
                late[bad] = new DateOnly(2026, 3, 1);
                AssertRow("orderDates", bad, Assert.Throws<ArgumentOutOfRangeException>(() => cohorts.Add(ids, late)));
                AssertRow("orderDates", bad, Assert.Throws<ArgumentOutOfRangeException>(() => cohorts.Add(ids, beforeMonth)));
                AssertRow("useDates", bad, Assert.Throws<ArgumentOutOfRangeException>(() => adoption.Add(ids, beforeWeek)));
                AssertRow("useDates", bad, Assert.Throws<ArgumentOutOfRangeException>(() => adoption.Add(ids, late)));

                var lastId = (int[])ids.Clone();
                lastId[^1] = 99;
                var allLate = Enumerable.Repeat(new DateOnly(2026, 3, 1), length).ToArray();
                AssertRow("customers", length - 1, Assert.Throws<ArgumentOutOfRangeException>(() => cohorts.Add(lastId, allLate)));

                Assert.Equal(before, (Cells(cohorts.Result()), string.Join(',', adoption.State.WeeklyUses)));
            }
        }
    }

    private static void AssertRow(string parameter, int row, ArgumentOutOfRangeException exception)
    {
        Assert.Equal(parameter, exception.ParamName);
        Assert.StartsWith($"Row {row}:", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(64, 2047)]
    [InlineData(64, 2048)]
    [InlineData(64, 2049)]
    [InlineData(64, 10_000)]
    [InlineData(65, 10_000)]
    [InlineData(1, 4_099)]
    public void Keyed_sums_with_packed_lanes_equal_the_plain_loops(int keyCount, int rows)
    {
        // 64 keys and fewer use packed lanes (sum and count in one word, 2 048 rows a block); 65 keys
        // the separate lanes. The reference is the plain loop of each key, written out here.
        var random = new Random(keyCount + rows);
        var cents = Enumerable.Range(0, rows).Select(_ => random.NextInt64(0, 1L << 40)).ToArray();
        cents[0] = (1L << 40) - 1;
        var amounts = cents.Select(c => new decimal((int)(c & 0xFFFF_FFFF), (int)(c >> 32), 0, false, 2)).ToArray();
        var keys = Enumerable.Range(0, rows).Select(i => (byte)(i < 2100 ? 0 : random.Next(keyCount))).ToArray();
        var totals = new decimal[keyCount];
        var minor = new long[keyCount];
        var counts = new long[keyCount];
        for (var i = 0; i < rows; i++)
        {
            totals[keys[i]] += amounts[i];
            minor[keys[i]] += cents[i];
            counts[keys[i]]++;
        }

        var revenue = new RevenueAccumulator(Currency.EUR, keyCount);
        revenue.Add(amounts, keys);
        revenue.AddMinorUnits(cents, keys.Select(k => (int)k).ToArray());
        var state = revenue.State;
        Assert.Equal(totals.Select(Bits), state.KeyTotals.Select(Bits));
        Assert.Equal(counts, state.KeyOrders);
        Assert.Equal(minor, state.KeyMinorUnitsTotals);
        Assert.Equal(counts, state.KeyMinorUnitOrders);
        Assert.Equal(rows, state.Orders);
    }

    [Fact]
    public void Keyed_sums_fall_back_when_a_row_would_spill_into_the_packed_count()
    {
        // A row of 2^40 units, or 2^63 + 1 minor units read as unsigned, is beyond the packed lanes:
        // the batch is summed by the plain loops (decimals), or refused as the plain loop refuses
        // a negative amount (minor units), with the totals unchanged.
        var amounts = Enumerable.Repeat(new decimal(1L << 40), 3000).ToArray();
        var keys = new byte[3000];
        keys[2999] = 1;
        var revenue = new RevenueAccumulator(Currency.EUR, 2);
        revenue.Add(amounts, keys);
        Assert.Equal(Bits(2999m * (1L << 40)), Bits(revenue.State.KeyTotals[0]));
        Assert.Equal([2999L, 1L], revenue.State.KeyOrders);

        var cents = Enumerable.Repeat(5L, 3000).ToArray();
        cents[2500] = long.MinValue + 1;
        var before = revenue.State.KeyMinorUnitsTotals.ToArray();
        Assert.Equal("amounts", Assert.Throws<ArgumentOutOfRangeException>(() => revenue.AddMinorUnits(cents, keys)).ParamName);
        Assert.Equal(before, revenue.State.KeyMinorUnitsTotals);
    }

    [Fact]
    public void Adoption_merge_saturates_each_counter_in_vectors_and_tails()
    {
        // 45 users over 2 weeks: 90 counters, whole vectors and a tail. User u has u × 7 uses in
        // week one on each side: merged, min(255, 2 × 7u) by hand.
        var week = Period.IsoWeek(2026, 2);
        var left = new AdoptionAccumulator(45, week, 2);
        var right = new AdoptionAccumulator(45, week, 2);
        var users = Enumerable.Range(0, 45).SelectMany(u => Enumerable.Repeat(u, u * 7)).ToArray();
        var days = users.Select(_ => week.Start).ToArray();
        left.Add(users, days);
        right.Add(users, days);
        left.Merge(right);
        var expected = Enumerable.Range(0, 45).Select(u => (byte)Math.Min(255, 14 * u)).Concat(new byte[45]);
        Assert.Equal(expected, left.State.WeeklyUses);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Partitions_of_every_count_equal_one_pass(int partitions)
    {
        // The multi-core paths: the rows cut at any boundaries, each part's state merged.
        const int rows = 150_000;
        var (customers, dates) = Orders(partitions, rows, 15_000, 700);
        var single = new CohortRetentionAccumulator(15_000, FirstMonth, 24);
        single.Add(customers, dates);
        var split = Partitioned.Aggregate(rows, () => new CohortRetentionAccumulator(15_000, FirstMonth, 24), (acc, range) => acc.Add(customers.AsSpan(range), dates.AsSpan(range)), partitions);
        Assert.Equal(single.State.ActivePeriods, split.State.ActivePeriods);

        var week = Period.IsoWeek(2024, 1);
        var weekDays = dates.Select(d => week.Start.AddDays(d.DayNumber % 70)).ToArray();
        var adoption = new AdoptionAccumulator(15_000, week, 10);
        adoption.Add(customers, weekDays);
        var adoptionSplit = Partitioned.Aggregate(rows, () => new AdoptionAccumulator(15_000, week, 10), (acc, range) => acc.Add(customers.AsSpan(range), weekDays.AsSpan(range)), partitions);
        Assert.Equal(adoption.State.WeeklyUses, adoptionSplit.State.WeeklyUses);

        var cents = customers.Select(c => (long)c * 37).ToArray();
        var amounts = cents.Select(c => new decimal((int)c, 0, 0, false, 2)).ToArray();
        var channels = customers.Select(c => (byte)(c % 16)).ToArray();
        var revenue = new RevenueAccumulator(Currency.EUR, 16);
        revenue.Add(amounts, channels);
        revenue.AddMinorUnits(cents, channels);
        var revenueSplit = Partitioned.Aggregate(rows, () => new RevenueAccumulator(Currency.EUR, 16), (acc, range) =>
        {
            acc.Add(amounts.AsSpan(range), channels.AsSpan(range));
            acc.AddMinorUnits(cents.AsSpan(range), channels.AsSpan(range));
        }, partitions);
        Assert.Equal(revenue.State.KeyTotals.Select(Bits), revenueSplit.State.KeyTotals.Select(Bits));
        Assert.Equal(revenue.State.KeyOrders, revenueSplit.State.KeyOrders);
        Assert.Equal(revenue.State.KeyMinorUnitsTotals, revenueSplit.State.KeyMinorUnitsTotals);
        Assert.Equal(Bits(amounts.Sum()), Bits(revenueSplit.State.Total));
    }
}
