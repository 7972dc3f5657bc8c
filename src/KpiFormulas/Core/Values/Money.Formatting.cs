using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KpiFormulas.Internal;

namespace KpiFormulas;

public readonly partial struct Money : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<Money>
{
    /// <summary>The amount in the current culture's currency format (format "C").</summary>
    /// <returns>For example <c>1 550,00 €</c> in fr-FR or <c>€1,550.00</c> in en-US.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the amount.</summary>
    /// <param name="format">
    /// <list type="bullet">
    /// <item><c>"C"</c>, <c>"G"</c>, empty or null: the culture's currency format with the currency's
    /// minor units (<c>1 550,00 €</c> in fr-FR, <c>€1,550.00</c> in en-US). The symbol is the culture's
    /// own when the currency is the culture's (€ in fr-FR, $ in en-US, ￥ in ja-JP), € for EUR and £
    /// for GBP everywhere, and otherwise the unambiguous ISO code (<c>USD 1,550.00</c>,
    /// <c>1 550,00 USD</c>).</item>
    /// <item><c>"C0"</c>..<c>"C28"</c>: the same with that many decimals.</item>
    /// <item><c>"N"</c> / <c>"N2"</c>: the culture's number format without currency.</item>
    /// <item><c>"R"</c>: the invariant round-trip form, <c>EUR 1550.00</c>: the ISO code, one space,
    /// the exact amount with every digit it holds, <c>.</c> as decimal separator and no grouping,
    /// whatever the culture.</item>
    /// </list>
    /// Display formats round half away from zero; the amount itself is never changed.
    /// </param>
    /// <param name="formatProvider">The culture (the current culture when null).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!Formatting.TrySplitFormat(format, out var letter, out var precision))
        {
            throw BadFormat(format);
        }

        switch (letter)
        {
            case 'R':
                if (precision is not null)
                {
                    throw BadFormat(format);
                }

                return string.Concat(Currency.Code, " ", Amount.ToString(CultureInfo.InvariantCulture));
            case 'N':
                return Amount.ToString("N" + DisplayDecimals(precision).ToString(CultureInfo.InvariantCulture), formatProvider);
            case 'C':
            case 'G':
                return FormatCurrency(DisplayDecimals(precision), formatProvider);
            default:
                throw BadFormat(format);
        }
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (format is "R" or "r")
        {
            // The round-trip form is written straight into the span, without an intermediate string.
            var code = Currency.Code;
            if (destination.Length > 4 && Amount.TryFormat(destination[4..], out var written, default, CultureInfo.InvariantCulture))
            {
                code.AsSpan().CopyTo(destination);
                destination[3] = ' ';
                charsWritten = written + 4;
                return true;
            }

            charsWritten = 0;
            return false;
        }

        return Formatting.TryCopy(ToString(format.ToString(), provider), destination, out charsWritten);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryCopyUtf8(ToString(format.ToString(), provider), utf8Destination, out bytesWritten);

    /// <summary>
    /// Parses an amount written in the invariant round-trip form or in the currency format of
    /// <paramref name="provider"/>: whatever <see cref="ToString(string, IFormatProvider)"/> prints
    /// with "R", "C", "C0".."C28" or the default format reads back as the amount shown.
    /// </summary>
    /// <remarks>
    /// <para>Accepted:</para>
    /// <list type="bullet">
    /// <item>The round-trip form, in every culture: an ISO code (any letter case), one ordinary space (U+0020), an
    /// optional <c>-</c>, digits, optionally <c>.</c> and digits, nothing else (<c>EUR 1550.00</c>).
    /// Such a text is always read this way: the culture's own currency text never takes this form
    /// for another amount (where it would, as <c>USD 1.550</c> for 1 550 USD in es-AR, the culture
    /// form puts a no-break space after the code).</item>
    /// <item>The culture's currency text: one currency, as an ISO code, the culture's own symbol for
    /// its own currency, or € and £ (unless the culture's own symbol is that sign for another
    /// currency, as £ for SSP in en-SS), before or after the amount; the amount written with the
    /// culture's currency decimal separator and currency group separator, every group of the
    /// culture's currency group sizes; a negative sign before or after, or parentheses. Any blank
    /// is accepted where the culture prints a blank (an ordinary space for a no-break space), a
    /// straight apostrophe for a typographic one, and direction marks are ignored.</item>
    /// </list>
    /// <para>Refused with a <see cref="FormatException"/>: a text without a currency (the "N" form),
    /// with two currencies, with the number separators where they differ from the currency ones
    /// (<c>€1.550,00</c> in en-DE, which writes <c>€1,550.00</c>), with a group separator that does
    /// not close a group (<c>2.50 €</c> in de-DE), or with an amount beyond decimal's range. There is
    /// no fallback to another culture.</para>
    /// </remarks>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an amount of money in the round-trip form or in the culture's currency format; the message quotes the text and names the culture.</exception>
    public static Money Parse(string s, IFormatProvider? provider)
    {
        Preconditions.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses an amount in the round-trip form or the current culture's currency format (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an amount with a currency; the message quotes it.</exception>
    public static Money Parse(string s) => Parse(s, null);

    /// <summary>Parses an amount (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount with a currency; the message quotes the text and names the culture.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not an amount of money in {Formatting.CultureName(provider)}: expected the round-trip form 'EUR 1550.00' or the culture's currency format, such as '{Euros(1550m).ToString("C", provider)}'.");

    /// <summary>Tries to parse an amount (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <param name="result">The amount, or <c>default</c> on failure.</param>
    /// <returns>True on success; false for null or a text <see cref="Parse(string, IFormatProvider)"/> refuses.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse an amount (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <param name="result">The amount, or <c>default</c> on failure.</param>
    /// <returns>True on success; false for a text <see cref="Parse(string, IFormatProvider)"/> refuses.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result)
    {
        s = Formatting.TrimBlanks(s);
        if (TryParseRoundTripForm(s, out result))
        {
            return true;
        }

        return TryParseCultureForm(Formatting.WithoutMarks(s), provider, out result);
    }

    /// <summary>The "R" form: an ISO code, one U+0020 space, an invariant number.</summary>
    private static bool TryParseRoundTripForm(ReadOnlySpan<char> s, out Money result)
    {
        result = default;
        if (s.Length > 4 && s[3] == ' ' && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]) && char.IsAsciiLetter(s[2])
            && Currency.TryFromCode(s[..3], out var code)
            && Formatting.TryReadInvariant(s[4..], 0, out var amount))
        {
            result = new Money(amount, code);
            return true;
        }

        return false;
    }

    private static bool TryParseCultureForm(string s, IFormatProvider? provider, out Money result)
    {
        result = default;
        var numbers = NumberFormatInfo.GetInstance(provider);
        var found = false;

        // Every way to read a currency token; two readings that disagree make the text ambiguous.
        foreach (var (currency, start, length) in CurrencyTokens(s, OwnCurrency(provider), numbers))
        {
            if (!TryReadAmountAround(s, start, length, numbers, out var amount))
            {
                continue;
            }

            var reading = new Money(amount, currency);
            if (found && (reading.Currency != result.Currency || reading.Amount != result.Amount))
            {
                result = default;
                return false;
            }

            result = reading;
            found = true;
        }

        return found;
    }

    /// <summary>Reads the amount around a currency token that stands at the start or the end of the text (signs, parentheses and blanks aside).</summary>
    private static bool TryReadAmountAround(string s, int start, int length, NumberFormatInfo numbers, out decimal amount)
    {
        amount = 0m;
        var before = s.AsSpan(0, start);
        var after = s.AsSpan(start + length);
        if (!IsSignsAndBlanks(before, numbers) && !IsSignsAndBlanks(after, numbers))
        {
            return false;
        }

        var rest = string.Concat(before, "\u00A0", after);
        if (!Formatting.TrySplitSign(rest, numbers, out var negative, out var digits)
            || !Formatting.TryReadUnsigned(digits, Formatting.NumberSyntax.Currency(numbers), 0, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }

    private static bool IsSignsAndBlanks(ReadOnlySpan<char> s, NumberFormatInfo numbers)
    {
        var negative = Formatting.WithoutMarks(numbers.NegativeSign);
        var rest = s.ToString().Replace(negative.Length > 0 ? negative : "-", string.Empty, StringComparison.Ordinal);
        foreach (var c in rest)
        {
            if (!(Formatting.IsBlank(c) || c is '-' or '\u2212' or '(' or ')' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The places where a currency may be named: the culture's own symbol (for its own currency),
    /// ISO codes (three ASCII letters not touching another letter), and € and £ unless the culture's
    /// own symbol is that sign for another currency.
    /// </summary>
    private static System.Collections.Generic.List<(Currency Currency, int Start, int Length)> CurrencyTokens(string s, Currency? own, NumberFormatInfo numbers)
    {
        var tokens = new System.Collections.Generic.List<(Currency, int, int)>();
        var ownSymbol = Formatting.WithoutMarks(numbers.CurrencySymbol).Trim();
        if (own is { } ownCurrency && ownSymbol.Length > 0)
        {
            for (var at = s.IndexOf(ownSymbol, StringComparison.Ordinal); at >= 0; at = s.IndexOf(ownSymbol, at + 1, StringComparison.Ordinal))
            {
                tokens.Add((ownCurrency, at, ownSymbol.Length));
            }
        }

        for (var i = 0; i + 3 <= s.Length; i++)
        {
            if (char.IsAsciiLetter(s[i]) && (i == 0 || !char.IsLetter(s[i - 1]))
                && (i + 3 == s.Length || !char.IsLetter(s[i + 3]))
                && Currency.TryFromCode(s.AsSpan(i, 3), out var coded))
            {
                tokens.Add((coded, i, 3));
            }
        }

        foreach (var (symbol, symbolCurrency) in UniversalSymbols)
        {
            if (own is not null && symbol == ownSymbol && own != symbolCurrency)
            {
                continue;
            }

            for (var at = s.IndexOf(symbol, StringComparison.Ordinal); at >= 0; at = s.IndexOf(symbol, at + 1, StringComparison.Ordinal))
            {
                tokens.Add((symbolCurrency, at, symbol.Length));
            }
        }

        return tokens;
    }

    private static readonly (string Symbol, Currency Currency)[] UniversalSymbols =
    [
        ("€", Currency.EUR),
        ("£", Currency.GBP),
    ];

    private string FormatCurrency(int decimals, IFormatProvider? provider)
    {
        var numbers = (NumberFormatInfo)NumberFormatInfo.GetInstance(provider).Clone();
        numbers.CurrencyDecimalDigits = decimals;
        var symbol = SymbolIn(OwnCurrency(provider), numbers);
        if (symbol.Length == 3 && char.IsAsciiLetter(symbol[0]))
        {
            // A code is a word: keep a space between it and the digits.
            numbers.CurrencyPositivePattern = numbers.CurrencyPositivePattern switch
            {
                0 => 2,
                1 => 3,
                var p => p,
            };
            numbers.CurrencyNegativePattern = numbers.CurrencyNegativePattern switch
            {
                0 => 14,
                1 => 9,
                2 => 12,
                3 => 11,
                4 => 15,
                5 => 8,
                6 => 13,
                7 => 10,
                var p => p,
            };
        }

        numbers.CurrencySymbol = symbol;
        var text = Amount.ToString("C", numbers);

        // "USD 1.550" is what es-AR prints for 1 550 USD and the round-trip form of 1.55 USD, which
        // Parse reads first: a no-break space after the code keeps the culture's text apart.
        if (text.Length > 4 && text.StartsWith(symbol, StringComparison.Ordinal) && symbol.Length == 3 && text[3] == ' '
            && TryParseRoundTripForm(text, out var misreading) && misreading.Amount != decimal.Round(Amount, decimals, MidpointRounding.AwayFromZero))
        {
            text = string.Concat(symbol, "\u00A0", text.AsSpan(4));
        }

        return text;
    }

    private string SymbolIn(Currency? own, NumberFormatInfo numbers)
    {
        if (own == Currency && numbers.CurrencySymbol.Length > 0)
        {
            return numbers.CurrencySymbol;
        }

        foreach (var (symbol, symbolCurrency) in UniversalSymbols)
        {
            // £ is also the own symbol of SSP in en-SS, FKP in en-FK...: there it names that currency only.
            if (symbolCurrency == Currency && !(own is not null && Formatting.WithoutMarks(numbers.CurrencySymbol).Trim() == symbol))
            {
                return symbol;
            }
        }

        return Currency.Code;
    }

    private int DisplayDecimals(int? precision)
    {
        if (precision is { } explicitDigits)
        {
            return explicitDigits;
        }

        if (Currency.HasMinorUnits)
        {
            return Currency.MinorUnits;
        }

        return (decimal.GetBits(Amount)[3] >> 16) & 0xFF;
    }

    /// <summary>
    /// The currency whose symbol the provider's NumberFormatInfo carries: the region currency of a
    /// specific culture (of the current culture when the provider is null). A bare NumberFormatInfo
    /// or another provider does not say which currency its symbol is, so it has none, and the symbol
    /// is never lent to a currency it may not belong to.
    /// </summary>
    private static Currency? OwnCurrency(IFormatProvider? provider) => provider switch
    {
        null => CultureCurrency(CultureInfo.CurrentCulture),
        CultureInfo culture => CultureCurrency(culture),
        _ => null,
    };

    private static Currency? CultureCurrency(CultureInfo culture)
    {
        if (culture.IsNeutralCulture || culture.Name.Length == 0)
        {
            return null;
        }

        return CultureCurrencies.GetOrAdd(culture.Name, FindCultureCurrency);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Currency?> CultureCurrencies = new(StringComparer.Ordinal);

    private static Currency? FindCultureCurrency(string cultureName)
    {
        try
        {
            var region = new RegionInfo(cultureName);
            return Currency.TryFromCode(region.ISOCurrencySymbol, out var currency) ? currency : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static FormatException BadFormat(string? format) =>
        new($"The format '{format}' is not supported by Money; use \"C\", \"C0\"..\"C28\", \"N\", \"N0\"..\"N28\" or \"R\".");
}
