using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace KpiFormulas.Excel;

/// <summary>
/// Raised inside the worksheet layer when an argument cannot be used; carries the Excel error to
/// return. <see cref="KpiFunctions"/> catches it at the boundary, so it never reaches a caller.
/// </summary>
internal sealed class CellException : Exception
{
    public CellException(string error)
        : base(error) => Error = error;

    public CellException()
        : this(WorksheetErrors.Value)
    {
    }

    public CellException(string message, Exception innerException)
        : base(message, innerException) => Error = WorksheetErrors.Value;

    /// <summary>The Excel error text to return.</summary>
    public string Error { get; }
}

/// <summary>What the cells of a range hold: numbers (and dates), or text (names and ids).</summary>
internal enum RangeOf
{
    /// <summary>Numbers or dates: text and TRUE/FALSE cells are ignored, as SUM and COUNT ignore them.</summary>
    Numbers,

    /// <summary>Names or ids: numbers are read as their text, TRUE/FALSE cells are ignored.</summary>
    Text,
}

/// <summary>
/// Reads worksheet arguments (what an add-in passes for a cell, a typed value or a range) into the
/// library's exact types, applying the rules of <c>docs/excel.md</c>. A single value is read as
/// Excel's own functions read a direct argument: numbers as Excel shows them (15 significant
/// digits), numeric text as its number, TRUE as 1 and FALSE as 0, a blank cell as 0. Inside a
/// range, blank cells, text and TRUE/FALSE are ignored, as SUM and AVERAGE ignore them. A missing
/// required argument is <c>#VALUE!</c>, and an error in an input is passed on.
/// </summary>
internal static partial class Cells
{
    /// <summary>Excel's largest date serial: 31 December 9999.</summary>
    private const double MaxDateSerial = 2958465.99999999;

    /// <summary>Ticks per millisecond: durations and times are read to the millisecond, Excel's own resolution.</summary>
    private const long TicksPerMillisecond = TimeSpan.TicksPerMillisecond;

    private static readonly DateTime SerialZero = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    private static CellException Fail(string error) => new(error);

    // ---- what a value is ----------------------------------------------------------------------

    /// <summary>An omitted argument: <see cref="System.Reflection.Missing"/> or Excel-DNA's <c>ExcelMissing</c>.</summary>
    internal static bool IsMissing(object? value) =>
        value is Missing || HasTypeName(value, "ExcelMissing");

    /// <summary>An empty cell: null, <see cref="DBNull"/>, an empty string or Excel-DNA's <c>ExcelEmpty</c>.</summary>
    internal static bool IsBlank(object? value) =>
        value is null || value is DBNull || (value is string text && text.Length == 0) || HasTypeName(value, "ExcelEmpty");

    /// <summary>A blank cell or an omitted argument: nothing was given.</summary>
    internal static bool IsNothing(object? value) => IsBlank(value) || IsMissing(value);

    /// <summary>
    /// A cell a range of <paramref name="content"/> skips: nothing, TRUE/FALSE, and for numbers any
    /// text that is not an error (SUM and COUNT skip "3" in a range too). Errors are never ignored.
    /// </summary>
    internal static bool IsIgnored(object? value, RangeOf content) =>
        IsNothing(value)
        || value is bool
        || (content == RangeOf.Numbers && value is string text && WorksheetErrors.Of(text) is null);

    private static bool HasTypeName(object? value, string name) =>
        value is not null && string.Equals(value.GetType().Name, name, StringComparison.Ordinal);

    /// <summary>The single value of a one-cell argument: a 1 x 1 range gives its cell; a larger range is <c>#VALUE!</c>.</summary>
    internal static object? Single(object? value)
    {
        switch (value)
        {
            case object[,] range when range.Length == 1:
                return range[range.GetLowerBound(0), range.GetLowerBound(1)];
            case object[,]:
                throw Fail(WorksheetErrors.Value);
            case Array { Length: 1 } array when array.Rank == 1:
                return array.GetValue(array.GetLowerBound(0));
            case Array:
                throw Fail(WorksheetErrors.Value);
            default:
                return value;
        }
    }

    private static void ThrowIfError(object? value)
    {
        if (WorksheetErrors.Of(value) is { } error)
        {
            throw Fail(error);
        }
    }

    // ---- numbers ------------------------------------------------------------------------------

    /// <summary>A required number: blank is 0 (as in Excel arithmetic); missing, non-numeric text or a date object is <c>#VALUE!</c>.</summary>
    internal static decimal Number(object? value)
    {
        value = Single(value);
        ThrowIfError(value);
        if (IsMissing(value))
        {
            throw Fail(WorksheetErrors.Value);
        }

        return IsBlank(value) ? 0m : NumberOf(value);
    }

    /// <summary>An optional number: missing or blank gives <paramref name="fallback"/>.</summary>
    internal static decimal NumberOr(object? value, decimal fallback)
    {
        value = Single(value);
        ThrowIfError(value);
        return IsNothing(value) ? fallback : NumberOf(value);
    }

    private static decimal NumberOf(object? value) => value switch
    {
        double d => FromDouble(d),
        float f => FromDouble(f),
        decimal m => m,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        uint ui => ui,
        ulong ul => ul,
        ushort us => us,
        bool flag => flag ? 1m : 0m,
        string text => NumberOfText(text) ?? throw Fail(WorksheetErrors.Value),
        _ => throw Fail(WorksheetErrors.Value),
    };

    /// <summary>
    /// The number a text holds, read as Excel reads a number typed as text in a direct argument, but
    /// in the invariant culture only: optional spaces and sign, digits with a '.' decimal point, an
    /// optional exponent and an optional '%' (12.5% is 0.125). Null for any other text, including
    /// "1,5", "1 000" and "$5", whose meaning depends on a locale the add-in does not see.
    /// </summary>
    internal static decimal? NumberOfText(string text)
    {
        var match = NumericText().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = FromDouble(double.Parse(match.Groups["number"].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture));
        return match.Groups["percent"].Success ? number / 100m : number;
    }

    [GeneratedRegex(@"^\s*(?<number>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?)\s*(?<percent>%)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericText();

    /// <summary>
    /// A double as the decimal Excel shows: <c>(decimal)value</c>, which keeps 15 significant digits,
    /// Excel's own display precision, so 0.1 + 0.2 reads as 0.3. NaN, infinities and magnitudes beyond
    /// decimal are <c>#NUM!</c>.
    /// </summary>
    internal static decimal FromDouble(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= 7.9e28)
        {
            throw Fail(WorksheetErrors.Number);
        }

        return (decimal)value;
    }

    /// <summary>A count: a whole number, not negative (<c>#VALUE!</c> otherwise), that fits a long (<c>#NUM!</c> otherwise).</summary>
    internal static long Count(object? value)
    {
        var count = WholeNumber(value);
        return count < 0 ? throw Fail(WorksheetErrors.Value) : count;
    }

    /// <summary>An optional count: missing or blank gives <paramref name="fallback"/>.</summary>
    internal static long CountOr(object? value, long fallback)
    {
        var single = Single(value);
        return IsNothing(single) ? fallback : Count(single);
    }

    /// <summary>A signed whole number (errors avoided may be negative).</summary>
    internal static long WholeNumber(object? value) => ToWhole(Number(value));

    private static long ToWhole(decimal number)
    {
        if (number != decimal.Truncate(number))
        {
            throw Fail(WorksheetErrors.Value);
        }

        return number is < long.MinValue or > long.MaxValue ? throw Fail(WorksheetErrors.Number) : (long)number;
    }

    /// <summary>A number that must not be negative (an amount, a quantity): <c>#VALUE!</c> when negative.</summary>
    internal static decimal NotNegative(object? value)
    {
        var number = Number(value);
        return number < 0m ? throw Fail(WorksheetErrors.Value) : number;
    }

    /// <summary>An amount of money in the sheet's currency, not negative.</summary>
    internal static Money Amount(object? value) => Money(NotNegative(value));

    /// <summary>An optional amount, not negative: missing or blank gives <paramref name="fallback"/>.</summary>
    internal static Money AmountOr(object? value, decimal fallback)
    {
        var amount = NumberOr(value, fallback);
        return amount < 0m ? throw Fail(WorksheetErrors.Value) : Money(amount);
    }

    /// <summary>An amount of money that may be negative (a net saving).</summary>
    internal static Money SignedAmount(object? value) => Money(Number(value));

    /// <summary>
    /// Money in a worksheet has no currency of its own: every amount of one call is in the sheet's
    /// currency, so the library computes in XXX, ISO 4217's "no currency".
    /// </summary>
    internal static Money Money(decimal amount) => new(amount, Currency.XXX);

    /// <summary>A rate as a fraction (0.25 for 25 %), any sign.</summary>
    internal static Rate Rate(object? value) => KpiFormulas.Rate.FromFraction(Number(value));

    /// <summary>A share within [0, 1] (0 % to 100 %): <c>#NUM!</c> outside.</summary>
    internal static Rate Proportion(object? value)
    {
        var fraction = Number(value);
        return fraction is < 0m or > 1m ? throw Fail(WorksheetErrors.Number) : KpiFormulas.Rate.FromFraction(fraction);
    }

    /// <summary>A fraction strictly between 0 and 1 (a confidence level, a margin of error): <c>#NUM!</c> outside.</summary>
    internal static Rate OpenProportion(object? value) => ToOpenProportion(Number(value));

    /// <summary>An optional fraction strictly between 0 and 1, <paramref name="fallback"/> when blank or omitted: <c>#NUM!</c> outside.</summary>
    internal static Rate OpenProportionOr(object? value, decimal fallback) => ToOpenProportion(NumberOr(value, fallback));

    private static Rate ToOpenProportion(decimal fraction) =>
        fraction is <= 0m or >= 1m ? throw Fail(WorksheetErrors.Number) : KpiFormulas.Rate.FromFraction(fraction);

    // ---- durations and dates ------------------------------------------------------------------

    /// <summary>A duration in Excel's time serial (1 = one day, 0:45 = 0.03125), not negative, to the millisecond.</summary>
    internal static TimeSpan Days(object? value) => Duration(NotNegative(value), TimeSpan.TicksPerDay);

    /// <summary>A duration in hours (50 for 50 h), to the millisecond; negative only when <paramref name="allowNegative"/>.</summary>
    internal static TimeSpan Hours(object? value, bool allowNegative)
    {
        var hours = allowNegative ? Number(value) : NotNegative(value);
        return Duration(hours, TimeSpan.TicksPerHour);
    }

    private static TimeSpan Duration(decimal units, long ticksPerUnit)
    {
        var milliseconds = decimal.Round(units * (ticksPerUnit / TicksPerMillisecond), MidpointRounding.AwayFromZero);
        var limit = TimeSpan.MaxValue.Ticks / TicksPerMillisecond;
        return milliseconds > limit || milliseconds < -limit
            ? throw Fail(WorksheetErrors.Number)
            : TimeSpan.FromTicks((long)milliseconds * TicksPerMillisecond);
    }

    /// <summary>
    /// A date (and time) from Excel's date serial (1 = 1 January 1900, with Excel's fictitious
    /// 29 February 1900 at 60 refused), a <see cref="DateTime"/> or <see cref="DateOnly"/> object, numeric
    /// text (read as its serial) or ISO 8601 date text (<c>2026-03-01</c>); read to the millisecond.
    /// Blank, other text and TRUE/FALSE are <c>#VALUE!</c>; a serial outside 1 to 2958465
    /// (31 December 9999) is <c>#NUM!</c>.
    /// </summary>
    internal static DateTime Date(object? value)
    {
        value = Single(value);
        ThrowIfError(value);
        switch (value)
        {
            case DateTime dateTime:
                return dateTime;
            case DateOnly date:
                return date.ToDateTime(TimeOnly.MinValue);
            case string text when DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                return day.ToDateTime(TimeOnly.MinValue);
            case bool:
                // TRUE is serial 1, 1 January 1900, to Excel; no sheet means that by a date.
                throw Fail(WorksheetErrors.Value);
        }

        if (IsNothing(value))
        {
            throw Fail(WorksheetErrors.Value);
        }

        var serial = NumberOf(value);
        if (serial < 1m || serial > (decimal)MaxDateSerial || decimal.Truncate(serial) == 60m)
        {
            throw Fail(WorksheetErrors.Number);
        }

        // Excel counts 29 February 1900, which never existed: serials before it are one day later
        // than OLE automation dates.
        var days = serial < 60m ? serial + 1m : serial;
        var milliseconds = decimal.Round(days * 86_400_000m, MidpointRounding.AwayFromZero);
        return SerialZero.AddTicks((long)milliseconds * TicksPerMillisecond);
    }

    /// <summary>The calendar day of <see cref="Date(object)"/> (the time of day is dropped).</summary>
    internal static DateOnly Day(object? value) => DateOnly.FromDateTime(Date(value));

    // ---- text ---------------------------------------------------------------------------------

    /// <summary>Text, or a number written in invariant form; blank, missing and TRUE/FALSE are <c>#VALUE!</c>.</summary>
    internal static string Text(object? value)
    {
        value = Single(value);
        ThrowIfError(value);
        if (IsNothing(value))
        {
            throw Fail(WorksheetErrors.Value);
        }

        return value switch
        {
            string text => text,
            bool => throw Fail(WorksheetErrors.Value),
            _ => NumberOf(value).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Optional text: missing or blank gives null.</summary>
    internal static string? TextOrNull(object? value)
    {
        var single = Single(value);
        return IsNothing(single) ? null : Text(single);
    }

    // ---- ranges -------------------------------------------------------------------------------

    /// <summary>The cells of a range (or of a single value) in reading order, row by row.</summary>
    internal static object?[] Cells1D(object? range, out int rows, out int columns)
    {
        switch (range)
        {
            case object[,] cells:
                rows = cells.GetLength(0);
                columns = cells.GetLength(1);
                var flat = new object?[cells.Length];
                var i = 0;
                for (var r = cells.GetLowerBound(0); r <= cells.GetUpperBound(0); r++)
                {
                    for (var c = cells.GetLowerBound(1); c <= cells.GetUpperBound(1); c++)
                    {
                        flat[i++] = cells[r, c];
                    }
                }

                return flat;
            case Array array when array.Rank == 1:
                rows = array.Length;
                columns = 1;
                var items = new object?[array.Length];
                Array.Copy(array, items, array.Length);
                return items;
            case Array:
                throw Fail(WorksheetErrors.Value);
            default:
                if (IsMissing(range) || range is null)
                {
                    throw Fail(WorksheetErrors.Value);
                }

                rows = 1;
                columns = 1;
                return [range];
        }
    }

    /// <summary>
    /// The cells of a range read with <paramref name="read"/>, skipping the cells a range of
    /// <paramref name="content"/> ignores (blank cells, TRUE/FALSE, and text among numbers).
    /// </summary>
    internal static List<T> List<T>(object? range, RangeOf content, Func<object?, T> read)
    {
        var cells = Cells1D(range, out _, out _);
        var values = new List<T>(cells.Length);
        foreach (var cell in cells)
        {
            ThrowIfError(cell);
            if (!IsIgnored(cell, content))
            {
                values.Add(read(cell));
            }
        }

        return values;
    }

    /// <summary>
    /// Two arguments of the same shape read position by position (as SUMPRODUCT does): a position
    /// with nothing to read on both sides is skipped, one with nothing on one side only is
    /// <c>#VALUE!</c>, and arguments of different shapes are <c>#VALUE!</c>. An argument given as a
    /// range ignores what a range of its content ignores (text and TRUE/FALSE among numbers); one
    /// given as a single value is read as a direct argument (numeric text and TRUE/FALSE are numbers).
    /// </summary>
    internal static (List<TFirst> First, List<TSecond> Second) Pairs<TFirst, TSecond>(
        object? first, RangeOf firstContent, Func<object?, TFirst> readFirst,
        object? second, RangeOf secondContent, Func<object?, TSecond> readSecond)
    {
        var left = Cells1D(first, out var rows, out var columns);
        var right = Cells1D(second, out var otherRows, out var otherColumns);
        if (rows != otherRows || columns != otherColumns)
        {
            throw Fail(WorksheetErrors.Value);
        }

        var leftIsRange = first is Array;
        var rightIsRange = second is Array;
        var firstValues = new List<TFirst>(left.Length);
        var secondValues = new List<TSecond>(left.Length);
        for (var i = 0; i < left.Length; i++)
        {
            ThrowIfError(left[i]);
            ThrowIfError(right[i]);
            var leftEmpty = leftIsRange ? IsIgnored(left[i], firstContent) : IsNothing(left[i]);
            var rightEmpty = rightIsRange ? IsIgnored(right[i], secondContent) : IsNothing(right[i]);
            if (leftEmpty && rightEmpty)
            {
                continue;
            }

            if (leftEmpty || rightEmpty)
            {
                throw Fail(WorksheetErrors.Value);
            }

            firstValues.Add(readFirst(left[i]));
            secondValues.Add(readSecond(right[i]));
        }

        return (firstValues, secondValues);
    }

    /// <summary>The rows and columns of a range argument (1 x 1 for a single value); <c>#VALUE!</c> for a missing one.</summary>
    internal static object?[,] Table(object? range)
    {
        switch (range)
        {
            case object[,] cells:
                return cells;
            default:
                var flat = Cells1D(range, out var rows, out var columns);
                var table = new object?[rows, columns];
                for (var i = 0; i < flat.Length; i++)
                {
                    table[i / columns, i % columns] = flat[i];
                }

                return table;
        }
    }

    // ---- results ------------------------------------------------------------------------------

    /// <summary>A decimal result as the double Excel stores (the nearest double).</summary>
    internal static double ToDouble(decimal value) => (double)value;

    /// <summary>A duration as Excel's time serial: days, with fractions (0:45 is 0.03125).</summary>
    internal static double ToDays(TimeSpan duration) => (double)((decimal)duration.Ticks / TimeSpan.TicksPerDay);

    /// <summary>A duration in hours (12:55 is 12.9166...).</summary>
    internal static double ToHours(TimeSpan duration) => (double)((decimal)duration.Ticks / TimeSpan.TicksPerHour);
}
