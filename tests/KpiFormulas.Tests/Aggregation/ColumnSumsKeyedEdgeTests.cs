using System;
using System.Linq;
using System.Numerics;
using KpiFormulas.Aggregation;
using Xunit;
using static KpiFormulas.Tests.Aggregation.AccumulatorLaws;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// Minor-unit sums, keyed sums and the exact decimal addition at their edges: every loop remainder
/// around the vector width and the unrolled loops, keys and amounts that break a precondition at
/// each unrolled position, lane sums that wrap to a small number, blocks, and totals at the limits
/// of long and decimal. The reference is always the plain checked loop, worked out in each test.
/// </summary>
public class ColumnSumsKeyedEdgeTests
{
    private const long TwoTo40 = 1L << 40;

    /// <summary>Rows that fill at least two iterations of the two-vector loop and reach the fast path's sixteen rows.</summary>
    private static int VectorRows
    {
        get
        {
            var pair = 2 * Vector<ulong>.Count;
            return Math.Max(2, (16 + pair - 1) / pair) * pair;
        }
    }

    private static long[] Repeat(long value, int rows) => Enumerable.Repeat(value, rows).ToArray();

    private static void AssertNegativeRow(Action act, int row)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.Equal("amounts", error.ParamName);
        Assert.Contains($"Row {row}: The amount must not be negative; subtract refunds and credit notes explicitly.", error.Message, StringComparison.Ordinal);
    }

    private static void AssertKeyOutOfRange(Action act, int row, long key, int keyCount)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(act);
        Assert.Equal("keys", error.ParamName);
        Assert.Equal(key, error.ActualValue);
        Assert.Contains($"Row {row}: The index must be between 0 and {keyCount - 1}, below the count given when the accumulator was created.", error.Message, StringComparison.Ordinal);
    }

    private static void AddInt(MinorUnitTotals totals, long[] values, int[] keys) => totals.Add<int>(values, keys, "amounts", "keys");

    private static void AddByte(MinorUnitTotals totals, long[] values, byte[] keys) => totals.Add<byte>(values, keys, "amounts", "keys");

    private static void AssertTotals(MinorUnitTotals totals, long total, long count, long[] keyTotals, long[] keyCounts)
    {
        Assert.Equal(total, totals.Total);
        Assert.Equal(count, totals.Count);
        Assert.Equal(keyTotals, totals.KeyTotals);
        Assert.Equal(keyCounts, totals.KeyCounts);
    }

    /// <summary>A one-row batch (summed by the plain loop) so that "unchanged" is checked against something.</summary>
    private static MinorUnitTotals WithOneRow(int keyCount)
    {
        var totals = new MinorUnitTotals(keyCount);
        AddInt(totals, [9], [0]);
        var expected = new long[keyCount];
        expected[0] = 9;
        var counts = new long[keyCount];
        counts[0] = 1;
        AssertTotals(totals, 9, 1, expected, counts);
        return totals;
    }

    private static void AssertStillOneRow(MinorUnitTotals totals)
    {
        var expected = new long[totals.KeyCount];
        expected[0] = 9;
        var counts = new long[totals.KeyCount];
        counts[0] = 1;
        AssertTotals(totals, 9, 1, expected, counts);
    }

    // ---- minor units, total ------------------------------------------------------------------

    [Fact]
    public void The_plain_minor_unit_loop_adds_zero_rows_and_refuses_the_first_negative_row()
    {
        // 7 + 0 + 0 + 3 = 10: a zero amount is an order of nothing, not a negative one.
        long[] zeros = [0, 0, 3];
        Assert.Equal(10L, ColumnSums.PlainSum(7L, zeros, "amounts"));
        long[] negative = [0, 2, -1, -5];
        AssertNegativeRow(() => ColumnSums.PlainSum(7L, negative, "amounts"), 2);

        // Sixteen zero rows take the fast path and leave the total as it was.
        Assert.Equal(7L, ColumnSums.Sum(7L, new long[16], "amounts"));
    }

    [Fact]
    public void The_plain_minor_unit_loop_reaches_long_MaxValue_and_overflows_one_unit_past_it()
    {
        // (2^63 - 1 - 3) + 1 + 2 = 2^63 - 1; one more unit does not fit in a long.
        long[] fits = [1, 2];
        Assert.Equal(long.MaxValue, ColumnSums.PlainSum(long.MaxValue - 3, fits, "amounts"));
        long[] beyond = [1, 2, 1];
        Assert.Throws<OverflowException>(() => ColumnSums.PlainSum(long.MaxValue - 3, beyond, "amounts"));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 1)]
    [InlineData(0, 15)]
    [InlineData(0, 16)]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(1, 3)]
    [InlineData(2, 0)]
    [InlineData(2, 1)]
    [InlineData(2, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(8, 1)]
    public void Minor_unit_sums_of_every_length_around_the_vector_width_equal_the_checked_loop(int vectorPairs, int extra)
    {
        var rows = (vectorPairs * 2 * Vector<ulong>.Count) + extra;
        var values = Enumerable.Range(1, rows).Select(i => (long)i).ToArray();

        // 1000 + (1 + 2 + ... + n) = 1000 + n(n + 1) / 2.
        Assert.Equal(1000L + ((long)rows * (rows + 1) / 2), ColumnSums.Sum(1000L, values, "amounts"));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(2, 3)]
    [InlineData(3, 1)]
    public void A_slice_is_summed_without_reading_the_rows_around_it(int vectorPairs, int extra)
    {
        // The rows on either side are 1000 each: reading any of them would change the sum of ones.
        var rows = Math.Max(16, (vectorPairs * 2 * Vector<ulong>.Count) + extra);
        var pad = 8 * Vector<ulong>.Count;
        var backing = Repeat(1000, pad + rows + pad);
        backing.AsSpan(pad, rows).Fill(1);

        // 5 + rows × 1.
        Assert.Equal(5L + rows, ColumnSums.Sum(5L, backing.AsSpan(pad, rows), "amounts"));
    }

    [Fact]
    public void The_rows_of_the_vector_loop_are_added_to_those_after_it_not_subtracted()
    {
        // One unit in the vector part, three rows of 100 after it: 1 + 3 × 100 = 301.
        var values = new long[VectorRows + 3];
        values[0] = 1;
        values.AsSpan(VectorRows).Fill(100);
        Assert.Equal(301L, ColumnSums.Sum(0L, values, "amounts"));
    }

    [Fact]
    public void Two_long_MinValue_rows_in_one_lane_of_the_first_vector_are_refused_as_negative()
    {
        // 2^63 + 2^63 wraps to 0 in a 64-bit lane: only the OR of the rows can see them.
        var values = Repeat(1, VectorRows);
        values[0] = long.MinValue;
        values[2 * Vector<ulong>.Count] = long.MinValue;
        AssertNegativeRow(() => ColumnSums.Sum(0L, values, "amounts"), 0);
    }

    [Fact]
    public void Two_long_MinValue_rows_in_one_lane_of_the_second_vector_are_refused_as_negative()
    {
        var step = Vector<ulong>.Count;
        var values = Repeat(1, VectorRows);
        values[step] = long.MinValue;
        values[3 * step] = long.MinValue;
        AssertNegativeRow(() => ColumnSums.Sum(0L, values, "amounts"), step);
    }

    [Fact]
    public void Two_long_MinValue_rows_after_the_vector_loop_are_refused_as_negative()
    {
        var values = Repeat(1, VectorRows + 3);
        values[VectorRows] = long.MinValue;
        values[VectorRows + 1] = long.MinValue;
        AssertNegativeRow(() => ColumnSums.Sum(0L, values, "amounts"), VectorRows);
    }

    [Fact]
    public void A_negative_row_that_cancels_a_large_one_is_refused_as_negative()
    {
        // 2^40 + (-2^40) = 0, and their OR has no bit below 2^40: the row is still negative.
        var values = new long[16];
        values[0] = TwoTo40;
        values[1] = -TwoTo40;
        AssertNegativeRow(() => ColumnSums.Sum(0L, values, "amounts"), 1);
    }

    [Fact]
    public void Sixteen_rows_of_2_to_the_62_overflow_like_the_checked_loop_even_though_their_lanes_wrap_to_zero()
    {
        // 2^62 + 2^62 = 2^63 is already beyond long; 16 × 2^62 = 2^66 wraps to 0 in 64 bits.
        var values = Repeat(1L << 62, 16);
        Assert.Throws<OverflowException>(() => ColumnSums.Sum(0L, values, "amounts"));
    }

    [Fact]
    public void A_negative_running_total_is_summed_by_the_plain_loop()
    {
        // -5 + 16 × 1 = 11.
        Assert.Equal(11L, ColumnSums.Sum(-5L, Repeat(1, 16), "amounts"));

        // -2^63 + 16 × (2^40 - 1) = -9 223 372 036 854 775 808 + 17 592 186 044 400.
        Assert.Equal(-9_223_354_444_668_731_408L, ColumnSums.Sum(long.MinValue, Repeat(TwoTo40 - 1, 16), "amounts"));
    }

    [Fact]
    public void Rows_of_2_to_the_40_minus_1_and_of_2_to_the_40_give_the_sums_of_the_checked_loop()
    {
        // 16 × (2^40 - 1) = 2^44 - 16 = 17 592 186 044 400; 16 × 2^40 = 17 592 186 044 416.
        Assert.Equal(17_592_186_044_400L, ColumnSums.Sum(0L, Repeat(TwoTo40 - 1, 16), "amounts"));
        Assert.Equal(17_592_186_044_416L, ColumnSums.Sum(0L, Repeat(TwoTo40, 16), "amounts"));
    }

    [Fact]
    public void A_minor_unit_total_reaches_long_MaxValue_exactly_and_overflows_one_unit_past_it()
    {
        // (2^63 - 1 - 16) + 16 × 1 = 2^63 - 1.
        Assert.Equal(long.MaxValue, ColumnSums.Sum(long.MaxValue - 16, Repeat(1, 16), "amounts"));
        Assert.Throws<OverflowException>(() => ColumnSums.Sum(long.MaxValue - 15, Repeat(1, 16), "amounts"));

        // (2^63 - 1 - 16 × (2^40 - 1)) + 16 × (2^40 - 1) = 2^63 - 1.
        Assert.Equal(long.MaxValue, ColumnSums.Sum(long.MaxValue - (16 * (TwoTo40 - 1)), Repeat(TwoTo40 - 1, 16), "amounts"));
    }

    [Fact]
    public void A_batch_longer_than_one_block_is_summed_and_overflows_as_the_checked_loop()
    {
        // 2^23 rows make a block; 2^23 + 3 rows of 1 unit: 7 + 8 388 611 = 8 388 618.
        var values = Repeat(1, (1 << 23) + 3);
        Assert.Equal(8_388_618L, ColumnSums.Sum(7L, values, "amounts"));

        // The first block of 2^23 rows of 2^40 - 1 fits (2^63 - 2^23); the row after it does not:
        // 2^63 - 2^23 + 2^40 - 1 > 2^63 - 1.
        values.AsSpan().Fill(TwoTo40 - 1);
        var oneBlock = values.AsSpan(0, 1 << 23);
        Assert.Equal(long.MaxValue - (1L << 23) + 1, ColumnSums.Sum(0L, oneBlock, "amounts"));
        Assert.Throws<OverflowException>(() => ColumnSums.Sum(0L, values.AsSpan(0, (1 << 23) + 1), "amounts"));
    }

    // ---- minor units, by key ------------------------------------------------------------------

    [Theory]
    [InlineData(3, 0)]
    [InlineData(3, 1)]
    [InlineData(3, 15)]
    [InlineData(3, 16)]
    [InlineData(3, 17)]
    [InlineData(3, 18)]
    [InlineData(3, 19)]
    [InlineData(3, 2049)]
    [InlineData(3, 4099)]
    [InlineData(64, 17)]
    [InlineData(64, 19)]
    [InlineData(65, 0)]
    [InlineData(65, 1)]
    [InlineData(65, 15)]
    [InlineData(65, 16)]
    [InlineData(65, 17)]
    [InlineData(65, 18)]
    [InlineData(65, 19)]
    [InlineData(256, 35)]
    [InlineData(300, 33)]
    public void Keyed_minor_unit_sums_and_counts_equal_the_plain_loops_for_every_remainder(int keyCount, int rows)
    {
        // Every fifth row is the largest row of the fast path, 2^40 - 1; the first row has the
        // highest key. The reference is the checked loop over each key's rows, written out here.
        var values = Enumerable.Range(0, rows).Select(i => i % 5 == 0 ? TwoTo40 - 1 : i + 1).ToArray();
        var keys = Enumerable.Range(0, rows).Select(i => (int)(((i * 7L) + keyCount - 1) % keyCount)).ToArray();
        var total = 0L;
        var keyTotals = new long[keyCount];
        var keyCounts = new long[keyCount];
        for (var i = 0; i < rows; i++)
        {
            total = checked(total + values[i]);
            keyTotals[keys[i]] = checked(keyTotals[keys[i]] + values[i]);
            keyCounts[keys[i]]++;
        }

        var byInt = new MinorUnitTotals(keyCount);
        AddInt(byInt, values, keys);
        AssertTotals(byInt, total, rows, keyTotals, keyCounts);

        if (keyCount <= 256)
        {
            var byByte = new MinorUnitTotals(keyCount);
            AddByte(byByte, values, keys.Select(k => (byte)k).ToArray());
            AssertTotals(byByte, total, rows, keyTotals, keyCounts);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void A_second_batch_starts_from_empty_lanes(int keyCount)
    {
        // Batch 1: 16 rows of 1 on keys 0, 1, 0, 1, ... → 8 and 8. Batch 2: 16 rows of 2 on key 1
        // → key 1 = 8 + 32 = 40. Total 48 over 32 rows; counts 8 and 8 + 16 = 24.
        var totals = new MinorUnitTotals(keyCount);
        AddInt(totals, Repeat(1, 16), Enumerable.Range(0, 16).Select(i => i % 2).ToArray());
        AddInt(totals, Repeat(2, 16), Enumerable.Repeat(1, 16).ToArray());
        var keyTotals = new long[keyCount];
        keyTotals[0] = 8;
        keyTotals[1] = 40;
        var keyCounts = new long[keyCount];
        keyCounts[0] = 8;
        keyCounts[1] = 24;
        AssertTotals(totals, 48, 32, keyTotals, keyCounts);
    }

    [Theory]
    [InlineData(3, 10, 3)]
    [InlineData(3, 3, 10)]
    [InlineData(65, 10, 3)]
    [InlineData(65, 3, 10)]
    public void The_last_odd_row_adds_to_the_same_key_as_the_first_row(int keyCount, long first, long last)
    {
        // 17 rows of key 0: first + 15 × 0 + last = 13.
        var values = new long[17];
        values[0] = first;
        values[16] = last;
        var totals = new MinorUnitTotals(keyCount);
        AddInt(totals, values, new int[17]);
        var keyTotals = new long[keyCount];
        keyTotals[0] = 13;
        var keyCounts = new long[keyCount];
        keyCounts[0] = 17;
        AssertTotals(totals, 13, 17, keyTotals, keyCounts);
    }

    [Theory]
    [InlineData(3, 4, 0, 3)]
    [InlineData(3, 4, 1, 3)]
    [InlineData(3, 4, 2, 3)]
    [InlineData(3, 4, 3, 3)]
    [InlineData(3, 4, 0, -1)]
    [InlineData(3, 4, 2, -1)]
    [InlineData(64, 4, 1, 64)]
    [InlineData(65, 2, 0, 65)]
    [InlineData(65, 2, 1, 65)]
    [InlineData(65, 2, 0, -1)]
    [InlineData(256, 2, 0, 256)]
    [InlineData(300, 2, 1, 300)]
    public void An_int_key_out_of_range_at_every_unrolled_position_is_refused_and_the_totals_kept(int keyCount, int period, int position, int badKey)
    {
        // The unrolled loops take four rows (up to 64 keys) or two rows (more keys) at a time: the
        // bad key is at the same place in every group, the other keys are valid.
        var keys = Enumerable.Range(0, 16).Select(i => i % period == position ? badKey : 0).ToArray();
        var totals = WithOneRow(keyCount);
        AssertKeyOutOfRange(() => AddInt(totals, Repeat(1, 16), keys), position, badKey, keyCount);
        AssertStillOneRow(totals);
    }

    [Theory]
    [InlineData(3, 17, 3)]
    [InlineData(3, 18, 3)]
    [InlineData(3, 19, 3)]
    [InlineData(3, 19, -1)]
    [InlineData(64, 19, 64)]
    [InlineData(65, 17, 65)]
    [InlineData(65, 17, -1)]
    public void An_int_key_out_of_range_in_the_rows_after_the_unrolled_loop_is_refused(int keyCount, int rows, int badKey)
    {
        var keys = new int[rows];
        keys[rows - 1] = badKey;
        var totals = WithOneRow(keyCount);
        AssertKeyOutOfRange(() => AddInt(totals, Repeat(1, rows), keys), rows - 1, badKey, keyCount);
        AssertStillOneRow(totals);
    }

    [Theory]
    [InlineData(3, 16, 0, 3)]
    [InlineData(3, 16, 5, 3)]
    [InlineData(3, 16, 15, 255)]
    [InlineData(3, 17, 16, 3)]
    [InlineData(64, 16, 0, 64)]
    [InlineData(65, 17, 16, 200)]
    [InlineData(255, 16, 0, 255)]
    [InlineData(255, 16, 7, 255)]
    public void A_byte_key_out_of_range_is_refused_wherever_it_is(int keyCount, int rows, int row, int badKey)
    {
        var keys = new byte[rows];
        keys[row] = (byte)badKey;
        var totals = WithOneRow(keyCount);
        AssertKeyOutOfRange(() => AddByte(totals, Repeat(1, rows), keys), row, badKey, keyCount);
        AssertStillOneRow(totals);
    }

    [Theory]
    [InlineData(3, 16, 4)]
    [InlineData(3, 16, 8)]
    [InlineData(3, 17, 16)]
    [InlineData(64, 19, 18)]
    [InlineData(65, 17, 2)]
    [InlineData(65, 17, 16)]
    public void Two_long_MinValue_rows_that_wrap_a_key_lane_to_zero_are_refused_as_negative(int keyCount, int rows, int secondRow)
    {
        // 2^63 + 2^63 wraps to 0 in a 64-bit lane, and the other rows are 0: only the OR of the rows
        // shows the negative amounts. The plain loop refuses the first one, row 0.
        var values = new long[rows];
        values[0] = long.MinValue;
        values[secondRow] = long.MinValue;
        var totals = WithOneRow(keyCount);
        AssertNegativeRow(() => AddInt(totals, values, new int[rows]), 0);
        AssertStillOneRow(totals);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(65)]
    public void Keyed_rows_of_2_to_the_40_are_summed_as_the_plain_loop_sums_them(int keyCount)
    {
        // Keys 0, 1, 2, 0, 1, 2, ...: key 0 has rows 0, 3, 6, 9, 12, 15 (row 3 is large), keys 1
        // and 2 five rows of 1 each.
        foreach (var large in new[] { TwoTo40 - 1, TwoTo40 })
        {
            var values = Repeat(1, 16);
            values[3] = large;
            var totals = new MinorUnitTotals(keyCount);
            AddInt(totals, values, Enumerable.Range(0, 16).Select(i => i % 3).ToArray());
            var keyTotals = new long[keyCount];
            keyTotals[0] = large + 5;
            keyTotals[1] = 5;
            keyTotals[2] = 5;
            var keyCounts = new long[keyCount];
            keyCounts[0] = 6;
            keyCounts[1] = 5;
            keyCounts[2] = 5;
            AssertTotals(totals, large + 15, 16, keyTotals, keyCounts);
        }
    }

    [Fact]
    public void A_key_total_reaches_long_MaxValue_exactly_and_one_unit_more_is_refused_with_the_totals_kept()
    {
        // (2^63 - 1 - 16) + 16 × 1 = 2^63 - 1 on key 0, 17 rows.
        var totals = new MinorUnitTotals(1);
        AddInt(totals, [long.MaxValue - 16], [0]);
        AddInt(totals, Repeat(1, 16), new int[16]);
        AssertTotals(totals, long.MaxValue, 17, [long.MaxValue], [17]);

        var past = new MinorUnitTotals(1);
        AddInt(past, [long.MaxValue - 15], [0]);
        Assert.Throws<OverflowException>(() => AddInt(past, Repeat(1, 16), new int[16]));
        AssertTotals(past, long.MaxValue - 15, 1, [long.MaxValue - 15], [1]);
    }

    [Fact]
    public void A_grand_total_past_long_MaxValue_is_refused_even_when_every_key_total_fits()
    {
        // Key 0 = 2^62, key 1 = 2^62 - 17: total 2^63 - 17. Sixteen units on key 1 bring the total
        // to 2^63 - 1 exactly (key 1 = 2^62 - 1); one unit more fits key 1 (2^62) but not the total.
        var totals = new MinorUnitTotals(2);
        AddInt(totals, [1L << 62, (1L << 62) - 17], [0, 1]);
        AddInt(totals, Repeat(1, 16), Enumerable.Repeat(1, 16).ToArray());
        AssertTotals(totals, long.MaxValue, 18, [1L << 62, (1L << 62) - 1], [1, 17]);

        var oneMore = new long[16];
        oneMore[0] = 1;
        Assert.Throws<OverflowException>(() => AddInt(totals, oneMore, Enumerable.Repeat(1, 16).ToArray()));
        AssertTotals(totals, long.MaxValue, 18, [1L << 62, (1L << 62) - 1], [1, 17]);
    }

    [Fact]
    public void A_row_count_past_long_MaxValue_is_refused_with_the_totals_kept()
    {
        // 2^63 - 11 rows of nothing, split between two keys; 16 more rows do not fit a long count.
        var totals = new MinorUnitTotals(2)
        {
            Count = long.MaxValue - 10,
            KeyCounts = [1L << 62, long.MaxValue - 10 - (1L << 62)],
        };
        Assert.Throws<OverflowException>(() => AddInt(totals, new long[16], new int[16]));
        AssertTotals(totals, 0, long.MaxValue - 10, [0, 0], [1L << 62, long.MaxValue - 10 - (1L << 62)]);
    }

    [Fact]
    public void Revenue_by_byte_key_in_minor_units_keeps_its_state_when_a_key_total_would_pass_long_MaxValue()
    {
        var revenue = new RevenueAccumulator(Currency.EUR, 2);
        revenue.AddMinorUnits([long.MaxValue - 15], (ReadOnlySpan<byte>)[0]);
        Assert.Throws<OverflowException>(() => revenue.AddMinorUnits(Repeat(1, 16), new byte[16]));
        Assert.Equal(long.MaxValue - 15, revenue.State.MinorUnitsTotal);
        Assert.Equal(1L, revenue.State.MinorUnitOrders);
        Assert.Equal([long.MaxValue - 15, 0L], revenue.State.KeyMinorUnitsTotals);
        Assert.Equal([1L, 0L], revenue.State.KeyMinorUnitOrders);
    }

    // ---- decimals, by key: the commit --------------------------------------------------------

    [Fact]
    public void A_keyed_decimal_batch_reaches_decimal_MaxValue_exactly_and_one_more_unit_overflows_with_the_totals_kept()
    {
        // Key 0 = 2^95, key 1 = 2^95 - 100: total 2^96 - 100. Fifteen rows of 6 and one of 9 add
        // 99 to key 1: total 2^96 - 1 = decimal.MaxValue, key 1 = 2^95 - 1.
        var totals = new DecimalTotals(2);
        totals.Add(39_614_081_257_132_168_796_771_975_168m, 0, "amount", "key");
        totals.Add(39_614_081_257_132_168_796_771_975_068m, 1, "amount", "key");
        var batch = Enumerable.Repeat(6m, 16).ToArray();
        batch[15] = 9m;
        var keys = Enumerable.Repeat(1, 16).ToArray();
        totals.Add<int>(batch, keys, "amounts", "keys");
        Assert.Equal(Bits(decimal.MaxValue), Bits(totals.Total));
        Assert.Equal(Bits(39_614_081_257_132_168_796_771_975_167m), Bits(totals.KeyTotals[1]));
        Assert.Equal(18L, totals.Count);
        Assert.Equal([1L, 17L], totals.KeyCounts);

        // One unit more fits key 1 (2^95) but not the total: the plain loop overflows.
        var oneMore = new decimal[16];
        oneMore[0] = 1m;
        Assert.Throws<OverflowException>(() => totals.Add<int>(oneMore, keys, "amounts", "keys"));
        Assert.Equal(Bits(decimal.MaxValue), Bits(totals.Total));
        Assert.Equal(Bits(39_614_081_257_132_168_796_771_975_168m), Bits(totals.KeyTotals[0]));
        Assert.Equal(Bits(39_614_081_257_132_168_796_771_975_167m), Bits(totals.KeyTotals[1]));
        Assert.Equal(18L, totals.Count);
        Assert.Equal([1L, 17L], totals.KeyCounts);
    }

    [Fact]
    public void A_keyed_decimal_row_count_past_long_MaxValue_is_refused_with_the_totals_kept()
    {
        var totals = new DecimalTotals(2)
        {
            Count = long.MaxValue - 10,
            KeyCounts = [1L << 62, long.MaxValue - 10 - (1L << 62)],
        };
        var keys = new int[16];
        Assert.Throws<OverflowException>(() => totals.Add<int>(Enumerable.Repeat(1m, 16).ToArray(), keys, "amounts", "keys"));
        Assert.Equal(long.MaxValue - 10, totals.Count);
        Assert.Equal([1L << 62, long.MaxValue - 10 - (1L << 62)], totals.KeyCounts);
        Assert.Equal(Bits(0m), Bits(totals.Total));
        Assert.Equal([0m, 0m], totals.KeyTotals);
    }

    // ---- key reading and exact decimal addition ------------------------------------------------

    [Fact]
    public void Keys_are_read_as_bytes_or_ints_and_any_other_type_is_not_supported()
    {
        byte[] bytes = [4, 200];
        int[] ints = [4, -7];
        long[] longs = [4];
        Assert.Equal(200, ColumnSums.KeyAt<byte>(bytes, 1));
        Assert.Equal(-7, ColumnSums.KeyAt<int>(ints, 1));
        var error = Assert.Throws<NotSupportedException>(() => ColumnSums.KeyAt<long>(longs, 0));
        Assert.Equal("Keys are byte or int.", error.Message);
    }

    [Fact]
    public void Exact_addition_takes_a_negative_zero_total_and_refuses_a_negative_one()
    {
        // -0 + 3 = 3 exactly; -5 + 3 would be exact too, but a negative total is the plain loop's.
        Assert.True(ColumnSums.TryAddExact(new decimal(0, 0, 0, true, 0), 3m, out var fromNegativeZero));
        Assert.Equal(Bits(3m), Bits(fromNegativeZero));
        Assert.False(ColumnSums.TryAddExact(-5m, 3m, out _));
    }

    [Fact]
    public void Exact_addition_takes_integers_at_scale_zero()
    {
        Assert.True(ColumnSums.TryAddExact(1m, 2m, out var three));
        Assert.Equal(Bits(3m), Bits(three));
    }

    [Fact]
    public void Exact_addition_rescales_up_to_the_last_magnitude_that_fits_96_bits()
    {
        // 10^27 at scale 1 is 10^28 + 1 tenths with 0.1: below 2^96 ≈ 7.92 × 10^28.
        Assert.True(ColumnSums.TryAddExact(1_000_000_000_000_000_000_000_000_000m, 0.1m, out var tenths));
        Assert.Equal(Bits(1_000_000_000_000_000_000_000_000_000.1m), Bits(tenths));

        // floor((2^96 - 1) / 10) = 7 922 816 251 426 433 759 354 395 033: × 10 + 1 =
        // 79 228 162 514 264 337 593 543 950 331 ≤ 2^96 - 1, in either order.
        Assert.True(ColumnSums.TryAddExact(7_922_816_251_426_433_759_354_395_033m, 0.1m, out var largest));
        Assert.Equal(Bits(7_922_816_251_426_433_759_354_395_033.1m), Bits(largest));
        Assert.True(ColumnSums.TryAddExact(0.1m, 7_922_816_251_426_433_759_354_395_033m, out var swapped));
        Assert.Equal(Bits(7_922_816_251_426_433_759_354_395_033.1m), Bits(swapped));

        // One more: 79 228 162 514 264 337 593 543 950 340 tenths is beyond 2^96 - 1.
        Assert.False(ColumnSums.TryAddExact(7_922_816_251_426_433_759_354_395_034m, 0.1m, out _));
    }
}
