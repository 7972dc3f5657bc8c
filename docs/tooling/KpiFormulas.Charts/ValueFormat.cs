using System;
using System.Globalization;

namespace KpiFormulas.Charts;

/// <summary>
/// How a chart writes its numbers: one .NET format string and one culture for the axis ticks, the
/// value labels and the description of a chart, so that they read like the tables printed beside it
/// (pass the same format and culture the notebook uses for its tables).
/// </summary>
public sealed record ValueFormat
{
    /// <summary>A format for the numbers of one chart.</summary>
    /// <param name="pattern">A standard or custom .NET numeric format string, for example "C0", "P1", "N0" or "0.# h".</param>
    /// <param name="culture">The culture whose separators, currency and percent symbols the pattern uses.</param>
    /// <param name="tickPattern">The format of the axis ticks, in the same culture, when they need fewer decimals than the values (for example "C0" under "C" values); by default <paramref name="pattern"/>.</param>
    public ValueFormat(string pattern, CultureInfo culture, string? tickPattern = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Pattern = Validated(pattern, culture, nameof(pattern));
        TickPattern = tickPattern is null ? pattern : Validated(tickPattern, culture, nameof(tickPattern));
        Culture = culture;
    }

    /// <summary>The .NET numeric format string of the values.</summary>
    public string Pattern { get; }

    /// <summary>The .NET numeric format string of the axis ticks.</summary>
    public string TickPattern { get; }

    /// <summary>The culture the numbers are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Writes <paramref name="value"/> with <see cref="Pattern"/> in <see cref="Culture"/>.</summary>
    public string Format(decimal value) => value.ToString(Pattern, Culture);

    /// <summary>Writes the axis tick <paramref name="value"/> with <see cref="TickPattern"/> in <see cref="Culture"/>.</summary>
    public string FormatTick(double value) => value.ToString(TickPattern, Culture);

    private static string Validated(string pattern, CultureInfo culture, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern, parameterName);
        try
        {
            _ = 1234.5.ToString(pattern, culture);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"\"{pattern}\" is not a .NET numeric format string.", parameterName, e);
        }

        return pattern;
    }
}
