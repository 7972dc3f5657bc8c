using System;
using System.Globalization;

namespace KpiFormulas.Charts;

/// <summary>The text of counts, rates and values in charts: always the invariant culture, fixed decimals.</summary>
internal static class Labels
{
    /// <summary>A count with thousands separators: 12,500.</summary>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A rate (a fraction) as a percentage with one decimal: 0.625 → "62.5 %".</summary>
    public static string Percent(decimal rate) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(rate * 100m, 1, MidpointRounding.AwayFromZero):0.0} %");

    /// <summary>A value in the caller's custom numeric format, invariant culture: ("#,0.00 €", 1234.5) → "1,234.50 €".</summary>
    public static string Value(decimal value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
