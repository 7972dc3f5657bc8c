using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using KpiFormulas.Excel;
using KpiFormulas.Spreadsheet.Tests.Engine;

namespace KpiFormulas.Spreadsheet.Tests.Comparison;

/// <summary>One row of the comparison: a function, its inputs, what our function gave and what the sheet's formula gave.</summary>
/// <param name="Row">The row in the workbook.</param>
/// <param name="Native">The function and its native formula.</param>
/// <param name="Origin">Why the row is there: a typical input, or which edge input in which argument.</param>
/// <param name="Inputs">The argument cells: double, string, bool, <see cref="ErrorValue"/> or null (blank).</param>
/// <param name="Ours">What our function returned: a double, a bool, a text or an <see cref="ErrorValue"/>.</param>
/// <param name="Sheet">What LibreOffice computed for the native formula.</param>
internal sealed record Outcome(int Row, NativeFormula Native, string Origin, object?[] Inputs, object Ours, object? Sheet)
{
    /// <summary>The row as a reader checks it by hand.</summary>
    public override string ToString() =>
        $"row {Row}: {Native.Function}({string.Join(", ", Inputs.Select(Show))}) [{Origin}] gave {Show(Ours)}, ={Native.Template} gave {Show(Sheet)}";

    public static string Show(object? value) => value switch
    {
        null => "blank",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => "\"" + s + "\"",
        bool b => b ? "TRUE" : "FALSE",
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>
/// Builds one workbook in which every scalar worksheet function is computed both ways on the same
/// cells, over many rows of inputs (typical values, then blank, zero, negative, fractional, text,
/// TRUE/FALSE and error cells in each argument); LibreOffice Calc recalculates it once, and the
/// outcomes pair what our function returned with what the sheet computed.
/// </summary>
public sealed class CalcComparison : IDisposable
{
    /// <summary>Typical rows per function, drawn from its arguments' domains.</summary>
    private const int TypicalRows = 16;

    private const string SheetName = "comparison";

    private const int FirstInputColumn = 3;

    private const int MaxArguments = 4;

    private const int FormulaColumn = FirstInputColumn + MaxArguments;

    private const int OursColumn = FormulaColumn + 1;

    /// <summary>The edge inputs put in each argument in turn, the others keeping a typical value.</summary>
    private static readonly (string Name, object? Value)[] Edges =
    [
        ("blank", null),
        ("zero", 0d),
        ("negative", -3d),
        ("fraction", 2.5),
        ("binary noise", 0.1 + 0.2),
        ("numeric text", "3"),
        ("text", "abc"),
        ("TRUE", true),
        ("FALSE", false),
        ("#N/A", new ErrorValue("#N/A")),
        ("#DIV/0!", new ErrorValue("#DIV/0!")),
    ];

    /// <summary>
    /// Inputs picked by hand on top of the drawn ones: each band's thresholds exactly (where "from" and
    /// "above" part), the 5-point success mark, and a gap between the default drift tolerance and none.
    /// </summary>
    private static readonly Dictionary<string, object?[][]> HandPicked = new(StringComparer.Ordinal)
    {
        ["KPI.LTV_TO_CAC_LEVEL"] = [[0.99], [1d], [1.01], [2.99], [3d]],
        ["KPI.ADOPTION_RATE_LEVEL"] = [[0.29], [0.3], [0.6], [0.61]],
        ["KPI.USER_ACTIVITY_STATUS"] = [[0d], [1d], [2d], [3d]],
        ["KPI.COST_PER_HOUR_SAVED_LEVEL"] = [[9.99], [10d], [20d], [20.01]],
        ["KPI.PAYBACK_PERIOD_LEVEL"] = [[1.99], [2d], [6d], [6.01]],
        ["KPI.TIME_SAVED_LEVEL"] = [[4.99], [5d], [10d], [20d], [-1d]],
        ["KPI.PROJECT_ROI_LEVEL"] = [[1.49], [1.5]],
        ["KPI.NPS_CATEGORY"] = [[6d], [7d], [8d], [9d], [10d]],
        ["KPI.QUOTE_TO_ORDER_SUCCESS"] = [[0.2, 0.25], [0.2, 0.2499], [0.1, 0.15], [0.7, 0.75]],
        ["KPI.DRIFT_STATUS"] = [[105d, 100d, "higher", null], [95d, 100d, "lower", 0.1], [0d, 0d, "higher", 0d], [110d, 100d, "higher", 0.1]],
        ["KPI.DRIFT_REQUIRES_ADJUSTMENT"] = [[105d, 100d, null], [0d, 0d, 0.1], [110d, 100d, 0.1]],
    };

    private readonly string folder;

    public CalcComparison()
    {
        folder = Directory.CreateTempSubdirectory("kpiformulas-calc-comparison-").FullName;
        var cases = Cases().ToList();
        var workbook = new Workbook();
        workbook.AddSheet(SheetName);
        string[] header = ["function", "inputs", "argument 1", "argument 2", "argument 3", "argument 4", "native formula", "KpiFormulas.Excel"];
        for (var c = 0; c < header.Length; c++)
        {
            workbook.Set(SheetName, 1, c + 1, header[c]);
        }

        var ours = new List<object>(cases.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            var row = i + 2;
            var (native, origin, inputs) = cases[i];
            workbook.Set(SheetName, row, 1, native.Function);
            workbook.Set(SheetName, row, 2, origin);
            var references = new List<string>();
            for (var a = 0; a < inputs.Length; a++)
            {
                workbook.Set(SheetName, row, FirstInputColumn + a, inputs[a]);
                references.Add(Workbook.Reference(row, FirstInputColumn + a));
            }

            workbook.Set(SheetName, row, FormulaColumn, new Formula(native.Over(references)));
            var value = Call(native.Function, inputs);
            ours.Add(value);
            workbook.Set(SheetName, row, OursColumn, value);
        }

        WorkbookPath = Path.Combine(folder, "worksheet-functions-vs-calc.xlsx");
        workbook.Save(WorkbookPath);
        RecalculatedPath = LibreOfficeCalc.Recalculate(WorkbookPath, Path.Combine(folder, "recalculated"));
        Recalculated = Workbook.Read(RecalculatedPath);

        Outcomes = cases.Select((c, i) => new Outcome(i + 2, c.Native, c.Origin, c.Inputs, ours[i], Recalculated.Get(SheetName, i + 2, FormulaColumn))).ToList();
        OursReadBack = cases.Select((_, i) => (ours[i], Recalculated.Get(SheetName, i + 2, OursColumn))).ToList();
    }

    /// <summary>The workbook written, for a person to open when a comparison fails.</summary>
    public string WorkbookPath { get; }

    /// <summary>The workbook LibreOffice saved after recalculating it.</summary>
    public string RecalculatedPath { get; }

    internal Workbook Recalculated { get; }

    internal IReadOnlyList<Outcome> Outcomes { get; }

    /// <summary>Each value our function returned, and the same cell read back from the recalculated workbook.</summary>
    internal IReadOnlyList<(object Written, object? ReadBack)> OursReadBack { get; }

    /// <summary>Keeps the workbooks when asked to (for CI's log folder), else deletes them.</summary>
    public void Dispose()
    {
        var keep = Environment.GetEnvironmentVariable("KPIFORMULAS_SPREADSHEET_OUTPUT");
        if (!string.IsNullOrEmpty(keep))
        {
            Directory.CreateDirectory(keep);
            File.Copy(WorkbookPath, Path.Combine(keep, Path.GetFileName(WorkbookPath)), overwrite: true);
            File.Copy(RecalculatedPath, Path.Combine(keep, "recalculated-" + Path.GetFileName(RecalculatedPath)), overwrite: true);
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>What our function returns for the cells, as a workbook cell: an error text becomes an <see cref="ErrorValue"/>.</summary>
    internal static object Call(string function, object?[] inputs)
    {
        var method = KpiFunctions.Describe().Single(f => f.Name == function).Method;
        var arguments = inputs.Select(i => i is ErrorValue error ? error.Code : i).ToArray();
        var result = method.Invoke(null, arguments) ?? throw new InvalidOperationException($"{function} returned null.");
        return result is string text && WorksheetErrors.IsError(text) ? new ErrorValue(text) : result;
    }

    private static IEnumerable<(NativeFormula Native, string Origin, object?[] Inputs)> Cases()
    {
        foreach (var native in NativeFormulas.All)
        {
            // One seed per function, so that adding a function does not change the others' rows.
            var random = new Random(StableHash(native.Function));
            var typical = Enumerable.Range(0, TypicalRows).Select(_ => Draw(native, random)).ToList();
            foreach (var inputs in typical)
            {
                yield return (native, "typical", inputs);
            }

            var example = typical[0];
            for (var a = 0; a < native.Arguments.Length; a++)
            {
                foreach (var (name, value) in Edges)
                {
                    var inputs = (object?[])example.Clone();
                    inputs[a] = value;
                    yield return (native, $"{name} in argument {a + 1}", inputs);
                }
            }

            foreach (var inputs in HandPicked.GetValueOrDefault(native.Function, []))
            {
                yield return (native, "picked by hand", inputs);
            }

            if (native.Arguments.Length > 1)
            {
                var inputs = (object?[])example.Clone();
                inputs[0] = new ErrorValue("#N/A");
                inputs[^1] = new ErrorValue("#DIV/0!");
                yield return (native, "errors in the first and last arguments", inputs);
            }
        }
    }

    private static object?[] Draw(NativeFormula native, Random random)
    {
        var inputs = new object?[native.Arguments.Length];
        for (var a = inputs.Length - 1; a >= 0; a--)
        {
            inputs[a] = Domains.Draw(native.Arguments[a], random, a + 1 < inputs.Length ? inputs[a + 1] : null);
        }

        return inputs;
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
