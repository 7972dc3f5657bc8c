using System;
using System.Globalization;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// The edges of <see cref="Rate"/>, <see cref="Ratio"/>, <see cref="PercentagePoints"/> and <see cref="Currency"/>
/// that the per-type tests leave implicit: comparisons at equality, what each refusal's message says, the
/// percent patterns no shipped culture uses, and signs written at the other end of a percent symbol.
/// </summary>
public class ValueEdgeTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // ---- comparisons at equality ------------------------------------------------------------------

    [Fact]
    public void Strict_comparisons_of_equal_ratios_are_false_and_the_others_true()
    {
        var a = new Ratio(2.4m);
        var b = new Ratio(2.40m);
        Assert.False(a < b);
        Assert.False(a > b);
        Assert.True(a <= b);
        Assert.True(a >= b);
        Assert.True(new Ratio(2.3m) < a);
        Assert.True(a > new Ratio(2.3m));
    }

    [Fact]
    public void Strict_comparisons_of_equal_point_differences_are_false_and_the_others_true()
    {
        var a = PercentagePoints.FromPoints(5m);
        var b = PercentagePoints.FromPoints(5.00m);
        Assert.False(a < b);
        Assert.False(a > b);
        Assert.True(a <= b);
        Assert.True(a >= b);
        Assert.True(PercentagePoints.FromPoints(-5m) < a);
        Assert.True(a > PercentagePoints.FromPoints(-5m));
    }

    // ---- CompareTo(object) --------------------------------------------------------------------------

    public static TheoryData<IComparable, string> ComparablesAndTheirTypeNames => new()
    {
        { new Rate(0.1m), "The value must be a Rate." },
        { new Ratio(3m), "The value must be a Ratio." },
        { PercentagePoints.FromPoints(2m), "The value must be a PercentagePoints." },
        { Currency.EUR, "The value must be a Currency." },
    };

    [Theory]
    [MemberData(nameof(ComparablesAndTheirTypeNames))]
    public void Comparing_with_another_type_names_the_expected_type_and_the_parameter(IComparable value, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => value.CompareTo("not a value"));
        Assert.Equal("obj", error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, value.CompareTo(null));
    }

    // ---- messages of refused formats and texts -----------------------------------------------------

    [Fact]
    public void An_unsupported_format_is_refused_with_the_format_and_the_supported_ones_named()
    {
        AssertFormatMessage(() => new Rate(0.1m).ToString("X", Invariant), "The format 'X' is not supported by Rate", "\"P\"");
        AssertFormatMessage(() => new Ratio(3m).ToString("X", Invariant), "The format 'X' is not supported by Ratio", "\"G\"");
        AssertFormatMessage(() => PercentagePoints.FromPoints(2m).ToString("X", Invariant), "The format 'X' is not supported by PercentagePoints", "\"R\"");
        AssertFormatMessage(() => Currency.EUR.ToString("X", Invariant), "The format 'X' is not supported by Currency", "\"G\"");
    }

    private static void AssertFormatMessage(Func<string> format, string start, string supported)
    {
        var error = Assert.Throws<FormatException>(format);
        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
        Assert.Contains(supported, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_is_no_ratio_is_refused_quoting_it_and_naming_the_culture()
    {
        var error = Assert.Throws<FormatException>(() => Ratio.Parse("three to one", CultureInfo.GetCultureInfo("fr-FR")));
        Assert.StartsWith("'three to one' is not a ratio in the culture 'fr-FR'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'3.25:1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_is_no_point_difference_is_refused_quoting_it_and_naming_the_culture()
    {
        var error = Assert.Throws<FormatException>(() => PercentagePoints.Parse("five points", Invariant));
        Assert.StartsWith("'five points' is not a difference in percentage points in the invariant culture", error.Message, StringComparison.Ordinal);
        Assert.Contains("'-2.5 pp'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_that_is_no_percentage_is_refused_quoting_it_and_naming_the_culture()
    {
        var error = Assert.Throws<FormatException>(() => Rate.Parse("half", CultureInfo.GetCultureInfo("en-US")));
        Assert.StartsWith("'half' is not a percentage in the culture 'en-US'", error.Message, StringComparison.Ordinal);

        // The example is the culture's own form of 37.5 %: en-US writes the sign right after the number.
        Assert.Contains("'37.5%'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numeric_code_outside_the_table_is_refused_with_the_rule_and_the_value()
    {
        foreach (var code in new[] { 0, 1, 250, 1000, -978 })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => Currency.FromNumericCode(code));
            Assert.Equal("numericCode", error.ParamName);
            Assert.Equal(code, error.ActualValue);
            Assert.StartsWith("The value must be an active ISO 4217 numeric code.", error.Message, StringComparison.Ordinal);
        }

        // 250 was the French franc, withdrawn in 2002; 978 is the euro, 999 the code for "no currency".
        Assert.Equal(Currency.EUR, Currency.FromNumericCode(978));
        Assert.Equal(new Currency("XXX"), Currency.FromNumericCode(999));
    }

    // ---- Rate.Round -------------------------------------------------------------------------------

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Rounding_a_rate_to_decimals_outside_0_to_28_names_the_rule(int decimals)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Rate(0.12345m).Round(decimals));
        Assert.Equal("decimals", error.ParamName);
        Assert.StartsWith("The value must be between 0 and 28 inclusive.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounding_a_rate_at_the_ends_of_0_to_28_is_accepted()
    {
        Assert.Equal(new Rate(0m), new Rate(0.12345m).Round(0));
        Assert.Equal(new Rate(0.12345m), new Rate(0.12345m).Round(28));
    }

    // ---- the percent patterns ---------------------------------------------------------------------

    /// <summary>
    /// Every percent pattern .NET defines, set on a copy of the invariant format: "P" writes the text .NET's own
    /// "P" writes for the same fraction (the reference), and Parse reads it back.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    public void Each_negative_percent_pattern_is_written_as_dotnet_writes_it_and_read_back(int pattern)
    {
        var numbers = (NumberFormatInfo)Invariant.NumberFormat.Clone();
        numbers.PercentNegativePattern = pattern;
        var rate = new Rate(-0.125m);

        var text = rate.ToString("P2", numbers);

        Assert.Equal((-0.125m).ToString("P2", numbers), text);
        Assert.Equal(rate, Rate.Parse(text, numbers));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Each_positive_percent_pattern_is_written_as_dotnet_writes_it_and_read_back(int pattern)
    {
        var numbers = (NumberFormatInfo)Invariant.NumberFormat.Clone();
        numbers.PercentPositivePattern = pattern;
        var rate = new Rate(0.125m);

        var text = rate.ToString("P2", numbers);

        Assert.Equal(0.125m.ToString("P2", numbers), text);
        Assert.Equal(rate, Rate.Parse(text, numbers));
    }

    [Fact]
    public void A_culture_text_that_reads_as_another_rates_round_trip_form_carries_a_no_break_space()
    {
        // pt-BR groups thousands with '.' and writes the percent sign right after the number: 1 555 % would be
        // "1.555%", which is also the round-trip form of 1.555 %. The culture's text keeps a no-break space
        // before the sign so that Parse, which reads the round-trip form first, gets 1 555 % back.
        var brazil = CultureInfo.GetCultureInfo("pt-BR");
        var rate = new Rate(15.55m);

        var text = rate.ToString("P0", brazil);

        Assert.Equal("1.555\u00A0%", text);
        Assert.Equal(rate, Rate.Parse(text, brazil));
        Assert.Equal(new Rate(0.01555m), Rate.Parse("1.555%", brazil));
    }

    // ---- signs on the other side of the percent symbol ---------------------------------------------

    /// <summary>A format whose own signs are neither '-' nor '+', so only the signs every culture accepts can be read.</summary>
    private static NumberFormatInfo TildeSigns()
    {
        var numbers = (NumberFormatInfo)Invariant.NumberFormat.Clone();
        numbers.NegativeSign = "~";
        numbers.PositiveSign = "#";
        return numbers;
    }

    [Theory]
    [InlineData("-%12.5", -0.125)]
    [InlineData("\u2212%12.5", -0.125)]
    [InlineData("+%12.5", 0.125)]
    [InlineData("~%12.5", -0.125)]
    [InlineData("#%12.5", 0.125)]
    [InlineData("- % 12.5", -0.125)]
    public void A_sign_before_the_percent_symbol_and_the_number_after_it_is_read(string text, double expected)
    {
        Assert.Equal(new Rate((decimal)expected), Rate.Parse(text, TildeSigns()));
    }

    [Theory]
    [InlineData("1%234")]
    [InlineData("12%5")]
    [InlineData("x%12.5")]
    public void A_percent_symbol_between_two_numbers_is_refused(string text)
    {
        var numbers = TildeSigns();
        numbers.PercentGroupSeparator = "\u00A0";
        Assert.False(Rate.TryParse(text, numbers, out _));
    }

    [Fact]
    public void Rounding_a_rate_with_an_undefined_midpoint_rule_names_the_rule()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Rate(0.125m).Round(2, (MidpointRounding)42));
        Assert.Equal("mode", error.ParamName);
    }

    [Fact]
    public void Codes_in_lower_case_name_the_same_currency_down_to_the_first_and_last_letters()
    {
        // "aud" and "czk" reach both ends of a..z.
        Assert.Equal(new Currency("AUD"), new Currency("aud"));
        Assert.Equal(new Currency("CZK"), new Currency("czk"));
        Assert.Equal(new Currency("EUR"), new Currency("eUr"));
    }
}
