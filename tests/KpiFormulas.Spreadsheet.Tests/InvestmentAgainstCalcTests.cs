using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KpiFormulas.Excel;
using KpiFormulas.Spreadsheet.Tests.Engine;
using Xunit;
using KpiFormulas.Tests.Support;

namespace KpiFormulas.Spreadsheet.Tests;

/// <summary>
/// Several hundred seeded random cash-flow series, regular and dated, with and without a rate of return,
/// computed by KPI.NPV, KPI.XNPV, KPI.IRR, KPI.XIRR and KPI.MIRR and by LibreOffice Calc's NPV, XNPV, IRR,
/// XIRR and MIRR over the same cells of one workbook, recalculated in one run.
/// </summary>
public class InvestmentAgainstCalcTests(InvestmentAgainstCalcTests.Comparison comparison) : IClassFixture<InvestmentAgainstCalcTests.Comparison>
{
    /// <summary>Agreement asked of every number: 1e-9 relative.</summary>
    private const double Tolerance = 1e-9;

    [Fact]
    public void The_comparison_covers_several_hundred_series_with_and_without_roots()
    {
        Assert.True(comparison.Regular.Count >= 300, $"{comparison.Regular.Count} regular series");
        Assert.True(comparison.Dated.Count >= 300, $"{comparison.Dated.Count} dated series");
        Assert.Contains(comparison.Regular, s => s.SheetIrr is ErrorValue);
        Assert.Contains(comparison.Regular, s => s.SheetIrr is double);
        Assert.Contains(comparison.Dated, s => s.SheetXirr is ErrorValue);
        Assert.Contains(comparison.Dated, s => s.SheetXirr is double);
    }

    [Fact]
    public void Npv_xnpv_and_mirr_agree_with_calc_and_are_undefined_exactly_where_calc_gives_an_error()
    {
        var disagreements = new List<string>();
        foreach (var s in comparison.Regular)
        {
            Check(disagreements, "NPV", s.Flows, s.OursNpv, s.SheetNpv);
            Check(disagreements, "MIRR", s.Flows, s.OursMirr, s.SheetMirr);
        }

        foreach (var s in comparison.Dated)
        {
            Check(disagreements, "XNPV", s.Flows, s.OursXnpv, s.SheetXnpv);
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements with LibreOffice ({LibreOfficeCalc.Version}):\n" + string.Join("\n", disagreements.Take(30)));
    }

    [Fact]
    public void Irr_and_xirr_agree_with_calc_where_calc_finds_a_rate_and_calc_confirms_every_rate_we_find()
    {
        var disagreements = new List<string>();
        var differences = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in comparison.Regular)
        {
            CheckRate(disagreements, differences, "IRR", s.Flows, [.. Enumerable.Range(0, s.Flows.Length).Select(i => (double)i)], s.OursIrr, s.SheetIrr, s.OursIrrNearSheet, s.SheetNpvAtOurIrr, s.SignChanges);
        }

        foreach (var s in comparison.Dated)
        {
            CheckRate(disagreements, differences, "XIRR", s.Flows, [.. s.Dates.Select(d => (d - s.Dates[0]) / 365d)], s.OursXirr, s.SheetXirr, s.OursXirrNearSheet, s.SheetXnpvAtOurXirr, s.SignChanges);
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements with LibreOffice ({LibreOfficeCalc.Version}):\n" + string.Join("\n", disagreements.Take(30)));

        // Each documented difference happens in the comparison and is written in docs/excel.md, and no other.
        var docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "excel.md"));
        Assert.Equal(Documented.Order(StringComparer.Ordinal), differences.Order(StringComparer.Ordinal));
        Assert.All(Documented, id => Assert.Contains($"| `{id}` |", docs, StringComparison.Ordinal));
    }

    /// <summary>The ids of docs/excel.md's table "Investment functions against LibreOffice Calc".</summary>
    private static readonly string[] Documented = ["irr-several-roots", "irr-below-minus-100", "irr-newton-missed", "rate-above-10-to-the-12"];

    [Fact]
    public void Conventional_investments_have_one_rate_and_it_is_calcs()
    {
        // One change of sign: one root above -100 %, so no choice is involved and both must give it (Calc's
        // roots below -100 % are docs/excel.md's difference irr-below-minus-100).
        var conventional = comparison.Regular.Where(s => s.SignChanges == 1 && s.SheetIrr is double rate && rate > -1).ToList();
        Assert.True(conventional.Count >= 100, $"{conventional.Count} conventional series");
        Assert.All(conventional, s => Assert.True(Agree(s.OursIrr, s.SheetIrr), $"{string.Join(", ", s.Flows)}: ours {s.OursIrr}, Calc {s.SheetIrr}"));
    }

    private static void Check(List<string> disagreements, string function, double[] flows, object ours, object? sheet)
    {
        var bothErrors = ours is string && WorksheetErrors.IsError(ours) && sheet is ErrorValue;
        if (!bothErrors && !Agree(ours, sheet))
        {
            disagreements.Add($"{function}({string.Join(", ", flows)}): ours {ours}, Calc {sheet}");
        }
    }

    /// <summary>
    /// A rate of return: where Calc finds one, ours is the same, or (flows changing sign more than once) Calc
    /// found another root and ours nearest to Calc's is it, or Calc's is below -100 % or above 10^12 (docs/excel.md,
    /// "Investment functions against LibreOffice Calc") and ours is not; where Calc gives an error, ours is an error or a root that
    /// Calc's own NPV confirms (Newton's method from 10 % can miss a root that bracketing finds). A root is
    /// confirmed when Calc's NPV there is zero to 1e-9 of the discounted flows' magnitude, Σ |flow| / (1 + r)^t,
    /// the most its double arithmetic resolves near -100 %, where the discounted flows are huge.
    /// </summary>
    private static void CheckRate(List<string> disagreements, HashSet<string> differences, string function, double[] flows, double[] times, object ours, object? sheet, object oursNearSheet, object? sheetNpvAtOurs, int signChanges)
    {
        if (ours is double rate)
        {
            var scale = flows.Select((flow, i) => Math.Abs(flow) * Math.Pow(1 + rate, -times[i])).Sum();
            if (!(sheetNpvAtOurs is double npv && Math.Abs(npv) <= Tolerance * scale))
            {
                disagreements.Add($"{function}({string.Join(", ", flows)}): ours {ours} is not a root for Calc, whose NPV there is {sheetNpvAtOurs} (scale {scale})");
            }
        }

        switch (sheet)
        {
            case double when Agree(ours, sheet):
                break;
            case double when signChanges > 1 && Agree(oursNearSheet, sheet):
                differences.Add("irr-several-roots");
                break;
            case double calc when calc <= -1 && (ours is string || ours is double and > -1):
                differences.Add("irr-below-minus-100"); // more than everything lost, which ours never returns
                break;
            case double calc when calc > 1e12 && (ours is string || ours is double and <= 1e12):
                differences.Add("rate-above-10-to-the-12"); // beyond the rates searched (and, past 7.9e28, beyond decimal)
                break;
            case ErrorValue when ours is string:
                break;
            case ErrorValue when ours is double:
                differences.Add("irr-newton-missed"); // a root confirmed above by Calc's own NPV
                break;
            default:
                disagreements.Add($"{function}({string.Join(", ", flows)}): ours {ours} (near Calc's: {oursNearSheet}), Calc {sheet}");
                break;
        }
    }

    private static bool Agree(object? ours, object? sheet) =>
        ours is double a && sheet is double b && (a == b || Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>A regular series: one flow per period.</summary>
    public sealed record RegularSeries(double[] Flows, double Rate, double FinanceRate, double ReinvestRate, int SignChanges)
    {
        public object OursNpv { get; set; } = string.Empty;
        public object OursIrr { get; set; } = string.Empty;
        public object OursMirr { get; set; } = string.Empty;
        public object OursIrrNearSheet { get; set; } = string.Empty;
        public object? SheetNpv { get; set; }
        public object? SheetIrr { get; set; }
        public object? SheetMirr { get; set; }
        public object? SheetNpvAtOurIrr { get; set; }
    }

    /// <summary>A dated series: flows with Excel date serials, the first the earliest.</summary>
    public sealed record DatedSeries(double[] Flows, double[] Dates, double Rate, int SignChanges)
    {
        public object OursXnpv { get; set; } = string.Empty;
        public object OursXirr { get; set; } = string.Empty;
        public object OursXirrNearSheet { get; set; } = string.Empty;
        public object? SheetXnpv { get; set; }
        public object? SheetXirr { get; set; }
        public object? SheetXnpvAtOurXirr { get; set; }
    }

    /// <summary>Builds the series, computes ours, has LibreOffice recalculate the sheet's once, and reads both back.</summary>
    public sealed class Comparison
    {
        private const int Series = 320;

        public Comparison()
        {
            var random = new Random(20261203);
            Regular = [.. Enumerable.Range(0, Series).Select(_ => NextRegular(random))];
            Dated = [.. Enumerable.Range(0, Series).Select(_ => NextDated(random))];

            foreach (var s in Regular)
            {
                var range = Row(s.Flows);
                s.OursNpv = KpiFunctions.Npv(s.Rate, range);
                s.OursIrr = KpiFunctions.Irr(range, System.Reflection.Missing.Value);
                s.OursMirr = KpiFunctions.Mirr(range, s.FinanceRate, s.ReinvestRate);
            }

            foreach (var s in Dated)
            {
                s.OursXnpv = KpiFunctions.Xnpv(s.Rate, Row(s.Flows), Row(s.Dates));
                s.OursXirr = KpiFunctions.Xirr(Row(s.Flows), Row(s.Dates), System.Reflection.Missing.Value);
            }

            var folder = Environment.GetEnvironmentVariable("KPIFORMULAS_SPREADSHEET_OUTPUT") is { Length: > 0 } kept
                ? Directory.CreateDirectory(kept).FullName
                : Directory.CreateTempSubdirectory("kpiformulas-investment-").FullName;
            var workbook = new Workbook();
            workbook.AddSheet("regular");
            workbook.AddSheet("dated");

            // Regular: flows in A..L of row r; NPV, IRR, MIRR and Calc's NPV at our IRR in N..Q.
            for (var i = 0; i < Regular.Count; i++)
            {
                var s = Regular[i];
                var row = i + 1;
                Fill(workbook, "regular", row, s.Flows);
                var flows = $"A{row}:{Workbook.ColumnName(s.Flows.Length)}{row}";
                workbook.Set("regular", row, 14, new Formula($"NPV({Number(s.Rate)},{flows})"));
                workbook.Set("regular", row, 15, new Formula($"IRR({flows})"));
                workbook.Set("regular", row, 16, new Formula($"MIRR({flows},{Number(s.FinanceRate)},{Number(s.ReinvestRate)})"));
                if (s.OursIrr is double irr)
                {
                    var rest = s.Flows.Length > 1 ? $"+NPV({Number(irr)},B{row}:{Workbook.ColumnName(s.Flows.Length)}{row})" : string.Empty;
                    workbook.Set("regular", row, 17, new Formula($"A{row}{rest}"));
                }
            }

            // Dated: flows in row 2r - 1, their serials in row 2r; XNPV, XIRR and Calc's XNPV at our XIRR in N..P.
            for (var i = 0; i < Dated.Count; i++)
            {
                var s = Dated[i];
                var row = (2 * i) + 1;
                Fill(workbook, "dated", row, s.Flows);
                Fill(workbook, "dated", row + 1, s.Dates);
                var last = Workbook.ColumnName(s.Flows.Length);
                var flows = $"A{row}:{last}{row}";
                var dates = $"A{row + 1}:{last}{row + 1}";
                workbook.Set("dated", row, 14, new Formula($"XNPV({Number(s.Rate)},{flows},{dates})"));
                workbook.Set("dated", row, 15, new Formula($"XIRR({flows},{dates})"));
                if (s.OursXirr is double xirr)
                {
                    workbook.Set("dated", row, 16, new Formula($"XNPV({Number(xirr)},{flows},{dates})"));
                }
            }

            var input = Path.Combine(folder, "investment.xlsx");
            workbook.Save(input);
            var result = Workbook.Read(LibreOfficeCalc.Recalculate(input, Path.Combine(folder, "recalculated")));

            for (var i = 0; i < Regular.Count; i++)
            {
                var s = Regular[i];
                s.SheetNpv = result.Get("regular", i + 1, 14);
                s.SheetIrr = result.Get("regular", i + 1, 15);
                s.SheetMirr = result.Get("regular", i + 1, 16);
                s.SheetNpvAtOurIrr = result.Get("regular", i + 1, 17);
                s.OursIrrNearSheet = s.SheetIrr is double guess ? KpiFunctions.Irr(Row(s.Flows), guess) : string.Empty;
            }

            for (var i = 0; i < Dated.Count; i++)
            {
                var s = Dated[i];
                s.SheetXnpv = result.Get("dated", (2 * i) + 1, 14);
                s.SheetXirr = result.Get("dated", (2 * i) + 1, 15);
                s.SheetXnpvAtOurXirr = result.Get("dated", (2 * i) + 1, 16);
                s.OursXirrNearSheet = s.SheetXirr is double guess ? KpiFunctions.Xirr(Row(s.Flows), Row(s.Dates), guess) : string.Empty;
            }

            if (Environment.GetEnvironmentVariable("KPIFORMULAS_SPREADSHEET_OUTPUT") is not { Length: > 0 })
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        public IReadOnlyList<RegularSeries> Regular { get; }

        public IReadOnlyList<DatedSeries> Dated { get; }

        /// <summary>
        /// Half conventional investments (an outlay, then inflows: one root), a fifth of one sign only (no root),
        /// the rest random signs (none, one or several roots); 2 to 12 flows in cents.
        /// </summary>
        private static double[] NextFlows(Random random)
        {
            var count = random.Next(2, 13);
            var kind = random.Next(10);
            var flows = new double[count];
            for (var i = 0; i < count; i++)
            {
                flows[i] = kind switch
                {
                    < 5 => i == 0 ? -random.Next(10_000, 10_000_001) / 100d : random.Next(0, 4_000_001) / 100d,
                    < 7 => (kind == 5 ? 1 : -1) * random.Next(0, 2_000_001) / 100d,
                    _ => random.Next(-5_000_000, 5_000_001) / 100d,
                };
            }

            return flows;
        }

        private static RegularSeries NextRegular(Random random)
        {
            var flows = NextFlows(random);
            return new RegularSeries(flows, Rate(random), Rate(random), Rate(random), SignChanges(flows));
        }

        private static DatedSeries NextDated(Random random)
        {
            var flows = NextFlows(random);
            var dates = new double[flows.Length];
            dates[0] = 39_448 + random.Next(0, 3_000); // from 1 January 2008
            for (var i = 1; i < dates.Length; i++)
            {
                dates[i] = dates[i - 1] + random.Next(1, 401);
            }

            return new DatedSeries(flows, dates, Rate(random), SignChanges(flows));
        }

        /// <summary>A rate from -50 % to 50 %, in hundredths of a percent.</summary>
        private static double Rate(Random random) => random.Next(-5_000, 5_001) / 10_000d;

        private static int SignChanges(double[] flows)
        {
            var changes = 0;
            var sign = 0;
            foreach (var flow in flows)
            {
                if (flow != 0 && Math.Sign(flow) != sign)
                {
                    changes += sign == 0 ? 0 : 1;
                    sign = Math.Sign(flow);
                }
            }

            return changes;
        }

        private static object?[,] Row(double[] values)
        {
            var row = new object?[1, values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                row[0, i] = values[i];
            }

            return row;
        }

        private static void Fill(Workbook workbook, string sheet, int row, double[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                workbook.Set(sheet, row, i + 1, values[i]);
            }
        }

        private static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
