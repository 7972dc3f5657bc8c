using System;

namespace KpiFormulas.Charts;

/// <summary>Sizes shared by every chart, in SVG user units (pixels at 100 %).</summary>
internal static class Layout
{
    /// <summary>Space around the drawing.</summary>
    public const decimal Margin = 16m;

    /// <summary>Baseline of the chart's title.</summary>
    public const decimal TitleBaseline = 28m;

    /// <summary>Baseline of the legend row (line charts).</summary>
    public const decimal LegendBaseline = 52m;

    /// <summary>Width of the plot area of line and bar charts, and of the funnel's longest bar.</summary>
    public const decimal PlotWidth = 560m;

    /// <summary>Height of the plot area of line and bar charts.</summary>
    public const decimal PlotHeight = 240m;

    /// <summary>
    /// A deliberately generous estimate of the width of <paramref name="text"/> (0.6 em a
    /// character), used to size label columns; SVG has no text measurement and the font varies.
    /// </summary>
    public static decimal TextWidth(string text, decimal fontSize = SvgWriter.FontSize) =>
        Math.Ceiling(text.Length * fontSize * 0.6m);

    /// <summary>The widest estimate among <paramref name="texts"/>, at least <paramref name="minimum"/>.</summary>
    public static decimal WidestText(System.Collections.Generic.IEnumerable<string> texts, decimal minimum, decimal fontSize = SvgWriter.FontSize)
    {
        var widest = minimum;
        foreach (var text in texts)
        {
            widest = Math.Max(widest, TextWidth(text, fontSize));
        }

        return widest;
    }

    /// <summary>The document width: <paramref name="contentWidth"/>, widened if the title would not fit.</summary>
    public static decimal DocumentWidth(decimal contentWidth, string title) =>
        Math.Max(contentWidth, (2 * Margin) + TextWidth(title, SvgWriter.TitleFontSize));
}
