using System.IO;
using KpiFormulas.Spreadsheet.Tests.Engine;
using Xunit;

namespace KpiFormulas.Spreadsheet.Tests;

/// <summary>The engine itself: LibreOffice recalculates what it is given, and errors and text survive the round trip.</summary>
public class EngineTests
{
    [Fact]
    public void LibreOffice_recalculates_formulas_and_their_errors()
    {
        var folder = Directory.CreateTempSubdirectory("kpiformulas-engine-").FullName;
        var workbook = new Workbook();
        workbook.AddSheet("s");
        workbook.Set("s", 1, 1, 6d);
        workbook.Set("s", 1, 2, 4d);
        workbook.Set("s", 1, 3, new Formula("A1/B1"));
        workbook.Set("s", 2, 3, new Formula("A1/B2"));
        workbook.Set("s", 3, 1, "3");
        workbook.Set("s", 3, 3, new Formula("A3*2"));
        workbook.Set("s", 4, 1, "abc");
        workbook.Set("s", 4, 3, new Formula("A4*2"));
        workbook.Set("s", 5, 1, true);
        workbook.Set("s", 5, 3, new Formula("A5*2"));
        workbook.Set("s", 6, 1, new ErrorValue("#N/A"));
        workbook.Set("s", 6, 3, new Formula("A6*2"));
        workbook.Set("s", 7, 3, new Formula("A7*2"));
        workbook.Set("s", 8, 3, new Formula("NA()"));
        var input = Path.Combine(folder, "engine.xlsx");
        workbook.Save(input);

        var result = Workbook.Read(LibreOfficeCalc.Recalculate(input, Path.Combine(folder, "out")));

        Assert.Equal(1.5, result.Get("s", 1, 3));           // 6 / 4, by hand
        Assert.Equal(new ErrorValue("#DIV/0!"), result.Get("s", 2, 3));
        Assert.Equal(6d, result.Get("s", 3, 3));            // "3" * 2: unambiguous numeric text
        Assert.Equal(new ErrorValue("#VALUE!"), result.Get("s", 4, 3));
        Assert.Equal(2d, result.Get("s", 5, 3));            // TRUE * 2
        Assert.Equal(new ErrorValue("#N/A"), result.Get("s", 6, 1));
        Assert.Equal(new ErrorValue("#N/A"), result.Get("s", 6, 3));
        Assert.Equal(0d, result.Get("s", 7, 3));            // blank * 2
        Assert.Equal(new ErrorValue("#N/A"), result.Get("s", 8, 3));
        Assert.Equal("abc", result.Get("s", 4, 1));
        Assert.Equal(true, result.Get("s", 5, 1));
        Directory.Delete(folder, recursive: true);
    }
}
