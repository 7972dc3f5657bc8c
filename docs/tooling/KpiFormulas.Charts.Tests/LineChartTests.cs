using System;
using System.Linq;
using Xunit;

namespace KpiFormulas.Charts.Tests;

public class LineChartTests
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May"];

    [Fact]
    public void Is_well_formed_svg_with_its_title()
    {
        SvgAssert.WellFormed(Svg.LineChart("Trend", Months, [new("Actual", [0m, 50m, 100m, 25m, 75m])]), "Trend");
    }

    [Fact]
    public void Points_map_to_the_plot()
    {
        var root = SvgAssert.WellFormed(Svg.LineChart("Trend", Months, [new("Actual", [0m, 50m, 100m, 25m, 75m])]), "Trend");

        // The axis is 0 to 100 (ticks every 20); tick labels are at most 40 px wide, so the plot
        // starts at x = 16 + 40 + 8 = 64, spans 560 px (140 px between 5 points) and 240 px
        // from y = 72 (100) to y = 312 (0): y = 312 - 2.4 v.
        var line = Assert.Single(root.Descendants(SvgAssert.Ns + "polyline"));
        Assert.Equal("64,312 204,192 344,72 484,252 624,132", (string?)line.Attribute("points"));

        var circles = root.Descendants(SvgAssert.Ns + "circle").ToArray();
        Assert.Equal([64m, 204m, 344m, 484m, 624m], circles.Select(c => SvgAssert.Number(c, "cx")));
        Assert.Equal([312m, 192m, 72m, 252m, 132m], circles.Select(c => SvgAssert.Number(c, "cy")));
        Assert.Equal("Actual, Mar: 100", circles[2].Element(SvgAssert.Ns + "title")?.Value);

        Assert.Equal(["0", "20", "40", "60", "80", "100"], SvgAssert.WithClass(root, "text", "tick").Select(t => t.Value));
        Assert.Equal(Months, SvgAssert.WithClass(root, "text", "x").Select(t => t.Value));
    }

    [Fact]
    public void Missing_values_break_the_line()
    {
        var root = SvgAssert.WellFormed(Svg.LineChart("Gaps", Months, [new("Actual", [0m, null, 100m, 50m, null])]), "Gaps");

        // Jan stands alone (a marker, no segment); Mar-Apr is one segment; May has no value.
        var line = Assert.Single(root.Descendants(SvgAssert.Ns + "polyline"));
        Assert.Equal("344,72 484,192", (string?)line.Attribute("points"));
        Assert.Equal(3, root.Descendants(SvgAssert.Ns + "circle").Count());
    }

    [Fact]
    public void Target_tracking_draws_actual_target_and_tolerance_band()
    {
        var chart = Svg.LineChart(
            "Conversion vs target",
            Months,
            [new("Actual", [20m, 40m, 60m, null, null]), new("Target", [40m, 50m, 60m, 70m, 80m], Dashed: true)],
            new ToleranceBand("Tolerance", [30m, 40m, 50m, 60m, 70m], [50m, 60m, 70m, 80m, 90m]),
            valueFormat: "0' %'");
        var root = SvgAssert.WellFormed(chart, "Conversion vs target");

        // Axis 20 to 90 -> ticks every 20 from 20 to 100 (a step of 14 rounds to 20): y = 312 - 3 (v - 20).
        Assert.Equal(["20 %", "40 %", "60 %", "80 %", "100 %"], SvgAssert.WithClass(root, "text", "tick").Select(t => t.Value));

        var band = Assert.Single(SvgAssert.WithClass(root, "polygon", "band"));
        Assert.Equal("64,222 204,192 344,162 484,132 624,102 624,162 484,192 344,222 204,252 64,282", (string?)band.Attribute("points"));

        var lines = root.Descendants(SvgAssert.Ns + "polyline").ToArray();
        Assert.Equal("64,312 204,252 344,192", (string?)lines[0].Attribute("points"));
        Assert.Null(lines[0].Attribute("stroke-dasharray"));
        Assert.Equal("64,252 204,222 344,192 484,162 624,132", (string?)lines[1].Attribute("points"));
        Assert.Equal("6 4", (string?)lines[1].Attribute("stroke-dasharray"));

        // The legend names the band and both series.
        var legend = SvgAssert.WithClass(root, "g", "legend").Single();
        Assert.Equal(["Tolerance", "Actual", "Target"], legend.Elements(SvgAssert.Ns + "text").Select(t => t.Value));
    }

    [Fact]
    public void A_payback_curve_crossing_zero_gets_a_zero_line()
    {
        var root = SvgAssert.WellFormed(
            Svg.LineChart("Payback", ["M0", "M1", "M2", "M3", "M4"], [new("Cumulative net saving", [-1000m, -500m, 0m, 500m, 1000m])], valueFormat: "#,0 €"),
            "Payback");

        // -1000 to 1000: a step of 400 rounds to 500, so the axis is -1,000 € to 1,000 € and 0 is at mid-height.
        Assert.Equal(["-1,000 €", "-500 €", "0 €", "500 €", "1,000 €"], SvgAssert.WithClass(root, "text", "tick").Select(t => t.Value));
        var zero = SvgAssert.WithClass(root, "line", "baseline").Single();
        Assert.Equal(192m, SvgAssert.Number(zero, "y1"));
        Assert.Equal(192m, SvgAssert.Number(zero, "y2"));

        // "-1,000 €" is 8 x 7.2 = 57.6 -> 58 px wide: the plot starts at 16 + 58 + 8 = 82.
        var line = Assert.Single(root.Descendants(SvgAssert.Ns + "polyline"));
        Assert.Equal("82,312 222,252 362,192 502,132 642,72", (string?)line.Attribute("points"));
    }

    [Fact]
    public void Crowded_x_labels_are_thinned()
    {
        var labels = Enumerable.Range(1, 24).Select(m => $"Month {m}").ToArray();
        var root = SvgAssert.WellFormed(Svg.LineChart("Two years", labels, [new("Value", labels.Select(_ => (decimal?)1m).ToArray())]), "Two years");

        // 24 points are 560 / 23 = 24.3 px apart; "Month 10" needs 8 x 7.2 = 58 px and 16 px of air,
        // 74 px: every 4th label.
        Assert.Equal(["Month 1", "Month 5", "Month 9", "Month 13", "Month 17", "Month 21"], SvgAssert.WithClass(root, "text", "x").Select(t => t.Value));
    }

    [Fact]
    public void Invalid_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Svg.LineChart("L", Months, [new("A", [1m, 2m])]));
        Assert.Throws<ArgumentException>(() => Svg.LineChart("L", Months, []));
        Assert.Throws<ArgumentException>(() => Svg.LineChart("L", [], [new("A", [])]));
        Assert.Throws<ArgumentException>(() => Svg.LineChart("L", Months, [new("A", [null, null, null, null, null])]));
        Assert.Throws<ArgumentException>(() => Svg.LineChart("L", Months, [new("A", [1m, 2m, 3m, 4m, 5m])], new ToleranceBand("B", [2m, 2m, 2m, 2m, 2m], [1m, 3m, 3m, 3m, 3m])));
    }
}
