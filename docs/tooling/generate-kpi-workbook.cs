#:project ../../src/KpiFormulas.Excel/KpiFormulas.Excel.csproj
#:package DocumentFormat.OpenXml
#:property PublishAot=false

// Writes docs/excel/KpiFormulas.xlsx, the KPI workbook for spreadsheet users who cannot install an
// add-in: one sheet per family of the catalogue (KpiCatalog, in KpiFamily order), and for each KPI
//   - its English name, French name, unit and direction (the catalogue entry);
//   - its input cells (yellow), each labelled with the worksheet function's argument name and
//     description, filled with the KPI's worked example (the figures of its docs page);
//   - its result: the native formula a user types over those cells (=B5/B6, =SUM(...), =COUNTIFS(...)),
//     formatted by the catalogue's result kind; beside it, as text, the same KPI with the add-in
//     (KPI.CPL(B5,B6)), which the workbook test calls to compare;
//   - for a KPI with bands, a row with the level's name (nested IFs over the thresholds) and the
//     bands as conditional formatting of the result: green for the best band, red for the worst.
//
//   dotnet run docs/tooling/generate-kpi-workbook.cs              rewrite docs/excel/KpiFormulas.xlsx
//   dotnet run docs/tooling/generate-kpi-workbook.cs -- --check   write nothing; fail when the committed
//                                                                 workbook differs from a fresh one (CI)
//
// Output is deterministic: every zip entry is written in a fixed order with a fixed date, and --check
// compares the entries' contents. The values are not cached in the file: a spreadsheet computes them
// on opening (LibreOffice and Excel do), and tests/KpiFormulas.Spreadsheet.Tests has LibreOffice
// recalculate the workbook and compares each result with the library's (KpiWorkbookTests).

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiFormulas;
using KpiFormulas.Catalog;
using KpiFormulas.Excel;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var check = args.Contains("--check");
var root = RepositoryRoot();
var target = Path.Combine(root, "docs", "excel", "KpiFormulas.xlsx");
var fresh = KpiWorkbook.Build();

if (check)
{
    var problem = !File.Exists(target)
        ? "it does not exist"
        : KpiWorkbook.Difference(File.ReadAllBytes(target), fresh);
    if (problem is not null)
    {
        Console.Error.WriteLine($"docs/excel/KpiFormulas.xlsx is stale ({problem}): run `dotnet run docs/tooling/generate-kpi-workbook.cs` and commit it.");
        return 1;
    }

    Console.WriteLine($"docs/excel/KpiFormulas.xlsx matches a fresh generation ({KpiWorkbook.KpiCount} KPIs on {KpiWorkbook.SheetCount} sheets).");
    return 0;
}

Directory.CreateDirectory(Path.GetDirectoryName(target)!);
File.WriteAllBytes(target, fresh);
Console.WriteLine($"wrote docs/excel/KpiFormulas.xlsx ({KpiWorkbook.KpiCount} KPIs on {KpiWorkbook.SheetCount} sheets, {fresh.Length} bytes)");
return 0;

// The entry point's folder, as the other generators find it: a caller file path is mapped to "/_/"
// in a continuous-integration build, so it cannot locate the repository there.
static string RepositoryRoot() =>
    Path.GetFullPath(Path.Combine(
        AppContext.GetData("EntryPointFileDirectoryPath") as string
            ?? throw new InvalidOperationException("Run this file with `dotnet run docs/tooling/generate-kpi-workbook.cs`."),
        "..",
        ".."));

/// <summary>A date input, written as its serial and shown as a date.</summary>
internal sealed record Day(int Year, int Month, int Date)
{
    public double Serial => new DateTime(Year, Month, Date).ToOADate();
}

/// <summary>A duration input in Excel's unit (1 = one day), shown as [h]:mm.</summary>
internal sealed record Duration(int Hours, int Minutes)
{
    public double Days => ((Hours * 60) + Minutes) / 1_440d;
}

/// <summary>A fraction input shown as a percentage.</summary>
internal sealed record Percent(double Fraction);

/// <summary>
/// One KPI of the workbook: its catalogue id, the native formula ({0}, {1}... stand for the inputs,
/// a range input as a whole range), the worked example (one value per argument of the worksheet
/// function; an array is a range), and the result's number format when the result kind's is not right.
/// </summary>
internal sealed record Entry(string Id, string Template, object[] Example, string? Format = null, int? Item = null);

internal static class KpiWorkbook
{
    private const uint TitleStyle = 1, LabelStyle = 2, NoteStyle = 3, InputStyle = 4, InputPercentStyle = 5, InputDateStyle = 6, InputDurationStyle = 7;
    private const uint ResultStyle = 8, HeaderStyle = 17, TextInputStyle = 18;

    /// <summary>Number formats of the results, by id (164 and up are custom formats).</summary>
    private static readonly (uint Id, string Code)[] Formats =
    [
        (164, "#,##0.00"), (165, "0.0%"), (166, "0.00\" : 1\""), (167, "0"), (168, "0.00"), (169, "[h]:mm:ss"), (170, "yyyy-mm-dd"), (171, "[h]:mm"), (172, "0.00##"),
    ];

    /// <summary>Fills of the bands, worst to best.</summary>
    private static readonly string[] BandFills = ["FFF4CCCC", "FFFFE699", "FFD9EAD3", "FFB6D7A8"];

    private static readonly object Omitted = new();

    /// <summary>
    /// The worked example and native formula of every KPI of the catalogue. The examples are those of the
    /// docs pages and of the worksheet functions' example tests (a 5 000 € campaign for 100 leads...).
    /// </summary>
    private static readonly Entry[] Entries =
    [
        // Acquisition
        new("cac", "({0}+{1})/{2}", [30_000d, 15_000d, 60d]),
        new("cac_by_channel", "INDEX({0},1)/INDEX({1},1)", [new object[] { 1_000d, 600d }, new object[] { 10d, 3d }], Item: 1),
        new("cac_from_lead_cost", "{0}/{1}", [85d, new Percent(0.12)]),
        new("cpl", "{0}/{1}", [5_000d, 100d]),
        new("cost_per_qualified_lead", "{0}/{1}", [3_400d, 40d]),
        new("time_per_lead", "{0}/{1}", [new Duration(30, 0), 40d], "[h]:mm:ss"),
        new("time_to_convert", "SUMPRODUCT({1}-{0})/COUNT({0})", [new object[] { new Day(2026, 3, 1), new Day(2026, 3, 5) }, new object[] { new Day(2026, 3, 11), new Day(2026, 3, 25) }], "0.00"),

        // Activity: the dates of the events, the first and the last day counted.
        new("calls", "COUNTIFS({0},\">=\"&{1},{0},\"<=\"&{2})", [new object[] { new Day(2026, 3, 2), new Day(2026, 3, 9), new Day(2026, 4, 1) }, new Day(2026, 3, 1), new Day(2026, 3, 31)]),
        new("emails_sent", "COUNTIFS({0},\">=\"&{1},{0},\"<=\"&{2})", [new object[] { new Day(2026, 3, 2), new Day(2026, 3, 3), new Day(2026, 3, 30) }, new Day(2026, 3, 1), new Day(2026, 3, 31)]),
        new("meetings_held", "COUNTIFS({0},\">=\"&{1},{0},\"<=\"&{2})", [new object[] { new Day(2026, 1, 12), new Day(2026, 3, 2), new Day(2026, 4, 7) }, new Day(2026, 1, 1), new Day(2026, 3, 31)]),
        new("opportunities_created", "COUNTIFS({0},\">=\"&{1},{0},\"<=\"&{2})", [new object[] { new Day(2026, 3, 2), new Day(2026, 3, 8), new Day(2026, 3, 9) }, new Day(2026, 3, 2), new Day(2026, 3, 8)]),
        new("leads_contacted", "COUNTIFS({0},\">=\"&{1},{0},\"<=\"&{2})", [new object[] { new Day(2026, 3, 2), new Day(2026, 3, 30), new Day(2026, 3, 31) }, new Day(2026, 3, 1), new Day(2026, 3, 30)]),
        new("qualified_meetings", "COUNTIFS({0},\">=\"&{1},{0},\"<=\"&{2})", [new object[] { new Day(2026, 3, 2), new Day(2026, 6, 15), new Day(2027, 1, 4) }, new Day(2026, 1, 1), new Day(2026, 12, 31)]),

        // Conversion
        new("conversion_rate", "{0}/{1}", [12d, 100d]),
        new("stage_conversion", "{0}/{1}", [10d, 40d]),
        new("funnel", "INDEX({0},COLUMNS({0}))/INDEX({0},1)", [new object[] { 1_000d, 400d, 200d, 50d, 20d }], "0.0%"),
        new("quote_to_order_rate", "{0}/{1}", [40d, 200d]),
        new("meeting_booking_rate", "{0}/{1}", [10d, 250d]),
        new("mql_to_sql_rate", "{0}/{1}", [200d, 400d]),
        new("lead_to_sql_rate", "{0}/{1}", [200d, 1_000d]),
        new("lead_to_opportunity_rate", "{0}/{1}", [50d, 1_000d]),
        new("closing_rate", "{0}/{1}", [20d, 50d]),
        new("qualified_lead_rate", "{0}/{1}", [45d, 180d]),
        new("response_rate", "{0}/{1}", [30d, 200d]),
        new("open_rate", "{0}/{1}", [250d, 1_000d]),
        new("instant_payment_rate", "{0}/{1}", [96d, 240d]),

        // Sales value
        new("revenue", "SUM({0})", [new object[] { 12_000d, 4_500d, 800d }]),
        new("average_order_value", "{0}/{1}", [25_000d, 200d]),
        new("average_deal_size", "{0}/{1}", [96_000d, 8d]),
        new("customer_lifetime_value", "{0}*{1}*{2}", [500d, 4d, 5d]),
        new("additional_revenue_from_capacity", "({1}-{0})*{2}", [8d, 11d, 3_500d]),

        // Efficiency
        new("sales_cycle_length", "SUMPRODUCT({1}-{0})/COUNT({0})", [new object[] { new Day(2026, 1, 5), new Day(2026, 1, 10) }, new object[] { new Day(2026, 2, 4), new Day(2026, 2, 24) }], "0.00"),
        new("ltv_to_cac", "{0}/{1}", [10_000d, 2_500d]),
        new("average_handling_time", "{0}/{1}", [new Duration(10, 0), 30d], "[h]:mm:ss"),
        new("average_response_time", "{0}/{1}", [new Duration(30, 0), 40d], "[h]:mm:ss"),
        new("self_service_rate", "{0}/{1}", [120d, 400d]),
        new("follow_ups_per_invoice", "{0}/{1}", [150d, 50d]),

        // Retention
        new("retention_rate", "{0}/{1}", [300d, 400d]),
        new("churn_rate", "{0}/{1}", [100d, 400d]),
        new(
            "multi_year_retention",
            "SUMPRODUCT(({1}={2})*(COUNTIFS({0},{0},{1},{2}+1)>0))/COUNTIF({1},{2})",
            [new object[] { "ana", "ana", "ben", "cleo", "cleo" }, new object[] { 2021d, 2022d, 2021d, 2021d, 2022d }, 2021d, 2d],
            "0.0%"),
        new("cohort_retention", "INDEX({0},{1},{2}+1)/INDEX({0},{1},1)", [new object[] { 200d, 80d, 60d }, 1d, 1d], "0.0%"),

        // Engagement
        new("session_duration", "{0}/{1}", [new Duration(33, 20), 400d], "[h]:mm:ss"),
        new("usage_frequency", "{0}/{1}", [14d, 3d]),
        new("feature_time_share", "{0}/{1}", [new Duration(0, 45), new Duration(1, 0)]),
        new("adoption_rate", "{0}/{1}", [1d, 3d]),
        new("inactive_users", "COUNTIF({0},0)", [new object[] { 12d, 2d, 0d, 0d }]),

        // Return on investment
        new("project_roi", "{0}/{1}", [24_000d, 10_000d]),
        new("marketing_roi", "{0}/{1}", [18_000d, 4_000d]),
        new("cost_per_hour_saved", "{0}/{1}", [200d, 50d]),
        new("value_of_time_saved", "{0}*{1}", [50d, 35d]),
        new("net_monthly_saving", "{0}*{1}-{2}", [50d, 35d, 200d]),
        new("payback_period", "{0}/{1}", [1_500d, 1_550d]),
        new("roi_monthly", "{0}/{1}", [1_750d, 200d]),

        // Productivity
        new("time_saved", "({0}-{1})*{2}", [1d, 0.25, 8d]),
        new("errors_avoided", "{0}-{1}", [12d, 2d]),
        new("errors_avoided_value", "{0}*{1}", [22d, 150d]),
        new("capacity_increase", "({1}-{0})/{0}", [8d, 11d]),
        new("time_reinvestment_mix", "INDEX({0},1)/SUM({0})", [new object[] { 9d, 5d, 3d, 3d }, 4d], "0.0%", Item: 1),

        // Satisfaction
        new("nps", "100*({0}-{2})/({0}+{1}+{2})", [50d, 32d, 18d]),
        new("complaint_rate", "{0}/{1}", [8d, 100d]),
        new("mental_load_change", "({1}-{0})/{0}", [7d, 3d]),

        // Profitability
        new("gross_margin_rate", "({0}-{1})/{0}", [48_000d, 30_000d]),
        new("contribution_margin", "{0}-{1}", [48_000d, 33_600d]),
        new("markup_rate", "({0}-{1})/{1}", [100d, 80d]),
        new("break_even_revenue", "{0}/{1}", [10_800d, new Percent(0.3)]),
        new("break_even_units", "{0}/({1}-{2})", [10_800d, 120d, 84d]),
        new("margin_of_safety", "({0}-{1})/{0}", [48_000d, 36_000d]),

        // Investment: flows in a row, the first today for IRR and MIRR, at the end of period 1 for NPV.
        // The discounted payback counts the periods whose cumulated discounted flows are negative (MMULT
        // cumulates them), so it assumes they stay paid back once they are, as an investment's do.
        new("npv", "NPV({0},{1})", [new Percent(0.1), new object[] { 1_000d, 1_000d, 1_000d }], "#,##0.00"),
        new("xnpv", "XNPV({0},{1},{2})", [new Percent(0.09), new object[] { -10_000d, 2_750d, 4_250d, 3_250d, 2_750d }, new object[] { new Day(2008, 1, 1), new Day(2008, 3, 1), new Day(2008, 10, 30), new Day(2009, 2, 15), new Day(2009, 4, 1) }], "#,##0.00"),
        new("irr", "IRR({0},{1})", [new object[] { -10_000d, 6_000d, 6_000d }, new Percent(0.1)]),
        new("xirr", "XIRR({0},{1},{2})", [new object[] { -10_000d, 2_750d, 4_250d, 3_250d, 2_750d }, new object[] { new Day(2008, 1, 1), new Day(2008, 3, 1), new Day(2008, 10, 30), new Day(2009, 2, 15), new Day(2009, 4, 1) }, new Percent(0.1)]),
        new("mirr", "MIRR({0},{1},{2})", [new object[] { -120_000d, 39_000d, 30_000d, 21_000d, 37_000d, 46_000d }, new Percent(0.1), new Percent(0.12)]),
        new(
            "discounted_payback",
            "SUMPRODUCT(--(MMULT({1}/(1+{0})^(COLUMN({1})-MIN(COLUMN({1}))),--(TRANSPOSE(COLUMN({1}))<=COLUMN({1})))<0))-1"
                + "-SUMPRODUCT({1}/(1+{0})^(COLUMN({1})-MIN(COLUMN({1})))*(COLUMN({1})-MIN(COLUMN({1}))<SUMPRODUCT(--(MMULT({1}/(1+{0})^(COLUMN({1})-MIN(COLUMN({1}))),--(TRANSPOSE(COLUMN({1}))<=COLUMN({1})))<0))))"
                + "/SUMPRODUCT({1}/(1+{0})^(COLUMN({1})-MIN(COLUMN({1})))*(COLUMN({1})-MIN(COLUMN({1}))=SUMPRODUCT(--(MMULT({1}/(1+{0})^(COLUMN({1})-MIN(COLUMN({1}))),--(TRANSPOSE(COLUMN({1}))<=COLUMN({1})))<0))))",
            [new Percent(0.08), new object[] { -12_000d, 5_000d, 5_000d, 4_000d }],
            "0.00"),
        new("cagr", "({1}/{0})^(1/{2})-1", [100_000d, 121_000d, 2d]),

        // Subscription: one row per customer, previous and current MRR, and 1 for a customer who paid
        // before. A rise (p < c) is new, reactivation or expansion; a fall (p > c) churn or contraction;
        // the sum over customers who paid last month of min(p, c) is what they kept.
        new("mrr", "SUM({0})", [new object[] { 49d, 99d, 100d }]),
        new("arr", "12*{0}", [1_060d]),
        new("mrr_movements", "SUMPRODUCT(({0}=0)*({3}>0)*{1})", [new object[] { 100d, 200d, 300d, 80d, 0d, 0d }, new object[] { 100d, 250d, 260d, 0d, 100d, 30d }, "reactivation", new object[] { 1d, 1d, 1d, 1d, 0d, 1d }]),
        new("gross_mrr_churn_rate", "SUMPRODUCT(({0}>{1})*({0}-{1}))/SUM({0})", [new object[] { 100d, 200d, 300d, 80d, 0d, 0d }, new object[] { 100d, 250d, 260d, 0d, 100d, 30d }, new object[] { 1d, 1d, 1d, 1d, 0d, 1d }]),
        new("net_mrr_churn_rate", "(SUM({0})-SUM({1})+SUMPRODUCT(({0}=0)*({2}=0)*{1}))/SUM({0})", [new object[] { 100d, 200d, 300d, 80d, 0d, 0d }, new object[] { 100d, 250d, 260d, 0d, 100d, 30d }, new object[] { 1d, 1d, 1d, 1d, 0d, 1d }]),
        new("net_revenue_retention", "SUMPRODUCT(({0}>0)*{1})/SUM({0})", [new object[] { 100d, 200d, 300d, 80d, 0d, 0d }, new object[] { 100d, 250d, 260d, 0d, 100d, 30d }, new object[] { 1d, 1d, 1d, 1d, 0d, 1d }]),
        new("gross_revenue_retention", "SUMPRODUCT(({0}>0)*(({1}<{0})*{1}+({1}>={0})*{0}))/SUM({0})", [new object[] { 100d, 200d, 300d, 80d, 0d, 0d }, new object[] { 100d, 250d, 260d, 0d, 100d, 30d }, new object[] { 1d, 1d, 1d, 1d, 0d, 1d }]),
        new("arpa", "{0}/{1}", [740d, 5d]),
        new("saas_quick_ratio", "SUMPRODUCT(({1}>{0})*({1}-{0}))/SUMPRODUCT(({0}>{1})*({0}-{1}))", [new object[] { 100d, 200d, 300d, 80d, 0d, 0d }, new object[] { 100d, 250d, 260d, 0d, 100d, 30d }, new object[] { 1d, 1d, 1d, 1d, 0d, 1d }]),
        new("churn_based_ltv", "{0}*{1}/{2}", [148d, new Percent(0.8), new Percent(0.02)]),
        new("cac_payback_months", "{0}/({1}*{2})", [1_184d, 148d, new Percent(0.8)], "0.00"),
        // Statistics: z from NORM.S.INV; the interval's cell is its lower bound, the change's its p-value (z-test case).
        new("rate_confidence_interval", "({0}/{1}+NORM.S.INV(1-(1-{2})/2)^2/(2*{1})-NORM.S.INV(1-(1-{2})/2)*SQRT({0}/{1}*(1-{0}/{1})/{1}+NORM.S.INV(1-(1-{2})/2)^2/(4*{1}^2)))/(1+NORM.S.INV(1-(1-{2})/2)^2/{1})", [81d, 263d, new Percent(0.95)], "0.00##"),
        new("change_significance", "2*(1-NORM.S.DIST(ABS(({2}/{3}-{0}/{1})/SQRT(({0}+{2})/({1}+{3})*(1-({0}+{2})/({1}+{3}))*(1/{1}+1/{3}))),TRUE))", [20d, 200d, 40d, 200d], "0.00##"),
        new("nps_margin_of_error", "NORM.S.INV(1-(1-{3})/2)*SQRT((({0}+{2})/({0}+{1}+{2})-(({0}-{2})/({0}+{1}+{2}))^2)/({0}+{1}+{2}))*100", [60d, 25d, 15d, new Percent(0.95)], "0.00"),
        new("required_sample_size", "ROUNDUP(NORM.S.INV(1-(1-{1})/2)^2*{2}*(1-{2})/{0}^2,0)", [new Percent(0.05), new Percent(0.95), new Percent(0.5)]),
    ];

    public static int KpiCount => Entries.Length;

    public static int SheetCount => InWorkbook.Select(k => k.Family).Distinct().Count();

    /// <summary>The catalogue without the KPIs that have no worksheet function nor native formula (<see cref="CatalogueOnlyKpis"/>).</summary>
    private static IEnumerable<KpiDefinition> InWorkbook => KpiCatalog.All.Where(k => !CatalogueOnlyKpis.Ids.Contains(k.Id));

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Build()
    {
        var missing = InWorkbook.Select(k => k.Id).Except(Entries.Select(e => e.Id)).ToList();
        var unknown = Entries.Select(e => e.Id).Except(InWorkbook.Select(k => k.Id)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidOperationException($"The workbook's entries do not match the catalogue: missing {string.Join(", ", missing)}; unknown {string.Join(", ", unknown)}.");
        }

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Relationship ids are given, not drawn at random, so that two runs write the same package.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var family in Enum.GetValues<KpiFamily>())
            {
                var kpis = KpiCatalog.InFamily(family).Where(k => !CatalogueOnlyKpis.Ids.Contains(k.Id)).ToList();
                if (kpis.Count == 0)
                {
                    continue;
                }

                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>("rId" + (sheetId + 1).ToString(CultureInfo.InvariantCulture));
                worksheetPart.Worksheet = FamilySheet(family, kpis);
                sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = family.ToString() });
            }

            // Ask a spreadsheet to compute every formula on opening: no value is cached in the file.
            workbookPart.Workbook.AppendChild(new CalculationProperties { FullCalculationOnLoad = true });
        }

        return Normalize(stream.ToArray());
    }

    /// <summary>Null when two workbooks hold the same entries with the same contents, else what differs.</summary>
    public static string? Difference(byte[] committed, byte[] fresh)
    {
        var left = Entries(committed);
        var right = Entries(fresh);
        var names = left.Keys.Union(right.Keys).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!left.TryGetValue(name, out var a) || !right.TryGetValue(name, out var b) || !a.AsSpan().SequenceEqual(b))
            {
                return $"its part {name} differs";
            }
        }

        return null;

        static Dictionary<string, byte[]> Entries(byte[] zip)
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            return archive.Entries.ToDictionary(e => e.FullName, e =>
            {
                using var content = e.Open();
                using var copy = new MemoryStream();
                content.CopyTo(copy);
                return copy.ToArray();
            });
        }
    }

    private static Worksheet FamilySheet(KpiFamily family, List<KpiDefinition> kpis)
    {
        var rows = new SortedDictionary<uint, Row>();
        var formats = new List<ConditionalFormatting>();
        var functions = KpiFunctions.Describe();
        uint r = 1;
        Text(rows, r, 1, $"{family}: {kpis.Count} KPIs of the KpiFormulas catalogue", TitleStyle);
        Text(rows, r + 1, 1, "Type your figures in the yellow cells: each result is the plain spreadsheet formula beside it, no add-in needed. Column G gives the same KPI with the KpiFormulas.Excel add-in; column H the formula in words.", NoteStyle);
        r += 3;
        foreach (var kpi in kpis)
        {
            var entry = Entries.Single(e => e.Id == kpi.Id);
            var function = functions.Single(f => f.KpiId == kpi.Id && f.Name == "KPI." + kpi.Id.ToUpperInvariant());
            if (function.Arguments.Count != entry.Example.Length)
            {
                throw new InvalidOperationException($"{kpi.Id}: the example has {entry.Example.Length} values for the {function.Arguments.Count} arguments of {function.Name}.");
            }

            Text(rows, r, 1, kpi.EnglishName, HeaderStyle);
            Text(rows, r, 2, kpi.FrenchName, HeaderStyle);
            Text(rows, r, 3, kpi.Unit, HeaderStyle);
            Text(rows, r, 4, kpi.Direction == Direction.HigherIsBetter ? "higher is better" : "lower is better", HeaderStyle);
            Text(rows, r, 7, kpi.Id, HeaderStyle);
            Text(rows, r, 8, kpi.Formula, HeaderStyle);
            r++;

            var references = new List<string>();
            for (var a = 0; a < entry.Example.Length; a++, r++)
            {
                var argument = function.Arguments[a];
                Text(rows, r, 1, Label(argument.Name), LabelStyle);
                Text(rows, r, 8, argument.Description, NoteStyle);
                if (entry.Example[a] is object[] range)
                {
                    for (var c = 0; c < range.Length; c++)
                    {
                        Input(rows, r, (uint)(2 + c), range[c]);
                    }

                    references.Add($"B{r}:{Column(1 + range.Length)}{r}");
                }
                else
                {
                    Input(rows, r, 2, entry.Example[a]);
                    references.Add($"B{r}");
                }
            }

            var result = $"B{r}";
            Text(rows, r, 1, "Result", LabelStyle);
            var format = entry.Format ?? DefaultFormat(kpi.ResultKind);
            Cell(rows, r, 2, new Cell { CellFormula = new CellFormula(Stored(Fill(entry.Template, references))), StyleIndex = ResultStyle + FormatIndex(format) });
            var call = $"{function.Name}({string.Join(",", references)})";
            Text(rows, r, 7, "=" + (entry.Item is { } item ? $"INDEX({call},{item})" : call), NoteStyle);
            r++;

            if (kpi.Bands is { } bands)
            {
                var levels = Bands(bands);
                Text(rows, r, 1, "Band", LabelStyle);
                Cell(rows, r, 2, new Cell { CellFormula = new CellFormula(LevelFormula(levels, result)), StyleIndex = LabelStyle });
                Text(rows, r, 7, $"=KPI.{kpi.Id.ToUpperInvariant()}_LEVEL({result})", NoteStyle);
                Text(rows, r, 8, string.Join("; ", bands.Describe()), NoteStyle);
                formats.Add(BandFormatting(levels, result, kpi.Direction));
                r++;
            }

            r++;
        }

        var worksheet = new Worksheet();
        worksheet.AppendChild(new Columns(
            new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 1, Max = 1, Width = 34, CustomWidth = true },
            new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 2, Max = 6, Width = 16, CustomWidth = true },
            new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 7, Max = 7, Width = 44, CustomWidth = true },
            new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 8, Max = 8, Width = 90, CustomWidth = true }));
        worksheet.AppendChild(new SheetData(rows.Values));
        foreach (var formatting in formats)
        {
            worksheet.AppendChild(formatting);
        }

        return worksheet;
    }

    private static string Label(string argument)
    {
        var words = argument.Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// The formula as the file stores it: the functions added in Excel 2010 and later carry the <c>_xlfn.</c>
    /// prefix there (a user types and sees <c>NORM.S.INV</c>); without it a spreadsheet reads an unknown name.
    /// </summary>
    private static string Stored(string formula) =>
        System.Text.RegularExpressions.Regex.Replace(formula, @"(?<![\w.])(NORM\.S\.INV|NORM\.S\.DIST)\(", "_xlfn.$1(");

    private static string Fill(string template, List<string> references)
    {
        for (var i = 0; i < references.Count; i++)
        {
            template = template.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", references[i], StringComparison.Ordinal);
        }

        return template;
    }

    private static string DefaultFormat(ResultKind kind) => kind switch
    {
        ResultKind.Money or ResultKind.MoneyPerGroup => "#,##0.00",
        ResultKind.Rate or ResultKind.Change or ResultKind.RateTable => "0.0%",
        ResultKind.Ratio => "0.00\" : 1\"",
        ResultKind.Count => "0",
        _ => "0.00##",
    };

    private static uint FormatIndex(string format) =>
        (uint)Array.FindIndex(Formats, f => f.Code == format) is var i && i < Formats.Length ? i : throw new InvalidOperationException($"No style for the format {format}.");

    private static void Input(SortedDictionary<uint, Row> rows, uint row, uint column, object value)
    {
        var cell = value switch
        {
            double number => new Cell { CellValue = new CellValue(number), StyleIndex = InputStyle },
            Percent percent => new Cell { CellValue = new CellValue(percent.Fraction), StyleIndex = InputPercentStyle },
            Day day => new Cell { CellValue = new CellValue(day.Serial), StyleIndex = InputDateStyle },
            Duration duration => new Cell { CellValue = new CellValue(duration.Days), StyleIndex = InputDurationStyle },
            string text => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text))) { DataType = CellValues.InlineString, StyleIndex = TextInputStyle },
            _ => throw new InvalidOperationException($"Unknown input {value}."),
        };
        Cell(rows, row, column, cell);
    }

    private static void Text(SortedDictionary<uint, Row> rows, uint row, uint column, string text, uint style) =>
        Cell(rows, row, column, new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style });

    private static void Cell(SortedDictionary<uint, Row> rows, uint row, uint column, Cell cell)
    {
        if (!rows.TryGetValue(row, out var line))
        {
            line = new Row { RowIndex = row };
            rows.Add(row, line);
        }

        cell.CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture);
        var after = line.Elements<Cell>().LastOrDefault(c => ColumnOf(c) < column);
        if (after is null)
        {
            line.PrependChild(cell);
        }
        else
        {
            after.InsertAfterSelf(cell);
        }
    }

    private static uint ColumnOf(Cell cell) =>
        cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).Aggregate(0u, (n, c) => (n * 26) + (uint)(c - 'A' + 1));

    private static string Column(uint column) => column <= 26 ? ((char)('A' + column - 1)).ToString() : Column((column - 1) / 26) + (char)('A' + ((column - 1) % 26));

    private static string Column(int column) => Column((uint)column);

    /// <summary>A band in the sheet's unit: its level's name and its bounds (null: unbounded).</summary>
    private sealed record Level(string Name, double? Lower, bool LowerInclusive, double? Upper, bool UpperInclusive);

    private static List<Level> Bands(IBandSet bands)
    {
        var list = (System.Collections.IEnumerable)bands.GetType().GetProperty("Bands")!.GetValue(bands)!;
        var levels = new List<Level>();
        foreach (var band in list)
        {
            var type = band.GetType();
            levels.Add(new Level(
                type.GetProperty("Level")!.GetValue(band)!.ToString()!,
                InSheet(type.GetProperty("Lower")!.GetValue(band)),
                (bool)type.GetProperty("LowerInclusive")!.GetValue(band)!,
                InSheet(type.GetProperty("Upper")!.GetValue(band)),
                (bool)type.GetProperty("UpperInclusive")!.GetValue(band)!));
        }

        return levels;
    }

    /// <summary>A threshold as the sheet holds it: a ratio x of x : 1, a rate as its fraction, a number as it is.</summary>
    private static double? InSheet(object? value) => value switch
    {
        null => null,
        decimal number => (double)number,
        Ratio ratio => (double)ratio.Value,
        Rate rate => (double)rate.Fraction,
        _ => throw new InvalidOperationException($"No sheet form for a threshold of type {value.GetType().Name}."),
    };

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The level's name: nested IFs from the highest band down, each tested on its lower bound.</summary>
    private static string LevelFormula(List<Level> levels, string cell)
    {
        var formula = $"\"{levels[0].Name}\"";
        for (var i = 1; i < levels.Count; i++)
        {
            var level = levels[i];
            formula = $"IF({cell}{(level.LowerInclusive ? ">=" : ">")}{Invariant(level.Lower!.Value)},\"{level.Name}\",{formula})";
        }

        return formula;
    }

    private static ConditionalFormatting BandFormatting(List<Level> levels, string cell, Direction direction)
    {
        var formatting = new ConditionalFormatting { SequenceOfReferences = new ListValue<StringValue> { InnerText = cell } };
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var conditions = new List<string>();
            if (level.Lower is { } lower)
            {
                conditions.Add($"{cell}{(level.LowerInclusive ? ">=" : ">")}{Invariant(lower)}");
            }

            if (level.Upper is { } upper)
            {
                conditions.Add($"{cell}{(level.UpperInclusive ? "<=" : "<")}{Invariant(upper)}");
            }

            // Worst band red, best green: the order of the bands is the order of the values.
            var rank = direction == Direction.HigherIsBetter ? i : levels.Count - 1 - i;
            var fill = levels.Count == 2 ? (rank == 0 ? 0 : 3) : levels.Count == 3 ? new[] { 0, 1, 3 }[rank] : rank;
            formatting.AppendChild(new ConditionalFormattingRule(new DocumentFormat.OpenXml.Spreadsheet.Formula($"AND(ISNUMBER({cell}),{string.Join(",", conditions)})"))
            {
                Type = ConditionalFormatValues.Expression,
                FormatId = (uint)fill,
                Priority = i + 1,
            });
        }

        return formatting;
    }

    private static Stylesheet Stylesheet()
    {
        var numberingFormats = new NumberingFormats(Formats.Select(f => new NumberingFormat { NumberFormatId = f.Id, FormatCode = f.Code }));
        numberingFormats.Count = (uint)Formats.Length;
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 10 }, new Color { Rgb = "FF666666" }, new FontName { Val = "Calibri" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(new Border());
        var cellFormats = new CellFormats(
            new CellFormat(),                                                                       // 0 default
            new CellFormat { FontId = 1, ApplyFont = true },                                        // 1 title
            new CellFormat { FontId = 0 },                                                          // 2 label
            new CellFormat { FontId = 3, ApplyFont = true },                                        // 3 note
            new CellFormat { FillId = 2, ApplyFill = true },                                        // 4 input
            new CellFormat { FillId = 2, NumberFormatId = 165, ApplyFill = true, ApplyNumberFormat = true }, // 5 input %
            new CellFormat { FillId = 2, NumberFormatId = 170, ApplyFill = true, ApplyNumberFormat = true }, // 6 input date
            new CellFormat { FillId = 2, NumberFormatId = 171, ApplyFill = true, ApplyNumberFormat = true }); // 7 input duration
        foreach (var (id, _) in Formats)
        {
            cellFormats.AppendChild(new CellFormat { FontId = 2, NumberFormatId = id, ApplyFont = true, ApplyNumberFormat = true }); // 8.. results
        }

        cellFormats.AppendChild(new CellFormat { FontId = 2, ApplyFont = true });                 // 17 header
        cellFormats.AppendChild(new CellFormat { FillId = 2, ApplyFill = true });                 // 18 text input
        if (cellFormats.ChildElements.Count != TextInputStyle + 1)
        {
            throw new InvalidOperationException("The style indexes do not match the cell formats.");
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        var differentialFormats = new DifferentialFormats(BandFills.Select(rgb =>
            new DifferentialFormat(new Fill(new PatternFill(new BackgroundColor { Rgb = rgb }) { PatternType = PatternValues.Solid }))));
        differentialFormats.Count = (uint)BandFills.Length;
        return new Stylesheet(numberingFormats, fonts, fills, borders, cellFormats, differentialFormats);
    }

    /// <summary>The same package with its entries in a fixed order and a fixed date, so that two runs give the same bytes.</summary>
    private static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
