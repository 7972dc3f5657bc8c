using System;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace KpiFormulas.Charts.Tests;

public class SvgTextTests
{
    private const string Nasty = "Q&A <b>\"quoted\" 'single'</b> > done";

    private static readonly Func<SvgChart>[] AllCharts =
    [
        () => Svg.FunnelChart("Funnel 1/3", [("Visit", 3), ("Signup", 1)]),
        () => Svg.RetentionHeatmap("Heatmap", ["M0", "M1"], [new("2026-01", [1m, 1m / 3m])]),
        () => Svg.LineChart("Line", ["A", "B", "C"], [new("S", [1234.5m, 1m / 3m, 2.25m])], new ToleranceBand("T", [0m, 0m, 0m], [2m, 2m, 2m]), "#,0.00"),
        () => Svg.BarChart("Bars", [("A", 1234.5m), ("B", 1m / 3m)], "#,0.00 €"),
    ];

    [Fact]
    public void Text_and_attributes_are_escaped()
    {
        var chart = Svg.FunnelChart(Nasty, [(Nasty, 10)]);
        var root = SvgAssert.WellFormed(chart, Nasty);

        Assert.Contains("Q&amp;A &lt;b&gt;&quot;quoted&quot; &apos;single&apos;&lt;/b&gt; &gt; done", chart.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", chart.Markup, StringComparison.Ordinal);
        Assert.Equal(Nasty, SvgAssert.WithClass(root, "text", "stage").Single().Value);
    }

    [Fact]
    public void Every_chart_escapes_every_label()
    {
        SvgAssert.WellFormed(Svg.RetentionHeatmap(Nasty, [Nasty], [new(Nasty, [0.5m])]), Nasty);
        SvgAssert.WellFormed(Svg.LineChart(Nasty, [Nasty], [new(Nasty, [1m])], new ToleranceBand(Nasty, [0m], [2m]), "0' <&>'"), Nasty);
        SvgAssert.WellFormed(Svg.BarChart(Nasty, [(Nasty, 1m)], "0' \"&\"'"), Nasty);
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_replaced_and_line_breaks_become_spaces()
    {
        var root = SvgAssert.WellFormed(Svg.BarChart("Bad\u0001\ud800 chars", [("two\r\nlines", 1m)]), "Bad\ufffd\ufffd chars");
        Assert.Equal("two lines", SvgAssert.WithClass(root, "text", "x").Single().Value);
        Assert.Equal("Emoji 📈 kept", Svg.BarChart("Emoji 📈 kept", [("A", 1m)]).Title);
    }

    [Fact]
    public void Numbers_are_invariant_whatever_the_current_culture()
    {
        var invariant = Render(CultureInfo.InvariantCulture);
        var french = Render(CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Equal(invariant, french);

        // Geometry with a decimal point, labels with a comma for thousands and a point for decimals.
        var bars = french[3];
        Assert.Contains("1,234.50 €", bars, StringComparison.Ordinal);
        Assert.Contains("0.33 €", bars, StringComparison.Ordinal);
        Assert.Contains("33.3 % of previous", french[0], StringComparison.Ordinal);
        Assert.Contains("33.3 %", french[1], StringComparison.Ordinal);
        foreach (var markup in french)
        {
            var numbers = XDocument.Parse(markup).Descendants()
                .SelectMany(e => e.Attributes())
                .Where(a => a.Name.LocalName is "x" or "y" or "width" or "height" or "cx" or "cy" or "x1" or "y1" or "x2" or "y2")
                .Select(a => a.Value)
                .ToList();
            Assert.NotEmpty(numbers);
            Assert.All(numbers, n => Assert.Matches(@"^-?\d+(\.\d{1,2})?$", n));
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_text()
    {
        foreach (var chart in AllCharts)
        {
            Assert.Equal(chart().Markup, chart().Markup);
        }
    }

    [Fact]
    public void Coordinates_have_at_most_two_decimals_and_no_negative_zero()
    {
        Assert.Equal("0", SvgWriter.Number(-0.001m));
        Assert.Equal("0.33", SvgWriter.Number(1m / 3m));
        Assert.Equal("2.01", SvgWriter.Number(2.005m));
        Assert.Equal("-2.01", SvgWriter.Number(-2.005m));
        Assert.Equal("200", SvgWriter.Number(200.000m));
    }

    [Fact]
    public void Save_writes_the_markup_as_utf8_without_bom()
    {
        var chart = Svg.BarChart("Allocation of 100 €", [("A", 1m)]);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kpi-chart-{Guid.NewGuid():N}.svg");
        try
        {
            chart.Save(path);
            var bytes = System.IO.File.ReadAllBytes(path);
            Assert.Equal((byte)'<', bytes[0]);
            Assert.Equal(chart.Markup, System.Text.Encoding.UTF8.GetString(bytes));
            Assert.Equal(chart.Markup, chart.ToString());
            Assert.Equal("Allocation of 100 €", chart.Title);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private static string[] Render(CultureInfo culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return AllCharts.Select(c => c().Markup).ToArray();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
