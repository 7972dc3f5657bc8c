using System;
using System.Globalization;
using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>
/// One named level of a <see cref="BandSet{TValue, TLevel}"/>: the values between two bounds, each
/// bound inclusive or exclusive, or open on one side.
/// </summary>
/// <typeparam name="TValue">The type of the KPI value (<see cref="decimal"/>, <see cref="Rate"/>, <see cref="Ratio"/>...).</typeparam>
/// <typeparam name="TLevel">The enum of levels.</typeparam>
[JsonConverter(typeof(BandJsonConverterFactory))]
public sealed class Band<TValue, TLevel>
    where TValue : struct, IComparable<TValue>
    where TLevel : struct, Enum
{
    internal Band(TLevel level, TValue? lower, bool lowerInclusive, TValue? upper, bool upperInclusive)
    {
        Level = level;
        Lower = lower;
        LowerInclusive = lowerInclusive && lower is not null;
        Upper = upper;
        UpperInclusive = upperInclusive && upper is not null;
    }

    /// <summary>The level of the values in this band.</summary>
    public TLevel Level { get; }

    /// <summary>The lower bound, or <see langword="null"/> when the band is open below.</summary>
    public TValue? Lower { get; }

    /// <summary>True when <see cref="Lower"/> itself belongs to this band.</summary>
    public bool LowerInclusive { get; }

    /// <summary>The upper bound, or <see langword="null"/> when the band is open above.</summary>
    public TValue? Upper { get; }

    /// <summary>True when <see cref="Upper"/> itself belongs to this band.</summary>
    public bool UpperInclusive { get; }

    /// <summary>True when the value falls in this band.</summary>
    /// <param name="value">The KPI value.</param>
    /// <returns>Whether the value is within the bounds.</returns>
    public bool Contains(TValue value)
    {
        if (Lower is { } lower)
        {
            var c = value.CompareTo(lower);
            if (c < 0 || (c == 0 && !LowerInclusive))
            {
                return false;
            }
        }

        if (Upper is { } upper)
        {
            var c = value.CompareTo(upper);
            if (c > 0 || (c == 0 && !UpperInclusive))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The band in interval notation, such as <c>Healthy: [3.0:1, +∞)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var low = Lower is { } l ? (LowerInclusive ? "[" : "(") + Format(l) : "(-∞";
        var high = Upper is { } u ? Format(u) + (UpperInclusive ? "]" : ")") : "+∞)";
        return $"{Level}: {low}, {high}";
    }

    // The round-trip forms of the library's types state a bound exactly (30% rather than 30.0 %).
    private static string Format(TValue value) => value switch
    {
        Rate rate => rate.ToString("R", CultureInfo.InvariantCulture),
        Ratio ratio => ratio.ToString("R", CultureInfo.InvariantCulture),
        Money money => money.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
