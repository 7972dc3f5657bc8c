using System;
using System.Globalization;

namespace KpiFormulas.Internal;

/// <summary>The display form of a duration in a <see cref="KpiResult{T}"/>.</summary>
internal static class DurationText
{
    private static readonly (decimal Large, decimal Small, string LargeSymbol, string SmallSymbol)[] Units =
    [
        (TimeSpan.TicksPerDay, TimeSpan.TicksPerHour, "d", "h"),
        (TimeSpan.TicksPerHour, TimeSpan.TicksPerMinute, "h", "min"),
        (TimeSpan.TicksPerMinute, TimeSpan.TicksPerSecond, "min", "s"),
    ];

    /// <summary>
    /// A duration as a person reads it: its two largest units, rounded to the smaller one (45 d 12 h,
    /// 2 h 5 min, 12 min 21 s), and below a minute in seconds with one decimal at most (7.5 s). The
    /// unit symbols are the international ones (d, h, min, s), the same in every culture.
    /// </summary>
    internal static string Format(TimeSpan duration, IFormatProvider provider)
    {
        // Ticks as a decimal, so that TimeSpan.MinValue has a magnitude too.
        decimal ticks = duration.Ticks;
        var sign = ticks < 0m ? NumberFormatInfo.GetInstance(provider).NegativeSign : string.Empty;
        ticks = Math.Abs(ticks);
        foreach (var (large, small, largeSymbol, smallSymbol) in Units)
        {
            // Rounding may carry into the larger unit (23 h 59 min 50 s is 1 d), so each level is
            // chosen after rounding to its smaller unit.
            var smallUnits = decimal.Round(ticks / small, MidpointRounding.AwayFromZero);
            var perLarge = large / small;
            if (smallUnits >= perLarge)
            {
                var whole = decimal.Floor(smallUnits / perLarge);
                var rest = smallUnits - (whole * perLarge);
                var text = string.Concat(sign, whole.ToString("#,0", provider), " ", largeSymbol);
                return rest == 0m ? text : string.Concat(text, " ", rest.ToString("0", provider), " ", smallSymbol);
            }
        }

        var seconds = decimal.Round(ticks / TimeSpan.TicksPerSecond, 1, MidpointRounding.AwayFromZero);
        return string.Concat(seconds == 0m ? string.Empty : sign, seconds.ToString("0.#", provider), " s");
    }
}
