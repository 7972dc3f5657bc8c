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
    /// <exception cref="OverflowException">The value in percent is beyond <see cref="decimal"/>'s range (a fraction beyond ±<see cref="decimal.MaxValue"/> / 100); <see cref="Fraction"/> always holds it, and the "R" format and JSON write it exactly.</exception>
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
            'R' when precision is null => Formatting.InvariantShifted(Fraction, 2) + "%",
            'F' when precision is null => Fraction.ToString(CultureInfo.InvariantCulture),
            'P' or 'G' => FormatPercent(precision ?? 1, formatProvider),
            _ => throw BadFormat(format),
        };
    }

    /// <summary>
    /// The culture's percent format, as .NET's "P" writes it, without .NET's multiplication by 100,
    /// which overflows for a fraction beyond decimal's range divided by 100.
    /// </summary>
    private string FormatPercent(int decimals, IFormatProvider? provider)
    {
        var numbers = NumberFormatInfo.GetInstance(provider);
        var percentNumbers = (NumberFormatInfo)numbers.Clone();
        percentNumbers.NumberDecimalSeparator = numbers.PercentDecimalSeparator;
        percentNumbers.NumberGroupSeparator = numbers.PercentGroupSeparator;
        percentNumbers.NumberGroupSizes = numbers.PercentGroupSizes;
        var magnitude = Formatting.PercentMagnitude(Fraction, decimals, "N", percentNumbers, out var negative);
        var symbol = numbers.PercentSymbol;
        var sign = numbers.NegativeSign;
        var text = negative
            ? numbers.PercentNegativePattern switch
            {
                0 => string.Concat(sign, magnitude, " ", symbol),
                1 => string.Concat(sign, magnitude, symbol),
                2 => string.Concat(sign, symbol, magnitude),
                3 => string.Concat(symbol, sign, magnitude),
                4 => string.Concat(symbol, magnitude, sign),
                5 => string.Concat(magnitude, sign, symbol),
                6 => string.Concat(magnitude, symbol, sign),
                7 => string.Concat(sign, symbol, " ", magnitude),
                8 => string.Concat(magnitude, " ", symbol, sign),
                9 => string.Concat(symbol, " ", magnitude, sign),
                10 => string.Concat(symbol, " ", sign, magnitude),
                _ => string.Concat(magnitude, sign, " ", symbol),
            }
            : numbers.PercentPositivePattern switch
            {
                0 => string.Concat(magnitude, " ", symbol),
                1 => string.Concat(magnitude, symbol),
                2 => string.Concat(symbol, magnitude),
                _ => string.Concat(symbol, " ", magnitude),
            };

        // "1.555%" is what pt-BR prints for 1 555 % and the round-trip form of 1.555 %, which Parse
        // reads first: a no-break space before the sign keeps the culture's text apart.
        if (text.EndsWith('%') && TryParseRoundTripForm(text, out var misreading)
            && misreading.Fraction != decimal.Round(Fraction, Math.Min(decimals + 2, 28), MidpointRounding.AwayFromZero))
        {
            text = string.Concat(text.AsSpan(0, text.Length - 1), "\u00A0%");
        }

        return text;
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopy(ToString(format.ToString(), provider), destination, out charsWritten);

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopyUtf8(ToString(format.ToString(), provider), utf8Destination, out bytesWritten);

    /// <summary>
    /// Parses a percentage written with a percent sign: whatever <see cref="ToString(string, IFormatProvider)"/>
    /// prints with "R", "P", "P0".."P28" or the default format reads back as the rate shown.
    /// </summary>
    /// <remarks>
    /// <para>Accepted:</para>
    /// <list type="bullet">
    /// <item>The round-trip form, in every culture: an optional <c>-</c>, digits, optionally <c>.</c>
    /// and digits, then <c>%</c> with nothing between (<c>37.5%</c>). Such a text is always read this
    /// way: the culture's own percent text never takes this form for another rate (where it would,
    /// as <c>1.555%</c> for 1 555 % in pt-BR, the culture form puts a no-break space before the sign).</item>
    /// <item>The culture's percent text: the culture's percent symbol or <c>%</c> before or after the
    /// number, the number written with the culture's percent decimal separator and percent group
    /// separator, every group of the culture's percent group sizes, a negative sign before or after.
    /// Any blank is accepted where the culture prints a blank, and direction marks are ignored.</item>
    /// </list>
    /// <para>Refused with a <see cref="FormatException"/>: a number without a percent sign (<c>25</c>
    /// is never read as 2 500 %, and the "F" form <c>0.25</c> is not a percentage), a group separator
    /// that does not close a group (<c>2.5 %</c> in de-DE), separators of another culture, or a rate
    /// beyond decimal's range. There is no fallback to another culture.</para>
    /// </remarks>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a percentage in the round-trip form or the culture's percent format; the message quotes the text and names the culture.</exception>
    public static Rate Parse(string s, IFormatProvider? provider)
    {
        Preconditions.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a percentage in the current culture (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a percentage; the message quotes it.</exception>
    public static Rate Parse(string s) => Parse(s, null);

    /// <summary>Parses a percentage (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="FormatException">The text is not a percentage; the message quotes the text and names the culture.</exception>
    public static Rate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a percentage in {Formatting.CultureName(provider)}: write it with a percent sign, as the round-trip form '37.5%' or the culture's format, such as '{new Rate(0.375m).ToString("P", provider)}'.");

    /// <summary>Tries to parse a percentage (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <param name="result">The rate, or 0 % on failure.</param>
    /// <returns>True on success; false for null or a text <see cref="Parse(string, IFormatProvider)"/> refuses.</returns>
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
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <param name="result">The rate, or 0 % on failure.</param>
    /// <returns>True on success; false for a text <see cref="Parse(string, IFormatProvider)"/> refuses.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Rate result)
    {
        s = Formatting.TrimBlanks(s);
        if (TryParseRoundTripForm(s, out result))
        {
            return true;
        }

        result = default;
        var numbers = Formatting.Numbers(provider);
        var text = Formatting.WithoutMarks(s);
        var symbol = Formatting.WithoutMarks(numbers.PercentSymbol);
        foreach (var candidate in symbol == "%" ? ["%"] : new[] { symbol, "%" })
        {
            if (candidate.Length == 0)
            {
                continue;
            }

            var at = text.IndexOf(candidate, StringComparison.Ordinal);
            if (at < 0 || text.IndexOf(candidate, at + 1, StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            // The sign stands at one end of the text, signs and blanks aside.
            var before = text.AsSpan(0, at);
            var after = text.AsSpan(at + candidate.Length);
            if (!(IsSignOrNothing(before, numbers) || IsSignOrNothing(after, numbers))
                || !Formatting.TrySplitSign(string.Concat(before, "\u00A0", after), numbers, out var negative, out var digits)
                || !Formatting.TryReadUnsigned(digits, Formatting.NumberSyntax.Percent(numbers), 2, out var fraction))
            {
                continue;
            }

            result = new Rate(negative ? -fraction : fraction);
            return true;
        }

        return false;
    }

    /// <summary>The "R" form: an optional minus, an invariant number, and % right after it.</summary>
    private static bool TryParseRoundTripForm(ReadOnlySpan<char> s, out Rate result)
    {
        result = default;
        if (s.Length > 1 && s[^1] == '%' && Formatting.TryReadInvariant(s[..^1], 2, out var fraction))
        {
            result = new Rate(fraction);
            return true;
        }

        return false;
    }

    private static bool IsSignOrNothing(ReadOnlySpan<char> s, NumberFormatInfo numbers)
    {
        var trimmed = Formatting.TrimBlanks(s);
        return trimmed.IsEmpty || trimmed is "-" or "\u2212" or "+"
            || trimmed.SequenceEqual(Formatting.WithoutMarks(numbers.NegativeSign))
            || trimmed.SequenceEqual(Formatting.WithoutMarks(numbers.PositiveSign));
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
