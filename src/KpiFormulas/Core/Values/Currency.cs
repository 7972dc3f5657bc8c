using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>
/// A currency of ISO 4217 (list one): its alphabetic code, numeric code and minor units, read from
/// a table embedded in the library. Two bytes; compares and sorts by code.
/// </summary>
/// <remarks>
/// <para><c>default(Currency)</c> is <see cref="XXX"/>, the ISO code for "no currency", so that an
/// uninitialised <see cref="Money"/> never silently passes for euros or dollars.</para>
/// <para>Codes whose minor unit ISO 4217 gives as "N.A." (XAU, XDR, XTS, XXX...) have
/// <see cref="HasMinorUnits"/> false: rounding, splitting and allocating such amounts needs an explicit
/// number of decimals.</para>
/// <para>The text form is the three-letter code; parsing ignores ASCII case ("eur" is EUR).
/// JSON: the code as a string, <c>"EUR"</c>.</para>
/// </remarks>
[DebuggerDisplay("{Code,nq}")]
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly partial struct Currency
    : IEquatable<Currency>,
      IComparable<Currency>,
      IComparable,
      ISpanFormattable,
      IUtf8SpanFormattable,
      ISpanParsable<Currency>,
      IEqualityOperators<Currency, Currency, bool>,
      IComparisonOperators<Currency, Currency, bool>
{
    private static readonly ReadOnlyCollection<Currency> AllCurrencies = BuildAll();

    private readonly short index;

    private Currency(short index) => this.index = index;

    /// <summary>Creates the currency of an ISO 4217 alphabetic code.</summary>
    /// <param name="code">A three-letter code such as <c>EUR</c> (ASCII case is ignored).</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an active ISO 4217 code; the message names it.</exception>
    public Currency(string code)
    {
        Preconditions.NotNull(code);
        if (!CurrencyTable.TryFind(code, out index))
        {
            Preconditions.ThrowArgument(nameof(code), "The code must be an active ISO 4217 currency code; '{0}' is not.", code);
        }
    }

    /// <summary>The ISO 4217 alphabetic code, such as <c>EUR</c>.</summary>
    public string Code => Info.Code;

    /// <summary>The ISO 4217 numeric code, such as 978 for EUR.</summary>
    public int NumericCode => Info.NumericCode;

    /// <summary>
    /// The number of decimal digits of the minor unit: 2 for EUR (cents), 0 for JPY, 3 for BHD;
    /// 0 when <see cref="HasMinorUnits"/> is false.
    /// </summary>
    public int MinorUnits => Info.MinorUnits == CurrencyTable.NotApplicable ? 0 : Info.MinorUnits;

    /// <summary>False for the codes ISO 4217 lists with no minor unit ("N.A.": XAU, XDR, XTS, XXX...).</summary>
    public bool HasMinorUnits => Info.MinorUnits != CurrencyTable.NotApplicable;

    /// <summary>The English name of ISO 4217, such as "Euro".</summary>
    public string EnglishName => Info.EnglishName;

    /// <summary>Every currency of the embedded ISO 4217 table, sorted by code (XXX first).</summary>
    public static IReadOnlyList<Currency> All => AllCurrencies;

    /// <summary>XXX: the ISO code for "no currency"; the value of <c>default(Currency)</c>.</summary>
    public static Currency XXX => default;

    /// <summary>Euro.</summary>
    public static Currency EUR { get; } = new("EUR");

    /// <summary>US dollar.</summary>
    public static Currency USD { get; } = new("USD");

    /// <summary>Pound sterling.</summary>
    public static Currency GBP { get; } = new("GBP");

    /// <summary>Swiss franc.</summary>
    public static Currency CHF { get; } = new("CHF");

    /// <summary>Japanese yen (no minor unit).</summary>
    public static Currency JPY { get; } = new("JPY");

    /// <summary>Canadian dollar.</summary>
    public static Currency CAD { get; } = new("CAD");

    /// <summary>Australian dollar.</summary>
    public static Currency AUD { get; } = new("AUD");

    /// <summary>Chinese yuan renminbi.</summary>
    public static Currency CNY { get; } = new("CNY");

    /// <summary>Swedish krona.</summary>
    public static Currency SEK { get; } = new("SEK");

    /// <summary>Danish krone.</summary>
    public static Currency DKK { get; } = new("DKK");

    /// <summary>Norwegian krone.</summary>
    public static Currency NOK { get; } = new("NOK");

    /// <summary>Polish zloty.</summary>
    public static Currency PLN { get; } = new("PLN");

    /// <summary>Moroccan dirham.</summary>
    public static Currency MAD { get; } = new("MAD");

    /// <summary>Tunisian dinar (three decimals).</summary>
    public static Currency TND { get; } = new("TND");

    /// <summary>CFA franc BCEAO (West Africa, no minor unit).</summary>
    public static Currency XOF { get; } = new("XOF");

    /// <summary>CFA franc BEAC (Central Africa, no minor unit).</summary>
    public static Currency XAF { get; } = new("XAF");

    /// <summary>Bahraini dinar (three decimals).</summary>
    public static Currency BHD { get; } = new("BHD");

    private CurrencyInfo Info => CurrencyTable.Entries[index];

    /// <summary>Looks up an ISO 4217 alphabetic code.</summary>
    /// <param name="code">A three-letter code (ASCII case is ignored).</param>
    /// <param name="currency">The currency, or <see cref="XXX"/> when not found.</param>
    /// <returns>True when the code is in the table.</returns>
    internal static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        var found = CurrencyTable.TryFind(code, out var i);
        currency = new Currency(i);
        return found;
    }

    /// <summary>The currency of an ISO 4217 numeric code, such as 978 for EUR.</summary>
    /// <param name="numericCode">The numeric code.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numericCode"/> is not in the table.</exception>
    public static Currency FromNumericCode(int numericCode)
    {
        if (!CurrencyTable.TryFindNumeric(numericCode, out var i))
        {
            Preconditions.ThrowOutOfRange(nameof(numericCode), numericCode, "The value must be an active ISO 4217 numeric code.");
        }

        return new Currency(i);
    }

    /// <inheritdoc />
    public bool Equals(Currency other) => index == other.index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => index;

    /// <summary>Orders currencies by alphabetic code.</summary>
    /// <param name="other">The currency to compare with.</param>
    /// <returns>The ordinal comparison of the two codes.</returns>
    public int CompareTo(Currency other) => string.CompareOrdinal(Code, other.Code);

    /// <inheritdoc />
    public int CompareTo(object? obj)
    {
        if (obj is Currency other)
        {
            return CompareTo(other);
        }

        Preconditions.Argument(obj is null, nameof(obj), "The value must be a Currency.");
        return 1;
    }

    /// <summary>The alphabetic code.</summary>
    /// <returns>The code, such as <c>EUR</c>.</returns>
    public override string ToString() => Code;

    /// <summary>The alphabetic code; the only format is "G" (or empty).</summary>
    /// <param name="format">"G", empty or null.</param>
    /// <param name="formatProvider">Ignored: a code is the same in every culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return Code;
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        return Formatting.TryCopy(Code, destination, out charsWritten);
    }

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        return Formatting.TryCopyUtf8(Code, utf8Destination, out bytesWritten);
    }

    /// <summary>Parses an ISO 4217 alphabetic code.</summary>
    /// <param name="s">The code, such as "EUR" (surrounding blanks and ASCII case are ignored).</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an active code; the message quotes it.</exception>
    public static Currency Parse(string s, IFormatProvider? provider)
    {
        Preconditions.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses an ISO 4217 alphabetic code.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not an active code; the message quotes it.</exception>
    public static Currency Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not an active ISO 4217 currency code.");

    /// <summary>Parses an ISO 4217 alphabetic code.</summary>
    /// <param name="s">The code.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not an active code.</exception>
    public static Currency Parse(string s) => Parse(s, null);

    /// <summary>Tries to parse an ISO 4217 alphabetic code.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The currency, or <see cref="XXX"/> on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Currency result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse an ISO 4217 alphabetic code.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The currency, or <see cref="XXX"/> on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Currency result) =>
        TryFromCode(Formatting.TrimBlanks(s), out result);

    /// <summary>Equality of two currencies.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when both are the same ISO code.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Inequality of two currencies.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when the codes differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Orders by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when the left code sorts first.</returns>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Orders by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when the left code sorts last.</returns>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Orders by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when the left code sorts first or equal.</returns>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>True when the left code sorts last or equal.</returns>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || format is "G" || format is "g"))
        {
            throw new FormatException($"The format '{format.ToString()}' is not supported by Currency; use \"G\".");
        }
    }

    private static ReadOnlyCollection<Currency> BuildAll()
    {
        var all = new Currency[CurrencyTable.Entries.Length];
        for (short i = 0; i < all.Length; i++)
        {
            all[i] = new Currency(i);
        }

        return Array.AsReadOnly(all);
    }
}
