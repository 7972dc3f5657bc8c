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
        if (decimal.TryParse(s, Styles, numbers, out value))
        {
            return true;
        }

        var group = numbers.NumberGroupSeparator;
        if (group.Length == 1 && IsBlank(group[0]))
        {
            Span<char> copy = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
            for (var i = 0; i < s.Length; i++)
            {
                copy[i] = IsBlank(s[i]) ? group[0] : s[i];
            }

            return decimal.TryParse(copy, Styles, numbers, out value);
        }

        value = 0m;
        return false;
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
