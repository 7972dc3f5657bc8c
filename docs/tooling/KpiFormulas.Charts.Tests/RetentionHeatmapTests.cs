using System;
using System.Linq;
using Xunit;

namespace KpiFormulas.Charts.Tests;

public class RetentionHeatmapTests
{
    private static readonly string[] Offsets = ["M0", "M1", "M2", "M3"];

    private static readonly CohortRow[] Cohorts =
    [
        new("2026-01", [1m, 0.5m, 0.25m, 0m]),
        new("2026-02", [1m, 0.4m, null]),
        new("2026-03", [1m]),
    ];

    [Fact]
    public void Is_well_formed_svg_with_its_title()
    {
        SvgAssert.WellFormed(Svg.RetentionHeatmap("Monthly cohorts", Offsets, Cohorts), "Monthly cohorts");
    }

    [Fact]
    public void Has_a_cell_for_every_cohort_and_offset_and_empty_cells_for_missing_data()
    {
        var root = SvgAssert.WellFormed(Svg.RetentionHeatmap("Cohorts", Offsets, Cohorts), "Cohorts");

        Assert.Equal(3 * 4, SvgAssert.WithClass(root, "rect", "cell").Length);

        // Missing: none in the first row, two in the second (one null, one absent), three in the third.
        var empty = SvgAssert.WithClass(root, "rect", "empty");
        Assert.Equal(5, empty.Length);
        Assert.All(empty, e => Assert.Empty(e.Elements()));

        // One printed rate per cell with data, none in the empty ones.
        Assert.Equal(
            ["100.0 %", "50.0 %", "25.0 %", "0.0 %", "100.0 %", "40.0 %", "100.0 %"],
            SvgAssert.WithClass(root, "text", "rate").Select(t => t.Value));
        Assert.Equal(Offsets, SvgAssert.WithClass(root, "text", "offset").Select(t => t.Value));
        Assert.Equal(["2026-01", "2026-02", "2026-03"], SvgAssert.WithClass(root, "text", "cohort").Select(t => t.Value));
    }

    [Fact]
    public void Cells_sit_on_a_64_by_28_grid()
    {
        var root = SvgAssert.WellFormed(Svg.RetentionHeatmap("Cohorts", Offsets, Cohorts), "Cohorts");
        var cells = SvgAssert.WithClass(root, "rect", "cell");

        // Row label column: "2026-01" is 7 x 7.2 = 50.4, rounded up to 51; grid left = 16 + 51 + 12 = 79.
        // Cohort 2026-02 (row 1), offset M2 (column 2): x = 79 + 2 x 64, y = 76 + 1 x 28; cells 62 x 26.
        var cell = cells[(1 * 4) + 2];
        Assert.Equal(207m, SvgAssert.Number(cell, "x"));
        Assert.Equal(104m, SvgAssert.Number(cell, "y"));
        Assert.Equal(62m, SvgAssert.Number(cell, "width"));
        Assert.Equal(26m, SvgAssert.Number(cell, "height"));
    }

    [Fact]
    public void Cell_colour_follows_the_rate_from_light_to_dark()
    {
        var root = SvgAssert.WellFormed(Svg.RetentionHeatmap("Cohorts", Offsets, Cohorts), "Cohorts");
        var fills = SvgAssert.WithClass(root, "rect", "cell").Take(4).Select(c => (string?)c.Attribute("fill")).ToArray();

        // 100 % is the dark end, 0 % the light end; 50 % is halfway on each channel:
        // (0xf1 + 0x08) / 2 = 124.5 -> 125 = 7d, (0xf7 + 0x30) / 2 = 147.5 -> 148 = 94, (0xfd + 0x6b) / 2 = 180 = b4.
        Assert.Equal("#08306b", fills[0]);
        Assert.Equal("#7d94b4", fills[1]);
        Assert.Equal("#f1f7fd", fills[3]);
    }

    [Fact]
    public void Rates_above_one_are_printed_as_they_are_and_coloured_as_100_percent()
    {
        var root = SvgAssert.WellFormed(Svg.RetentionHeatmap("Revenue retention", ["M0", "M12"], [new("2025", [1m, 1.125m])]), "Revenue retention");
        var cell = SvgAssert.WithClass(root, "rect", "cell")[1];
        Assert.Equal("#08306b", (string?)cell.Attribute("fill"));
        Assert.Equal("112.5 %", SvgAssert.WithClass(root, "text", "rate")[1].Value);
    }

    [Fact]
    public void Invalid_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Svg.RetentionHeatmap("H", [], Cohorts));
        Assert.Throws<ArgumentException>(() => Svg.RetentionHeatmap("H", Offsets, []));
        Assert.Throws<ArgumentException>(() => Svg.RetentionHeatmap("H", ["M0"], [new("2026-01", [1m, 0.5m])]));
    }
}
