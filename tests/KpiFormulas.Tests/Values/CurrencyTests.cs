using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Currency: the embedded ISO 4217 table (list one, amendment 180; see docs/values.md), lookups,
/// equality and ordering, text and JSON. Expected table facts are those of ISO 4217 list one.
/// </summary>
public class CurrencyTests
{
    // docs/values.md: "list one as of amendment 180 ... 178 codes, funds and X-codes included".
    private const int TableSize = 178;

    // ---- Table facts -------------------------------------------------------------------------

    [Theory]
    [InlineData("EUR", 978, 2, "Euro")]
    [InlineData("USD", 840, 2, "US Dollar")]
    [InlineData("GBP", 826, 2, "Pound Sterling")]
    [InlineData("JPY", 392, 0, "Yen")]
    [InlineData("BHD", 48, 3, "Bahraini Dinar")]
    [InlineData("TND", 788, 3, "Tunisian Dinar")]
    [InlineData("CLF", 990, 4, "Unidad de Fomento")]
    [InlineData("UYW", 927, 4, "Unidad Previsional")]
    [InlineData("XOF", 952, 0, "CFA Franc BCEAO")]
    [InlineData("ALL", 8, 2, "Lek")]
    public void Table_holds_the_ISO_4217_facts(string code, int numericCode, int minorUnits, string englishName)
    {
        var currency = new Currency(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(numericCode, currency.NumericCode);
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.True(currency.HasMinorUnits);
        Assert.Equal(englishName, currency.EnglishName);
    }

    [Theory]
    [InlineData("XAU", 959)]
    [InlineData("XAG", 961)]
    [InlineData("XPD", 964)]
    [InlineData("XPT", 962)]
    [InlineData("XDR", 960)]
    [InlineData("XBA", 955)]
    [InlineData("XBD", 958)]
    [InlineData("XSU", 994)]
    [InlineData("XUA", 965)]
    [InlineData("XTS", 963)]
    [InlineData("XXX", 999)]
    public void Codes_ISO_lists_as_NA_have_no_minor_unit(string code, int numericCode)
    {
        var currency = new Currency(code);

        Assert.False(currency.HasMinorUnits);
        Assert.Equal(0, currency.MinorUnits);
        Assert.Equal(numericCode, currency.NumericCode);
    }

    [Fact]
    public void Thirteen_codes_of_the_table_have_no_minor_unit()
    {
        // XAU XAG XPD XPT (metals) + XDR + XBA XBB XBC XBD + XSU + XUA + XTS + XXX = 4 + 1 + 4 + 4 = 13.
        Assert.Equal(13, Currency.All.Count(c => !c.HasMinorUnits));
    }

    [Fact]
    public void Default_is_XXX_no_currency()
    {
        var none = default(Currency);

        Assert.Equal(Currency.XXX, none);
        Assert.Equal("XXX", none.Code);
        Assert.Equal(999, none.NumericCode);
        Assert.Equal("No currency", none.EnglishName);
        Assert.False(none.HasMinorUnits);
        Assert.Equal(default, new Currency("XXX"));
    }

    [Fact]
    public void All_lists_the_whole_table()
    {
        Assert.Equal(TableSize, Currency.All.Count);
    }

    [Fact]
    public void All_has_unique_codes_and_unique_numeric_codes()
    {
        Assert.Equal(TableSize, Currency.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(TableSize, Currency.All.Select(c => c.NumericCode).Distinct().Count());
        Assert.Equal(TableSize, Currency.All.Distinct().Count());
    }

    [Fact]
    public void All_is_sorted_by_code_after_XXX_first_as_documented()
    {
        // Currency.All: "sorted by code (XXX first)": XXX, the default, leads; the rest is in code order.
        Assert.Equal(Currency.XXX, Currency.All[0]);
        var rest = Currency.All.Skip(1).Select(c => c.Code).ToList();
        Assert.Equal(rest.OrderBy(c => c, StringComparer.Ordinal), rest);
        Assert.DoesNotContain("XXX", rest);
        Assert.Equal("AED", rest[0]);
        Assert.Equal("ZWG", rest[^1]);
    }

    [Fact]
    public void Every_code_is_three_upper_case_letters_and_every_numeric_code_is_within_1_to_999()
    {
        Assert.All(Currency.All, c =>
        {
            Assert.Equal(3, c.Code.Length);
            Assert.All(c.Code, ch => Assert.InRange(ch, 'A', 'Z'));
            Assert.InRange(c.NumericCode, 1, 999);
            Assert.InRange(c.MinorUnits, 0, 4);
            Assert.False(string.IsNullOrWhiteSpace(c.EnglishName));
        });
    }

    [Fact]
    public void Every_currency_of_All_is_found_back_by_code_and_by_numeric_code()
    {
        Assert.All(Currency.All, c =>
        {
            Assert.Equal(c, new Currency(c.Code));
            Assert.Equal(c, Currency.FromNumericCode(c.NumericCode));
        });
    }

    [Fact]
    public void Withdrawn_codes_are_not_in_the_table()
    {
        // BGN withdrawn by amendment 180 (Bulgaria on EUR from 2026-01-01); HRK in 2023; DEM, FRF long ago.
        Assert.False(Currency.TryFromCode("BGN", out _));
        Assert.False(Currency.TryFromCode("HRK", out _));
        Assert.False(Currency.TryFromCode("FRF", out _));
        Assert.False(Currency.TryFromCode("DEM", out _));
    }

    public static TheoryData<string, string> NamedCurrencies => new()
    {
        { nameof(Currency.EUR), "EUR" },
        { nameof(Currency.USD), "USD" },
        { nameof(Currency.GBP), "GBP" },
        { nameof(Currency.CHF), "CHF" },
        { nameof(Currency.JPY), "JPY" },
        { nameof(Currency.CAD), "CAD" },
        { nameof(Currency.AUD), "AUD" },
        { nameof(Currency.CNY), "CNY" },
        { nameof(Currency.SEK), "SEK" },
        { nameof(Currency.DKK), "DKK" },
        { nameof(Currency.NOK), "NOK" },
        { nameof(Currency.PLN), "PLN" },
        { nameof(Currency.MAD), "MAD" },
        { nameof(Currency.TND), "TND" },
        { nameof(Currency.XOF), "XOF" },
        { nameof(Currency.XAF), "XAF" },
        { nameof(Currency.BHD), "BHD" },
        { nameof(Currency.XXX), "XXX" },
    };

    [Theory]
    [MemberData(nameof(NamedCurrencies))]
    public void Named_currencies_carry_their_code(string propertyName, string code)
    {
        var property = typeof(Currency).GetProperty(propertyName)!;
        var currency = (Currency)property.GetValue(null)!;

        Assert.Equal(code, currency.Code);
        Assert.Equal(new Currency(code), currency);
    }

    [Fact]
    public void Named_minor_units_match_the_documentation()
    {
        Assert.Equal(2, Currency.EUR.MinorUnits);
        Assert.Equal(0, Currency.JPY.MinorUnits);
        Assert.Equal(3, Currency.BHD.MinorUnits);
        Assert.Equal(3, Currency.TND.MinorUnits);
        Assert.Equal(0, Currency.XOF.MinorUnits);
        Assert.Equal(0, Currency.XAF.MinorUnits);
        Assert.True(Currency.XOF.HasMinorUnits);
    }

    // ---- Lookups -----------------------------------------------------------------------------

    [Theory]
    [InlineData("EUR")]
    [InlineData("eur")]
    [InlineData("Eur")]
    [InlineData("eUr")]
    public void Code_lookups_ignore_ASCII_case(string text)
    {
        Assert.Equal(Currency.EUR, new Currency(text));
        Assert.Equal(Currency.EUR, new Currency(text));
        Assert.Equal(Currency.EUR, Currency.Parse(text));
        Assert.Equal(Currency.EUR, Currency.Parse(text, CultureInfo.InvariantCulture));
        Assert.True(Currency.TryFromCode(text, out var found));
        Assert.Equal(Currency.EUR, found);
        Assert.True(Currency.TryParse(text, null, out var parsed));
        Assert.Equal(Currency.EUR, parsed);
    }

    [Theory]
    [InlineData(" EUR")]
    [InlineData("EUR ")]
    [InlineData("  eur\t")]
    [InlineData("\u00A0EUR\u202F")]
    public void Parse_trims_surrounding_blanks(string text)
    {
        Assert.Equal(Currency.EUR, Currency.Parse(text, null));
        Assert.Equal(Currency.EUR, Currency.Parse(text.AsSpan(), null));
        Assert.True(Currency.TryParse(text, null, out var parsed));
        Assert.Equal(Currency.EUR, parsed);
    }

    [Theory]
    [InlineData(" EUR")]
    [InlineData("EUR ")]
    public void Constructor_does_not_trim(string text)
    {
        // Only Parse is lenient about blanks; a code is exactly three letters.
        Assert.Throws<ArgumentException>(() => new Currency(text));
        Assert.False(Currency.TryFromCode(text, out _));
    }

    [Theory]
    [InlineData("QQQ")]
    [InlineData("EURO")]
    [InlineData("EU")]
    [InlineData("")]
    [InlineData("E1R")]
    [InlineData("ÉUR")]
    [InlineData("BGN")]
    public void Constructor_rejects_an_unknown_code_naming_it(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Currency(code));
        Assert.Contains($"'{code}'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("code", ex.ParamName);

        var viaParse = Assert.Throws<FormatException>(() => Currency.Parse(code, null));
        Assert.Contains($"'{code}'", viaParse.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QQQ")]
    [InlineData("EURO")]
    [InlineData("E U")]
    [InlineData("")]
    [InlineData("12")]
    public void Parse_rejects_an_unknown_code_with_a_FormatException_quoting_it(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Currency.Parse(text, null));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);

        var viaSpan = Assert.Throws<FormatException>(() => Currency.Parse(text.AsSpan(), null));
        Assert.Contains($"'{text}'", viaSpan.Message, StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => Currency.Parse(text));
    }

    [Fact]
    public void Null_codes_throw_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => new Currency(null!));
        Assert.Throws<ArgumentNullException>(() => Currency.Parse(null!, null));
        Assert.Throws<ArgumentNullException>(() => Currency.Parse(null!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("QQQ")]
    [InlineData("EURO")]
    [InlineData("E-R")]
    public void TryParse_returns_false_and_XXX_for_bad_text(string? text)
    {
        Assert.False(Currency.TryParse(text, null, out var result));
        Assert.Equal(Currency.XXX, result);
        Assert.False(Currency.TryParse((text ?? string.Empty).AsSpan(), null, out var fromSpan));
        Assert.Equal(Currency.XXX, fromSpan);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData("QQQ")]
    [InlineData("E1R")]
    [InlineData("[UR")]
    [InlineData("{ur")]
    public void TryFromCode_returns_false_and_XXX_for_an_unknown_code(string code)
    {
        Assert.False(Currency.TryFromCode(code, out var result));
        Assert.Equal(Currency.XXX, result);
    }

    [Theory]
    [InlineData(978, "EUR")]
    [InlineData(840, "USD")]
    [InlineData(392, "JPY")]
    [InlineData(48, "BHD")]
    [InlineData(8, "ALL")]
    [InlineData(999, "XXX")]
    public void FromNumericCode_finds_the_currency(int numericCode, string code)
    {
        Assert.Equal(code, Currency.FromNumericCode(numericCode).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-978)]
    [InlineData(1)]
    [InlineData(975)] // BGN, withdrawn by amendment 180
    [InlineData(1000)]
    [InlineData(1978)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void FromNumericCode_rejects_an_unknown_numeric_code(int numericCode)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Currency.FromNumericCode(numericCode));
        Assert.Equal("numericCode", ex.ParamName);
        Assert.Equal(numericCode, ex.ActualValue);
    }

    // ---- Equality and ordering ---------------------------------------------------------------

    [Fact]
    public void Equality_is_by_code()
    {
        var lower = Currency.Parse("eur", null);

        Assert.True(Currency.EUR.Equals(lower));
        Assert.True(Currency.EUR.Equals((object)lower));
        Assert.True(Currency.EUR == lower);
        Assert.False(Currency.EUR != lower);
        Assert.Equal(Currency.EUR.GetHashCode(), lower.GetHashCode());

        Assert.False(Currency.EUR.Equals(Currency.USD));
        Assert.False(Currency.EUR == Currency.USD);
        Assert.True(Currency.EUR != Currency.USD);
        Assert.False(Currency.EUR.Equals(null));
        Assert.False(Currency.EUR.Equals((object)"EUR"));
    }

    [Fact]
    public void Currencies_work_as_dictionary_keys()
    {
        var names = new Dictionary<Currency, string> { [Currency.EUR] = "euro", [Currency.JPY] = "yen" };

        Assert.Equal("euro", names[new Currency("eur")]);
        Assert.Equal("yen", names[Currency.FromNumericCode(392)]);
        Assert.False(names.ContainsKey(Currency.USD));
    }

    [Fact]
    public void CompareTo_orders_by_code()
    {
        // Ordinal code order: CHF < EUR < JPY < USD < XXX.
        Assert.True(Currency.EUR.CompareTo(Currency.USD) < 0);
        Assert.True(Currency.USD.CompareTo(Currency.EUR) > 0);
        Assert.Equal(0, Currency.EUR.CompareTo(new Currency("eur")));
        Assert.True(Currency.XXX.CompareTo(Currency.USD) > 0);
        Assert.True(Currency.CHF.CompareTo(Currency.EUR) < 0);

        var sorted = new[] { Currency.USD, Currency.XXX, Currency.JPY, Currency.EUR, Currency.CHF }.Order().ToArray();
        Assert.Equal(new[] { Currency.CHF, Currency.EUR, Currency.JPY, Currency.USD, Currency.XXX }, sorted);
    }

    [Fact]
    public void Comparison_operators_order_by_code()
    {
        Assert.True(Currency.EUR < Currency.USD);
        Assert.False(Currency.USD < Currency.EUR);
        Assert.False(Currency.EUR < Currency.EUR);

        Assert.True(Currency.USD > Currency.EUR);
        Assert.False(Currency.EUR > Currency.USD);
        Assert.False(Currency.EUR > Currency.EUR);

        Assert.True(Currency.EUR <= Currency.USD);
        Assert.True(Currency.EUR <= Currency.EUR);
        Assert.False(Currency.USD <= Currency.EUR);

        Assert.True(Currency.USD >= Currency.EUR);
        Assert.True(Currency.EUR >= Currency.EUR);
        Assert.False(Currency.EUR >= Currency.USD);
    }

    [Fact]
    public void CompareTo_object_puts_null_first_and_rejects_other_types()
    {
        var comparable = Currency.EUR;

        Assert.Equal(1, comparable.CompareTo(null));
        Assert.Equal(0, comparable.CompareTo((object)Currency.EUR));
        Assert.True(comparable.CompareTo((object)Currency.USD) < 0);
        var ex = Assert.Throws<ArgumentException>(() => comparable.CompareTo((object)"EUR"));
        Assert.Equal("obj", ex.ParamName);
        Assert.Throws<ArgumentException>(() => comparable.CompareTo((object)978));
    }

    // ---- Text --------------------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("G")]
    [InlineData("g")]
    public void ToString_gives_the_code_in_every_culture(string? format)
    {
        Assert.Equal("EUR", Currency.EUR.ToString());
        foreach (var culture in Support.Generators.CultureNames)
        {
            Assert.Equal("EUR", Currency.EUR.ToString(format, CultureInfo.GetCultureInfo(culture)));
        }

        Assert.Equal("XXX", default(Currency).ToString(format, null));
    }

    [Theory]
    [InlineData("C")]
    [InlineData("N")]
    [InlineData("R")]
    [InlineData("GG")]
    [InlineData("G2")]
    [InlineData("x")]
    public void An_unsupported_format_throws_FormatException(string format)
    {
        Assert.Throws<FormatException>(() => Currency.EUR.ToString(format, null));
        Assert.Throws<FormatException>(() => Currency.EUR.TryFormat(new char[16], out _, format, null));
        Assert.Throws<FormatException>(() => Currency.EUR.TryFormat(new byte[16], out _, format, null));
    }

    [Fact]
    public void TryFormat_writes_the_code_into_chars()
    {
        var buffer = new char[8];

        Assert.True(Currency.JPY.TryFormat(buffer, out var written, default, null));
        Assert.Equal(3, written);
        Assert.Equal("JPY", new string(buffer, 0, written));

        Assert.True(Currency.JPY.TryFormat(buffer.AsSpan(0, 3), out written, "G", null));
        Assert.Equal(3, written);
    }

    [Fact]
    public void TryFormat_into_too_few_chars_returns_false()
    {
        Assert.False(Currency.EUR.TryFormat(new char[2], out var written, default, null));
        Assert.Equal(0, written);
        Assert.False(Currency.EUR.TryFormat(Span<char>.Empty, out written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryFormat_writes_the_code_as_UTF8()
    {
        var buffer = new byte[8];

        Assert.True(Currency.BHD.TryFormat(buffer, out var written, default, null));
        Assert.Equal(3, written);
        Assert.Equal("BHD"u8.ToArray(), buffer[..written]);

        Assert.True(Currency.BHD.TryFormat(buffer.AsSpan(0, 3), out written, "g", null));
        Assert.Equal(3, written);
    }

    [Fact]
    public void TryFormat_into_too_few_bytes_returns_false()
    {
        Assert.False(Currency.EUR.TryFormat(new byte[2], out var written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void String_interpolation_uses_the_span_formatter()
    {
        var text = $"{Currency.GBP} {Currency.CHF:G}";

        Assert.Equal("GBP CHF", text);
    }

    private static T ParseVia<T>(string s)
        where T : ISpanParsable<T> => T.Parse(s.AsSpan(), CultureInfo.InvariantCulture);

    private static bool TryParseVia<T>(string s, out T result)
        where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), CultureInfo.InvariantCulture, out result!);

    private static T ParseStringVia<T>(string s)
        where T : IParsable<T> => T.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Currency_is_ISpanParsable()
    {
        Assert.Equal(Currency.EUR, ParseVia<Currency>("eur"));
        Assert.Equal(new Currency("CLF"), ParseVia<Currency>(" CLF "));
        Assert.Equal(Currency.USD, ParseStringVia<Currency>("usd"));
        Assert.True(TryParseVia<Currency>("jpy", out var yen));
        Assert.Equal(Currency.JPY, yen);
        Assert.False(TryParseVia<Currency>("yen", out _));
        Assert.Throws<FormatException>(() => ParseVia<Currency>("yen"));
    }

    // ---- JSON --------------------------------------------------------------------------------

    [Fact]
    public void Json_is_the_code_as_a_string()
    {
        Assert.Equal("\"EUR\"", JsonSerializer.Serialize(Currency.EUR));
        Assert.Equal("\"XXX\"", JsonSerializer.Serialize(default(Currency)));
        Assert.Equal(Currency.EUR, JsonSerializer.Deserialize<Currency>("\"EUR\""));
        Assert.Equal(Currency.EUR, JsonSerializer.Deserialize<Currency>("\"eur\""));
        Assert.Equal(Currency.JPY, JsonSerializer.Deserialize<Currency>(JsonSerializer.Serialize(Currency.JPY)));
    }

    [Theory]
    [InlineData("\"QQQ\"")]
    [InlineData("\"\"")]
    [InlineData("978")]
    [InlineData("null")]
    [InlineData("{\"code\":\"EUR\"}")]
    [InlineData("[\"EUR\"]")]
    public void Json_rejects_what_is_not_a_code(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Currency>(json));
    }

    [Fact]
    public void Json_writes_a_currency_dictionary_key_as_its_code()
    {
        var totals = new Dictionary<Currency, decimal> { [Currency.EUR] = 1.5m, [Currency.JPY] = 100m };

        Assert.Equal("{\"EUR\":1.5,\"JPY\":100}", JsonSerializer.Serialize(totals));
    }

    [Fact]
    public void Json_reads_a_currency_dictionary_key()
    {
        // docs/values.md: Currency is "EUR" in JSON, "also as a dictionary key".
        var totals = JsonSerializer.Deserialize<Dictionary<Currency, decimal>>("{\"EUR\":1.5,\"jpy\":100}")!;

        Assert.Equal(2, totals.Count);
        Assert.Equal(1.5m, totals[Currency.EUR]);
        Assert.Equal(100m, totals[Currency.JPY]);
    }

    [Fact]
    public void Json_rejects_an_unknown_dictionary_key()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<Currency, decimal>>("{\"QQQ\":1}"));
    }

    [Fact]
    public void Json_round_trips_a_currency_keyed_dictionary()
    {
        var totals = new Dictionary<Currency, decimal> { [Currency.EUR] = 1550.00m, [Currency.BHD] = 1.234m, [default] = 0m };

        var back = JsonSerializer.Deserialize<Dictionary<Currency, decimal>>(JsonSerializer.Serialize(totals))!;

        Assert.Equal(totals, back);
    }
}
