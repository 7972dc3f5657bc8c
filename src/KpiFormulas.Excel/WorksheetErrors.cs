using System;

namespace KpiFormulas.Excel;

/// <summary>
/// The Excel error values the worksheet functions return, as the exact text Excel shows. An add-in
/// turns these strings into real error values (Excel-DNA's <c>ExcelError</c>) before handing them to
/// Excel; see <c>docs/excel.md</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="DivisionByZero"/>: the KPI is undefined because a denominator is zero (no leads,
/// no orders, no answers...), and every other undefined result that no other error describes better.</item>
/// <item><see cref="Value"/>: an argument of the wrong kind (text that is no number where a number is
/// needed, TRUE/FALSE where a date or a word is needed, a range where one value is needed, a required
/// argument left out) or one the KPI's rules refuse (a negative count or amount, a part above its
/// whole, ranges of different sizes).</item>
/// <item><see cref="Number"/>: a number outside what the function can take or return (NaN, infinity,
/// beyond the range of decimal, a rate above 100 % where a share is needed, an answer outside its
/// scale), an investment that is never paid back (as Excel's NPER does), sales that never break
/// even (a contribution margin of zero or less) and cash flows without a rate of return (as Excel's
/// IRR and XIRR do).</item>
/// <item><see cref="NotAvailable"/>: a lookup with no answer (a cohort cell the data does not reach
/// yet, a funnel step beyond the last stage).</item>
/// </list>
/// </remarks>
public static class WorksheetErrors
{
    /// <summary><c>#DIV/0!</c>: undefined because of a zero denominator.</summary>
    public const string DivisionByZero = "#DIV/0!";

    /// <summary><c>#VALUE!</c>: an argument of the wrong kind, or one the KPI's rules refuse.</summary>
    public const string Value = "#VALUE!";

    /// <summary><c>#NUM!</c>: a number out of range, or no solution (never paid back).</summary>
    public const string Number = "#NUM!";

    /// <summary><c>#N/A</c>: a lookup with no answer.</summary>
    public const string NotAvailable = "#N/A";

    /// <summary><c>#NAME?</c>: only ever passed through from an input cell, never produced.</summary>
    public const string Name = "#NAME?";

    /// <summary><c>#REF!</c>: only ever passed through from an input cell, never produced.</summary>
    public const string Reference = "#REF!";

    /// <summary><c>#NULL!</c>: only ever passed through from an input cell, never produced.</summary>
    public const string Null = "#NULL!";

    /// <summary>
    /// True when <paramref name="value"/> is one of Excel's error texts (<c>#DIV/0!</c>, <c>#VALUE!</c>,
    /// <c>#NUM!</c>, <c>#N/A</c>, <c>#NAME?</c>, <c>#REF!</c>, <c>#NULL!</c>), compared exactly.
    /// </summary>
    /// <param name="value">Anything a worksheet function returned or a cell holds.</param>
    /// <returns>True for an error text.</returns>
    public static bool IsError(object? value) =>
        value is string text && text.Length > 1 && text[0] == '#' && Normalize(text) is not null;

    /// <summary>
    /// The error text of an input value that is an error: one of the texts above, or an Excel-DNA
    /// <c>ExcelError</c> value (recognised by its type name, so that the library needs no reference
    /// to Excel-DNA). Null when the value is not an error.
    /// </summary>
    internal static string? Of(object? value) => value switch
    {
        string text => Normalize(text),
        Enum error when string.Equals(error.GetType().Name, "ExcelError", StringComparison.Ordinal) => FromExcelDna(error.ToString()),
        _ => null,
    };

    /// <summary>The error for an undefined result: see the remarks of the class for the choices.</summary>
    internal static string For(UndefinedReason reason) => reason switch
    {
        UndefinedReason.NeverPaidBack => Number,
        UndefinedReason.NeverBreaksEven => Number,
        UndefinedReason.NoRateOfReturn => Number,
        UndefinedReason.FitDidNotConverge => Number,
        UndefinedReason.NotYetObserved => NotAvailable,
        UndefinedReason.NotComputed => NotAvailable,
        _ => DivisionByZero,
    };

    private static string? Normalize(string text) => text switch
    {
        DivisionByZero => DivisionByZero,
        Value => Value,
        Number => Number,
        NotAvailable => NotAvailable,
        Name => Name,
        Reference => Reference,
        Null => Null,
        _ => null,
    };

    // Excel-DNA's ExcelError members: ExcelErrorNull, ExcelErrorDiv0, ExcelErrorValue, ExcelErrorRef,
    // ExcelErrorName, ExcelErrorNum, ExcelErrorNA, ExcelErrorGettingData.
    private static string FromExcelDna(string member) => member switch
    {
        "ExcelErrorDiv0" => DivisionByZero,
        "ExcelErrorNum" => Number,
        "ExcelErrorNA" or "ExcelErrorGettingData" => NotAvailable,
        "ExcelErrorName" => Name,
        "ExcelErrorRef" => Reference,
        "ExcelErrorNull" => Null,
        _ => Value,
    };
}
