using ExcelDna.Integration;
using Xunit;
using static KpiFormulas.Excel.Tests.Sheet;

namespace KpiFormulas.Excel.Tests;

/// <summary>
/// An add-in hands an error cell to a worksheet function as Excel-DNA's <c>ExcelError</c> value; the
/// function passes it on as the same error, as Excel's own functions do (<c>=SUM(A1:A2)</c> with
/// <c>#NUM!</c> in A2 is <c>#NUM!</c>). The error texts are Excel's, as a cell shows them.
/// </summary>
public class ExcelDnaErrorPassThroughTests
{
    [Theory]
    [InlineData(ExcelError.ExcelErrorNull, "#NULL!")]
    [InlineData(ExcelError.ExcelErrorDiv0, "#DIV/0!")]
    [InlineData(ExcelError.ExcelErrorValue, "#VALUE!")]
    [InlineData(ExcelError.ExcelErrorRef, "#REF!")]
    [InlineData(ExcelError.ExcelErrorName, "#NAME?")]
    [InlineData(ExcelError.ExcelErrorNum, "#NUM!")]
    [InlineData(ExcelError.ExcelErrorNA, "#N/A")]
    // Excel shows a value still being fetched as #GETTING_DATA, which is not one of the error texts
    // a worksheet function returns: it is passed on as #N/A, "no value available yet".
    [InlineData(ExcelError.ExcelErrorGettingData, "#N/A")]
    public void Each_error_value_of_an_add_in_is_passed_on_as_its_own_error(ExcelError error, string expected)
    {
        Error(expected, KpiFunctions.Cpl(error, 100d));
        Error(expected, KpiFunctions.Cpl(5000d, error));
        Error(expected, KpiFunctions.Revenue(Column(1200d, error, 800d)));
        Error(expected, KpiFunctions.NpsFromAnswers(Column(10d, error)));
    }

    [Theory]
    [InlineData("#")]
    [InlineData("#N")]
    [InlineData("#VALUE")]
    [InlineData("#value!")]
    [InlineData(" #N/A")]
    [InlineData("")]
    public void Text_that_only_looks_like_an_error_is_no_error(string text) =>
        Assert.False(WorksheetErrors.IsError(text));
}
