using System;
using System.Globalization;

namespace KpiFormulas.Charts;

/// <summary>Colours: the Okabe–Ito palette for series (readable with colour-vision deficiencies) and a blue ramp for rates.</summary>
internal static class Palette
{
    private static readonly string[] Series = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"];

    /// <summary>The bar colour of funnel and bar charts.</summary>
    public const string Bar = "#0072b2";

    /// <summary>The light track behind a funnel bar.</summary>
    public const string Track = "#eef2f7";

    /// <summary>The fill of a tolerance band.</summary>
    public const string Band = "#dcdcdc";

    /// <summary>The fill of a heatmap cell without data.</summary>
    public const string Empty = "#f7f7f7";

    /// <summary>The colour of the <paramref name="index"/>-th series (cycles after seven).</summary>
    public static string ForSeries(int index) => Series[index % Series.Length];

    /// <summary>
    /// The heatmap colour of <paramref name="rate"/> (a fraction, clamped to [0, 1]): a linear ramp from
    /// #f1f7fd (0 %) to #08306b (100 %), each channel rounded half away from zero.
    /// </summary>
    public static string ForRate(decimal rate)
    {
        var t = Math.Clamp(rate, 0m, 1m);
        return string.Create(CultureInfo.InvariantCulture, $"#{Channel(0xf1, 0x08, t):x2}{Channel(0xf7, 0x30, t):x2}{Channel(0xfd, 0x6b, t):x2}");
    }

    /// <summary>White text on the dark end of the ramp, dark text on the light end.</summary>
    public static string TextOnRate(decimal rate) => rate >= 0.55m ? "#ffffff" : SvgWriter.TextColor;

    private static int Channel(int from, int to, decimal t) =>
        (int)Math.Round(from + ((to - from) * t), MidpointRounding.AwayFromZero);
}
