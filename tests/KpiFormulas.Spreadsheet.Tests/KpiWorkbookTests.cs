using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KpiFormulas.Catalog;
using KpiFormulas.Excel;
using KpiFormulas.Spreadsheet.Tests.Comparison;
using KpiFormulas.Spreadsheet.Tests.Engine;
using Xunit;
using KpiFormulas.Tests.Support;

namespace KpiFormulas.Spreadsheet.Tests;

/// <summary>
/// docs/excel/KpiFormulas.xlsx, the workbook for users without the add-in (written by
/// docs/tooling/generate-kpi-workbook.cs), recalculated by LibreOffice Calc: every KPI of the catalogue
/// is there, and on its worked example each native formula gives what the library gives, as does each
/// band's level.
/// </summary>
public sealed partial class KpiWorkbookTests(RecalculatedKpiWorkbook recalculated) : IClassFixture<RecalculatedKpiWorkbook>
{
    private Workbook Workbook => recalculated.Workbook;

    private IReadOnlyList<(string Sheet, int Row, string Call, object? Value)> Results => recalculated.Results;

    [Fact]
    public void Every_KPI_of_the_catalogue_has_its_result_and_every_band_set_its_level()
    {
        // Every KPI but those with no worksheet function nor native formula (CatalogueOnlyKpis, the predictive models).
        var inWorkbook = KpiCatalog.All.Where(k => !CatalogueOnlyKpis.Ids.Contains(k.Id)).ToList();
        var ids = Workbook.SheetNames.SelectMany(sheet => Enumerable.Range(1, 400).Select(row => Workbook.Get(sheet, row, 7))).OfType<string>().ToHashSet();
        Assert.All(inWorkbook, kpi => Assert.Contains(kpi.Id, ids));
        Assert.All(CatalogueOnlyKpis.Ids, id => Assert.DoesNotContain(id, ids));
        Assert.Equal(inWorkbook.Count, Results.Count(r => !r.Call.Contains("_LEVEL(", StringComparison.Ordinal)));
        Assert.Equal(inWorkbook.Count(k => k.Bands is not null), Results.Count(r => r.Call.Contains("_LEVEL(", StringComparison.Ordinal)));
        Assert.Equal(inWorkbook.Select(k => k.Family).Distinct().Select(f => f.ToString()).Order(), Workbook.SheetNames.Order());
    }

    [Fact]
    public void Each_native_formula_gives_the_library_value_on_the_worked_example()
    {
        Assert.NotEmpty(Results);
        var differences = new List<string>();
        foreach (var (sheet, row, call, value) in Results)
        {
            var match = Call().Match(call);
            Assert.True(match.Success, $"{sheet}!G{row}: {call} is not a call this test reads");
            var function = KpiFunctions.Describe().Single(f => f.Name == match.Groups["function"].Value);
            var arguments = match.Groups["arguments"].Value.Split(',').Select(reference => Read(sheet, reference)).ToArray();
            var ours = function.Method.Invoke(null, arguments)!;
            if (match.Groups["item"].Success)
            {
                ours = ((object[,])ours).Cast<object>().ElementAt(int.Parse(match.Groups["item"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1);
            }

            if (ours is string text && WorksheetErrors.IsError(text))
            {
                differences.Add($"{sheet}!B{row}: the library gives {text} for its worked example");
            }
            else if (!Differences.Agree(ours, value))
            {
                differences.Add($"{sheet}!B{row}: the formula gives {Outcome.Show(value)}, {call[1..]} gives {Outcome.Show(ours)}");
            }
        }

        Assert.True(differences.Count == 0, $"LibreOffice ({LibreOfficeCalc.Version}) and the library differ:\n" + string.Join("\n", differences));
    }

    /// <summary>A cell (its value) or a range (an array of one row) of the recalculated workbook.</summary>
    private object? Read(string sheet, string reference)
    {
        var parts = reference.Split(':');
        var (row, first) = Workbook.Parse(parts[0]);
        if (parts.Length == 1)
        {
            return Workbook.Get(sheet, row, first);
        }

        var (lastRow, last) = Workbook.Parse(parts[1]);
        var range = new object?[lastRow - row + 1, last - first + 1];
        for (var r = row; r <= lastRow; r++)
        {
            for (var c = first; c <= last; c++)
            {
                range[r - row, c - first] = Workbook.Get(sheet, r, c);
            }
        }

        return range;
    }

    [GeneratedRegex(@"^=(INDEX\()?(?<function>KPI\.[A-Z_]+)\((?<arguments>[A-Z0-9:,]+)\)(,(?<item>[0-9]+)\))?$")]
    private static partial Regex Call();
}

/// <summary>
/// The committed docs/excel/KpiFormulas.xlsx recalculated once by LibreOffice, and its result rows: each
/// row whose column G holds the KPI with the add-in (=KPI.CPL(B5,B6)), with the value of its column B.
/// </summary>
public sealed class RecalculatedKpiWorkbook : IDisposable
{
    private const int LastRow = 400;

    private readonly string folder = Directory.CreateTempSubdirectory("kpiformulas-workbook-").FullName;

    public RecalculatedKpiWorkbook()
    {
        Workbook = Workbook.Read(LibreOfficeCalc.Recalculate(RepositoryFiles.PathOf("docs", "excel", "KpiFormulas.xlsx"), folder));
        var results = new List<(string, int, string, object?)>();
        foreach (var sheet in Workbook.SheetNames)
        {
            for (var row = 1; row <= LastRow; row++)
            {
                if (Workbook.Get(sheet, row, 7) is string call && (call.StartsWith("=KPI.", StringComparison.Ordinal) || call.StartsWith("=INDEX(KPI.", StringComparison.Ordinal)))
                {
                    results.Add((sheet, row, call, Workbook.Get(sheet, row, 2)));
                }
            }
        }

        Results = results;
    }

    internal Workbook Workbook { get; }

    internal IReadOnlyList<(string Sheet, int Row, string Call, object? Value)> Results { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
