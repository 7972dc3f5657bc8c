using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// What "round trip" means for each value type and format, checked for one value, one format and one
/// culture. Each check returns null when the promise holds and a description of the break otherwise.
/// </summary>
/// <remarks>
/// <para>Exact formats ("R", Currency's and Period's ISO forms): <c>Parse(Format(x)) == x</c>, and
/// <c>Format(Parse(Format(x))) == Format(x)</c> so that not even the scale of a decimal changes.</para>
/// <para>Display formats that round (Money "C"/"Cn", Rate "P"/"Pn", PercentagePoints and Ratio
/// "G"/"Gn"): <c>Parse(Format(x)) == Round(x)</c>, where <c>Round</c> rounds half away from zero to the
/// decimals shown (for a rate in percent, two more decimals of the fraction), and
/// <c>Format(Parse(Format(x))) == Format(x)</c>: what was shown reads back as what was shown.</para>
/// <para>Formats that drop part of the value (Money "N" has no currency, Rate "F" no percent sign) are
/// refused by Parse: never read as something else.</para>
/// </remarks>
internal static class CultureRoundTrip
{
    /// <summary>Every culture the platform knows (ICU on Linux), the invariant culture included, as the read-only instances applications get.</summary>
    public static readonly CultureInfo[] AllCultures =
        [.. CultureInfo.GetCultures(CultureTypes.AllCultures).Select(c => CultureInfo.GetCultureInfo(c.Name))];

    public static readonly string?[] MoneyFormats =
        [null, "", "G", "C", "c", "C0", "C1", "C2", "C3", "C4", "C8", "C28", "R", "N", "N0", "N2", "N28"];

    public static readonly string?[] RateFormats =
        [null, "", "G", "P", "p", "P0", "P1", "P2", "P3", "P8", "P26", "P27", "P28", "R", "F"];

    public static readonly string?[] PointsFormats = [null, "", "G", "G0", "G1", "G2", "G8", "G27", "G28", "R"];

    public static readonly string?[] RatioFormats = [null, "", "G", "G0", "G1", "G2", "G8", "G28", "R"];

    public static readonly string?[] PeriodFormats = [null, "", "G", "R", "L"];

    public static string? Money(Money x, string? format, CultureInfo culture)
    {
        string text;
        try
        {
            text = x.ToString(format, culture);
        }
        catch (Exception e)
        {
            return $"{Describe(x.ToString("R", null), format, culture)}: formatting threw {e.GetType().Name}: {e.Message}";
        }

        var letter = string.IsNullOrEmpty(format) ? 'C' : char.ToUpperInvariant(format[0]);
        if (letter == 'N')
        {
            return KpiFormulas.Money.TryParse(text, culture, out var misread)
                ? $"{Describe(x.ToString("R", null), format, culture)}: '{Show(text)}' has no currency but was read as {misread.ToString("R", null)}"
                : null;
        }

        var expected = letter == 'R'
            ? x
            : new Money(decimal.Round(x.Amount, DisplayDecimals(x, format), MidpointRounding.AwayFromZero), x.Currency);
        return Check(x.ToString("R", null), format, culture, text, expected, KpiFormulas.Money.TryParse, (m, f, c) => m.ToString(f, c), m => m.ToString("R", null));
    }

    public static string? Rate(Rate x, string? format, CultureInfo culture)
    {
        var shown = x.Fraction.ToString(CultureInfo.InvariantCulture);
        string text;
        try
        {
            text = x.ToString(format, culture);
        }
        catch (Exception e)
        {
            return $"{Describe(shown, format, culture)}: formatting threw {e.GetType().Name}: {e.Message}";
        }

        var letter = string.IsNullOrEmpty(format) ? 'P' : char.ToUpperInvariant(format[0]);
        if (letter == 'F')
        {
            return KpiFormulas.Rate.TryParse(text, culture, out var misread)
                ? $"{Describe(shown, format, culture)}: '{Show(text)}' has no percent sign but was read as {misread.Fraction}"
                : null;
        }

        var expected = letter == 'R' ? x : new Rate(RoundFraction(x.Fraction, format, defaultDecimals: 1));
        return Check(shown, format, culture, text, expected, KpiFormulas.Rate.TryParse, (r, f, c) => r.ToString(f, c), r => r.Fraction.ToString(CultureInfo.InvariantCulture));
    }

    public static string? Points(PercentagePoints x, string? format, CultureInfo culture)
    {
        var shown = x.Fraction.ToString(CultureInfo.InvariantCulture);
        string text;
        try
        {
            text = x.ToString(format, culture);
        }
        catch (Exception e)
        {
            return $"{Describe(shown, format, culture)}: formatting threw {e.GetType().Name}: {e.Message}";
        }

        var letter = string.IsNullOrEmpty(format) ? 'G' : char.ToUpperInvariant(format[0]);
        var expected = letter == 'R' ? x : PercentagePoints.FromFraction(RoundFraction(x.Fraction, format, defaultDecimals: 1));
        return Check(shown, format, culture, text, expected, PercentagePoints.TryParse, (p, f, c) => p.ToString(f, c), p => p.Fraction.ToString(CultureInfo.InvariantCulture));
    }

    public static string? Ratio(Ratio x, string? format, CultureInfo culture)
    {
        var shown = x.Value.ToString(CultureInfo.InvariantCulture);
        string text;
        try
        {
            text = x.ToString(format, culture);
        }
        catch (Exception e)
        {
            return $"{Describe(shown, format, culture)}: formatting threw {e.GetType().Name}: {e.Message}";
        }

        var letter = string.IsNullOrEmpty(format) ? 'G' : char.ToUpperInvariant(format[0]);
        var decimals = string.IsNullOrEmpty(format) || format.Length == 1 ? 1 : int.Parse(format[1..], CultureInfo.InvariantCulture);
        var expected = letter == 'R' ? x : new Ratio(decimal.Round(x.Value, decimals, MidpointRounding.AwayFromZero));
        return Check(shown, format, culture, text, expected, KpiFormulas.Ratio.TryParse, (r, f, c) => r.ToString(f, c), r => r.Value.ToString(CultureInfo.InvariantCulture));
    }

    public static string? Currency(Currency x, string? format, CultureInfo culture) =>
        Check(x.Code, format, culture, x.ToString(format, culture), x, KpiFormulas.Currency.TryParse, (c, f, p) => c.ToString(f, p), c => c.Code);

    public static string? Period(Period x, string? format, CultureInfo culture)
    {
        string text;
        try
        {
            text = x.ToString(format, culture);
        }
        catch (Exception e)
        {
            return $"{Describe(x.ToString(), format, culture)}: formatting threw {e.GetType().Name}: {e.Message}";
        }

        return Check(x.ToString(), format, culture, text, x, KpiFormulas.Period.TryParse, (p, f, c) => p.ToString(f, c), p => p.ToString());
    }

    /// <summary>Runs a check over every culture and returns the breaks grouped by culture.</summary>
    public static SortedDictionary<string, List<string>> Sweep<T>(IEnumerable<T> values, IEnumerable<string?> formats, Func<T, string?, CultureInfo, string?> check)
    {
        var failures = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var valueList = values.ToList();
        var formatList = formats.ToList();
        foreach (var culture in AllCultures)
        {
            foreach (var value in valueList)
            {
                foreach (var format in formatList)
                {
                    if (check(value, format, culture) is { } failure)
                    {
                        if (!failures.TryGetValue(culture.Name, out var list))
                        {
                            failures[culture.Name] = list = [];
                        }

                        list.Add(failure);
                    }
                }
            }
        }

        return failures;
    }

    /// <summary>A short report: how many cultures fail, then a few breaks.</summary>
    public static string Report(SortedDictionary<string, List<string>> failures) =>
        $"{failures.Count} of {AllCultures.Length} cultures fail the round trip ({failures.Sum(f => f.Value.Count)} cases): "
        + string.Join(Environment.NewLine, failures.Take(25).Select(f => $"[{f.Key}] {f.Value.Count}: {string.Join(" | ", f.Value.Take(2))}"));

    /// <summary>Shows invisible and non-ASCII characters as code points, so that a report can be read.</summary>
    public static string Show(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"<U+{(int)c:X4}>"));

    private static int DisplayDecimals(Money x, string? format)
    {
        if (format is { Length: > 1 })
        {
            return int.Parse(format[1..], CultureInfo.InvariantCulture);
        }

        return x.Currency.HasMinorUnits ? x.Currency.MinorUnits : (decimal.GetBits(x.Amount)[3] >> 16) & 0xFF;
    }

    /// <summary>A fraction rounded to what a percent display with the format's decimals shows (two more decimals of the fraction).</summary>
    private static decimal RoundFraction(decimal fraction, string? format, int defaultDecimals)
    {
        var shown = format is { Length: > 1 } ? int.Parse(format[1..], CultureInfo.InvariantCulture) : defaultDecimals;
        return decimal.Round(fraction, Math.Min(shown + 2, 28), MidpointRounding.AwayFromZero);
    }

    private delegate bool TryParser<T>(string? s, IFormatProvider? provider, out T result);

    private static string? Check<T>(string shown, string? format, CultureInfo culture, string text, T expected, TryParser<T> tryParse, Func<T, string?, CultureInfo, string> formatAgain, Func<T, string> exact)
        where T : IEquatable<T>
    {
        T parsed;
        try
        {
            if (!tryParse(text, culture, out parsed))
            {
                return $"{Describe(shown, format, culture)}: '{Show(text)}' refused";
            }
        }
        catch (Exception e)
        {
            return $"{Describe(shown, format, culture)}: parsing '{Show(text)}' threw {e.GetType().Name}: {e.Message}";
        }

        if (!parsed.Equals(expected))
        {
            return $"{Describe(shown, format, culture)}: '{Show(text)}' read as {exact(parsed)}, expected {exact(expected)}";
        }

        try
        {
            var again = formatAgain(parsed, format, culture);
            if (again != text)
            {
                return $"{Describe(shown, format, culture)}: '{Show(text)}' read back formats as '{Show(again)}'";
            }
        }
        catch (Exception e)
        {
            return $"{Describe(shown, format, culture)}: formatting the reading threw {e.GetType().Name}: {e.Message}";
        }

        return null;
    }

    private static string Describe(string value, string? format, CultureInfo culture) =>
        $"{value} in '{format ?? "null"}' ({(culture.Name.Length == 0 ? "invariant" : culture.Name)})";
}
