using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Money as text in fr-FR, en-US, de-DE, ja-JP and the invariant culture.
/// </summary>
/// <remarks>
/// The expected strings are derived from each culture's NumberFormatInfo under .NET 10 with ICU:
/// <list type="bullet">
/// <item>fr-FR: symbol €, positive pattern 3 (<c>n $</c>), negative pattern 8 (<c>-n $</c>), group
/// separator U+202F (narrow no-break space), decimal separator ','.</item>
/// <item>en-US: symbol $, patterns 0 (<c>$n</c>) and 1 (<c>-$n</c>), ',' and '.'.</item>
/// <item>de-DE: symbol €, patterns 3 and 8, '.' and ','.</item>
/// <item>ja-JP: symbol ￥ (U+FFE5, fullwidth yen), patterns 0 and 1, ',' and '.'.</item>
/// <item>invariant: symbol ¤, patterns 0 (<c>$n</c>) and 0 (<c>($n)</c>), ',' and '.'.</item>
/// </list>
/// .NET writes the blank of the patterns "n $" and "$ n" as an ordinary space U+0020 (the
/// pattern is an index into fixed templates, ICU's no-break space before the symbol is not kept),
/// so fr-FR gives "1\u202F550,00 €" with U+202F between the groups and U+0020 before the €.
/// Money's own rules on top (Money.ToString docs): the culture's symbol for its own currency, € and
/// £ everywhere, otherwise the ISO code, kept one space away from the digits (a prefix pattern 0
/// becomes 2, <c>$ n</c>; negative 1 becomes 9, <c>-$ n</c>; invariant negative 0 becomes 14,
/// <c>($ n)</c>); as many decimals as the currency's minor unit; display rounding half away from zero.
/// </remarks>
public class MoneyFormattingTests
{
    private const string Nnbsp = "\u202F"; // fr-FR group separator

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo American = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    private static Money M(string amount, string code) =>
        new(decimal.Parse(amount, NumberStyles.Number, CultureInfo.InvariantCulture), code);

    [Fact]
    public void The_cultures_have_the_separators_the_expected_strings_assume()
    {
        // A guard: if ICU data changes, this fails first and says why the others would.
        Assert.Equal(Nnbsp, French.NumberFormat.CurrencyGroupSeparator);
        Assert.Equal(",", French.NumberFormat.CurrencyDecimalSeparator);
        Assert.Equal(3, French.NumberFormat.CurrencyPositivePattern);
        Assert.Equal(8, French.NumberFormat.CurrencyNegativePattern);
        Assert.Equal(".", German.NumberFormat.CurrencyGroupSeparator);
        Assert.Equal(1, American.NumberFormat.CurrencyNegativePattern);
        Assert.Equal("\uFFE5", Japanese.NumberFormat.CurrencySymbol);
        Assert.Equal(0, CultureInfo.InvariantCulture.NumberFormat.CurrencyNegativePattern);
    }

    [Fact]
    public void The_issue_example_in_fr_FR()
    {
        // ARCHITECTURE.md: fr-FR gives "1 550,00 €" with the culture's own separators.
        var saving = new Money(50m * 35m, Currency.EUR) - new Money(200m, Currency.EUR);

        Assert.Equal("1" + Nnbsp + "550,00 €", saving.ToString("C", French));
    }

    [Theory]
    // Own currency or € / £: the symbol.
    [InlineData("fr-FR", "1550", "EUR", "1\u202F550,00 €")]
    [InlineData("fr-FR", "-1550", "EUR", "-1\u202F550,00 €")]
    [InlineData("fr-FR", "1550", "GBP", "1\u202F550,00 £")]
    [InlineData("fr-FR", "1234567.891", "EUR", "1\u202F234\u202F567,89 €")]
    [InlineData("en-US", "1550", "USD", "$1,550.00")]
    [InlineData("en-US", "-1550", "USD", "-$1,550.00")]
    [InlineData("en-US", "1550", "EUR", "€1,550.00")]
    [InlineData("en-US", "-1550", "EUR", "-€1,550.00")]
    [InlineData("en-US", "1550", "GBP", "£1,550.00")]
    [InlineData("de-DE", "1550", "EUR", "1.550,00 €")]
    [InlineData("de-DE", "-1550", "EUR", "-1.550,00 €")]
    [InlineData("de-DE", "1550", "GBP", "1.550,00 £")]
    [InlineData("ja-JP", "1550", "JPY", "￥1,550")]
    [InlineData("ja-JP", "-1550", "JPY", "-￥1,550")]
    [InlineData("ja-JP", "1550.5", "JPY", "￥1,551")] // yen has no decimals; half away from zero
    [InlineData("ja-JP", "1550", "EUR", "€1,550.00")]
    [InlineData("ja-JP", "1550", "GBP", "£1,550.00")]
    [InlineData("", "1550", "EUR", "€1,550.00")]
    [InlineData("", "-1550", "EUR", "(€1,550.00)")]
    [InlineData("", "1550", "GBP", "£1,550.00")]
    // Any other currency: its ISO code, one space away from the digits.
    [InlineData("fr-FR", "1550.5", "USD", "1\u202F550,50 USD")]
    [InlineData("fr-FR", "-1550.5", "USD", "-1\u202F550,50 USD")]
    [InlineData("fr-FR", "1550", "JPY", "1\u202F550 JPY")]
    [InlineData("fr-FR", "1234.5678", "BHD", "1\u202F234,568 BHD")]
    [InlineData("en-US", "1550", "JPY", "JPY 1,550")]
    [InlineData("en-US", "-1550", "JPY", "-JPY 1,550")]
    [InlineData("en-US", "1550.5", "CHF", "CHF 1,550.50")]
    [InlineData("en-US", "1234.5678", "BHD", "BHD 1,234.568")]
    [InlineData("de-DE", "1550", "USD", "1.550,00 USD")]
    [InlineData("de-DE", "-1550", "USD", "-1.550,00 USD")]
    [InlineData("de-DE", "1550", "JPY", "1.550 JPY")]
    [InlineData("ja-JP", "1550.5", "USD", "USD 1,550.50")] // docs/values.md
    [InlineData("ja-JP", "-1550.5", "USD", "-USD 1,550.50")]
    [InlineData("", "1550", "USD", "USD 1,550.00")]
    [InlineData("", "-1550", "USD", "(USD 1,550.00)")]
    [InlineData("", "1550", "JPY", "JPY 1,550")]
    public void C_format(string culture, string amount, string code, string expected)
    {
        var money = M(amount, code);
        var provider = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(expected, money.ToString("C", provider));
        Assert.Equal(expected, money.ToString("c", provider));
        Assert.Equal(expected, money.ToString("G", provider));
        Assert.Equal(expected, money.ToString(null, provider));
        Assert.Equal(expected, money.ToString(string.Empty, provider));
    }

    [Theory]
    [InlineData("fr-FR", "0.125", "0,13 €")]
    [InlineData("fr-FR", "-0.125", "-0,13 €")]
    [InlineData("en-US", "0.125", "€0.13")]
    [InlineData("en-US", "-0.125", "-€0.13")]
    [InlineData("en-US", "0.124999", "€0.12")]
    [InlineData("de-DE", "1549.995", "1.550,00 €")]
    public void Display_rounds_half_away_from_zero_and_leaves_the_amount(string culture, string amount, string expected)
    {
        var money = M(amount, "EUR");

        Assert.Equal(expected, money.ToString("C", CultureInfo.GetCultureInfo(culture)));
        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), money.Amount);
    }

    [Theory]
    [InlineData("fr-FR", "12.5", "12,5 XAU")]
    [InlineData("en-US", "12.5", "XAU 12.5")]
    [InlineData("en-US", "0.123456", "XAU 0.123456")]
    [InlineData("", "-3", "(XAU 3)")]
    public void A_currency_without_minor_unit_shows_the_digits_the_amount_has(string culture, string amount, string expected)
    {
        Assert.Equal(expected, M(amount, "XAU").ToString("C", CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("fr-FR", "C0", "1\u202F550 €")]
    [InlineData("fr-FR", "C1", "1\u202F550,1 €")]
    [InlineData("fr-FR", "C2", "1\u202F550,13 €")]
    [InlineData("fr-FR", "C3", "1\u202F550,125 €")]
    [InlineData("fr-FR", "C4", "1\u202F550,1250 €")]
    [InlineData("en-US", "C0", "€1,550")]
    [InlineData("en-US", "C1", "€1,550.1")]
    [InlineData("en-US", "C2", "€1,550.13")]
    [InlineData("en-US", "C3", "€1,550.125")]
    [InlineData("en-US", "C4", "€1,550.1250")]
    [InlineData("de-DE", "C0", "1.550 €")]
    [InlineData("de-DE", "C4", "1.550,1250 €")]
    [InlineData("ja-JP", "C0", "€1,550")]
    [InlineData("ja-JP", "C3", "€1,550.125")]
    [InlineData("", "C1", "€1,550.1")]
    [InlineData("", "C4", "€1,550.1250")]
    public void C_with_a_precision(string culture, string format, string expected)
    {
        Assert.Equal(expected, M("1550.125", "EUR").ToString(format, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("ja-JP", "C2", "1550.5", "￥1,550.50")]
    [InlineData("en-US", "C0", "-1550.5", "-$1,551")]
    [InlineData("fr-FR", "C1", "1550.5", "1\u202F550,5 USD")]
    [InlineData("", "C28", "1", "USD 1.0000000000000000000000000000")]
    public void A_precision_overrides_the_minor_unit(string culture, string format, string amount, string expected)
    {
        var code = culture == "ja-JP" ? "JPY" : "USD";

        Assert.Equal(expected, M(amount, code).ToString(format, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("fr-FR", "N", "1550", "EUR", "1\u202F550,00")]
    [InlineData("fr-FR", "N", "-1550", "EUR", "-1\u202F550,00")]
    [InlineData("fr-FR", "N0", "1550.5", "EUR", "1\u202F551")]
    [InlineData("en-US", "N", "1550", "EUR", "1,550.00")]
    [InlineData("en-US", "N2", "1550.125", "EUR", "1,550.13")]
    [InlineData("en-US", "n", "1550", "USD", "1,550.00")]
    [InlineData("en-US", "N", "1550", "JPY", "1,550")] // the minor unit of the yen: none
    [InlineData("en-US", "N2", "1550", "JPY", "1,550.00")]
    [InlineData("en-US", "N", "1.2345", "BHD", "1.235")]
    [InlineData("de-DE", "N", "1550", "EUR", "1.550,00")]
    [InlineData("de-DE", "N4", "1550", "EUR", "1.550,0000")]
    [InlineData("ja-JP", "N", "1550", "JPY", "1,550")]
    [InlineData("ja-JP", "N2", "-1550.5", "JPY", "-1,550.50")]
    [InlineData("", "N", "-1550", "USD", "-1,550.00")]
    public void N_format_is_the_number_without_currency(string culture, string format, string amount, string code, string expected)
    {
        Assert.Equal(expected, M(amount, code).ToString(format, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("1550.00", "EUR", "EUR 1550.00")]
    [InlineData("0.123456789", "EUR", "EUR 0.123456789")]
    [InlineData("1234567.891", "EUR", "EUR 1234567.891")]
    [InlineData("-5.5", "EUR", "EUR -5.5")]
    [InlineData("1550.5", "JPY", "JPY 1550.5")]
    [InlineData("79228162514264337593543950335", "USD", "USD 79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "BHD", "BHD 0.0000000000000000000000000001")]
    public void R_format_is_invariant_exact_and_ungrouped_in_every_culture(string amount, string code, string expected)
    {
        var money = M(amount, code);

        foreach (var culture in Support.Generators.CultureNames)
        {
            var provider = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, money.ToString("R", provider));
            Assert.Equal(expected, money.ToString("r", provider));
        }

        Assert.Equal(expected, money.ToString("R", null));
    }

    [Fact]
    public void R_format_keeps_the_scale_of_the_amount()
    {
        Assert.Equal("EUR 1550", Money.Euros(1550m).ToString("R", null));
        Assert.Equal("EUR 1550.00", Money.Euros(1550.00m).ToString("R", null));
        Assert.Equal("EUR 1550.000", Money.Euros(1550.000m).ToString("R", null));
    }

    [Fact]
    public void R_format_of_default_money()
    {
        Assert.Equal("XXX 0", default(Money).ToString("R", null));
        Assert.Equal("XXX 0", default(Money).ToString("R", French));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("D")]
    [InlineData("P")]
    [InlineData("E")]
    [InlineData("F2")]
    [InlineData("R2")]
    [InlineData("R0")]
    [InlineData("C29")]
    [InlineData("N29")]
    [InlineData("C-1")]
    [InlineData("C+2")]
    [InlineData("CC")]
    [InlineData("C 2")]
    [InlineData(" C")]
    [InlineData("C2x")]
    [InlineData("€")]
    public void An_unsupported_format_throws_FormatException(string format)
    {
        var money = Money.Euros(1550m);

        var ex = Assert.Throws<FormatException>(() => money.ToString(format, French));
        Assert.Contains($"'{format}'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => money.TryFormat(new char[64], out _, format, French));
        Assert.Throws<FormatException>(() => money.TryFormat(new byte[64], out _, format, French));
    }

    [Fact]
    public void ToString_without_arguments_uses_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = French;
            Assert.Equal("1\u202F550,00 €", Money.Euros(1550m).ToString());
            Assert.Equal("1\u202F550,00 €", Money.Euros(1550m).ToString("C", null));

            CultureInfo.CurrentCulture = American;
            Assert.Equal("€1,550.00", Money.Euros(1550m).ToString());
            Assert.Equal("$1,550.00", Money.UsDollars(1550m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_NumberFormatInfo_provider_is_used_for_digits_and_never_lends_its_symbol_to_another_currency()
    {
        // A NumberFormatInfo says nothing about which currency its symbol belongs to, so only the
        // rules that need no culture apply (EUR and GBP symbols, otherwise the code), whatever the
        // current culture is. Under en-US, USD must not be shown with fr-FR's euro sign.
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = American;
            var frenchNumbers = French.NumberFormat;

            Assert.Equal("1\u202F550,00 USD", Money.UsDollars(1550m).ToString("C", frenchNumbers));
            Assert.Equal("1\u202F550,00 €", Money.Euros(1550m).ToString("C", frenchNumbers));
            Assert.Equal("1\u202F550,00", Money.UsDollars(1550m).ToString("N", frenchNumbers));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_NumberFormatInfo_provider_is_used_for_parsing()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = American;
            var frenchNumbers = French.NumberFormat;

            Assert.Equal(Money.Euros(1550.5m), Money.Parse("1 550,50 €", frenchNumbers));
            Assert.Equal(Money.UsDollars(1550.5m), Money.Parse("1 550,50 USD", frenchNumbers));
            Assert.Equal(Money.UsDollars(-7m), Money.Parse(Money.UsDollars(-7m).ToString("C", frenchNumbers), frenchNumbers));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    // ---- TryFormat ---------------------------------------------------------------------------

    [Fact]
    public void TryFormat_R_into_chars()
    {
        var money = Money.Euros(1550.00m);
        var buffer = new char[32];

        Assert.True(money.TryFormat(buffer, out var written, "R", French));
        Assert.Equal("EUR 1550.00", new string(buffer, 0, written));

        // "EUR 1550.00" is 11 chars: exactly enough succeeds, one fewer fails.
        Assert.True(money.TryFormat(buffer.AsSpan(0, 11), out written, "R", null));
        Assert.Equal(11, written);
        Assert.False(money.TryFormat(buffer.AsSpan(0, 10), out written, "R", null));
        Assert.Equal(0, written);
        Assert.False(money.TryFormat(buffer.AsSpan(0, 4), out written, "R", null));
        Assert.Equal(0, written);
        Assert.False(money.TryFormat(Span<char>.Empty, out written, "r", null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryFormat_C_into_chars()
    {
        const string Expected = "1\u202F550,00 €"; // 10 chars
        var money = Money.Euros(1550m);
        var buffer = new char[32];

        Assert.True(money.TryFormat(buffer, out var written, "C", French));
        Assert.Equal(Expected, new string(buffer, 0, written));
        Assert.True(money.TryFormat(buffer, out written, default, French));
        Assert.Equal(Expected, new string(buffer, 0, written));
        Assert.True(money.TryFormat(buffer.AsSpan(0, 10), out written, "C", French));
        Assert.Equal(10, written);
        Assert.False(money.TryFormat(buffer.AsSpan(0, 9), out written, "C", French));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryFormat_into_UTF8()
    {
        var money = Money.Euros(1550m);
        var buffer = new byte[64];

        // '1' (1 byte) + U+202F (3) + "550,00" (6) + ' ' (1) + '€' (3) = 14 bytes.
        var expected = Encoding.UTF8.GetBytes("1\u202F550,00 €");
        Assert.Equal(14, expected.Length);
        Assert.True(money.TryFormat(buffer, out var written, "C", French));
        Assert.Equal(expected, buffer[..written]);
        Assert.True(money.TryFormat(buffer.AsSpan(0, 14), out written, "C", French));
        Assert.Equal(14, written);
        Assert.False(money.TryFormat(buffer.AsSpan(0, 13), out written, "C", French));
        Assert.Equal(0, written);

        Assert.True(money.TryFormat(buffer, out written, "R", French));
        Assert.Equal("EUR 1550"u8.ToArray(), buffer[..written]);
    }

    [Fact]
    public void String_interpolation_formats_through_the_span_formatter()
    {
        var money = Money.Euros(1550m);

        Assert.Equal("Total: 1\u202F550,00 €", string.Create(French, $"Total: {money:C}"));
        Assert.Equal("Total: €1,550.00", string.Create(American, $"Total: {money}"));
        Assert.Equal("[EUR 1550]", string.Create(German, $"[{money:R}]"));
    }

    // ---- Parsing -----------------------------------------------------------------------------

    [Theory]
    [InlineData("fr-FR", "1\u202F550,00 €", "1550", "EUR")]
    [InlineData("fr-FR", "1 550,00 €", "1550", "EUR")] // ordinary spaces, as people type
    [InlineData("fr-FR", "1\u00A0550,00\u00A0€", "1550", "EUR")] // CLDR's no-break spaces
    [InlineData("fr-FR", "1550,00 €", "1550", "EUR")]
    [InlineData("fr-FR", "1550,00€", "1550", "EUR")]
    [InlineData("fr-FR", "-1 550,00 €", "-1550", "EUR")]
    [InlineData("fr-FR", "1 550,50 USD", "1550.5", "USD")]
    [InlineData("fr-FR", "1 234 567,89 £", "1234567.89", "GBP")]
    [InlineData("fr-FR", "12,5 XAU", "12.5", "XAU")]
    [InlineData("en-US", "€1,550.00", "1550", "EUR")]
    [InlineData("en-US", "$1,550.00", "1550", "USD")]
    [InlineData("en-US", "-$1,550.00", "-1550", "USD")]
    [InlineData("en-US", "USD 1,550.50", "1550.5", "USD")]
    [InlineData("en-US", "JPY 1,550", "1550", "JPY")]
    [InlineData("en-US", "-JPY 1,550", "-1550", "JPY")]
    [InlineData("en-US", "  £1,550.00  ", "1550", "GBP")]
    [InlineData("de-DE", "1.550,00 €", "1550", "EUR")]
    [InlineData("de-DE", "-1.550,00 €", "-1550", "EUR")]
    [InlineData("de-DE", "1.550,00 USD", "1550", "USD")]
    [InlineData("ja-JP", "￥1,550", "1550", "JPY")]
    [InlineData("ja-JP", "-￥1,550", "-1550", "JPY")]
    [InlineData("ja-JP", "€1,550.00", "1550", "EUR")]
    [InlineData("ja-JP", "USD 1,550.50", "1550.5", "USD")]
    [InlineData("", "€1,550.00", "1550", "EUR")]
    [InlineData("", "(€1,550.00)", "-1550", "EUR")]
    [InlineData("", "(USD 1,550.00)", "-1550", "USD")]
    [InlineData("", "XAU 12.5", "12.5", "XAU")]
    public void Parse_culture_text(string culture, string text, string amount, string code)
    {
        var provider = CultureInfo.GetCultureInfo(culture);
        var expected = M(amount, code);

        Assert.Equal(expected, Money.Parse(text, provider));
        Assert.Equal(expected, Money.Parse(text.AsSpan(), provider));
        Assert.True(Money.TryParse(text, provider, out var parsed));
        Assert.Equal(expected, parsed);
    }

    public static TheoryData<string, string, string> FormattedSamples()
    {
        // Samples that exercise every symbol rule, signs and rounding; see Parse_gives_back_the_rounded_value.
        string[][] samples =
        [
            ["1550", "EUR"], ["-1550", "EUR"], ["0.125", "EUR"], ["-0.125", "EUR"], ["1234567.89", "GBP"],
            ["-0.01", "GBP"], ["1550.5", "USD"], ["-1550.505", "USD"], ["1550.5", "JPY"], ["-1550.5", "JPY"],
            ["1.2345", "BHD"], ["0.00005", "CLF"], ["-12.5", "XAU"], ["0", "XXX"], ["999999999999.99", "CHF"],
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var culture in Support.Generators.CultureNames)
        {
            foreach (var sample in samples)
            {
                data.Add(culture, sample[0], sample[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormattedSamples))]
    public void Parse_gives_back_the_rounded_value(string culture, string amount, string code)
    {
        var provider = CultureInfo.GetCultureInfo(culture);
        var money = M(amount, code);
        var expected = money.Currency.HasMinorUnits ? money.Round() : money;

        var text = money.ToString("C", provider);

        Assert.Equal(expected, Money.Parse(text, provider));
    }

    [Fact]
    public void Parse_gives_back_hand_rounded_values()
    {
        // -1550.505 USD shows as -1 550,51 USD (away from zero); 0.00005 CLF as 0,0001 CLF.
        Assert.Equal(M("-1550.51", "USD"), Money.Parse(M("-1550.505", "USD").ToString("C", French), French));
        Assert.Equal(M("0.0001", "CLF"), Money.Parse(M("0.00005", "CLF").ToString("C", German), German));
        Assert.Equal(M("1551", "JPY"), Money.Parse(M("1550.5", "JPY").ToString("C", Japanese), Japanese));
    }

    [Theory]
    [InlineData("EUR 1550.00", "EUR 1550.00")]
    [InlineData("eur 1550.00", "EUR 1550.00")]
    [InlineData("EUR 0.123456789", "EUR 0.123456789")]
    [InlineData("EUR -5.5", "EUR -5.5")]
    [InlineData("JPY 1550", "JPY 1550")]
    [InlineData("XXX 0", "XXX 0")]
    [InlineData("  USD 79228162514264337593543950335 ", "USD 79228162514264337593543950335")]
    public void R_form_parses_in_every_culture(string text, string expectedR)
    {
        foreach (var culture in Support.Generators.CultureNames)
        {
            var provider = CultureInfo.GetCultureInfo(culture);
            var parsed = Money.Parse(text, provider);

            Assert.Equal(expectedR, parsed.ToString("R", null));
        }
    }

    [Fact]
    public void Parse_without_a_provider_uses_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = French;
            Assert.Equal(Money.Euros(1550m), Money.Parse("1 550,00 €"));
            Assert.Equal(Money.Euros(1550m), Money.Parse("1 550,00 €", null));

            CultureInfo.CurrentCulture = German;
            Assert.Equal(Money.Euros(1550m), Money.Parse("1.550,00 €"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("fr-FR", "")]
    [InlineData("fr-FR", "   ")]
    [InlineData("fr-FR", "garbage")]
    [InlineData("fr-FR", "1 550,00")] // no currency
    [InlineData("en-US", "1550.00")] // no currency
    [InlineData("en-US", "QQQ 12.00")] // unknown code
    [InlineData("fr-FR", "12,00 QQQ")] // unknown code
    [InlineData("en-US", "EUR")] // no amount
    [InlineData("en-US", "€")]
    [InlineData("en-US", "EUR abc")]
    [InlineData("en-US", "EUR 1.2.3")]
    [InlineData("fr-FR", "$1,550.00")] // a dollar sign outside en-US is not guessed
    [InlineData("en-US", "￥1,550")] // nor a yen sign outside ja-JP
    [InlineData("en-US", "EURO 12")]
    [InlineData("", "EUR 1e3")]
    public void Parse_rejects_bad_text_with_a_FormatException_quoting_it(string culture, string text)
    {
        var provider = CultureInfo.GetCultureInfo(culture);

        var ex = Assert.Throws<FormatException>(() => Money.Parse(text, provider));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => Money.Parse(text.AsSpan(), provider));
        Assert.False(Money.TryParse(text, provider, out var result));
        Assert.Equal(default, result);
        Assert.False(Money.TryParse(text.AsSpan(), provider, out result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Parse_null_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!, French));
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!));
    }

    [Fact]
    public void TryParse_null_returns_false()
    {
        Assert.False(Money.TryParse(null, French, out var result));
        Assert.Equal(default, result);
    }

    private static T ParseVia<T>(string s, IFormatProvider provider)
        where T : ISpanParsable<T> => T.Parse(s.AsSpan(), provider);

    private static bool TryParseVia<T>(string s, IFormatProvider provider, out T result)
        where T : ISpanParsable<T> => T.TryParse(s.AsSpan(), provider, out result!);

    [Fact]
    public void Money_is_ISpanParsable()
    {
        Assert.Equal(Money.Euros(1550m), ParseVia<Money>("1 550,00 €", French));
        Assert.Equal(Money.Euros(1550m), ParseVia<Money>("EUR 1550.00", American));
        Assert.True(TryParseVia<Money>("$1,550.00", American, out var dollars));
        Assert.Equal(Money.UsDollars(1550m), dollars);
        Assert.False(TryParseVia<Money>("1,550.00", American, out _));
        Assert.Throws<FormatException>(() => ParseVia<Money>("1,550.00", American));
    }

    [Fact]
    public void Every_sample_formats_differently_per_culture_but_R_does_not()
    {
        var money = Money.Euros(1550m);
        var texts = Support.Generators.CultureNames.Select(c => money.ToString("C", CultureInfo.GetCultureInfo(c))).ToArray();

        // fr-FR, de-DE differ from each other; en-US, ja-JP and invariant agree on "€1,550.00".
        Assert.Equal(3, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(Support.Generators.CultureNames.Select(c => money.ToString("R", CultureInfo.GetCultureInfo(c))).Distinct(StringComparer.Ordinal));
    }
}

public class MoneyAmbiguousTextTests
{
    [Fact]
    public void Text_that_is_both_the_round_trip_form_and_the_cultures_own_format_is_read_as_the_culture_writes_it()
    {
        // pt-BR writes currencies other than its own as "JPY 1.550" for 1 550 yen ('.' groups thousands there),
        // which is also the round-trip form of 1.55 JPY. With pt-BR, the culture's reading wins.
        var ptBr = System.Globalization.CultureInfo.GetCultureInfo("pt-BR");
        var yen = new Money(1550m, Currency.JPY);
        var text = yen.ToString("C", ptBr);
        Assert.Equal(new Money(1.55m, Currency.JPY), Money.Parse(text, System.Globalization.CultureInfo.InvariantCulture)); // the ambiguity is real
        Assert.Equal(yen, Money.Parse(text, ptBr));
        // The same text with the invariant culture is the round-trip form.
        Assert.Equal(new Money(1.550m, Currency.JPY), Money.Parse("JPY 1.550", System.Globalization.CultureInfo.InvariantCulture));
        // Round-trip text that pt-BR would never print keeps its exact meaning in pt-BR.
        Assert.Equal(new Money(1550.50m, Currency.EUR), Money.Parse("EUR 1550.50", ptBr));
        Assert.Equal(new Money(12.5m, Currency.USD), Money.Parse("USD 12.5", ptBr));
    }
}
