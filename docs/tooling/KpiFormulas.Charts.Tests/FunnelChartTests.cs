using System;
using System.Linq;
using Xunit;

namespace KpiFormulas.Charts.Tests;

public class FunnelChartTests
{
    private static readonly (string Stage, long Count)[] Stages = [("Visit", 100), ("Signup", 50), ("Trial", 0), ("Paid", 0)];

    [Fact]
    public void Is_well_formed_svg_with_its_title()
    {
        SvgAssert.WellFormed(Svg.FunnelChart("Signup funnel", Stages), "Signup funnel");
    }

    [Fact]
    public void Bars_are_proportional_to_the_largest_count_in_a_400_px_plot()
    {
        var root = SvgAssert.WellFormed(Svg.FunnelChart("Funnel", Stages), "Funnel");
        var bars = SvgAssert.WithClass(root, "rect", "bar");

        // 100 of 100 is the full 400 px, 50 of 100 is 200 px, 0 is an empty bar.
        Assert.Equal([400m, 200m, 0m, 0m], bars.Select(b => SvgAssert.Number(b, "width")));

        // Label column: max(48, 6 characters x 7.2 px = 44) = 48, after a 16 px margin and a 12 px gap.
        Assert.All(bars, b => Assert.Equal(76m, SvgAssert.Number(b, "x")));

        // Rows 32 px apart from y = 48, bars 20 px high centred in them.
        Assert.Equal([54m, 86m, 118m, 150m], bars.Select(b => SvgAssert.Number(b, "y")));
        Assert.All(bars, b => Assert.Equal(20m, SvgAssert.Number(b, "height")));
    }

    [Fact]
    public void Labels_give_stage_count_and_step_rate()
    {
        var root = SvgAssert.WellFormed(Svg.FunnelChart("Funnel", [("Visit", 12_500), ("Signup", 2_500), ("Paid", 250)]), "Funnel");

        Assert.Equal(["Visit", "Signup", "Paid"], SvgAssert.WithClass(root, "text", "stage").Select(t => t.Value));
        Assert.Equal(
            ["12,500", "2,500 · 20.0 % of previous", "250 · 10.0 % of previous"],
            SvgAssert.WithClass(root, "text", "value").Select(t => t.Value));

        // The annotation starts 8 px after the end of its bar: 2,500 of 12,500 is 80 px.
        var signup = SvgAssert.WithClass(root, "text", "value")[1];
        Assert.Equal(76m + 80m + 8m, SvgAssert.Number(signup, "x"));
    }

    [Fact]
    public void A_step_after_an_empty_stage_has_no_rate()
    {
        var root = SvgAssert.WellFormed(Svg.FunnelChart("Funnel", Stages), "Funnel");
        Assert.Equal("0 · previous stage is 0", SvgAssert.WithClass(root, "text", "value")[3].Value);
    }

    [Fact]
    public void All_zero_counts_give_empty_bars()
    {
        var root = SvgAssert.WellFormed(Svg.FunnelChart("Funnel", [("A", 0), ("B", 0)]), "Funnel");
        Assert.All(SvgAssert.WithClass(root, "rect", "bar"), b => Assert.Equal(0m, SvgAssert.Number(b, "width")));
    }

    [Fact]
    public void Invalid_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Svg.FunnelChart("Funnel", []));
        Assert.Throws<ArgumentOutOfRangeException>(() => Svg.FunnelChart("Funnel", [("A", -1)]));
        Assert.Throws<ArgumentException>(() => Svg.FunnelChart("Funnel", [(" ", 1)]));
        Assert.Throws<ArgumentException>(() => Svg.FunnelChart("", [("A", 1)]));
        Assert.Throws<ArgumentNullException>(() => Svg.FunnelChart("Funnel", null!));
    }
}
