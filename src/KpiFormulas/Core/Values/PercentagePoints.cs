using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>
/// A difference between two rates, in percentage points: a quote-to-order rate going from 20 % to
/// 25 % is +5 points, which is a relative change of +25 %. Obtained from <c>rate - rate</c>.
/// </summary>
/// <remarks>
/// Text: <c>+5.0 pp</c> (en), <c>+5,0 pts</c> (fr), with an explicit sign. JSON: the number of
/// points, <c>5.0</c>.
/// </remarks>
[DebuggerDisplay("{ToString(\"R\", null),nq}")]
[JsonConverter(typeof(PercentagePointsJsonConverter))]
public readonly struct PercentagePoints
    : IEquatable<PercentagePoints>,
      IComparable<PercentagePoints>,
      IComparable,
      ISpanFormattable,
      IUtf8SpanFormattable,
      ISpanParsable<PercentagePoints>,
      IEqualityOperators<PercentagePoints, PercentagePoints, bool>,
      IComparisonOperators<PercentagePoints, PercentagePoints, bool>,
      IAdditionOperators<PercentagePoints, PercentagePoints, PercentagePoints>,
      ISubtractionOperators<PercentagePoints, PercentagePoints, PercentagePoints>,
      IMultiplyOperators<PercentagePoints, decimal, PercentagePoints>,
      IUnaryNegationOperators<PercentagePoints, PercentagePoints>,
      IUnaryPlusOperators<PercentagePoints, PercentagePoints>
{
    private PercentagePoints(decimal fraction) => Fraction = fraction;

    /// <summary>The difference as a fraction: 0.05 for 5 points.</summary>
    public decimal Fraction { get; }

    /// <summary>The number of points: 5 for 5 points.</summary>
    /// <exception cref="OverflowException">The value in points is beyond <see cref="decimal"/>'s range (a fraction beyond ±<see cref="decimal.MaxValue"/> / 100); <see cref="Fraction"/> always holds it, and the "R" format and JSON write it exactly.</exception>
    public decimal Points => Formatting.Normalize(Fraction * 100m);

    /// <summary>No difference.</summary>
    public static PercentagePoints Zero => default;

    /// <summary>A difference given in points: <c>FromPoints(5m)</c> is +5 points.</summary>
    /// <param name="points">The number of points.</param>
    /// <returns>The difference.</returns>
    public static PercentagePoints FromPoints(decimal points) => new(points / 100m);

    /// <summary>A difference given as a fraction: <c>FromFraction(0.05m)</c> is +5 points.</summary>
    /// <param name="fraction">The fraction.</param>
    /// <returns>The difference.</returns>
    public static PercentagePoints FromFraction(decimal fraction) => new(fraction);

    /// <inheritdoc />
    public bool Equals(PercentagePoints other) => Fraction == other.Fraction;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Fraction.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(PercentagePoints other) => Fraction.CompareTo(other.Fraction);

    /// <inheritdoc />
    public int CompareTo(object? obj)
    {
        if (obj is PercentagePoints other)
        {
            return CompareTo(other);
        }

        Preconditions.Argument(obj is null, nameof(obj), "The value must be a PercentagePoints.");
        return 1;
    }

    /// <summary>The difference with one decimal and a sign in the current culture (<c>+5.0 pp</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the difference.</summary>
    /// <param name="format"><c>"G"</c>, empty or null: signed points with one decimal and the unit of the
    /// culture's language (<c>+5.0 pp</c>, <c>+5,0 pts</c> in French; a value shown as zero has no sign);
    /// <c>"G0"</c>..<c>"G28"</c>: that many decimals; <c>"R"</c>: invariant round-trip form with every digit (<c>5 pp</c>, <c>-2.5 pp</c>).</param>
    /// <param name="formatProvider">The culture (the current culture when null).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!Formatting.TrySplitFormat(format, out var letter, out var precision))
        {
            throw BadFormat(format);
        }

        if (letter == 'R' && precision is null)
        {
            return Formatting.InvariantShifted(Fraction, 2) + " pp";
        }

        if (letter != 'G')
        {
            throw BadFormat(format);
        }

        var culture = Formatting.Culture(formatProvider);
        var numbers = NumberFormatInfo.GetInstance(formatProvider);

        // Computed from the fraction without .NET's multiplication by 100, which overflows near
        // decimal's range. The sign follows the digits shown (rounding half away from zero): +0.04
        // points is "0.0 pp" like -0.04 points and zero, not "+0.0 pp".
        var number = Formatting.PercentMagnitude(Fraction, precision ?? 1, "F", numbers, out var negative);
        var shownFraction = decimal.Round(Fraction, Math.Min((precision ?? 1) + 2, 28), MidpointRounding.AwayFromZero);
        var sign = negative ? numbers.NegativeSign : shownFraction > 0m ? numbers.PositiveSign : string.Empty;
        var unit = culture.TwoLetterISOLanguageName == "fr" ? "pts" : "pp";
        return string.Concat(sign, number, "\u00A0", unit);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopy(ToString(format.ToString(), provider), destination, out charsWritten);

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopyUtf8(ToString(format.ToString(), provider), utf8Destination, out bytesWritten);

    /// <summary>
    /// Parses a difference in points: whatever <see cref="ToString(string, IFormatProvider)"/> prints
    /// with "R", "G", "G0".."G28" or the default format reads back as the difference shown.
    /// </summary>
    /// <remarks>
    /// <para>Accepted:</para>
    /// <list type="bullet">
    /// <item>The round-trip form, in every culture: an optional <c>-</c>, digits, optionally <c>.</c>
    /// and digits, one ordinary space and <c>pp</c> (<c>-2.5 pp</c>); always read this way.</item>
    /// <item>The culture's form: a number with the culture's number decimal separator (and its
    /// number group separator, every group of the culture's sizes), a sign before or after (the
    /// culture's, <c>+</c>, <c>-</c> or <c>−</c>), then a points unit: <c>pp</c>, <c>pt</c>,
    /// <c>pts</c>, <c>point</c>, <c>points</c>, <c>pp.</c> or <c>p.p.</c>, in any case. Any blank is
    /// accepted where the culture prints a blank, and direction marks are ignored.</item>
    /// </list>
    /// <para>Refused with a <see cref="FormatException"/>: no unit, separators of another culture, a
    /// group separator that does not close a group, or a difference beyond decimal's range. There is
    /// no fallback to another culture.</para>
    /// </remarks>
    /// <param name="s">The text, such as <c>+5,0 pts</c>.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a difference in points; the message quotes the text and names the culture.</exception>
    public static PercentagePoints Parse(string s, IFormatProvider? provider)
    {
        Preconditions.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses points (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The difference.</returns>
    /// <exception cref="FormatException">The text is not a difference in points; the message quotes the text and names the culture.</exception>
    public static PercentagePoints Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a difference in percentage points in {Formatting.CultureName(provider)}: write it as the round-trip form '-2.5 pp' or the culture's form, such as '{FromPoints(5m).ToString(null, provider)}'.");

    /// <summary>Tries to parse points (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <param name="result">The difference, or zero on failure.</param>
    /// <returns>True on success; false for null or a text <see cref="Parse(string, IFormatProvider)"/> refuses.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PercentagePoints result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse points (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <param name="result">The difference, or zero on failure.</param>
    /// <returns>True on success; false for a text <see cref="Parse(string, IFormatProvider)"/> refuses.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PercentagePoints result)
    {
        result = default;
        s = Formatting.TrimBlanks(s);
        if (s.Length > 3 && s.EndsWith(" pp", StringComparison.Ordinal) && Formatting.TryReadInvariant(s[..^3], 2, out var exact))
        {
            result = new PercentagePoints(exact);
            return true;
        }

        var text = Formatting.WithoutMarks(s).AsSpan();
        var unitStart = text.Length;
        while (unitStart > 0 && (char.IsLetter(text[unitStart - 1]) || text[unitStart - 1] == '.'))
        {
            unitStart--;
        }

        var numbers = Formatting.Numbers(provider);
        if (!IsPointsUnit(text[unitStart..])
            || !Formatting.TrySplitSign(text[..unitStart], numbers, out var negative, out var digits)
            || !Formatting.TryReadUnsigned(digits, Formatting.NumberSyntax.Number(numbers), 2, out var fraction))
        {
            return false;
        }

        result = new PercentagePoints(negative ? -fraction : fraction);
        return true;
    }

    private static bool IsPointsUnit(ReadOnlySpan<char> unit) =>
        unit.Equals("pp", StringComparison.OrdinalIgnoreCase)
        || unit.Equals("pt", StringComparison.OrdinalIgnoreCase)
        || unit.Equals("pts", StringComparison.OrdinalIgnoreCase)
        || unit.Equals("point", StringComparison.OrdinalIgnoreCase)
        || unit.Equals("points", StringComparison.OrdinalIgnoreCase)
        || unit.Equals("pp.", StringComparison.OrdinalIgnoreCase)
        || unit.Equals("p.p.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The sum.</returns>
    public static PercentagePoints operator +(PercentagePoints left, PercentagePoints right) => new(left.Fraction + right.Fraction);

    /// <summary>Subtracts two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The difference.</returns>
    public static PercentagePoints operator -(PercentagePoints left, PercentagePoints right) => new(left.Fraction - right.Fraction);

    /// <summary>Scales a difference.</summary>
    /// <param name="left">The difference.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The scaled difference.</returns>
    public static PercentagePoints operator *(PercentagePoints left, decimal right) => new(left.Fraction * right);

    /// <summary>The opposite difference.</summary>
    /// <param name="value">The difference.</param>
    /// <returns>The negated difference.</returns>
    public static PercentagePoints operator -(PercentagePoints value) => new(-value.Fraction);

    /// <summary>The difference itself.</summary>
    /// <param name="value">The difference.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static PercentagePoints operator +(PercentagePoints value) => value;

    /// <summary>Equality.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => !left.Equals(right);

    /// <summary>Compares two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(PercentagePoints left, PercentagePoints right) => left.Fraction < right.Fraction;

    /// <summary>Compares two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    public static bool operator >(PercentagePoints left, PercentagePoints right) => left.Fraction > right.Fraction;

    /// <summary>Compares two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(PercentagePoints left, PercentagePoints right) => left.Fraction <= right.Fraction;

    /// <summary>Compares two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(PercentagePoints left, PercentagePoints right) => left.Fraction >= right.Fraction;

    /// <summary>The named form of <c>+</c>.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The sum.</returns>
    public static PercentagePoints Add(PercentagePoints left, PercentagePoints right) => left + right;

    /// <summary>The named form of <c>-</c>.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The difference.</returns>
    public static PercentagePoints Subtract(PercentagePoints left, PercentagePoints right) => left - right;

    /// <summary>The named form of <c>*</c>.</summary>
    /// <param name="left">The difference.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The scaled difference.</returns>
    public static PercentagePoints Multiply(PercentagePoints left, decimal right) => left * right;

    /// <summary>The named form of unary <c>-</c>.</summary>
    /// <param name="value">The difference.</param>
    /// <returns>The negated difference.</returns>
    public static PercentagePoints Negate(PercentagePoints value) => -value;

    /// <summary>The named form of unary <c>+</c>.</summary>
    /// <param name="value">The difference.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static PercentagePoints Plus(PercentagePoints value) => value;

    private static FormatException BadFormat(string? format) =>
        new($"The format '{format}' is not supported by PercentagePoints; use \"G\", \"G0\"..\"G28\" or \"R\".");
}
