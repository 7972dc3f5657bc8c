using System;
using System.Linq;
using KpiFormulas.Aggregation;
using Xunit;
using static KpiFormulas.Tests.Aggregation.AccumulatorLaws;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// Decimal column sums at the edges of their fast paths: every vector remainder, each precondition
/// failing in turn (another scale, a sign, 96 bits, a key equal to the key count, rows far beyond
/// 2^40 units), few keys (packed lanes) and many keys (plain lanes). The reference is always the plain
/// checked loop <c>total += value</c>, worked by hand or written out in the test.
/// </summary>
public class ColumnSumsEdgeTests
{
    /// <summary>Up to 64 keys take the packed lanes, more take one lane per key and copy.</summary>
    private const int FewKeys = 3;

    private const int ManyKeys = 65;

    private static decimal Units(UInt128 units, byte scale) =>
        new((int)(uint)units, (int)(uint)(units >> 32), (int)(uint)(units >> 64), false, scale);

    private static decimal Cents(int cents) => new(cents, 0, 0, false, 2);

    private static decimal[] Repeat(decimal value, int length) => Enumerable.Repeat(value, length).ToArray();

    /// <summary>The reference: the plain loops over all rows and over each key's rows, from empty totals.</summary>
    private static (decimal Total, decimal[] KeyTotals, long[] KeyCounts) Plain(int keyCount, ReadOnlySpan<decimal> values, int[] keys)
    {
        var total = 0m;
        var keyTotals = new decimal[keyCount];
        var keyCounts = new long[keyCount];
        for (var i = 0; i < values.Length; i++)
        {
            total += values[i];
            keyTotals[keys[i]] += values[i];
            keyCounts[keys[i]]++;
        }

        return (total, keyTotals, keyCounts);
    }

    private static void AssertTotals((decimal Total, decimal[] KeyTotals, long[] KeyCounts) expected, DecimalTotals actual)
    {
        Assert.Equal(Bits(expected.Total), Bits(actual.Total));
        Assert.Equal(expected.KeyCounts.Sum(), actual.Count);
        Assert.Equal(expected.KeyTotals.Select(Bits), actual.KeyTotals.Select(Bits));
        Assert.Equal(expected.KeyCounts, actual.KeyCounts);
    }

    private static void AssertEmpty(DecimalTotals totals)
    {
        Assert.Equal(Bits(0m), Bits(totals.Total));
        Assert.Equal(0, totals.Count);
        Assert.All(totals.KeyTotals, t => Assert.Equal(Bits(0m), Bits(t)));
        Assert.All(totals.KeyCounts, c => Assert.Equal(0, c));
    }

    // ---- unkeyed -------------------------------------------------------------------------------

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_empty_column_has_no_uniform_sum_and_leaves_the_total_as_it_was(bool allowVector512)
    {
        Assert.False(ColumnSums.TrySumUniform([], out var sum, allowVector512));
        Assert.Equal(Bits(0m), Bits(sum));
        Assert.Equal(Bits(5.000m), Bits(ColumnSums.Sum(5.000m, [], "values")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(19)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(35)]
    [InlineData(64)]
    [InlineData(67)]
    public void A_uniform_column_sums_exactly_for_every_vector_remainder(int length)
    {
        // Rows of 0.01, 0.02, ..., n cents: the total is n(n + 1) / 2 cents, still at scale 2.
        var values = Enumerable.Range(1, length).Select(Cents).ToArray();
        var expected = Cents(length * (length + 1) / 2);
        foreach (var allowVector512 in new[] { true, false })
        {
            Assert.True(ColumnSums.TrySumUniform(values, out var sum, allowVector512));
            Assert.Equal(Bits(expected), Bits(sum));
        }

        Assert.Equal(Bits(expected), Bits(ColumnSums.Sum(0m, values, "values")));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(16, 0)]
    [InlineData(16, 15)]
    [InlineData(17, 16)]
    [InlineData(19, 9)]
    [InlineData(35, 33)]
    [InlineData(67, 40)]
    public void A_row_of_another_scale_anywhere_refuses_the_uniform_sum_and_the_total_takes_its_scale(int length, int place)
    {
        // n - 1 rows of one cent and 0.001 at the place: the loop reaches (n - 1) cents at scale 2,
        // then every sum is at scale 3: 10(n - 1) + 1 thousandths.
        var values = Repeat(Cents(1), length);
        values[place] = 0.001m;
        Assert.False(ColumnSums.TrySumUniform(values, out _, allowVector512: true));
        Assert.False(ColumnSums.TrySumUniform(values, out _, allowVector512: false));
        Assert.Equal(Bits(new decimal((10 * (length - 1)) + 1, 0, 0, false, 3)), Bits(ColumnSums.Sum(0m, values, "values")));
    }

    [Theory]
    [InlineData(16, 5)]
    [InlineData(17, 16)]
    [InlineData(35, 20)]
    public void A_negative_zero_after_the_first_row_refuses_the_uniform_sum_and_changes_nothing(int length, int place)
    {
        // -0.00 adds nothing: the loop's total is n - 1 cents at scale 2.
        var values = Repeat(Cents(1), length);
        values[place] = new decimal(0, 0, 0, true, 2);
        Assert.False(ColumnSums.TrySumUniform(values, out _, allowVector512: true));
        Assert.False(ColumnSums.TrySumUniform(values, out _, allowVector512: false));
        Assert.Equal(Bits(Cents(length - 1)), Bits(ColumnSums.Sum(0m, values, "values")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_uniform_total_of_exactly_2_to_the_96_units_is_refused_and_one_unit_less_is_kept(bool allowVector512)
    {
        // 2^95 + 2^95 = 2^96 does not fit decimal's 96 bits; 2^95 + (2^95 - 1) = 2^96 - 1 is decimal's largest integer part.
        var pair = new[] { Units(UInt128.One << 95, 5), Units(UInt128.One << 95, 5) };
        Assert.False(ColumnSums.TrySumUniform(pair, out _, allowVector512));
        pair[1] = Units((UInt128.One << 95) - 1, 5);
        Assert.True(ColumnSums.TrySumUniform(pair, out var sum, allowVector512));
        Assert.Equal(Bits(new decimal(-1, -1, -1, false, 5)), Bits(sum));

        // Sixteen rows of 2^92 (a whole vector pass): 16 * 2^92 = 2^96; fifteen of them and one of 2^92 - 1: 2^96 - 1.
        var rows = Repeat(Units(UInt128.One << 92, 5), 16);
        Assert.False(ColumnSums.TrySumUniform(rows, out _, allowVector512));
        rows[15] = Units((UInt128.One << 92) - 1, 5);
        Assert.True(ColumnSums.TrySumUniform(rows, out sum, allowVector512));
        Assert.Equal(Bits(new decimal(-1, -1, -1, false, 5)), Bits(sum));
    }

    [Fact]
    public void A_column_reaching_2_to_the_96_units_is_rounded_as_the_loop_rounds_its_last_addition()
    {
        // Sixteen rows of 2^92 units at scale 5: the first fifteen partial sums fit, the last is
        // 2^96 = 79228162514264337593543950336 units, one digit too many: decimal drops to scale 4
        // and rounds ...033.6 up to 7922816251426433759354395034.
        var rows = Repeat(Units(UInt128.One << 92, 5), 16);
        Assert.Equal(Bits(Units(UInt128.Parse("7922816251426433759354395034", System.Globalization.CultureInfo.InvariantCulture), 4)), Bits(ColumnSums.Sum(0m, rows, "values")));
    }

    [Fact]
    public void A_negative_row_in_a_long_column_is_reported_with_its_row_and_parameter()
    {
        var values = Repeat(Cents(1), 17);
        values[9] = -1.25m;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ColumnSums.Sum(0m, values, "values"));
        Assert.Equal("values", ex.ParamName);
        Assert.Equal(-1.25m, ex.ActualValue);
        Assert.Contains("Row 9: The amount must not be negative", ex.Message, StringComparison.Ordinal);
    }

    // ---- keyed ---------------------------------------------------------------------------------

    [Theory]
    [InlineData(FewKeys)]
    [InlineData(ManyKeys)]
    public void A_keyed_column_of_negative_amounts_of_one_scale_is_refused_at_row_0(int keyCount)
    {
        // Every row has the same flags word, but with the sign set: refused like any negative amount.
        var totals = new DecimalTotals(keyCount);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => totals.Add<int>(Repeat(-1.00m, 16), new int[16], "amounts", "keys"));
        Assert.Equal("amounts", ex.ParamName);
        Assert.Equal(-1.00m, ex.ActualValue);
        Assert.Contains("Row 0: The amount must not be negative; subtract refunds and credit notes explicitly.", ex.Message, StringComparison.Ordinal);
        AssertEmpty(totals);
    }

    [Fact]
    public void A_keyed_column_of_negative_amounts_is_refused_by_the_accumulator_too()
    {
        var revenue = new RevenueAccumulator(Currency.EUR, 3);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => revenue.Add(Repeat(-0.50m, 20), new int[20]));
        Assert.Equal("amounts", ex.ParamName);
        Assert.Contains("Row 0: The amount must not be negative", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, revenue.State.Orders);
    }

    [Theory]
    [InlineData(FewKeys, 0)]
    [InlineData(FewKeys, 1)]
    [InlineData(FewKeys, 2)]
    [InlineData(FewKeys, 3)]
    [InlineData(ManyKeys, 0)]
    [InlineData(ManyKeys, 1)]
    [InlineData(ManyKeys, 2)]
    [InlineData(ManyKeys, 3)]
    public void A_key_equal_to_the_key_count_at_any_place_of_a_group_of_four_is_reported_at_its_first_row(int keyCount, int place)
    {
        // 16 rows, read four at a time: the key count itself stands at the same place in every group.
        var keys = new int[16];
        for (var i = place; i < keys.Length; i += 4)
        {
            keys[i] = keyCount;
        }

        var totals = new DecimalTotals(keyCount);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => totals.Add<int>(Repeat(1.00m, 16), keys, "amounts", "keys"));
        Assert.Equal("keys", ex.ParamName);
        Assert.Equal((long)keyCount, ex.ActualValue);
        Assert.Contains($"Row {place}: The index must be between 0 and {keyCount - 1}, below the count given when the accumulator was created.", ex.Message, StringComparison.Ordinal);
        AssertEmpty(totals);
    }

    [Theory]
    [InlineData(FewKeys, 17)]
    [InlineData(FewKeys, 19)]
    [InlineData(ManyKeys, 17)]
    [InlineData(ManyKeys, 18)]
    [InlineData(ManyKeys, 19)]
    public void A_key_equal_to_the_key_count_in_the_rows_after_the_last_group_of_four_is_reported(int keyCount, int length)
    {
        // Rows 0 to 15 are whole groups with good keys; every row after them has the key count.
        var keys = new int[length];
        for (var i = 16; i < length; i++)
        {
            keys[i] = keyCount;
        }

        var totals = new DecimalTotals(keyCount);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => totals.Add<int>(Repeat(1.00m, length), keys, "amounts", "keys"));
        Assert.Equal("keys", ex.ParamName);
        Assert.Equal((long)keyCount, ex.ActualValue);
        Assert.Contains($"Row 16: The index must be between 0 and {keyCount - 1}", ex.Message, StringComparison.Ordinal);
        AssertEmpty(totals);
    }

    [Fact]
    public void A_key_equal_to_the_key_count_is_reported_by_the_accumulator_with_its_row()
    {
        var revenue = new RevenueAccumulator(Currency.EUR, 4);
        var keys = new int[18];
        keys[17] = 4;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => revenue.Add(Repeat(2.00m, 18), keys));
        Assert.Equal("keys", ex.ParamName);
        Assert.Contains("Row 17: The index must be between 0 and 3", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, revenue.State.Orders);
    }

    [Theory]
    [InlineData(FewKeys, 16)]
    [InlineData(FewKeys, 17)]
    [InlineData(FewKeys, 18)]
    [InlineData(FewKeys, 19)]
    [InlineData(ManyKeys, 16)]
    [InlineData(ManyKeys, 17)]
    [InlineData(ManyKeys, 18)]
    [InlineData(ManyKeys, 19)]
    [InlineData(ManyKeys, 35)]
    public void Keyed_sums_of_distinct_rows_match_the_plain_loops_for_every_group_remainder(int keyCount, int length)
    {
        // Row i is i + 1 cents with key i mod 3: every row, the last ones after the groups of four
        // included, lands in its own key with its own value.
        var values = Enumerable.Range(1, length).Select(Cents).ToArray();
        var keys = Enumerable.Range(0, length).Select(i => i % 3).ToArray();
        var totals = new DecimalTotals(keyCount);
        totals.Add<int>(values, keys, "amounts", "keys");
        AssertTotals(Plain(keyCount, values, keys), totals);

        // By hand for 17 rows: key 2 holds rows 2, 5, 8, 11, 14: 3 + 6 + 9 + 12 + 15 = 45 cents;
        // key 1 holds rows 1, 4, ..., 16: 2 + 5 + 8 + 11 + 14 + 17 = 57 cents.
        if (length == 17)
        {
            Assert.Equal(Bits(Cents(45)), Bits(totals.KeyTotals[2]));
            Assert.Equal(Bits(Cents(57)), Bits(totals.KeyTotals[1]));
            Assert.Equal(6, totals.KeyCounts[1]);
            Assert.Equal(Bits(Cents(153)), Bits(totals.Total));
        }
    }

    [Theory]
    [InlineData(FewKeys)]
    [InlineData(ManyKeys)]
    public void A_second_keyed_batch_starts_from_clear_lanes(int keyCount)
    {
        // Twice 20 rows of 1.00 with keys 0 to 19 (keys mod 3 for few keys: key 1 has rows 1, 4, ..., 19,
        // seven a batch): each batch adds its own rows only.
        var values = Repeat(1.00m, 20);
        var keys = Enumerable.Range(0, 20).Select(i => i % keyCount).ToArray();
        var totals = new DecimalTotals(keyCount);
        totals.Add<int>(values, keys, "amounts", "keys");
        totals.Add<int>(values, keys, "amounts", "keys");
        Assert.Equal(Bits(40.00m), Bits(totals.Total));
        Assert.Equal(40, totals.Count);
        if (keyCount == ManyKeys)
        {
            Assert.Equal(Bits(2.00m), Bits(totals.KeyTotals[19]));
            Assert.Equal(2, totals.KeyCounts[19]);
            Assert.Equal(Bits(0m), Bits(totals.KeyTotals[20]));
        }
        else
        {
            Assert.Equal(Bits(14.00m), Bits(totals.KeyTotals[1]));
            Assert.Equal(14, totals.KeyCounts[1]);
        }
    }

    [Theory]
    [InlineData(FewKeys, 0)]
    [InlineData(FewKeys, 1)]
    [InlineData(FewKeys, 2)]
    [InlineData(FewKeys, 3)]
    [InlineData(ManyKeys, 0)]
    [InlineData(ManyKeys, 1)]
    [InlineData(ManyKeys, 2)]
    [InlineData(ManyKeys, 3)]
    public void A_row_of_another_scale_at_any_place_of_a_group_of_four_gives_the_plain_loops_total(int keyCount, int place)
    {
        // The column starts four rows into an array of 1.00s: the rows before it are good ones, so
        // only the rows of the column decide. The odd row is in the last group of four (rows 20 to
        // 23), which no later group reads: row 20 + place is 0.001, and from there on the totals of
        // the loop are at scale 3: 23 * 1.00 + 0.001 = 23.001.
        var backing = Repeat(1.00m, 28);
        backing[4 + 20 + place] = 0.001m;
        var values = backing.AsSpan(4);
        var keys = new int[values.Length];
        var totals = new DecimalTotals(keyCount);
        totals.Add<int>(values, keys, "amounts", "keys");
        AssertTotals(Plain(keyCount, values, keys), totals);
        Assert.Equal(Bits(23.001m), Bits(totals.KeyTotals[0]));
        Assert.Equal(Bits(23.001m), Bits(totals.Total));
    }

    [Theory]
    [InlineData(FewKeys)]
    [InlineData(ManyKeys)]
    public void A_row_of_another_scale_after_the_last_group_of_four_gives_the_plain_loops_total(int keyCount)
    {
        // 16 rows of 1.00 and 0.001 at row 16: 16.001 at scale 3.
        var values = Repeat(1.00m, 17);
        values[16] = 0.001m;
        var totals = new DecimalTotals(keyCount);
        totals.Add<int>(values, new int[17], "amounts", "keys");
        Assert.Equal(Bits(16.001m), Bits(totals.KeyTotals[0]));
        Assert.Equal(Bits(16.001m), Bits(totals.Total));
        Assert.Equal(17, totals.KeyCounts[0]);
    }

    [Theory]
    [InlineData(FewKeys, 0, 4, 63)]
    [InlineData(FewKeys, 16, 17, 63)]
    [InlineData(FewKeys, 0, 4, 40)]
    [InlineData(FewKeys, 3, 7, 51)]
    [InlineData(ManyKeys, 0, 4, 63)]
    [InlineData(ManyKeys, 16, 17, 63)]
    [InlineData(ManyKeys, 0, 4, 40)]
    [InlineData(ManyKeys, 3, 7, 63)]
    public void Two_large_rows_of_one_key_are_summed_exactly(int keyCount, int first, int second, int bits)
    {
        // 17 rows of 1.00 and two of 2^bits units at scale 2, all of key 0: 1700 + 2 * 2^bits units.
        // Two rows of 2^63 units no longer fit a 64-bit word together (2^64), two of 2^51 fill a
        // packed lane's sum field; 2^40 is the smallest row the fast path refuses.
        var values = Repeat(1.00m, 19);
        values[first] = Units(UInt128.One << bits, 2);
        values[second] = Units(UInt128.One << bits, 2);
        var expected = Units(1700u + (2u * (UInt128.One << bits)), 2);
        var keys = new int[19];
        var totals = new DecimalTotals(keyCount);
        totals.Add<int>(values, keys, "amounts", "keys");
        Assert.Equal(Bits(expected), Bits(totals.KeyTotals[0]));
        Assert.Equal(Bits(expected), Bits(totals.Total));
        Assert.Equal(19, totals.KeyCounts[0]);
        Assert.Equal(19, totals.Count);
        AssertTotals(Plain(keyCount, values, keys), totals);
    }

    [Fact]
    public void A_key_total_that_would_round_sends_the_batch_to_the_plain_loop()
    {
        // Key 0 holds 1e-28 (scale 28); the grand total, 1e10 + 1e-28, was rounded to scale 18.
        // A batch of 16 * 10.00 for key 0 fits the grand total at scale 18 but not key 0's at
        // scale 28 (160 * 10^28 > 2^96): the key's total is what its own loop makes of it, rounded.
        var totals = new DecimalTotals(2);
        totals.Add(0.0000000000000000000000000001m, 0, "amount", "key");
        totals.Add(10_000_000_000m, 1, "amount", "key");
        var values = Repeat(10.00m, 16);
        totals.Add<int>(values, new int[16], "amounts", "keys");

        var key0 = 0.0000000000000000000000000001m;
        var total = 0.0000000000000000000000000001m + 10_000_000_000m;
        foreach (var value in values)
        {
            key0 += value;
            total += value;
        }

        Assert.Equal(160m, totals.KeyTotals[0]);
        Assert.Equal(Bits(key0), Bits(totals.KeyTotals[0]));
        Assert.Equal(Bits(total), Bits(totals.Total));
        Assert.Equal(17, totals.KeyCounts[0]);
        Assert.Equal(18, totals.Count);
    }

    [Fact]
    public void A_grand_total_that_would_round_sends_the_batch_to_the_plain_loop()
    {
        // Key 0 holds 1e-28, so does the grand total (scale 28). A batch of 16 * 10.00 for key 1
        // fits key 1 exactly but would round the grand total (160 * 10^28 > 2^96).
        var totals = new DecimalTotals(2);
        totals.Add(0.0000000000000000000000000001m, 0, "amount", "key");
        var values = Repeat(10.00m, 16);
        var keys = Enumerable.Repeat(1, 16).ToArray();
        totals.Add<int>(values, keys, "amounts", "keys");

        var total = 0.0000000000000000000000000001m;
        foreach (var value in values)
        {
            total += value;
        }

        Assert.Equal(160m, totals.Total);
        Assert.Equal(Bits(total), Bits(totals.Total));
        Assert.Equal(Bits(160.00m), Bits(totals.KeyTotals[1]));
        Assert.Equal(Bits(0.0000000000000000000000000001m), Bits(totals.KeyTotals[0]));
        Assert.Equal(17, totals.Count);
    }
}
