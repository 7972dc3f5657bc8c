using System;
using System.IO;
using System.Linq;
using System.Reflection;
using KpiFormulas.Excel;
using KpiFormulas.Spreadsheet.Tests.Comparison;
using KpiFormulas.Spreadsheet.Tests.Engine;
using Xunit;
using KpiFormulas.Tests.Support;

namespace KpiFormulas.Spreadsheet.Tests;

/// <summary>
/// Every scalar worksheet function against the formula a spreadsheet user types for the same KPI, both
/// computed on the same cells of one workbook that LibreOffice Calc recalculates (the reference engine):
/// they agree cell by cell, or differ only where docs/excel.md's section "Against a spreadsheet formula"
/// says, and as it says.
/// </summary>
public class WorksheetFunctionsAgainstCalcTests(CalcComparison comparison) : IClassFixture<CalcComparison>
{
    private const string Keep = "Set KPIFORMULAS_SPREADSHEET_OUTPUT to a folder to keep the workbook and its recalculated copy.";

    [Fact]
    public void Every_scalar_worksheet_function_has_its_native_formula_in_the_comparison()
    {
        // Scalar: every argument is one value (object?), none a range (object?[,]), so that a formula over
        // the same cells exists. The catalogue KPIs that take ranges are compared on their worked
        // examples in KpiWorkbookTests.
        var scalar = typeof(KpiFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetCustomAttribute<WorksheetFunctionAttribute>() is not null)
            .Where(m => m.GetParameters().All(p => p.ParameterType == typeof(object)))
            .ToDictionary(m => m.GetCustomAttribute<WorksheetFunctionAttribute>()!.Name, m => m.GetParameters().Length);

        var compared = NativeFormulas.All.ToDictionary(n => n.Function, n => n.Arguments.Length);

        Assert.Empty(scalar.Keys.Except(compared.Keys).Order());
        Assert.Empty(compared.Keys.Except(scalar.Keys).Order());
        Assert.All(scalar, f => Assert.Equal(f.Value, compared[f.Key]));
        Assert.All(NativeFormulas.All, n => Assert.All(Enumerable.Range(0, n.Arguments.Length), a => Assert.Contains("{" + a + "}", n.Template, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_function_agrees_with_its_native_formula_cell_by_cell_or_differs_as_documented()
    {
        var unexplained = comparison.Outcomes
            .Where(o => !Differences.Agree(o.Ours, o.Sheet) && !Differences.Explaining(o).Any())
            .ToList();

        Assert.True(
            unexplained.Count == 0,
            $"{unexplained.Count} of {comparison.Outcomes.Count} rows differ from LibreOffice ({LibreOfficeCalc.Version}) with no documented reason:\n"
                + string.Join("\n", unexplained.Take(40)) + "\n" + Keep);
    }

    [Fact]
    public void Every_function_agrees_exactly_on_most_typical_inputs()
    {
        // A rule that explained everything would hide a wrong native formula: on typical inputs, at least
        // half the rows of each function must agree with a value (not only an error), with nothing to explain
        // but the precision of a duration or of the normal distribution.
        foreach (var rows in comparison.Outcomes.Where(o => o.Origin == "typical").GroupBy(o => o.Native.Function))
        {
            var agreeing = rows.Count(o => o.Ours is not ErrorValue
                && (Differences.Agree(o.Ours, o.Sheet) || Differences.Explaining(o).All(d => d.Id is "duration-ticks" or "statistics-digits") && Differences.Explaining(o).Any()));
            Assert.True(agreeing * 2 >= rows.Count(), $"{rows.Key}: only {agreeing} of {rows.Count()} typical rows agree.\n" + string.Join("\n", rows));
        }
    }

    [Fact]
    public void Every_documented_difference_happens_and_is_written_in_docs_excel_md()
    {
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "excel.md"));
        Assert.All(Differences.All, difference =>
        {
            Assert.Contains(comparison.Outcomes, o => !Differences.Agree(o.Ours, o.Sheet) && Differences.Explaining(o).Contains(difference));
            Assert.Contains($"<a id=\"calc-{difference.Id}\"></a>", docs, StringComparison.Ordinal);
        });
        Assert.Equal(Differences.All.Count, Differences.All.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void The_inputs_cover_blank_zero_negative_fractional_text_logical_and_error_cells_in_every_argument()
    {
        foreach (var native in NativeFormulas.All)
        {
            var rows = comparison.Outcomes.Where(o => o.Native == native).ToList();
            for (var a = 0; a < native.Arguments.Length; a++)
            {
                var inputs = rows.Select(o => o.Inputs[a]).ToList();
                Assert.Contains(inputs, i => i is null);
                Assert.Contains(inputs, i => i is 0d);
                Assert.Contains(inputs, i => i is double d && d < 0);
                Assert.Contains(inputs, i => i is double d && d != Math.Floor(d));
                Assert.Contains(inputs, i => i is string s && Differences.NumberOf(s) is not null);
                Assert.Contains(inputs, i => i is string s && Differences.NumberOf(s) is null && s is not ("higher" or "lower"));
                Assert.Contains(inputs, i => i is true);
                Assert.Contains(inputs, i => i is ErrorValue);
            }
        }
    }

    [Fact]
    public void The_values_of_our_functions_written_in_the_workbook_come_back_unchanged()
    {
        // The workbook holds both columns for a person to compare: LibreOffice keeps the values, the
        // texts, TRUE/FALSE and the error values as written.
        Assert.All(comparison.OursReadBack, pair => Assert.True(Differences.Agree(pair.Written, pair.ReadBack), $"{Outcome.Show(pair.Written)} came back as {Outcome.Show(pair.ReadBack)}"));
        Assert.Contains(comparison.OursReadBack, pair => pair.Written is ErrorValue);
        Assert.Contains(comparison.OursReadBack, pair => pair.Written is bool);
        Assert.Contains(comparison.OursReadBack, pair => pair.Written is string);
    }
}
