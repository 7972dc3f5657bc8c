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
/// A ratio read as "x to 1": an LTV/CAC of 3 : 1, a project ROI of 2.4 : 1 (gains are 2.4 times the
/// costs). Holds x exactly.
/// </summary>
/// <remarks>
/// Text: <c>3.0:1</c> (en), <c>3,0:1</c> (fr), one decimal by default. JSON: x as a number, <c>3.0</c>.
/// </remarks>
[DebuggerDisplay("{ToString(\"R\", null),nq}")]
[JsonConverter(typeof(RatioJsonConverter))]
public readonly struct Ratio
    : IEquatable<Ratio>,
      IComparable<Ratio>,
      IComparable,
      ISpanFormattable,
      IUtf8SpanFormattable,
      ISpanParsable<Ratio>,
      IEqualityOperators<Ratio, Ratio, bool>,
      IComparisonOperators<Ratio, Ratio, bool>
{
    /// <summary>Creates the ratio x : 1.</summary>
    /// <param name="value">x, the first term when the second is 1.</param>
    public Ratio(decimal value) => Value = value;

    /// <summary>x in "x : 1".</summary>
    public decimal Value { get; }

    /// <summary>The ratio 1 : 1 (break-even for LTV/CAC and ROI).</summary>
    public static Ratio OneToOne => new(1m);

    /// <summary>
    /// The ratio of two amounts of one currency (LTV 10 000 EUR to CAC 3 000 EUR is 3.33 : 1). The
    /// calculators return an undefined result for a zero denominator instead of throwing.
    /// </summary>
    /// <param name="numerator">The first amount.</param>
    /// <param name="denominator">The second amount, not zero.</param>
    /// <returns>numerator / denominator : 1.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public static Ratio Of(Money numerator, Money denominator) => new(numerator / denominator);

    /// <inheritdoc />
    public bool Equals(Ratio other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Ratio other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj)
    {
        if (obj is Ratio other)
        {
            return CompareTo(other);
        }

        Preconditions.Argument(obj is null, nameof(obj), "The value must be a Ratio.");
        return 1;
    }

    /// <summary>The ratio with one decimal in the current culture (<c>3.0:1</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the ratio.</summary>
    /// <param name="format"><c>"G"</c>, empty or null: x with one decimal, then <c>:1</c> (<c>2.4:1</c>,
    /// <c>2,4:1</c> in fr-FR); <c>"G0"</c>..<c>"G28"</c>: that many decimals; <c>"R"</c>: invariant
    /// round-trip form with every digit (<c>3.3333333333333333333333333333:1</c>).</param>
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
            'R' when precision is null => Value.ToString(CultureInfo.InvariantCulture) + ":1",
            'G' => Value.ToString("F" + (precision ?? 1).ToString(CultureInfo.InvariantCulture), formatProvider) + ":1",
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
    /// Parses a ratio <c>x:1</c>: whatever <see cref="ToString(string, IFormatProvider)"/> prints with
    /// "R", "G", "G0".."G28" or the default format reads back as the ratio shown.
    /// </summary>
    /// <remarks>
    /// <para>Accepted:</para>
    /// <list type="bullet">
    /// <item>The round-trip form, in every culture: an optional <c>-</c>, digits, optionally <c>.</c>
    /// and digits, then <c>:1</c> with nothing between (<c>3.25:1</c>); always read this way.</item>
    /// <item>The culture's form: a number with the culture's number decimal separator (and its
    /// number group separator, every group of the culture's sizes), a sign before or after, then
    /// <c>:</c> and <c>1</c>, blanks allowed around the colon (<c>2,4 : 1</c> in fr-FR). Any blank
    /// is accepted where the culture prints a blank, and direction marks are ignored.</item>
    /// </list>
    /// <para>Refused with a <see cref="FormatException"/>: another second term than 1, separators of
    /// another culture, a group separator that does not close a group, or a value beyond decimal's
    /// range. There is no fallback to another culture.</para>
    /// </remarks>
    /// <param name="s">The text, such as <c>2,4:1</c>.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a ratio x:1; the message quotes the text and names the culture.</exception>
    public static Ratio Parse(string s, IFormatProvider? provider)
    {
        Preconditions.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a ratio (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="FormatException">The text is not a ratio x:1; the message quotes the text and names the culture.</exception>
    public static Ratio Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a ratio in {Formatting.CultureName(provider)}: write it as 'x:1', the round-trip form '3.25:1' or the culture's form, such as '{new Ratio(2.4m).ToString(null, provider)}'.");

    /// <summary>Tries to parse a ratio (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <param name="result">The ratio, or 0 : 1 on failure.</param>
    /// <returns>True on success; false for null or a text <see cref="Parse(string, IFormatProvider)"/> refuses.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Ratio result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse a ratio (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <param name="result">The ratio, or 0 : 1 on failure.</param>
    /// <returns>True on success; false for a text <see cref="Parse(string, IFormatProvider)"/> refuses.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Ratio result)
    {
        result = default;
        s = Formatting.TrimBlanks(s);
        if (s.Length > 2 && s.EndsWith(":1", StringComparison.Ordinal) && Formatting.TryReadInvariant(s[..^2], 0, out var exact))
        {
            result = new Ratio(exact);
            return true;
        }

        var text = Formatting.WithoutMarks(s).AsSpan();
        var colon = text.LastIndexOf(':');
        var numbers = Formatting.Numbers(provider);
        if (colon < 0 || !Formatting.TrimBlanks(text[(colon + 1)..]).SequenceEqual("1")
            || !Formatting.TrySplitSign(text[..colon], numbers, out var negative, out var digits)
            || !Formatting.TryReadUnsigned(digits, Formatting.NumberSyntax.Number(numbers), 0, out var value))
        {
            return false;
        }

        result = new Ratio(negative ? -value : value);
        return true;
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Ratio left, Ratio right) => left.Value < right.Value;

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    public static bool operator >(Ratio left, Ratio right) => left.Value > right.Value;

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(Ratio left, Ratio right) => left.Value <= right.Value;

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(Ratio left, Ratio right) => left.Value >= right.Value;

    private static FormatException BadFormat(string? format) =>
        new($"The format '{format}' is not supported by Ratio; use \"G\", \"G0\"..\"G28\" or \"R\".");
}
