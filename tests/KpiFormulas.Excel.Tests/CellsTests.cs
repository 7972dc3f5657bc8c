using System;
using System.Reflection;
using ExcelDna.Integration;
using KpiFormulas.Excel.Tests.Support;
using Xunit;
using static KpiFormulas.Excel.Tests.Sheet;

namespace KpiFormulas.Excel.Tests;

/// <summary>
/// The cell reader on its own: each rule of docs/excel.md ("How arguments are read") at its edges.
/// Through a function, a calculator often refuses the same value a second time with the same
/// error, so a reader rule that went missing would not show there; here it does. Expected values
/// are worked out by hand from the rules and from Excel's date serials (1 = 1 January 1900,
/// 61 = 1 March 1900, 45 000 = 15 March 2023, 2 958 465 = 31 December 9999).
/// </summary>
public class CellsTests
{
    private static string ErrorOf(Action read) => Assert.Throws<CellException>(read).Error;

    private static string ErrorOf(Func<object?> read) => Assert.Throws<CellException>(() => read()).Error;

    // ---- what a value is ------------------------------------------------------------------------

    [Fact]
    public void Omitted_arguments_are_missing_and_nothing_else_is()
    {
        Assert.True(Cells.IsMissing(Missing.Value));
        Assert.True(Cells.IsMissing(new ExcelMissing()));
        Assert.False(Cells.IsMissing(null));
        Assert.False(Cells.IsMissing(string.Empty));
        Assert.False(Cells.IsMissing(new ExcelEmpty()));
        Assert.False(Cells.IsMissing(0d));
    }

    [Fact]
    public void Empty_cells_are_blank_and_nothing_else_is()
    {
        Assert.True(Cells.IsBlank(null));
        Assert.True(Cells.IsBlank(DBNull.Value));
        Assert.True(Cells.IsBlank(string.Empty));
        Assert.True(Cells.IsBlank(new ExcelEmpty()));
        Assert.False(Cells.IsBlank(" "));
        Assert.False(Cells.IsBlank(0d));
        Assert.False(Cells.IsBlank(false));
        Assert.False(Cells.IsBlank(Missing.Value));
        Assert.False(Cells.IsBlank(new ExcelMissing()));
    }

    [Fact]
    public void Nothing_is_a_blank_cell_or_an_omitted_argument()
    {
        Assert.True(Cells.IsNothing(null));
        Assert.True(Cells.IsNothing(Missing.Value));
        Assert.True(Cells.IsNothing(new ExcelEmpty()));
        Assert.False(Cells.IsNothing("x"));
        Assert.False(Cells.IsNothing(0d));
    }

    [Fact]
    public void A_range_of_numbers_skips_nothing_booleans_and_text_but_never_an_error()
    {
        Assert.True(Cells.IsIgnored(null, RangeOf.Numbers));
        Assert.True(Cells.IsIgnored(Missing.Value, RangeOf.Numbers));
        Assert.True(Cells.IsIgnored(true, RangeOf.Numbers));
        Assert.True(Cells.IsIgnored("abc", RangeOf.Numbers));
        Assert.True(Cells.IsIgnored("3", RangeOf.Numbers));
        Assert.False(Cells.IsIgnored("#N/A", RangeOf.Numbers));
        Assert.False(Cells.IsIgnored(3d, RangeOf.Numbers));
    }

    [Fact]
    public void A_range_of_text_skips_nothing_and_booleans_but_keeps_text_and_numbers()
    {
        Assert.True(Cells.IsIgnored(new ExcelEmpty(), RangeOf.Text));
        Assert.True(Cells.IsIgnored(false, RangeOf.Text));
        Assert.False(Cells.IsIgnored("abc", RangeOf.Text));
        Assert.False(Cells.IsIgnored("3", RangeOf.Text));
        Assert.False(Cells.IsIgnored(3d, RangeOf.Text));
    }

    [Fact]
    public void A_single_value_is_the_one_cell_of_a_one_cell_range_and_a_larger_range_is_VALUE()
    {
        Assert.Equal(5d, Cells.Single(new object?[,] { { 5d } }));
        var oneBased = (object?[,])Array.CreateInstance(typeof(object), [1, 1], [1, 1]);
        oneBased[1, 1] = 6d;
        Assert.Equal(6d, Cells.Single(oneBased));
        Assert.Equal(7d, Cells.Single(new object[] { 7d }));
        var oneBasedList = Array.CreateInstance(typeof(double), [1], [1]);
        oneBasedList.SetValue(8d, 1);
        Assert.Equal(8d, Cells.Single(oneBasedList));
        Assert.Equal("x", Cells.Single("x"));
        Assert.Null(Cells.Single(null));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Single(new object?[,] { { 1d, 2d } })));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Single(new object[] { 1d, 2d })));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Single(new object[1, 1, 1])));
    }

    // ---- numbers --------------------------------------------------------------------------------

    [Fact]
    public void A_required_number_reads_every_numeric_type_blank_as_zero_and_refuses_the_rest()
    {
        Assert.Equal(0m, Cells.Number(null));
        Assert.Equal(0m, Cells.Number(new ExcelEmpty()));
        Assert.Equal(1m, Cells.Number(true));
        Assert.Equal(0m, Cells.Number(false));
        Assert.Equal(0.125m, Cells.Number(" 12.5% "));
        Assert.Equal(3m, Cells.Number(3f));
        Assert.Equal(4m, Cells.Number(4));
        Assert.Equal(5m, Cells.Number(5L));
        Assert.Equal(6m, Cells.Number((short)6));
        Assert.Equal(7m, Cells.Number((byte)7));
        Assert.Equal(-8m, Cells.Number((sbyte)-8));
        Assert.Equal(9m, Cells.Number(9u));
        Assert.Equal(10m, Cells.Number(10ul));
        Assert.Equal(11m, Cells.Number((ushort)11));
        Assert.Equal(12.5m, Cells.Number(12.5m));
        Assert.Equal(0.3m, Cells.Number(0.1 + 0.2));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Number(Missing.Value)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Number(new ExcelMissing())));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Number("abc")));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Number(new DateTime(2026, 3, 1))));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Number(new object())));
        Assert.Equal(WorksheetErrors.NotAvailable, ErrorOf(() => Cells.Number("#N/A")));
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.Number(new object?[,] { { "#NUM!" } })));
    }

    [Fact]
    public void An_optional_number_gives_its_fallback_only_for_nothing()
    {
        Assert.Equal(7m, Cells.NumberOr(Missing.Value, 7m));
        Assert.Equal(7m, Cells.NumberOr(null, 7m));
        Assert.Equal(7m, Cells.NumberOr(new object?[,] { { null } }, 7m));
        Assert.Equal(0m, Cells.NumberOr(0d, 7m));
        Assert.Equal(2m, Cells.NumberOr("2", 7m));
        Assert.Equal(WorksheetErrors.DivisionByZero, ErrorOf(() => Cells.NumberOr("#DIV/0!", 7m)));
    }

    [Theory]
    [InlineData("3", "3")]
    [InlineData("12", "12")]
    [InlineData(" 3 ", "3")]
    [InlineData("\t-1.5e2\t", "-150")]
    [InlineData("+3", "3")]
    [InlineData("-.25", "-0.25")]
    [InlineData(".25", "0.25")]
    [InlineData("5.", "5")]
    [InlineData("12.25", "12.25")]
    [InlineData("1E3", "1000")]
    [InlineData("1e3", "1000")]
    [InlineData("2e-1", "0.2")]
    [InlineData("2e+1", "20")]
    [InlineData("12.5%", "0.125")]
    [InlineData("12.5 %", "0.125")]
    [InlineData(" 50 % ", "0.5")]
    public void Numeric_text_is_read_in_the_invariant_form(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Cells.NumberOfText(text));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1,5")]
    [InlineData("1 000")]
    [InlineData("$5")]
    [InlineData("abc 5")]
    [InlineData("5 abc")]
    [InlineData("x5")]
    [InlineData("5x")]
    [InlineData("5%%")]
    [InlineData("%5")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1e5.5")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("--5")]
    [InlineData("+-5")]
    [InlineData("1.2.3")]
    [InlineData("0x10")]
    [InlineData("\u0663")] // ARABIC-INDIC DIGIT THREE: a digit to \d, not to [0-9]
    public void Other_text_is_no_number(string text) => Assert.Null(Cells.NumberOfText(text));

    [Fact]
    public void A_double_is_read_as_the_decimal_Excel_shows_and_beyond_decimal_is_NUM()
    {
        Assert.Equal(0.3m, Cells.FromDouble(0.1 + 0.2));
        Assert.Equal(-2.5m, Cells.FromDouble(-2.5));
        Assert.Equal(7.8e28m, Cells.FromDouble(7.8e28));
        Assert.Equal(-7.8e28m, Cells.FromDouble(-7.8e28));
        foreach (var beyond in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 8e28, -8e28, double.MaxValue })
        {
            Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.FromDouble(beyond)));
        }
    }

    [Fact]
    public void A_count_is_whole_not_negative_and_fits_a_long()
    {
        Assert.Equal(0L, Cells.Count(0d));
        Assert.Equal(3L, Cells.Count("3"));
        Assert.Equal(long.MaxValue, Cells.Count(9_223_372_036_854_775_807m));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Count(-1d)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Count(2.5)));
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.Count(9_223_372_036_854_775_808m)));
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.Count(1e19)));
    }

    [Fact]
    public void A_whole_number_may_be_negative_down_to_the_smallest_long()
    {
        Assert.Equal(-3L, Cells.WholeNumber(-3d));
        Assert.Equal(long.MinValue, Cells.WholeNumber(-9_223_372_036_854_775_808m));
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.WholeNumber(-9_223_372_036_854_775_809m)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.WholeNumber(-0.5)));
    }

    [Fact]
    public void An_optional_count_gives_its_fallback_only_for_nothing()
    {
        Assert.Equal(4L, Cells.CountOr(Missing.Value, 4));
        Assert.Equal(4L, Cells.CountOr(new object?[,] { { null } }, 4));
        Assert.Equal(0L, Cells.CountOr(0d, 4));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.CountOr(-1d, 4)));
    }

    [Fact]
    public void Amounts_are_not_negative_and_in_no_currency()
    {
        Assert.Equal(0m, Cells.NotNegative(0d));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.NotNegative(-0.01)));
        Assert.Equal(new Money(12.5m, Currency.XXX), Cells.Amount(12.5));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Amount(-1d)));
        Assert.Equal(new Money(-3m, Currency.XXX), Cells.SignedAmount(-3d));
    }

    [Fact]
    public void An_optional_amount_gives_its_fallback_only_for_nothing_and_is_not_negative()
    {
        Assert.Equal(new Money(5m, Currency.XXX), Cells.AmountOr(Missing.Value, 5m));
        Assert.Equal(new Money(5m, Currency.XXX), Cells.AmountOr(null, 5m));
        Assert.Equal(new Money(0m, Currency.XXX), Cells.AmountOr(0d, 5m));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.AmountOr(-1d, 5m)));
    }

    [Fact]
    public void A_proportion_is_within_0_and_1()
    {
        Assert.Equal(0m, Cells.Proportion(0d).Fraction);
        Assert.Equal(1m, Cells.Proportion(1d).Fraction);
        Assert.Equal(0.25m, Cells.Proportion("25%").Fraction);
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.Proportion(-0.01)));
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.Proportion(1.01)));
        Assert.Equal(-0.5m, Cells.Rate(-0.5).Fraction);
    }

    // ---- durations and dates --------------------------------------------------------------------

    [Fact]
    public void Durations_are_read_to_the_millisecond()
    {
        Assert.Equal(TimeSpan.FromMinutes(45), Cells.Days(0.03125));
        Assert.Equal(TimeSpan.FromHours(36), Cells.Days(1.5));
        Assert.Equal(TimeSpan.FromHours(50), Cells.Hours(50d, allowNegative: false));
        Assert.Equal(TimeSpan.FromHours(-2), Cells.Hours(-2d, allowNegative: true));

        // 0.00000015 h is 0.54 ms, read as 1 ms; 0.0000001 h is 0.36 ms, read as 0.
        Assert.Equal(TimeSpan.FromMilliseconds(1), Cells.Hours(0.00000015m, allowNegative: false));
        Assert.Equal(TimeSpan.Zero, Cells.Hours(0.0000001m, allowNegative: false));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Hours(-2d, allowNegative: false)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Days(-1d)));
    }

    [Fact]
    public void A_duration_reaches_the_longest_TimeSpan_to_the_millisecond_and_no_further()
    {
        // TimeSpan.MaxValue is long.MaxValue ticks: 922 337 203 685 477.5807 ms, so 922 337 203 685 477
        // whole milliseconds; the hours below are those milliseconds (and one more) over 3 600 000.
        const long limit = 922_337_203_685_477;
        var longest = TimeSpan.FromTicks(limit * TimeSpan.TicksPerMillisecond);
        Assert.Equal(longest, Cells.Hours(limit / 3_600_000m, allowNegative: false));
        Assert.Equal(-longest, Cells.Hours(-limit / 3_600_000m, allowNegative: true));
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.Hours((limit + 1) / 3_600_000m, allowNegative: false)));
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.Hours(-(limit + 1) / 3_600_000m, allowNegative: true)));
    }

    [Fact]
    public void Date_objects_and_ISO_text_are_read_as_they_are()
    {
        var noon = new DateTime(2026, 3, 1, 12, 30, 0, DateTimeKind.Unspecified);
        Assert.Equal(noon, Cells.Date(noon));
        Assert.Equal(new DateTime(2026, 3, 1), Cells.Date(new DateOnly(2026, 3, 1)));
        Assert.Equal(new DateTime(2026, 3, 1), Cells.Date("2026-03-01"));
        Assert.Equal(new DateTime(2026, 3, 1), Cells.Date(" 2026-03-01 "));
        Assert.Equal(new DateTime(2023, 3, 15), Cells.Date("45000"));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Date("2026-3-1")));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Date("1 March 2026")));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Date(true)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Date(null)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Date(Missing.Value)));
        Assert.Equal(WorksheetErrors.NotAvailable, ErrorOf(() => Cells.Date("#N/A")));
    }

    [Fact]
    public void Serials_count_Excels_29_February_1900_and_stop_at_9999()
    {
        Assert.Equal(new DateTime(1900, 1, 1), Cells.Date(1d));
        Assert.Equal(new DateTime(1900, 2, 28), Cells.Date(59d));
        Assert.Equal(new DateTime(1900, 2, 28, 12, 0, 0), Cells.Date(59.5));
        Assert.Equal(new DateTime(1900, 3, 1), Cells.Date(61d));
        Assert.Equal(new DateTime(2023, 3, 15, 6, 0, 0), Cells.Date(45000.25));
        Assert.Equal(new DateTime(9999, 12, 31), Cells.Date(2958465d));

        // 0.99999999 of a day is 86 399 999.136 ms, read as 23:59:59.999.
        Assert.Equal(new DateTime(9999, 12, 31, 23, 59, 59, 999), Cells.Date(2958465.99999999));
        foreach (var outside in new[] { 0d, 0.5, 60d, 60.5, 2958466d, -1d })
        {
            Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.Date(outside)));
        }

        Assert.Equal(new DateOnly(2023, 3, 15), Cells.Day(45000.75));
    }

    // ---- text -----------------------------------------------------------------------------------

    [Fact]
    public void Text_is_text_or_a_number_in_invariant_form_whatever_the_culture()
    {
        using var culture = new CultureScope("de-DE");
        Assert.Equal("abc", Cells.Text("abc"));
        Assert.Equal("1.5", Cells.Text(1.5));
        Assert.Equal("1234567.5", Cells.Text(1234567.5));
        Assert.Equal("42", Cells.Text(new object?[,] { { 42d } }));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Text(true)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Text(null)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Text(Missing.Value)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Text(new object())));
        Assert.Equal("#REF!", ErrorOf(() => Cells.Text("#REF!")));
    }

    [Fact]
    public void Blank_cells_of_every_kind_are_no_text()
    {
        // An empty string is a blank cell, not empty text: a required text argument left blank is #VALUE!.
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Text(string.Empty)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Text(DBNull.Value)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Text(new ExcelEmpty())));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Text(new object?[,] { { string.Empty } })));
    }

    [Fact]
    public void Optional_text_is_null_only_for_nothing()
    {
        Assert.Null(Cells.TextOrNull(Missing.Value));
        Assert.Null(Cells.TextOrNull(null));
        Assert.Null(Cells.TextOrNull(new object?[,] { { string.Empty } }));
        Assert.Equal("a", Cells.TextOrNull("a"));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.TextOrNull(false)));
    }

    // ---- ranges ---------------------------------------------------------------------------------

    [Fact]
    public void A_range_is_read_row_by_row_with_its_shape()
    {
        Assert.Equal(new object?[] { 1d, 2d, 3d, 4d, 5d, 6d }, Cells.Cells1D(new object?[,] { { 1d, 2d, 3d }, { 4d, 5d, 6d } }, out var rows, out var columns));
        Assert.Equal((2, 3), (rows, columns));

        var oneBased = (object?[,])Array.CreateInstance(typeof(object), [2, 2], [1, 1]);
        oneBased[1, 1] = "a";
        oneBased[1, 2] = "b";
        oneBased[2, 1] = "c";
        oneBased[2, 2] = "d";
        Assert.Equal(new object?[] { "a", "b", "c", "d" }, Cells.Cells1D(oneBased, out rows, out columns));
        Assert.Equal((2, 2), (rows, columns));

        Assert.Equal(new object?[] { 1d, 2d, 3d }, Cells.Cells1D(new[] { 1d, 2d, 3d }, out rows, out columns));
        Assert.Equal((3, 1), (rows, columns));

        Assert.Equal(new object?[] { 5d }, Cells.Cells1D(5d, out rows, out columns));
        Assert.Equal((1, 1), (rows, columns));

        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Cells1D(new object[1, 1, 1], out _, out _)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Cells1D(Missing.Value, out _, out _)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Cells1D(new ExcelMissing(), out _, out _)));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Cells1D(null, out _, out _)));
    }

    [Fact]
    public void A_list_skips_what_its_range_ignores_and_passes_errors_on()
    {
        Assert.Equal([1m, 2m], Cells.List(Column(1d, null, "x", true, 2d), RangeOf.Numbers, Cells.Number));
        Assert.Equal(["a", "3"], Cells.List(Column("a", 3d, true, null), RangeOf.Text, Cells.Text));
        Assert.Equal([5m], Cells.List(5d, RangeOf.Numbers, Cells.Number));
        Assert.Equal(WorksheetErrors.NotAvailable, ErrorOf(() => Cells.List(Column(1d, "#N/A"), RangeOf.Numbers, Cells.Number)));
        Assert.Equal(WorksheetErrors.NotAvailable, ErrorOf(() => Cells.List(Column("#N/A"), RangeOf.Text, Cells.Text)));
    }

    [Fact]
    public void A_list_passes_errors_on_even_when_its_reader_would_take_them_as_text()
    {
        // The list itself refuses an error cell: a reader that keeps any text must never see one.
        Assert.Equal(WorksheetErrors.DivisionByZero, ErrorOf(() => Cells.List(Column("a", "#DIV/0!"), RangeOf.Text, cell => cell?.ToString())));
        Assert.Equal(WorksheetErrors.Name, ErrorOf(() => Cells.List(Column(1d, "#NAME?", 2d), RangeOf.Numbers, cell => cell)));
        Assert.Equal(WorksheetErrors.NotAvailable, ErrorOf(() => Cells.List(ExcelError.ExcelErrorNA, RangeOf.Text, cell => cell)));
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(1d)]
    [InlineData(-0.5d)]
    [InlineData(1.5d)]
    public void A_proportion_that_must_lie_strictly_between_0_and_1_refuses_both_ends(double fraction)
    {
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.OpenProportion(fraction)));
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => Cells.OpenProportionOr(fraction, 0.95m)));
    }

    [Fact]
    public void A_proportion_just_inside_its_ends_or_left_blank_is_read()
    {
        Assert.Equal(0.0001m, Cells.OpenProportion(0.0001).Fraction);
        Assert.Equal(0.9999m, Cells.OpenProportion(0.9999).Fraction);
        Assert.Equal(0.95m, Cells.OpenProportionOr(null, 0.95m).Fraction);
        Assert.Equal(0.9m, Cells.OpenProportionOr(Missing.Value, 0.9m).Fraction);
    }

    [Fact]
    public void Pairs_need_two_ranges_of_one_shape()
    {
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => NumberPairs(Row(1d, 2d), Row(1d, 2d, 3d))));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => NumberPairs(Column(1d, 2d), Column(1d, 2d, 3d))));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => NumberPairs(Column(1d, 2d), Row(1d, 2d))));
    }

    [Fact]
    public void Pairs_skip_a_position_empty_on_both_sides_and_refuse_one_empty_on_one_side()
    {
        var (first, second) = NumberPairs(Column(1d, null, 3d), Column(10d, null, 30d));
        Assert.Equal([1m, 3m], first);
        Assert.Equal([10m, 30m], second);
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => NumberPairs(Column(1d, 2d), Column(10d, null))));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => NumberPairs(Column(1d, null), Column(10d, 20d))));
    }

    [Fact]
    public void Pairs_pass_on_the_first_error_in_reading_order_left_before_right()
    {
        Assert.Equal(WorksheetErrors.NotAvailable, ErrorOf(() => NumberPairs(Column(1d, "#N/A"), Column(1d, 2d))));
        Assert.Equal(WorksheetErrors.DivisionByZero, ErrorOf(() => NumberPairs(Column(1d, 2d), Column(1d, "#DIV/0!"))));
        Assert.Equal(WorksheetErrors.NotAvailable, ErrorOf(() => NumberPairs(Column("#N/A"), Column("#DIV/0!"))));
        Assert.Equal(WorksheetErrors.Number, ErrorOf(() => NumberPairs(Column(new object?[] { null }), Column("#NUM!"))));
    }

    [Fact]
    public void A_pair_given_as_single_values_reads_them_as_direct_arguments()
    {
        // Numeric text and TRUE/FALSE are numbers in a direct argument, ignored in a range.
        var (first, second) = NumberPairs("3", 4d);
        Assert.Equal([3m], first);
        Assert.Equal([4m], second);
        (first, second) = NumberPairs(4d, true);
        Assert.Equal([4m], first);
        Assert.Equal([1m], second);
        (first, second) = NumberPairs(new ExcelEmpty(), DBNull.Value);
        Assert.Empty(first);
        Assert.Empty(second);
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => NumberPairs(Column("3"), Column(4d))));
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => NumberPairs(Column(4d), Column("3"))));
    }

    [Fact]
    public void Pairs_read_each_side_with_its_own_content()
    {
        var (names, counts) = Cells.Pairs(Column("a", 5d), RangeOf.Text, Cells.Text, Column(1d, 2d), RangeOf.Numbers, Cells.Count);
        Assert.Equal(["a", "5"], names);
        Assert.Equal([1L, 2L], counts);
        var (values, labels) = Cells.Pairs(Column(1d, 2d), RangeOf.Numbers, Cells.Count, Column("a", 5d), RangeOf.Text, Cells.Text);
        Assert.Equal([1L, 2L], values);
        Assert.Equal(["a", "5"], labels);
    }

    private static (System.Collections.Generic.List<decimal> First, System.Collections.Generic.List<decimal> Second) NumberPairs(object? first, object? second) =>
        Cells.Pairs(first, RangeOf.Numbers, Cells.Number, second, RangeOf.Numbers, Cells.Number);

    [Fact]
    public void A_table_is_the_range_itself_or_one_column_of_a_list()
    {
        var range = new object?[,] { { 1d, 2d } };
        Assert.Same(range, Cells.Table(range));

        var column = Cells.Table(new object?[] { 1d, 2d, 3d });
        Assert.Equal((3, 1), (column.GetLength(0), column.GetLength(1)));
        Assert.Equal([1d, 2d, 3d], new[] { column[0, 0], column[1, 0], column[2, 0] });

        var single = Cells.Table(5d);
        Assert.Equal((1, 1), (single.GetLength(0), single.GetLength(1)));
        Assert.Equal(5d, single[0, 0]);
        Assert.Equal(WorksheetErrors.Value, ErrorOf(() => Cells.Table(Missing.Value)));
    }

    // ---- results --------------------------------------------------------------------------------

    [Fact]
    public void Results_are_the_nearest_double_in_Excels_units()
    {
        Assert.Equal(0.1, Cells.ToDouble(0.1m));
        Assert.Equal(0.03125, Cells.ToDays(TimeSpan.FromMinutes(45)));
        Assert.Equal(1.5, Cells.ToDays(TimeSpan.FromHours(36)));
        Assert.Equal(2.5, Cells.ToHours(TimeSpan.FromMinutes(150)));
        Assert.Equal(775d / 60d, Cells.ToHours(TimeSpan.FromMinutes(775)), 12);
    }
}
