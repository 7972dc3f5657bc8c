using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace KpiFormulas.Charts.Tests;

public sealed class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // fr-FR as the machine's ICU defines it. The expected texts are written by the BCL's own
    // formatting (F below), independent of the chart code; the culture's separators (a narrow
    // no-break space between thousands, a comma before the decimals) are what an English-formatted
    // label would not have.
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static SvgChart Payback() => Chart.Lines(
        "Payback after a 1 500 € investment",
        "Month",
        "Cumulative net saving",
        ["M0", "M1", "M2", "M3"],
        [new LineSeries("50 h a month", [-1_500m, 50m, 1_600m, 3_150m]), new LineSeries("5 h a month", [-1_500m, null, -1_530m, -1_545m], Dashed: true)],
        band: null,
        new ValueFormat("C0", French));

    private static SvgChart Heatmap() => Chart.RetentionHeatmap(
        "Cohorts & retention",
        "Months since the first order",
        ["M0", "M1", "M2"],
        [new CohortRow("2025-01", [1m, 0.625m, 0.5m]), new CohortRow("2025-02", [1m, 0.4m])],
        new ValueFormat("P0", French));

    [Fact]
    public void The_same_chart_gives_the_same_bytes_whatever_was_drawn_before_it()
    {
        var first = Payback().Markup;
        _ = Heatmap();
        _ = Chart.Funnel("Funnel", [("Visit", 12_500), ("Signup", 1_875)], new ValueFormat("N0", French), new ValueFormat("P1", French));

        Assert.Equal(first, Payback().Markup);
    }

    [Fact]
    public void A_chart_is_a_standalone_svg_with_its_title_first_a_description_and_a_viewbox()
    {
        var chart = Heatmap();
        var root = XDocument.Parse(chart.Markup).Root!;

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal($"0 0 {(string?)root.Attribute("width")} {(string?)root.Attribute("height")}", (string?)root.Attribute("viewBox"));
        Assert.Equal("Cohorts & retention", root.Elements().First(e => e.Name == Svg + "title").Value);
        Assert.Equal(Svg + "title", root.Elements().First().Name);
        Assert.Contains($"2025-02: M0 {F(1m, "P0")}, M1 {F(0.4m, "P0")}.", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", chart.Markup, StringComparison.Ordinal);
        Assert.EndsWith("</svg>\n", chart.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", chart.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Clip_paths_are_numbered_from_the_start_of_each_document_and_every_reference_follows()
    {
        _ = Payback();
        var markup = Payback().Markup;

        var ids = Regex.Matches(markup, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(Enumerable.Range(0, ids.Count).Select(i => $"cl{i}"), ids);
        foreach (Match reference in Regex.Matches(markup, @"url\(#([^)]+)\)"))
        {
            Assert.Contains(reference.Groups[1].Value, ids);
        }
    }

    [Fact]
    public void Every_text_uses_the_chart_font_and_no_glyph_position_list_ends_with_a_comma()
    {
        var texts = Texts(Payback().Markup);

        Assert.All(texts, t => Assert.Equal("DejaVu Sans, sans-serif", (string?)t.Attribute("font-family")));
        Assert.All(texts, t => Assert.False(((string?)t.Attribute("x"))?.TrimEnd().EndsWith(',')));
    }

    [Fact]
    public void Ticks_and_labels_of_a_money_chart_are_all_written_in_the_one_culture_given()
    {
        var chart = Chart.Bars("Net saving", "Saving", [("Example", 20_000m), ("20 h", 500m), ("5 h", -25m)], new ValueFormat("C0", French));

        var money = TextContents(chart.Markup).Where(t => t.Contains('€', StringComparison.Ordinal)).ToList();

        // The value labels, written by hand in fr-FR.
        Assert.Contains("20\u202F000 €", money);
        Assert.Contains(F(20_000m, "C0"), money);
        Assert.Contains(F(500m, "C0"), money);
        Assert.Contains(F(-25m, "C0"), money);
        // Ticks included: digits grouped by narrow no-break spaces, no decimals, never "20,000 €".
        Assert.True(money.Count > 3, "the value axis has tick labels");
        Assert.All(money, text => Assert.Matches("^-?[0-9]{1,3}(\u202F[0-9]{3})* €$", text));
    }

    [Fact]
    public void Ticks_may_have_fewer_decimals_than_the_values_but_keep_the_culture()
    {
        var chart = Chart.Bars("CAC", "CAC", [("Google Ads", 1_328.57m)], new ValueFormat("C", French, tickPattern: "C0"));

        var money = TextContents(chart.Markup).Where(t => t.Contains('€', StringComparison.Ordinal)).ToList();

        Assert.Equal([F(1_328.57m, "C")], money.Where(t => t.Contains(',', StringComparison.Ordinal)));
        Assert.Contains(F(1_000m, "C0"), money);
    }

    [Fact]
    public void A_heatmap_writes_its_rates_with_the_tables_decimals_and_leaves_missing_cells_blank()
    {
        var texts = TextContents(Heatmap().Markup).ToList();

        Assert.Equal(2, texts.Count(t => t == F(1m, "P0")));
        Assert.Contains("63 %", texts);
        Assert.Contains(F(0.4m, "P0"), texts);
        Assert.Equal(5, texts.Count(t => t.EndsWith('%')));
    }

    [Fact]
    public void A_heatmap_of_probabilities_names_its_axes_writes_each_value_and_leaves_missing_cells_blank()
    {
        // Two rows (0 and 1 repeat purchases) by three columns; the first row has one value only.
        var chart = Chart.Heatmap(
            "Probability alive",
            "Weeks of recency",
            "Repeat purchases",
            ["0", "10", "20"],
            [new HeatmapRow("0", [0.25m]), new HeatmapRow("1", [null, 0.5m, 0.875m])],
            new ValueFormat("P0", French));
        var texts = TextContents(chart.Markup).ToList();
        var description = XDocument.Parse(chart.Markup).Root!.Element(Svg + "desc")!.Value;

        Assert.Equal(3, texts.Count(t => t.EndsWith('%')));
        Assert.Contains(F(0.25m, "P0"), texts);
        Assert.Contains(F(0.875m, "P0"), texts);
        Assert.Contains("Weeks of recency", texts);
        Assert.Contains("Repeat purchases", texts);
        Assert.StartsWith("Heatmap, rows: Repeat purchases (0, 1); columns: Weeks of recency (0, 10, 20).", description, StringComparison.Ordinal);
        Assert.Contains($"1: 10 {F(0.5m, "P0")}, 20 {F(0.875m, "P0")}.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_funnel_labels_each_stage_with_its_count_and_its_step_rate()
    {
        var chart = Chart.Funnel("Signup funnel", [("Visit", 12_500), ("Signup", 1_875), ("Paid", 0), ("Renewed", 0)], new ValueFormat("N0", French), new ValueFormat("P1", French));
        var texts = TextContents(chart.Markup).ToList();

        Assert.Contains("12\u202F500", texts);
        Assert.Contains($"{F(1_875m, "N0")} · 15,0 % of previous", texts);
        Assert.Contains($"0 · {F(0m, "P1")} of previous", texts);
        Assert.Contains("0 (previous stage is 0)", texts);
        Assert.Contains("Visit", texts);
        Assert.Contains("Renewed", texts);
    }

    [Fact]
    public void A_line_chart_describes_its_gaps_and_its_band()
    {
        var chart = Chart.Lines(
            "CPL",
            "Week",
            "Cost per lead",
            ["W1", "W2"],
            [new LineSeries("Actual", [20m, null])],
            new ToleranceBand("±10 % tolerance", [18m, 18m], [22m, 22m]),
            new ValueFormat("C0", French));
        var description = XDocument.Parse(chart.Markup).Root!.Element(Svg + "desc")!.Value;

        Assert.Contains($"±10 % tolerance: from {F(18m, "C0")}–{F(22m, "C0")} to {F(18m, "C0")}–{F(22m, "C0")}.", description, StringComparison.Ordinal);
        Assert.Contains($"Actual: W1 {F(20m, "C0")}, W2 no value.", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_inputs_are_refused_with_the_parameter_named()
    {
        var format = new ValueFormat("N0", CultureInfo.InvariantCulture);

        Assert.Equal("stages", Assert.Throws<ArgumentOutOfRangeException>(() => Chart.Funnel("F", [("A", -1)], format, format)).ParamName);
        Assert.Equal("bars", Assert.Throws<ArgumentException>(() => Chart.Bars("B", "V", [], format)).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Chart.Lines("L", "X", "Y", ["a", "b"], [new LineSeries("S", [1m])], null, format)).ParamName);
        Assert.Equal("band", Assert.Throws<ArgumentException>(() => Chart.Lines("L", "X", "Y", ["a", "b"], [new LineSeries("S", [1m, 2m])], new ToleranceBand("T", [2m, 2m], [1m, 3m]), format)).ParamName);
        Assert.Equal("cohorts", Assert.Throws<ArgumentException>(() => Chart.RetentionHeatmap("H", "M", ["M0"], [new CohortRow("C", [1m, 0.5m])], format)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => Chart.Heatmap("H", "X", "Y", ["a"], [new HeatmapRow("r", [1m, 0.5m])], format)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentOutOfRangeException>(() => Chart.Heatmap("H", "X", "Y", ["a"], [new HeatmapRow("r", [-0.1m])], format)).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => Chart.Heatmap("H", "X", "Y", [], [new HeatmapRow("r", [])], format)).ParamName);
        Assert.Equal("rowAxis", Assert.Throws<ArgumentException>(() => Chart.Heatmap("H", "X", " ", ["a"], [new HeatmapRow("r", [0.5m])], format)).ParamName);
        Assert.Equal("pattern", Assert.Throws<ArgumentException>(() => new ValueFormat(" ", CultureInfo.InvariantCulture)).ParamName);
    }

    private static string F(decimal value, string format) => value.ToString(format, French);

    private static XElement[] Texts(string markup) => [.. XDocument.Parse(markup).Descendants(Svg + "text")];

    private static string[] TextContents(string markup) => [.. Texts(markup).Select(t => t.Value.Trim('\n', '\t', ' '))];
}
