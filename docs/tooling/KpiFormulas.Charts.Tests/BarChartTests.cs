using System;
using System.Linq;
using Xunit;

namespace KpiFormulas.Charts.Tests;

public class BarChartTests
{
    private static readonly (string Label, decimal Value)[] Allocation = [("Ads", 45m), ("Content", 25m), ("Events", 15m), ("Tools", 15m)];

    [Fact]
    public void Is_well_formed_svg_with_its_title()
    {
        SvgAssert.WellFormed(Svg.BarChart("Allocation of 100 €", Allocation, "0.00 €"), "Allocation of 100 €");
    }

    [Fact]
    public void Bars_rise_from_zero_in_proportion_to_their_value()
    {
        var root = SvgAssert.WellFormed(Svg.BarChart("Allocation", Allocation, "0.00 €"), "Allocation");
        var bars = SvgAssert.WithClass(root, "rect", "bar");

        // Axis 0 to 50 (45 / 5 = 9 rounds to a step of 10); 240 px for 50, so 4.8 px a unit.
        Assert.Equal([216m, 120m, 72m, 72m], bars.Select(b => SvgAssert.Number(b, "height")));
        Assert.Equal([96m, 192m, 240m, 240m], bars.Select(b => SvgAssert.Number(b, "y")));

        // Tick labels like "50.00 €" are 7 x 7.2 = 50.4 -> 51 px wide, so the plot starts at
        // x = 16 + 51 + 8 = 75; four 140 px slots; bars are 64 px (60 % of 140 is 84, capped), centred.
        Assert.Equal([113m, 253m, 393m, 533m], bars.Select(b => SvgAssert.Number(b, "x")));
        Assert.All(bars, b => Assert.Equal(64m, SvgAssert.Number(b, "width")));

        Assert.Equal(["45.00 €", "25.00 €", "15.00 €", "15.00 €"], SvgAssert.WithClass(root, "text", "value").Select(t => t.Value));
        Assert.Equal(["Ads", "Content", "Events", "Tools"], SvgAssert.WithClass(root, "text", "x").Select(t => t.Value));
    }

    [Fact]
    public void Negative_values_go_down_from_the_zero_line()
    {
        var root = SvgAssert.WellFormed(Svg.BarChart("Net", [("Loss", -20m), ("Gain", 40m)]), "Net");
        var bars = SvgAssert.WithClass(root, "rect", "bar");

        // Axis -20 to 40 (step 20): zero at 312 - 240 x 20 / 60 = 232.
        Assert.Equal(232m, SvgAssert.Number(SvgAssert.WithClass(root, "line", "baseline").Single(), "y1"));
        Assert.Equal((232m, 80m), (SvgAssert.Number(bars[0], "y"), SvgAssert.Number(bars[0], "height")));
        Assert.Equal((72m, 160m), (SvgAssert.Number(bars[1], "y"), SvgAssert.Number(bars[1], "height")));
        Assert.NotEqual((string?)bars[0].Attribute("fill"), (string?)bars[1].Attribute("fill"));
    }

    [Fact]
    public void Invalid_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Svg.BarChart("B", []));
        Assert.Throws<ArgumentException>(() => Svg.BarChart("B", [("", 1m)]));
        Assert.Throws<ArgumentException>(() => Svg.BarChart("B", [("A", 1m)], ""));
    }
}
