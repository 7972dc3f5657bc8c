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
    /// Parses an amount written in the invariant round-trip form (<c>EUR 1550.00</c>) or in the
    /// currency format of <paramref name="provider"/> (<c>1 550,00 €</c> in fr-FR,
    /// <c>USD 1,550.00</c> in en-US): whatever <see cref="ToString(string, IFormatProvider)"/>
    /// produces for that culture is accepted back. An ordinary space is accepted where the culture
    /// prints a no-break space. A text that is both (in pt-BR, <c>JPY 1.550</c> is the round-trip form
    /// of 1.55 JPY and the culture's way of writing 1 550 JPY) is read as the culture writes it; parse
    /// round-trip text with <see cref="CultureInfo.InvariantCulture"/> to never depend on a culture.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text holds no currency, an unknown currency, or no valid amount; the message quotes it.</exception>
    public static Money Parse(string s, IFormatProvider? provider)
    {
        Preconditions.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses an amount in the invariant form or the current culture's currency format.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount with a currency.</exception>
    public static Money Parse(string s) => Parse(s, null);

    /// <summary>Parses an amount (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException">The text is not an amount with a currency.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not an amount of money: expected the form 'EUR 1550.00' or the culture's currency format, such as '1 550,00 €' in fr-FR.");

    /// <summary>Tries to parse an amount (see <see cref="Parse(string, IFormatProvider)"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture (the current culture when null).</param>
    /// <param name="result">The amount, or <c>default</c> on failure.</param>
    /// <returns>True on success.</returns>
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
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result)
    {
        result = default;
        s = Formatting.TrimBlanks(s);
        if (s.IsEmpty)
        {
            return false;
        }

        // The round-trip form: three letters, one blank, an invariant number.
        if (s.Length > 4 && Formatting.IsBlank(s[3]) && Currency.TryFromCode(s[..3], out var code)
            && decimal.TryParse(s[4..], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var exact))
        {
            // "JPY 1.550" is both the round-trip form of 1.55 JPY and what pt-BR prints for 1 550 JPY.
            // When the culture's own format produces exactly this text, the culture's reading wins.
            if (IsOwnCurrencyText(s, provider, out var cultureReading))
            {
                result = cultureReading;
                return true;
            }

            result = new Money(exact, code);
            return true;
        }

        return TryParseCultureForm(s, provider, out result);
    }

    private static bool IsOwnCurrencyText(ReadOnlySpan<char> s, IFormatProvider? provider, out Money reading)
    {
        reading = default;
        var numbers = NumberFormatInfo.GetInstance(provider);
        if (numbers.CurrencyDecimalSeparator == "." && numbers.CurrencyGroupSeparator != ".")
        {
            return false;
        }

        if (!TryParseCultureForm(s, provider, out reading))
        {
            return false;
        }

        var formatted = reading.ToString("C", provider);
        if (formatted.Length != s.Length)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != formatted[i] && !(Formatting.IsBlank(s[i]) && Formatting.IsBlank(formatted[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseCultureForm(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result)
    {
        result = default;
        var numbers = NumberFormatInfo.GetInstance(provider);
        if (!TryFindCurrencyToken(s, OwnCurrency(provider), numbers, out var currency, out var tokenStart, out var tokenLength))
        {
            return false;
        }

        // Remove the currency token and parse what is left as a number of the culture.
        var length = s.Length - tokenLength;
        Span<char> rest = length <= 128 ? stackalloc char[length] : new char[length];
        s[..tokenStart].CopyTo(rest);
        s[(tokenStart + tokenLength)..].CopyTo(rest[tokenStart..]);
        var numeric = CompactSign(TightenParentheses(Formatting.TrimBlanks(rest)), numbers);
        var parsed = Formatting.TryParseCultureDecimal(numeric, numbers, out var amount)
            || (numeric.Length > 0 && numeric[^1] == '-' && Formatting.TryParseCultureDecimal(numeric[..^1], numbers, out amount) && Negate(ref amount));
        if (!parsed)
        {
            return false;
        }

        result = new Money(amount, currency);
        return true;
    }

    private static bool Negate(ref decimal amount)
    {
        amount = -amount;
        return true;
    }

    /// <summary>Drops the blanks left inside parentheses once a currency code is removed ("( 5)").</summary>
    private static ReadOnlySpan<char> TightenParentheses(ReadOnlySpan<char> s)
    {
        if (s.Length > 2 && s[0] == '(' && s[^1] == ')')
        {
            var inner = Formatting.TrimBlanks(s[1..^1]);
            if (inner.Length != s.Length - 2)
            {
                return string.Concat("(", inner, ")").AsSpan();
            }
        }

        return s;
    }

    /// <summary>Drops the blanks some patterns put between a sign and the digits ("- 5" or "5 -").</summary>
    private static ReadOnlySpan<char> CompactSign(ReadOnlySpan<char> s, NumberFormatInfo numbers)
    {
        var sign = numbers.NegativeSign;
        if (s.StartsWith(sign, StringComparison.Ordinal))
        {
            var rest = Formatting.TrimBlanks(s[sign.Length..]);
            if (rest.Length != s.Length - sign.Length)
            {
                return string.Concat(sign, rest).AsSpan();
            }
        }

        if (s.EndsWith(sign, StringComparison.Ordinal))
        {
            var rest = Formatting.TrimBlanks(s[..^sign.Length]);
            if (rest.Length != s.Length - sign.Length)
            {
                return string.Concat(rest, sign).AsSpan();
            }
        }

        return s;
    }

    private static bool TryFindCurrencyToken(ReadOnlySpan<char> s, Currency? own, NumberFormatInfo numbers, out Currency currency, out int start, out int length)
    {
        currency = default;
        start = 0;
        length = 0;

        // An ISO code anywhere in the text: three ASCII letters not touching another letter.
        for (var i = 0; i + 3 <= s.Length; i++)
        {
            if (char.IsAsciiLetter(s[i]) && (i == 0 || !char.IsLetter(s[i - 1]))
                && (i + 3 == s.Length || !char.IsLetter(s[i + 3]))
                && Currency.TryFromCode(s.Slice(i, 3), out currency))
            {
                start = i;
                length = 3;
                return true;
            }
        }

        // The culture's own symbol, then the symbols used for every culture.
        var ownSymbol = numbers.CurrencySymbol;
        if (own is { } ownCurrency && ownSymbol.Length > 0)
        {
            var at = s.IndexOf(ownSymbol, StringComparison.Ordinal);
            if (at >= 0)
            {
                currency = ownCurrency;
                start = at;
                length = ownSymbol.Length;
                return true;
            }
        }

        foreach (var (symbol, symbolCurrency) in UniversalSymbols)
        {
            var at = s.IndexOf(symbol, StringComparison.Ordinal);
            if (at >= 0)
            {
                currency = symbolCurrency;
                start = at;
                length = symbol.Length;
                return true;
            }
        }

        return false;
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
        return Amount.ToString("C", numbers);
    }

    private string SymbolIn(Currency? own, NumberFormatInfo numbers)
    {
        if (own == Currency && numbers.CurrencySymbol.Length > 0)
        {
            return numbers.CurrencySymbol;
        }

        foreach (var (symbol, symbolCurrency) in UniversalSymbols)
        {
            if (symbolCurrency == Currency)
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
