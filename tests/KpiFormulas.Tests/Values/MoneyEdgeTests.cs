using System;
using System.Globalization;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Money at its edges: the exact wording of its exceptions, ties of Max and Min, the order of its
/// argument checks, weights and amounts that need the high bits of a decimal, amounts written with
/// more decimals than the currency has, and parsing and formatting with cultures whose number
/// format is unusual (no currency symbol, no negative sign of its own, a symbol that is an ISO code
/// of another currency, a neutral culture whose name is also a region code).
/// </summary>
/// <remarks>
/// Expected values are hand calculations or follow from the rules written in Money's XML docs; the
/// culture facts each test relies on (symbols, patterns, region currencies) are asserted first, so
/// that a change of ICU data fails with its cause.
/// </remarks>
public class MoneyEdgeTests
{
    private const string Nbsp = "\u00A0";

    private static readonly Currency XAU = new("XAU");

    private static CultureInfo AmericanWith(Action<NumberFormatInfo> change)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("en-US").Clone();
        change(culture.NumberFormat);
        return culture;
    }

    // ---- Division by zero ----------------------------------------------------------------------

    [Fact]
    public void Dividing_by_a_zero_number_names_the_amount_in_round_trip_form_and_the_parameter()
    {
        var ex = Assert.Throws<DivideByZeroException>(() => Money.Euros(12.50m) / 0m);

        Assert.Equal("Cannot divide EUR 12.50 by zero (parameter 'right').", ex.Message);
    }

    [Fact]
    public void Dividing_by_a_zero_amount_names_the_amount_in_round_trip_form_and_the_parameter()
    {
        var ex = Assert.Throws<DivideByZeroException>(() => Money.Euros(12.50m) / Money.Euros(0m));

        Assert.Equal("Cannot divide EUR 12.50 by a zero amount (parameter 'right').", ex.Message);
    }

    // ---- Comparison ----------------------------------------------------------------------------

    [Fact]
    public void CompareTo_an_object_of_another_type_says_it_must_be_a_Money()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Euros(1m).CompareTo("EUR 1"));

        Assert.Equal("obj", ex.ParamName);
        Assert.StartsWith("The value must be a Money.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_and_Min_keep_the_first_argument_on_a_tie()
    {
        // 1.5 EUR equals 1.50 EUR; the one returned is visible in the digits the amount keeps.
        var oneDecimal = Money.Euros(1.5m);
        var twoDecimals = Money.Euros(1.50m);

        Assert.Equal("EUR 1.5", Money.Max(oneDecimal, twoDecimals).ToString("R", null));
        Assert.Equal("EUR 1.50", Money.Max(twoDecimals, oneDecimal).ToString("R", null));
        Assert.Equal("EUR 1.5", Money.Min(oneDecimal, twoDecimals).ToString("R", null));
        Assert.Equal("EUR 1.50", Money.Min(twoDecimals, oneDecimal).ToString("R", null));
    }

    // ---- Rounding arguments --------------------------------------------------------------------

    [Fact]
    public void Round_refuses_an_undefined_rule_before_it_looks_at_the_currency()
    {
        // XAU has no minor unit; the bad argument is reported, not the state of the amount.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Money(1m, XAU).Round((MidpointRounding)42));

        Assert.Equal("mode", ex.ParamName);
        Assert.Equal((MidpointRounding)42, ex.ActualValue);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Round_to_decimals_outside_0_to_28_states_the_range_and_carries_the_value(int decimals)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Money.Euros(1m).Round(decimals, MidpointRounding.AwayFromZero));

        Assert.Equal("decimals", ex.ParamName);
        Assert.Equal(decimals, ex.ActualValue);
        Assert.Contains("The value must be between 0 and 28 inclusive.", ex.Message, StringComparison.Ordinal);
    }

    // ---- Allocate: weights ---------------------------------------------------------------------

    [Fact]
    public void Allocate_without_weights_says_there_must_be_one()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Euros(10m).Allocate());

        Assert.Equal("weights", ex.ParamName);
        Assert.StartsWith("There must be at least one weight.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_names_the_first_negative_weight_and_its_value()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Euros(10m).Allocate(1m, -2.5m, -3m));

        Assert.Equal("weights", ex.ParamName);
        Assert.StartsWith("The weights must not be negative; weight 1 is -2.5.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_with_only_zero_weights_says_they_must_not_all_be_zero()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Euros(10m).Allocate(0m, 0.00m));

        Assert.Equal("weights", ex.ParamName);
        Assert.StartsWith("The weights must not all be zero.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4294967296")] // 2^32: the mantissa's middle 32 bits
    [InlineData("18446744073709551616")] // 2^64: the mantissa's high 32 bits
    public void Allocate_reads_weights_beyond_32_and_64_bits(string large)
    {
        // 1 000 cents for weights 1 and w = 2^32 (or 2^64): shares 1000/(w+1) < 1 and 1000w/(w+1) > 999,
        // so the floors are 0 and 999 and the one cent left goes to the larger remainder, the second.
        var weight = decimal.Parse(large, CultureInfo.InvariantCulture);

        var parts = Money.Euros(10.00m).Allocate(1m, weight);

        Assert.Equal(new[] { Money.Euros(0m), Money.Euros(10m) }, parts);
    }

    // ---- Split and Allocate: minor units -------------------------------------------------------

    [Fact]
    public void Split_accepts_an_amount_written_with_more_decimals_than_the_currency_when_they_are_zeros()
    {
        // 12.340 EUR is 1 234 cents: 617 cents each.
        var parts = Money.Euros(12.340m).Split(2);

        Assert.Equal(new[] { Money.Euros(6.17m), Money.Euros(6.17m) }, parts);
        Assert.All(parts, part => Assert.Equal("EUR 6.17", part.ToString("R", null)));
    }

    [Fact]
    public void Split_of_a_fraction_of_a_minor_unit_names_the_amount_in_round_trip_form()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Money.Euros(12.345m).Split(2));

        Assert.StartsWith("EUR 12.345 is not a whole number of minor units of EUR;", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_of_2_to_the_96_minor_units_or_more_names_the_amount_and_the_limit()
    {
        // decimal.MaxValue EUR is (2^96 - 1) × 100 cents.
        var ex = Assert.Throws<OverflowException>(() => Money.Euros(decimal.MaxValue).Split(2));

        Assert.Equal(
            "EUR 79228162514264337593543950335 is 2^96 minor units of EUR or more: its parts could not all be written in minor units as decimals.",
            ex.Message);
    }

    // ---- Parsing -------------------------------------------------------------------------------

    [Fact]
    public void A_negative_sign_written_as_U2212_is_read_in_en_US()
    {
        var american = CultureInfo.GetCultureInfo("en-US");
        Assert.Equal("-", american.NumberFormat.NegativeSign);

        Assert.Equal(Money.UsDollars(-12.00m), Money.Parse("\u2212$12.00", american));
    }

    [Fact]
    public void A_culture_negative_sign_other_than_the_hyphen_is_read_before_the_symbol()
    {
        var culture = AmericanWith(numbers => numbers.NegativeSign = "~");

        Assert.Equal(Money.UsDollars(-12.00m), Money.Parse("~$12.00", culture));
    }

    [Fact]
    public void A_culture_without_a_negative_sign_of_its_own_still_reads_the_hyphen()
    {
        var culture = AmericanWith(numbers => numbers.NegativeSign = string.Empty);

        Assert.Equal(Money.UsDollars(-12.00m), Money.Parse("-$12.00", culture));
    }

    [Fact]
    public void A_currency_symbol_inside_the_digits_is_refused()
    {
        // fr-FR groups with a blank: the symbol in the middle must not be read as one more blank.
        var french = CultureInfo.GetCultureInfo("fr-FR");

        Assert.False(Money.TryParse("1€234,00", french, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void A_culture_symbol_that_is_the_code_of_another_currency_makes_the_text_ambiguous()
    {
        // The culture's own currency is USD; "EUR" is then both its symbol and the euro's code.
        var culture = AmericanWith(numbers => numbers.CurrencySymbol = "EUR");

        Assert.False(Money.TryParse("EUR12.00", culture, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void An_ISO_code_touching_a_letter_before_it_is_not_read_as_a_code()
    {
        // A negative sign made of letters is the one way a letter may stand before the code:
        // written apart it is a sign and a code, glued to the code it is neither.
        var culture = AmericanWith(numbers => numbers.NegativeSign = "neg");

        Assert.Equal(Money.Euros(-12.00m), Money.Parse("neg EUR12.00", culture));
        Assert.False(Money.TryParse("negEUR12.00", culture, out _));
    }

    [Fact]
    public void The_symbol_keeps_the_text_on_its_two_sides_apart()
    {
        // With "--" as the culture's negative sign, a '-' on each side of the € is not one sign.
        var culture = AmericanWith(numbers => numbers.NegativeSign = "--");

        Assert.Equal(Money.Euros(-12.00m), Money.Parse("--€12.00", culture));
        Assert.False(Money.TryParse("-€-12.00", culture, out _));
    }

    [Fact]
    public void The_pound_sign_names_the_South_Sudanese_pound_in_en_SS()
    {
        var southSudan = CultureInfo.GetCultureInfo("en-SS");
        Assert.Equal("£", southSudan.NumberFormat.CurrencySymbol);
        Assert.Equal("SSP", new RegionInfo("en-SS").ISOCurrencySymbol);

        Assert.Equal(new Money(12.00m, "SSP"), Money.Parse("£12.00", southSudan));
    }

    [Fact]
    public void A_culture_with_an_empty_currency_symbol_reads_the_ISO_code()
    {
        var culture = AmericanWith(numbers => numbers.CurrencySymbol = string.Empty);

        Assert.Equal(Money.UsDollars(12.00m), Money.Parse("12.00 USD", culture));
    }

    // ---- Formatting ----------------------------------------------------------------------------

    [Fact]
    public void A_culture_with_an_empty_currency_symbol_shows_the_ISO_code_of_its_own_currency()
    {
        // en-US puts the symbol first without a blank (pattern 0); a code is kept one space away.
        var culture = AmericanWith(numbers => numbers.CurrencySymbol = string.Empty);

        Assert.Equal("USD 12.00", Money.UsDollars(12m).ToString("C", culture));
    }

    [Fact]
    public void A_letter_symbol_that_is_not_a_three_letter_code_keeps_the_culture_pattern()
    {
        var culture = AmericanWith(numbers => numbers.CurrencySymbol = "Rs");
        Assert.Equal(0, culture.NumberFormat.CurrencyPositivePattern);

        Assert.Equal("Rs12.00", Money.UsDollars(12m).ToString("C", culture));
    }

    [Fact]
    public void A_code_text_that_reads_as_another_round_trip_amount_gets_a_no_break_space_in_es_AR()
    {
        // The documented case: 1 550 USD with C0 in es-AR would print "USD 1.550", the round-trip form of 1.55 USD.
        var argentine = CultureInfo.GetCultureInfo("es-AR");
        Assert.Equal(".", argentine.NumberFormat.CurrencyGroupSeparator);
        Assert.Equal(2, argentine.NumberFormat.CurrencyPositivePattern);

        var text = Money.UsDollars(1550m).ToString("C0", argentine);

        Assert.Equal("USD" + Nbsp + "1.550", text);
        Assert.Equal(Money.UsDollars(1550m), Money.Parse(text, argentine));
    }

    [Fact]
    public void A_neutral_culture_lends_its_symbol_to_no_currency()
    {
        // "sv" is Swedish, and SV is also El Salvador, whose currency is USD: a neutral culture has
        // no region, so USD is not its own currency and is shown by its code.
        var swedish = CultureInfo.GetCultureInfo("sv");
        Assert.True(swedish.IsNeutralCulture);
        Assert.Equal("USD", new RegionInfo("sv").ISOCurrencySymbol);
        Assert.NotEqual("USD", swedish.NumberFormat.CurrencySymbol);
        Assert.NotEmpty(swedish.NumberFormat.CurrencySymbol);

        Assert.Contains("USD", Money.UsDollars(12m).ToString("C", swedish), StringComparison.Ordinal);
    }
}
