using System;
using System.Globalization;
using System.Text;

namespace KpiFormulas.Internal;

/// <summary>Shared plumbing for the span and UTF-8 formatting and parsing of the value types.</summary>
internal static class Formatting
{
    /// <summary>Copies a formatted string into a destination span.</summary>
    internal static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Transcodes a formatted string to UTF-8 into a destination span.</summary>
    internal static bool TryCopyUtf8(string text, Span<byte> utf8Destination, out int bytesWritten)
    {
        if (Encoding.UTF8.GetMaxByteCount(text.Length) <= utf8Destination.Length
            || Encoding.UTF8.GetByteCount(text) <= utf8Destination.Length)
        {
            bytesWritten = Encoding.UTF8.GetBytes(text, utf8Destination);
            return true;
        }

        bytesWritten = 0;
        return false;
    }

    /// <summary>The same value without trailing zeros (37.500 becomes 37.5).</summary>
    internal static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    internal static CultureInfo Culture(IFormatProvider? provider) =>
        provider as CultureInfo ?? CultureInfo.CurrentCulture;

    internal static NumberFormatInfo Numbers(IFormatProvider? provider) => NumberFormatInfo.GetInstance(provider);

    /// <summary>Names the culture of a provider for an error message: <c>the culture 'fr-FR'</c>.</summary>
    internal static string CultureName(IFormatProvider? provider) => (provider ?? CultureInfo.CurrentCulture) switch
    {
        CultureInfo { Name.Length: 0 } => "the invariant culture",
        CultureInfo culture => $"the culture '{culture.Name}'",
        _ => "the given number format",
    };

    /// <summary>
    /// A rate or a difference of rates (<paramref name="fraction"/>) as a percentage with
    /// <paramref name="decimals"/> decimals, rounded half away from zero, written with the culture's
    /// percent separators and without a sign; <paramref name="negative"/> tells whether the value
    /// shown is below zero. Never overflows: the largest fraction decimal holds is 100 times too
    /// large for a decimal percentage.
    /// </summary>
    internal static string PercentMagnitude(decimal fraction, int decimals, string format, NumberFormatInfo numbers, out bool negative)
    {
        var rounded = decimal.Round(fraction, Math.Min(decimals + 2, 28), MidpointRounding.AwayFromZero);
        negative = rounded < 0m;
        return FormatShiftedMagnitude(rounded, 2, format + decimals.ToString(CultureInfo.InvariantCulture), numbers);
    }

    /// <summary>True for the blanks cultures put between digits, signs and symbols.</summary>
    internal static bool IsBlank(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\t';

    /// <summary>Removes blanks at both ends, including the no-break spaces of cultures such as fr-FR.</summary>
    internal static ReadOnlySpan<char> TrimBlanks(ReadOnlySpan<char> s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsBlank(s[start]))
        {
            start++;
        }

        while (end > start && IsBlank(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    /// <summary>True for the invisible marks some cultures put around signs and symbols (LRM, RLM, ALM, isolates, embeddings).</summary>
    internal static bool IsMark(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The text without its invisible direction marks: they carry no meaning for a number.</summary>
    internal static string WithoutMarks(ReadOnlySpan<char> s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!IsMark(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The separators of one kind of number of a culture: currency, number or percent.</summary>
    internal readonly record struct NumberSyntax(string DecimalSeparator, string GroupSeparator, int[] GroupSizes)
    {
        internal static NumberSyntax Currency(NumberFormatInfo numbers) =>
            new(numbers.CurrencyDecimalSeparator, numbers.CurrencyGroupSeparator, numbers.CurrencyGroupSizes);

        internal static NumberSyntax Number(NumberFormatInfo numbers) =>
            new(numbers.NumberDecimalSeparator, numbers.NumberGroupSeparator, numbers.NumberGroupSizes);

        internal static NumberSyntax Percent(NumberFormatInfo numbers) =>
            new(numbers.PercentDecimalSeparator, numbers.PercentGroupSeparator, numbers.PercentGroupSizes);
    }

    /// <summary>
    /// Splits the sign from a number written in a culture: a leading or trailing negative sign (the
    /// culture's, <c>-</c> or <c>−</c>), parentheses, or a leading positive sign; blanks between the
    /// sign and the digits are dropped. Direction marks must already be removed.
    /// </summary>
    internal static bool TrySplitSign(ReadOnlySpan<char> s, NumberFormatInfo numbers, out bool negative, out ReadOnlySpan<char> digits)
    {
        negative = false;
        s = TrimBlanks(s);
        digits = s;
        if (s.IsEmpty)
        {
            return false;
        }

        var negativeSign = WithoutMarks(numbers.NegativeSign);
        var positiveSign = WithoutMarks(numbers.PositiveSign);
        if (s.Length >= 2 && s[0] == '(' && s[^1] == ')')
        {
            negative = true;
            digits = TrimBlanks(s[1..^1]);
        }
        else if (StartsWithSign(s, negativeSign, '-', out var length))
        {
            negative = true;
            digits = TrimBlanks(s[length..]);
        }
        else if (EndsWithSign(s, negativeSign, '-', out length))
        {
            negative = true;
            digits = TrimBlanks(s[..^length]);
        }
        else if (StartsWithSign(s, positiveSign, '+', out length))
        {
            digits = TrimBlanks(s[length..]);
        }

        return !digits.IsEmpty;
    }

    private static bool StartsWithSign(ReadOnlySpan<char> s, string cultureSign, char asciiSign, out int length)
    {
        length = cultureSign.Length > 0 && s.StartsWith(cultureSign, StringComparison.Ordinal) ? cultureSign.Length
            : s[0] == asciiSign || (asciiSign == '-' && s[0] == '\u2212') ? 1
            : 0;
        return length > 0;
    }

    private static bool EndsWithSign(ReadOnlySpan<char> s, string cultureSign, char asciiSign, out int length)
    {
        length = cultureSign.Length > 0 && s.EndsWith(cultureSign, StringComparison.Ordinal) ? cultureSign.Length
            : s[^1] == asciiSign || (asciiSign == '-' && s[^1] == '\u2212') ? 1
            : 0;
        return length > 0;
    }

    /// <summary>
    /// Reads an unsigned number written with exactly the separators of <paramref name="syntax"/> and
    /// divides it by 10^<paramref name="shift"/> without rounding (a percentage read as a fraction
    /// has <paramref name="shift"/> 2). Every group separator must close a group of the culture's
    /// sizes (.NET's own parser accepts them anywhere, which reads the invariant 37.5 as 375 in
    /// de-DE); a blank group separator matches any blank, and a typographic apostrophe also a
    /// straight one. Refuses anything else: other separators, signs, letters, and values beyond
    /// decimal's range.
    /// </summary>
    internal static bool TryReadUnsigned(ReadOnlySpan<char> s, NumberSyntax syntax, int shift, out decimal value)
    {
        value = 0m;
        Span<char> digits = s.Length <= 256 ? stackalloc char[s.Length + 1] : new char[s.Length + 1];
        var count = 0;
        var pointAt = -1;
        var groupEnds = new System.Collections.Generic.List<int>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
                i++;
            }
            else if (pointAt < 0 && syntax.DecimalSeparator.Length > 0 && s[i..].StartsWith(syntax.DecimalSeparator, StringComparison.Ordinal))
            {
                pointAt = count;
                i += syntax.DecimalSeparator.Length;
            }
            else if (pointAt < 0 && MatchesGroupSeparator(s[i..], syntax.GroupSeparator, out var length))
            {
                groupEnds.Add(count);
                i += length;
            }
            else
            {
                return false;
            }
        }

        var integerDigits = pointAt < 0 ? count : pointAt;
        if (integerDigits == 0 || (pointAt >= 0 && pointAt == count) || !HasValidGroups(groupEnds, integerDigits, syntax.GroupSizes))
        {
            return false;
        }

        return TryBuildShifted(digits[..count], integerDigits, shift, out value);
    }

    /// <summary>
    /// The number <paramref name="digits"/> with <paramref name="integerDigits"/> before the point,
    /// divided by 10^<paramref name="shift"/>: by decimal division where the undivided number fits
    /// in a decimal (so that <c>100%</c> reads as 1, like <c>Rate.FromPercent(100m)</c>, not 1.00), by
    /// moving the point where it does not.
    /// </summary>
    private static bool TryBuildShifted(ReadOnlySpan<char> digits, int integerDigits, int shift, out decimal value)
    {
        if (!TryBuild(digits, integerDigits - shift, out value))
        {
            return false;
        }

        if (shift > 0 && TryBuild(digits, integerDigits, out var undivided))
        {
            var divided = undivided / (shift == 2 ? 100m : (decimal)Math.Pow(10, shift));
            value = divided == value ? divided : value;
        }

        return true;
    }

    private static bool MatchesGroupSeparator(ReadOnlySpan<char> s, string group, out int length)
    {
        length = 0;
        if (group.Length == 0)
        {
            return false;
        }

        if (s.StartsWith(group, StringComparison.Ordinal))
        {
            length = group.Length;
        }
        else if (group.Length == 1 && IsBlank(group[0]) && IsBlank(s[0]))
        {
            length = 1;
        }
        else if (group == "\u2019" && s[0] == '\'')
        {
            length = 1;
        }

        return length > 0;
    }

    /// <summary>True when the group separators, given as digit counts before each, cut the integer part into the culture's groups.</summary>
    private static bool HasValidGroups(System.Collections.Generic.List<int> groupEnds, int integerDigits, int[] sizes)
    {
        if (groupEnds.Count == 0)
        {
            return true;
        }

        var end = integerDigits;
        for (var g = groupEnds.Count - 1; g >= 0; g--)
        {
            var size = sizes.Length == 0 ? 0 : sizes[Math.Min(groupEnds.Count - 1 - g, sizes.Length - 1)];
            if (size <= 0 || end - groupEnds[g] != size)
            {
                return false;
            }

            end = groupEnds[g];
        }

        // The leftmost group: at least one digit, and no more than a full group.
        var leftmostSize = sizes[Math.Min(groupEnds.Count, sizes.Length - 1)];
        return end > 0 && (leftmostSize <= 0 || end <= leftmostSize);
    }

    /// <summary>The decimal whose digits are <paramref name="digits"/> with the decimal point after <paramref name="integerDigits"/> of them (which may be negative or beyond the digits).</summary>
    private static bool TryBuild(ReadOnlySpan<char> digits, int integerDigits, out decimal value)
    {
        var text = new StringBuilder(digits.Length + Math.Abs(integerDigits) + 2);
        if (integerDigits <= 0)
        {
            text.Append("0.").Append('0', -integerDigits).Append(digits);
        }
        else if (integerDigits >= digits.Length)
        {
            text.Append(digits).Append('0', integerDigits - digits.Length);
        }
        else
        {
            text.Append(digits[..integerDigits]).Append('.').Append(digits[integerDigits..]);
        }

        return decimal.TryParse(text.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Reads the invariant round-trip form of a number: an optional <c>-</c>, digits, and optionally
    /// <c>.</c> and digits; nothing else (no blanks, no grouping, no <c>+</c>). The value is divided
    /// by 10^<paramref name="shift"/> exactly.
    /// </summary>
    internal static bool TryReadInvariant(ReadOnlySpan<char> s, int shift, out decimal value)
    {
        value = 0m;
        var negative = !s.IsEmpty && s[0] == '-';
        if (negative)
        {
            s = s[1..];
        }

        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        var point = s.IndexOf('.');
        Span<char> digits = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var count = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (i == point)
            {
                continue;
            }

            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            digits[count++] = s[i];
        }

        if (!TryBuildShifted(digits[..count], point < 0 ? count : point, shift, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    /// <summary>
    /// The value times 10^<paramref name="shift"/>, exactly and without overflow, as invariant text
    /// without trailing zeros after the point: 0.375 shifted by 2 is <c>37.5</c>; the largest decimal
    /// shifted by 2 is its digits followed by <c>00</c>.
    /// </summary>
    internal static string InvariantShifted(decimal value, int shift)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? text : string.Concat(text.AsSpan(0, point), text.AsSpan(point + 1));
        var integerDigits = (point < 0 ? text.Length : point) + shift;
        string shifted;
        if (integerDigits >= digits.Length)
        {
            shifted = digits + new string('0', integerDigits - digits.Length);
        }
        else
        {
            shifted = string.Concat(digits.AsSpan(0, integerDigits), ".", digits.AsSpan(integerDigits)).TrimEnd('0').TrimEnd('.');
        }

        shifted = shifted.TrimStart('0');
        if (shifted.Length == 0 || shifted[0] == '.')
        {
            shifted = "0" + shifted;
        }

        return value < 0m && shifted != "0" ? "-" + shifted : shifted;
    }

    /// <summary>
    /// The value times 10^<paramref name="shift"/> formatted with <paramref name="format"/> ("N" or
    /// "F" with a precision no smaller than the decimals the shifted value has) in the given number
    /// format, without the sign: decimal's multiplication would overflow near its range, so a value
    /// whose shifted form is too large for a decimal is formatted as a big integer.
    /// </summary>
    internal static string FormatShiftedMagnitude(decimal value, int shift, string format, NumberFormatInfo numbers)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        if (scale >= shift)
        {
            var shifted = new decimal(bits[0], bits[1], bits[2], false, (byte)(scale - shift));
            return shifted.ToString(format, numbers);
        }

        var mantissa = new System.Numerics.BigInteger(unchecked((uint)bits[0]))
            | (new System.Numerics.BigInteger(unchecked((uint)bits[1])) << 32)
            | (new System.Numerics.BigInteger(unchecked((uint)bits[2])) << 64);
        return (mantissa * System.Numerics.BigInteger.Pow(10, shift - scale)).ToString(format, numbers);
    }

    /// <summary>Splits a format string such as "C2" into its letter and optional precision.</summary>
    internal static bool TrySplitFormat(ReadOnlySpan<char> format, out char letter, out int? precision)
    {
        letter = 'G';
        precision = null;
        if (format.IsEmpty)
        {
            return true;
        }

        letter = char.ToUpperInvariant(format[0]);
        if (format.Length == 1)
        {
            return true;
        }

        if (int.TryParse(format[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && digits <= 28)
        {
            precision = digits;
            return true;
        }

        return false;
    }
}
