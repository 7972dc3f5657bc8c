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
/// A rate held as an exact decimal fraction: 0.25 is 25 %. Conversion, churn, retention, adoption
/// and relative changes are rates.
/// </summary>
/// <remarks>
/// <para>The difference of two rates is <see cref="PercentagePoints"/>, never a rate: going from 8 %
/// to 3 % is −5 points (<c>rate2 - rate1</c>), a relative change of −62.5 %
/// (<see cref="Formulas.Change.Between(Rate, Rate)"/> gives both). The two are different types so
/// they cannot be confused.</para>
/// <para>For the generic calculators (<see cref="Formulas.Targets"/>, <see cref="Formulas.Change"/>) a
/// rate also takes part in .NET generic math through explicit interface implementations: a gap
/// between two rates, a rate divided by a number and the quotient of two rates, all on the fraction
/// scale. They are reachable only through a generic type parameter, so that ordinary code keeps
/// <c>rate - rate</c> in points.</para>
/// <para>A rate may be negative or above 100 % (a relative change of +37.5 %, a decrease of 81 %);
/// the calculators that produce proportions guarantee the [0, 1] range themselves.</para>
/// <para>Text: <c>25.0%</c> (en-US), <c>25,0 %</c> (fr-FR); parsing needs the percent sign, so
/// "25" is never read as 2 500 %. JSON: the fraction as a number, <c>0.25</c>.</para>
/// </remarks>
[DebuggerDisplay("{ToString(\"R\", null),nq}")]
[JsonConverter(typeof(RateJsonConverter))]
public readonly struct Rate
    : IEquatable<Rate>,
      IComparable<Rate>,
      IComparable,
      ISpanFormattable,
      IUtf8SpanFormattable,
      ISpanParsable<Rate>,
      IEqualityOperators<Rate, Rate, bool>,
      IComparisonOperators<Rate, Rate, bool>,
      ISubtractionOperators<Rate, Rate, PercentagePoints>,
      IAdditionOperators<Rate, PercentagePoints, Rate>,
      ISubtractionOperators<Rate, PercentagePoints, Rate>,
      IMultiplyOperators<Rate, Rate, Rate>,
      IMultiplyOperators<Rate, decimal, Rate>,
      IUnaryNegationOperators<Rate, Rate>,
      IUnaryPlusOperators<Rate, Rate>,
      ISubtractionOperators<Rate, Rate, Rate>,
      IDivisionOperators<Rate, decimal, Rate>,
      IDivisionOperators<Rate, Rate, decimal>
{
    /// <summary>Creates a rate from a fraction: <c>new Rate(0.25m)</c> is 25 %, as <see cref="FromFraction(decimal)"/>.</summary>
    /// <param name="fraction">The fraction: 0.25 for 25 %. Kept exactly; it may be negative or above 1
    /// (a relative change of −81 % or +137.5 %).</param>
    /// <example>
    /// <code>
    /// new Rate(0.25m) == Rate.FromPercent(25m); // true
    /// </code>
    /// </example>
    public Rate(decimal fraction) => Fraction = fraction;

    /// <summary>The rate as a fraction: 0.25 for 25 %.</summary>
    public decimal Fraction { get; }

    /// <summary>The rate in percent: 25 for 25 %.</summary>
    public decimal Percent => Formatting.Normalize(Fraction * 100m);

    /// <summary>0 %.</summary>
    public static Rate Zero => default;

    /// <summary>100 %.</summary>
    public static Rate One => new(1m);

    /// <summary>True when the rate is a proportion, within [0 %, 100 %].</summary>
    public bool IsProportion => Fraction is >= 0m and <= 1m;

    /// <summary>A rate from a fraction: <c>FromFraction(0.25m)</c> is 25 %.</summary>
    /// <param name="fraction">The fraction.</param>
    /// <returns>The rate.</returns>
    public static Rate FromFraction(decimal fraction) => new(fraction);

    /// <summary>A rate from a percentage: <c>FromPercent(25m)</c> is 25 %.</summary>
    /// <param name="percent">The percentage.</param>
    /// <returns>The rate.</returns>
    public static Rate FromPercent(decimal percent) => new(percent / 100m);

    /// <summary>
    /// The share <paramref name="part"/> / <paramref name="whole"/> as a rate (3 active users out of 9
    /// trained: 33.3 %). For a zero <paramref name="whole"/> see the calculators, which return an
    /// undefined result instead.
    /// </summary>
    /// <param name="part">The part, not negative.</param>
    /// <param name="whole">The whole, greater than zero.</param>
    /// <returns>The fraction, exact to decimal precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is negative or <paramref name="whole"/> is not positive.</exception>
    internal static Rate FromRatio(decimal part, decimal whole)
    {
        Preconditions.NotNegative(part);
        Preconditions.Positive(whole);
        return new Rate(part / whole);
    }

    /// <summary>The complement, 100 % minus this rate (retention from churn).</summary>
    /// <returns>1 − <see cref="Fraction"/>.</returns>
    public Rate Complement() => new(1m - Fraction);

    /// <summary>Rounds the fraction to a number of decimals (for display rounding use the formats instead).</summary>
    /// <param name="decimals">Decimals of the fraction (4 keeps 12.34 %).</param>
    /// <param name="mode">The midpoint rule; <see cref="MidpointRounding.AwayFromZero"/> when omitted.</param>
    /// <returns>The rounded rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28, or <paramref name="mode"/> is not a defined rule.</exception>
    public Rate Round(int decimals, MidpointRounding mode = MidpointRounding.AwayFromZero)
    {
        Preconditions.InRange(decimals, 0, 28);
        Preconditions.Defined(mode);
        return new Rate(decimal.Round(Fraction, decimals, mode));
    }

    /// <inheritdoc />
    public bool Equals(Rate other) => Fraction == other.Fraction;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Fraction.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Rate other) => Fraction.CompareTo(other.Fraction);

    /// <inheritdoc />
    public int CompareTo(object? obj)
    {
        if (obj is Rate other)
        {
            return CompareTo(other);
        }

        Preconditions.Argument(obj is null, nameof(obj), "The value must be a Rate.");
        return 1;
    }

    /// <summary>The rate with one decimal in the current culture (<c>25.0%</c>, <c>25,0 %</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the rate.</summary>
    /// <param name="format">
    /// <c>"P"</c>, <c>"G"</c>, empty or null: percent with one decimal in the culture's percent format
    /// (<c>25.0%</c> en-US, <c>25,0 %</c> fr-FR); <c>"P0"</c>..<c>"P28"</c>: that many decimals;
    /// <c>"R"</c>: the invariant round-trip form, every digit of the percentage and a percent sign
    /// (<c>37.5%</c>, <c>0.125%</c>); <c>"F"</c>: the fraction as an
    /// invariant number (<c>0.375</c>).
    /// </param>
    /// <param name="formatProvider">The culture (the current culture when null).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!Formatting.TrySplitFormat(format, out var letter, out var precision))
        {
            throw BadFormat(format);
        }

        return letter switch
        {
            'R' when precision is null => Percent.ToString(CultureInfo.InvariantCulture) + "%",
            'F' when precision is null => Fraction.ToString(CultureInfo.InvariantCulture),
            'P' or 'G' => Fraction.ToString("P" + (precision ?? 1).ToString(CultureInfo.InvariantCulture), formatProvider),
            _ => throw BadFormat(format),
        };
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopy(ToString(format.ToString(), provider), destination, out charsWritten);

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopyUtf8(ToString(format.ToString(), provider), utf8Destination, out bytesWritten);

    /// <summary>
    /// Parses a percentage written with a percent sign, in the culture's format (<c>25,0 %</c> in
    /// fr-FR) or the invariant round-trip form (<c>37.5%</c>).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">No percent sign, or no valid number; the message quotes the text.</exception>
    public static Rate Parse(string s, IFormatProvider? provider)
    {
        Preconditions.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a percentage in the current culture (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="FormatException">The text is not a percentage.</exception>
    public static Rate Parse(string s) => Parse(s, null);

    /// <summary>Parses a percentage (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="FormatException">The text is not a percentage.</exception>
    public static Rate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a percentage: write it with a percent sign, such as '25 %' or '25.0%'.");

    /// <summary>Tries to parse a percentage (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture.</param>
    /// <param name="result">The rate, or 0 % on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Rate result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse a percentage (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture.</param>
    /// <param name="result">The rate, or 0 % on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Rate result)
    {
        result = default;
        var numbers = Formatting.Numbers(provider);
        s = Formatting.TrimBlanks(s);
        var symbol = numbers.PercentSymbol;
        var at = s.IndexOf(symbol, StringComparison.Ordinal);
        var symbolLength = symbol.Length;
        if (at < 0)
        {
            at = s.IndexOf('%');
            symbolLength = 1;
        }

        if (at < 0)
        {
            return false;
        }

        var length = s.Length - symbolLength;
        Span<char> rest = length <= 128 ? stackalloc char[length] : new char[length];
        s[..at].CopyTo(rest);
        s[(at + symbolLength)..].CopyTo(rest[at..]);
        if (!TryParsePercentNumber(Formatting.TrimBlanks(rest), numbers, out var percent))
        {
            return false;
        }

        result = FromPercent(percent);
        return true;
    }

    private static bool TryParsePercentNumber(ReadOnlySpan<char> s, NumberFormatInfo numbers, out decimal percent)
    {
        if (Formatting.TryParseCultureDecimal(s, numbers, out percent))
        {
            return true;
        }

        // Round-trip text is invariant: read it so when the culture cannot (its group separators are checked).
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent);
    }

    /// <summary>The difference of two rates, in percentage points (8 % − 3 % = 5 points).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The difference in percentage points.</returns>
    public static PercentagePoints operator -(Rate left, Rate right) => PercentagePoints.FromFraction(left.Fraction - right.Fraction);

    /// <summary>Adds percentage points to a rate (a quote-to-order rate of 20 % + 5 points = 25 %).</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The points to add.</param>
    /// <returns>The new rate.</returns>
    public static Rate operator +(Rate left, PercentagePoints right) => new(left.Fraction + right.Fraction);

    /// <summary>Subtracts percentage points from a rate.</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The points to subtract.</param>
    /// <returns>The new rate.</returns>
    public static Rate operator -(Rate left, PercentagePoints right) => new(left.Fraction - right.Fraction);

    /// <summary>The product of two rates (two funnel steps of 50 % and 20 % give 10 % overall).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The product.</returns>
    public static Rate operator *(Rate left, Rate right) => new(left.Fraction * right.Fraction);

    /// <summary>Scales a rate by a number (a +10 % relative change applied twice is not +20 %: use this only for plain scaling).</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The scaled rate.</returns>
    public static Rate operator *(Rate left, decimal right) => new(left.Fraction * right);

    /// <summary>The opposite rate.</summary>
    /// <param name="value">The rate.</param>
    /// <returns>The negated rate.</returns>
    public static Rate operator -(Rate value) => new(-value.Fraction);

    /// <summary>The rate itself.</summary>
    /// <param name="value">The rate.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static Rate operator +(Rate value) => value;

    /// <summary>Equality of fractions.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Inequality of fractions.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Rate left, Rate right) => left.Fraction < right.Fraction;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    public static bool operator >(Rate left, Rate right) => left.Fraction > right.Fraction;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(Rate left, Rate right) => left.Fraction <= right.Fraction;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(Rate left, Rate right) => left.Fraction >= right.Fraction;

    /// <summary>The named form of <c>rate - rate</c>: the difference in percentage points.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The difference in points.</returns>
    public static PercentagePoints Subtract(Rate left, Rate right) => left - right;

    /// <summary>The named form of <c>rate + points</c>.</summary>
    /// <param name="left">The rate.</param>
    /// <param name="right">The points.</param>
    /// <returns>The new rate.</returns>
    public static Rate Add(Rate left, PercentagePoints right) => left + right;

    /// <summary>The named form of <c>rate * rate</c>.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The product.</returns>
    public static Rate Multiply(Rate left, Rate right) => left * right;

    /// <summary>The named form of unary <c>-</c>.</summary>
    /// <param name="value">The rate.</param>
    /// <returns>The negated rate.</returns>
    public static Rate Negate(Rate value) => -value;

    /// <summary>The named form of unary <c>+</c>.</summary>
    /// <param name="value">The rate.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static Rate Plus(Rate value) => value;

    // Generic math on the fraction scale, for the generic calculators only (see the remarks on the type).
    static Rate ISubtractionOperators<Rate, Rate, Rate>.operator -(Rate left, Rate right) => new(left.Fraction - right.Fraction);

    static Rate IDivisionOperators<Rate, decimal, Rate>.operator /(Rate left, decimal right) => new(left.Fraction / right);

    static decimal IDivisionOperators<Rate, Rate, decimal>.operator /(Rate left, Rate right) => left.Fraction / right.Fraction;

    private static FormatException BadFormat(string? format) =>
        new($"The format '{format}' is not supported by Rate; use \"P\", \"P0\"..\"P28\", \"R\" or \"F\".");
}
