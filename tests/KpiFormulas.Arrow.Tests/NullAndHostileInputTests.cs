using System;
using System.Linq;
using Apache.Arrow;
using Apache.Arrow.Types;
using KpiFormulas.Aggregation;
using Xunit;

namespace KpiFormulas.Arrow.Tests;

/// <summary>Nulls are refused or skipped as asked; a batch an accumulator cannot read exactly gives an exception naming the column and the row.</summary>
public class NullAndHostileInputTests
{
    private static readonly RevenueColumns Orders = new("amount", "channel");

    public static TheoryData<long?[], byte?[]> NullPatterns => new()
    {
        { [100, 200, 300], [0, 1, 0] },                            // no null
        { [100, null, 300], [0, 1, 0] },                           // in the amounts
        { [100, 200, 300], [null, 1, 0] },                         // in the keys
        { [null, 200, 300], [0, 1, null] },                        // in both, other rows
        { [100, null, 300], [0, null, 0] },                        // in both, same row
        { [null, null, null], [0, 1, 0] },                         // all amounts
        { [], [] },                                                // no row
    };

    [Theory]
    [MemberData(nameof(NullPatterns))]
    public void Skip_adds_exactly_the_rows_without_a_null(long?[] cents, byte?[] keys)
    {
        var kept = cents.Zip(keys).Where(row => row.First.HasValue && row.Second.HasValue).ToArray();
        var expected = new RevenueAccumulator(Currency.EUR, 2);
        expected.AddMinorUnits(kept.Select(row => row.First!.Value).ToArray(), kept.Select(row => row.Second!.Value).ToArray());

        var actual = new RevenueAccumulator(Currency.EUR, 2);
        actual.Add(Arrays.Batch(("amount", Arrays.Int64(cents)), ("channel", Arrays.UInt8(keys))), Orders, NullRows.Skip);

        Same.Revenue(expected, actual);
    }

    [Theory]
    [MemberData(nameof(NullPatterns))]
    public void Refuse_names_the_first_null_and_adds_nothing(long?[] cents, byte?[] keys)
    {
        var accumulator = new RevenueAccumulator(Currency.EUR, 2);
        var batch = Arrays.Batch(("amount", Arrays.Int64(cents)), ("channel", Arrays.UInt8(keys)));
        var firstNullAmount = System.Array.FindIndex(cents, c => c is null);
        var firstNullKey = System.Array.FindIndex(keys, k => k is null);
        if (firstNullAmount < 0 && firstNullKey < 0)
        {
            accumulator.Add(batch, Orders);
            Assert.Equal(cents.Length, accumulator.Result().Total.Orders);
            return;
        }

        var error = Assert.Throws<ArgumentException>(() => accumulator.Add(batch, Orders));
        Assert.Equal("batch", error.ParamName);
        var (column, row) = firstNullAmount >= 0 ? ("amount", firstNullAmount) : ("channel", firstNullKey); // the amount column is checked first
        Assert.StartsWith($"Column '{column}', row {row} of the record batch: the value is null.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, accumulator.Result().Total.Orders);
    }

    [Fact]
    public void Skip_on_decimals_and_dates_leaves_out_the_null_rows_whose_slots_hold_anything()
    {
        var amounts = Arrays.Decimal128(18, 2, [1.50m, null, 2.25m]);
        var expected = new RevenueAccumulator(Currency.EUR);
        expected.Add([1.50m, 2.25m]);
        var actual = new RevenueAccumulator(Currency.EUR);
        actual.Add(Arrays.Batch(("amount", amounts)), new RevenueColumns("amount"), NullRows.Skip);
        Same.Revenue(expected, actual);

        var cohorts = new CohortRetentionAccumulator(2, Period.Month(2026, 1), 2);
        cohorts.Add([1], [new DateOnly(2026, 2, 3)]);
        var fromArrow = new CohortRetentionAccumulator(2, Period.Month(2026, 1), 2);
        fromArrow.Add(Arrays.Batch(("customer", Arrays.Int32([0, 1, null])), ("date", Arrays.Date32([null, new DateOnly(2026, 2, 3), new DateOnly(2026, 1, 9)]))), new CohortRetentionColumns("customer", "date"), NullRows.Skip);
        Same.State(cohorts, fromArrow);
    }

    [Fact]
    public void A_missing_column_is_named_with_the_columns_the_batch_has()
    {
        var error = Assert.Throws<ArgumentException>(() => new RevenueAccumulator(Currency.EUR).Add(Arrays.Batch(("amount_cents", Arrays.Int64([1]))), new RevenueColumns("amount")));
        Assert.Equal("batch", error.ParamName);
        Assert.StartsWith("The record batch has no column 'amount' (its columns: 'amount_cents').", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_the_wrong_type_is_refused_with_the_types_accepted()
    {
        var text = new StringArray.Builder().Append("12.50").Build();
        var error = Assert.Throws<ArgumentException>(() => new RevenueAccumulator(Currency.EUR).Add(Arrays.Batch(("amount", text)), new RevenueColumns("amount")));
        Assert.StartsWith("Column 'amount' of the record batch is utf8; it must be Int64 (minor units) or Decimal128", error.Message, StringComparison.Ordinal);

        var doubles = new DoubleArray.Builder().Append(12.5).Build();
        Assert.Throws<ArgumentException>(() => new RevenueAccumulator(Currency.EUR).Add(Arrays.Batch(("amount", doubles)), new RevenueColumns("amount")));

        var dateAsKey = Arrays.Date32([new DateOnly(2026, 1, 1)]);
        var keyError = Assert.Throws<ArgumentException>(() => new RevenueAccumulator(Currency.EUR, 2).Add(Arrays.Batch(("amount", Arrays.Int64([1])), ("channel", dateAsKey)), Orders));
        Assert.Contains("Column 'channel' of the record batch is date32", keyError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_above_28_is_refused_for_the_whole_column()
    {
        var scale38 = new Decimal128Array.Builder(new Decimal128Type(38, 38)).Append(0.5m).Build();
        var error = Assert.Throws<ArgumentException>(() => new RevenueAccumulator(Currency.EUR).Add(Arrays.Batch(("amount", scale38)), new RevenueColumns("amount")));
        Assert.StartsWith("Column 'amount' of the record batch is decimal(38, 38): a decimal holds a scale from 0 to 28 exactly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_precision_38_value_beyond_96_bits_is_refused_with_its_row()
    {
        // 10^29 (a 30-digit integer) is above decimal's largest mantissa, 2^96 - 1 = 79 228 162 514 264 337 593 543 950 335.
        var big = new Decimal128Array.Builder(new Decimal128Type(38, 0)).Append(1m).Append("100000000000000000000000000000").Build();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RevenueAccumulator(Currency.EUR).Add(Arrays.Batch(("amount", big)), new RevenueColumns("amount")));
        Assert.StartsWith("Column 'amount', row 1 of the record batch: the value is beyond the 96-bit range of a decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_dictionary_indices_are_refused_as_keys_out_of_range()
    {
        var channel = Arrays.Dictionary(Arrays.Int8([0, 1, -1]), "web", "shop");
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RevenueAccumulator(Currency.EUR, 2).Add(Arrays.Batch(("amount", Arrays.Int64([1, 2, 3])), ("channel", channel)), Orders));
        Assert.Equal("batch", error.ParamName);
        Assert.Equal(-1, Convert.ToInt32(error.ActualValue, System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("Column 'channel', row 2 of the record batch: The index must be between 0 and 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_row_past_the_first_chunk_is_reported_at_its_row_in_the_batch()
    {
        // 100 000 rows: the batch is read 65 536 rows at a time, so row 70 000 is row 4 464 of the second chunk.
        var keys = Enumerable.Repeat((int?)1, 100_000).ToArray();
        keys[70_000] = 7;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RevenueAccumulator(Currency.EUR, 2).Add(Arrays.Batch(("amount", Arrays.Int64(Enumerable.Repeat((long?)5, 100_000))), ("channel", Arrays.Int32(keys))), Orders));
        Assert.StartsWith("Column 'channel', row 70000 of the record batch: The index must be between 0 and 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_shorter_than_its_batch_is_refused()
    {
        var schema = new Schema.Builder().Field(f => f.Name("amount").DataType(Int64Type.Default)).Field(f => f.Name("channel").DataType(UInt8Type.Default)).Build();
        var batch = new RecordBatch(schema, [Arrays.Int64([1, 2, 3]), Arrays.UInt8([0, 1])], 3);
        var error = Assert.Throws<ArgumentException>(() => new RevenueAccumulator(Currency.EUR, 2).Add(batch, Orders));
        Assert.StartsWith("Column 'channel' of the record batch has 2 values; the record batch has 3 rows.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_beyond_int_and_a_date_beyond_the_year_9999_are_refused_with_their_row()
    {
        var columns = new CohortRetentionColumns("customer", "date");
        var wideId = Assert.Throws<ArgumentOutOfRangeException>(() => new CohortRetentionAccumulator(2, Period.Month(2026, 1), 1).Add(Arrays.Batch(("customer", Arrays.Int64([0, 5_000_000_000])), ("date", Arrays.Date32([new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)]))), columns));
        Assert.StartsWith("Column 'customer', row 1 of the record batch: the value 5000000000 is outside [-2147483648, 2147483647].", wideId.Message, StringComparison.Ordinal);

        var farDate = new Date32Array(new ArrowBuffer.Builder<int>().Append(20_000).Append(int.MaxValue).Build(), ArrowBuffer.Empty, 2, 0, 0);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CohortRetentionAccumulator(2, Period.Month(2026, 1), 1).Add(Arrays.Batch(("customer", Arrays.Int32([0, 1])), ("date", farDate)), columns));
        Assert.StartsWith("Column 'date', row 1 of the record batch: the date is outside the years 1 to 9999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_window_is_reported_with_its_column_and_row()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CohortRetentionAccumulator(2, Period.Month(2026, 1), 1).Add(Arrays.Batch(("customer", Arrays.Int32([0, 1])), ("date", Arrays.Date32([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)]))), new CohortRetentionColumns("customer", "date")));
        Assert.StartsWith("Column 'date', row 1 of the record batch: The date must be within the accumulator's periods, 2026-01-01 to 2026-01-31; it is 2026-02-01.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var batch = Arrays.Batch(("amount", Arrays.Int64([1])));
        Assert.Equal("batch", Assert.Throws<ArgumentNullException>(() => new RevenueAccumulator(Currency.EUR).Add(null!, new RevenueColumns("amount"))).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentNullException>(() => new RevenueAccumulator(Currency.EUR).Add(batch, null!)).ParamName);
        Assert.Equal("accumulator", Assert.Throws<ArgumentNullException>(() => ((RevenueAccumulator)null!).Add(batch, new RevenueColumns("amount"))).ParamName);
        Assert.Equal("nulls", Assert.Throws<ArgumentOutOfRangeException>(() => new RevenueAccumulator(Currency.EUR).Add(batch, new RevenueColumns("amount"), (NullRows)7)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => new RevenueColumns(" ")).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => new RevenueColumns("amount", "")).ParamName);
        Assert.Throws<InvalidOperationException>(() => new RevenueAccumulator(Currency.EUR, 2).Add(batch, new RevenueColumns("amount")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("+05:00")]
    [InlineData("-05:00")]
    [InlineData("Pacific/Kiritimati")]
    public void Timestamps_at_Int64_limits_are_refused_naming_the_column_and_row(string? zone)
    {
        // Arrow's nanosecond timestamps span years 1677 to 2262, seconds far beyond the years 1 to 9999 a date
        // holds: the extreme counts are refused as out of range, never an overflow, whatever the zone's offset.
        foreach (var unit in new[] { TimeUnit.Second, TimeUnit.Nanosecond })
        {
            foreach (var count in new[] { long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1 })
            {
                var values = new ArrowBuffer.Builder<long>().Append(0).Append(count).Build();
                var at = new TimestampArray(new ArrayData(new TimestampType(unit, zone), 2, 0, 0, [ArrowBuffer.Empty, values]));
                var batch = new RecordBatch(new Schema.Builder().Field(f => f.Name("user").DataType(Int32Type.Default)).Field(f => f.Name("at").DataType(at.Data.DataType)).Build(), [new Int32Array.Builder().Append(0).Append(0).Build(), at], 2);
                var accumulator = new AdoptionAccumulator(1, Period.IsoWeek(2026, 10), 2);

                var error = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(batch, new AdoptionColumns("user", "at")));
                Assert.Equal("batch", error.ParamName);
                Assert.Contains("'at'", error.Message, StringComparison.Ordinal);
            }
        }
    }
}
