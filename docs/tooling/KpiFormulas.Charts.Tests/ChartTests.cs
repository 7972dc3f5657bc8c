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

    // A month of MRR: 10 000 € opening, +1 200 € new, +300 € expansion, −450 € contraction, −800 €
    // churned, so 10 250 € closing (10 000 + 1 200 + 300 − 450 − 800, by hand).
    private static readonly string[] WaterfallLabels = ["Opening", "New", "Expansion", "Contraction", "Churned", "Closing"];

    private static SvgChart MrrWaterfall() => Chart.Waterfall(
        "MRR in March",
        "MRR",
        ("Opening", 10_000m),
        [("New", 1_200m), ("Expansion", 300m), ("Contraction", -450m), ("Churned", -800m)],
        "Closing",
        new ValueFormat("C0", French));

    [Fact]
    public void A_waterfall_labels_its_opening_its_signed_changes_and_the_closing_sum_in_the_one_culture()
    {
        var texts = TextContents(MrrWaterfall().Markup).ToList();

        Assert.Contains("10\u202F000 €", texts);
        Assert.Contains("+" + F(1_200m, "C0"), texts);
        Assert.Contains("+" + F(300m, "C0"), texts);
        Assert.Contains(F(-450m, "C0"), texts);
        Assert.Contains(F(-800m, "C0"), texts);
        Assert.Contains("10\u202F250 €", texts);
        Assert.All(WaterfallLabels, label => Assert.Contains(label, texts));
        Assert.All(texts.Where(t => t.Contains('€', StringComparison.Ordinal)), text => Assert.Matches("^[+-]?[0-9]{1,3}(\u202F[0-9]{3})* €$", text));
    }

    [Fact]
    public void A_waterfall_describes_its_bars_in_order()
    {
        var description = XDocument.Parse(MrrWaterfall().Markup).Root!.Element(Svg + "desc")!.Value;

        Assert.EndsWith(
            $"Opening: {F(10_000m, "C0")}. New: +{F(1_200m, "C0")}. Expansion: +{F(300m, "C0")}. Contraction: {F(-450m, "C0")}. Churned: {F(-800m, "C0")}. Closing: {F(10_250m, "C0")}.",
            description,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_waterfall_floats_each_change_between_the_running_totals_and_stands_the_totals_on_zero()
    {
        var bars = Rectangles(MrrWaterfall().Markup);

        // Opening and closing in blue, two rises in green, two falls in red.
        Assert.Equal(2, bars.Count(b => b.Fill == "#1F77B4"));
        Assert.Equal(2, bars.Count(b => b.Fill == "#2CA02C"));
        Assert.Equal(2, bars.Count(b => b.Fill == "#D62728"));

        // Left to right: heights proportional to the values (pixels per euro from the opening bar),
        // each change starting where the running total stood, and both totals ending on one baseline.
        var ordered = bars.OrderBy(b => b.X).ToList();
        var perEuro = ordered[0].Height / 10_000.0;
        decimal[] sizes = [10_000m, 1_200m, 300m, 450m, 800m, 10_250m];
        for (var i = 0; i < sizes.Length; i++)
        {
            Assert.Equal((double)sizes[i] * perEuro, ordered[i].Height, 0.6);
        }

        var zero = ordered[0].Y + ordered[0].Height;
        Assert.Equal(zero, ordered[^1].Y + ordered[^1].Height, 0.6);
        Assert.Equal(ordered[0].Y, ordered[1].Y + ordered[1].Height, 0.6);              // New rises from 10 000
        Assert.Equal(ordered[1].Y, ordered[2].Y + ordered[2].Height, 0.6);              // Expansion rises from 11 200
        Assert.Equal(ordered[2].Y, ordered[3].Y, 0.6);                                  // Contraction falls from 11 500
        Assert.Equal(ordered[3].Y + ordered[3].Height, ordered[4].Y, 0.6);              // Churned falls from 11 050
        Assert.Equal(ordered[4].Y + ordered[4].Height, ordered[5].Y, 0.6);              // to the closing 10 250
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
        Assert.Equal("changes", Assert.Throws<ArgumentException>(() => Chart.Waterfall("W", "V", ("Open", 1m), [], "Close", format)).ParamName);
        Assert.Equal("opening", Assert.Throws<ArgumentException>(() => Chart.Waterfall("W", "V", (" ", 1m), [("Up", 1m)], "Close", format)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => Chart.Heatmap("H", "X", "Y", ["a"], [new HeatmapRow("r", [1m, 0.5m])], format)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentOutOfRangeException>(() => Chart.Heatmap("H", "X", "Y", ["a"], [new HeatmapRow("r", [-0.1m])], format)).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => Chart.Heatmap("H", "X", "Y", [], [new HeatmapRow("r", [])], format)).ParamName);
        Assert.Equal("rowAxis", Assert.Throws<ArgumentException>(() => Chart.Heatmap("H", "X", " ", ["a"], [new HeatmapRow("r", [0.5m])], format)).ParamName);
        Assert.Equal("pattern", Assert.Throws<ArgumentException>(() => new ValueFormat(" ", CultureInfo.InvariantCulture)).ParamName);
    }

    private static string F(decimal value, string format) => value.ToString(format, French);

    private static XElement[] Texts(string markup) => [.. XDocument.Parse(markup).Descendants(Svg + "text")];

    // The filled bars of a chart as ScottPlot writes them: paths or rectangles with a fill colour;
    // their bounding boxes in pixels, read from the drawing commands.
    private static (string Fill, double X, double Y, double Height)[] Rectangles(string markup) =>
        [.. XDocument.Parse(markup).Descendants()
            .Where(e => (e.Name == Svg + "rect" || e.Name == Svg + "path") && ((string?)e.Attribute("fill"))?.StartsWith('#') == true)
            .Select(e => (Fill: ((string)e.Attribute("fill")!).ToUpperInvariant(), Box: Box(e)))
            .Where(b => b.Fill is "#1F77B4" or "#2CA02C" or "#D62728")
            .Select(b => (b.Fill, b.Box.X, b.Box.Y, b.Box.Height))];

    private static (double X, double Y, double Height) Box(XElement element)
    {
        if (element.Name == Svg + "rect")
        {
            double Attribute(string name) => double.Parse((string)element.Attribute(name)!, CultureInfo.InvariantCulture);
            return (Attribute("x"), Attribute("y"), Attribute("height"));
        }

        var numbers = Regex.Matches((string)element.Attribute("d")!, @"-?[0-9]+(\.[0-9]+)?").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var xs = numbers.Where((_, i) => i % 2 == 0).ToList();
        var ys = numbers.Where((_, i) => i % 2 == 1).ToList();
        return (xs.Min(), ys.Min(), ys.Max() - ys.Min());
    }

    private static string[] TextContents(string markup) => [.. Texts(markup).Select(t => t.Value.Trim('\n', '\t', ' '))];
}
