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

    /// <summary>
    /// Parses a culture-formatted number, accepting an ordinary space wherever the culture's
    /// group separator is a no-break space (what people type for what fr-FR prints).
    /// </summary>
    internal static bool TryParseCultureDecimal(ReadOnlySpan<char> s, NumberFormatInfo numbers, out decimal value)
    {
        s = TrimBlanks(s);
        const NumberStyles Styles = NumberStyles.Number | NumberStyles.AllowParentheses;
        var group = numbers.NumberGroupSeparator;
        if (group.Length == 1 && IsBlank(group[0]))
        {
            Span<char> copy = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
            for (var i = 0; i < s.Length; i++)
            {
                copy[i] = IsBlank(s[i]) ? group[0] : s[i];
            }

            return decimal.TryParse(copy, Styles, numbers, out value) && HasValidGrouping(copy, numbers);
        }

        if (decimal.TryParse(s, Styles, numbers, out value) && HasValidGrouping(s, numbers))
        {
            return true;
        }

        value = 0m;
        return false;
    }

    /// <summary>
    /// True when every group separator of the integer part sits where the culture puts one
    /// (1.550 in de-DE). .NET accepts group separators anywhere, which would read the invariant
    /// 37.5 as 375 in de-DE; this check refuses that reading.
    /// </summary>
    internal static bool HasValidGrouping(ReadOnlySpan<char> s, NumberFormatInfo numbers)
    {
        var group = numbers.NumberGroupSeparator;
        if (group.Length == 0 || s.IndexOf(group, StringComparison.Ordinal) < 0)
        {
            return true;
        }

        var decimalAt = s.IndexOf(numbers.NumberDecimalSeparator, StringComparison.Ordinal);
        var integerPart = decimalAt >= 0 ? s[..decimalAt] : s;
        if (decimalAt >= 0 && s[(decimalAt + numbers.NumberDecimalSeparator.Length)..].IndexOf(group, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        // Keep the digits and separators only (signs, parentheses and blanks around them are not part of the groups).
        var first = 0;
        while (first < integerPart.Length && !char.IsAsciiDigit(integerPart[first]))
        {
            first++;
        }

        var last = integerPart.Length;
        while (last > first && !char.IsAsciiDigit(integerPart[last - 1]))
        {
            last--;
        }

        integerPart = integerPart[first..last];
        var sizes = numbers.NumberGroupSizes;
        var groupIndex = 0;
        var end = integerPart.Length;
        while (true)
        {
            var at = integerPart[..end].LastIndexOf(group, StringComparison.Ordinal);
            var size = sizes.Length == 0 ? 0 : sizes[Math.Min(groupIndex, sizes.Length - 1)];
            if (at < 0)
            {
                // The leftmost group: at least one digit, at most one full group when grouping applies.
                return end > 0 && (groupIndex == 0 || size == 0 || end <= size);
            }

            if (size == 0 || end - (at + group.Length) != size)
            {
                return false;
            }

            end = at;
            groupIndex++;
        }
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
