using System;
using System.Globalization;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// The display form (<c>ToString()</c>, what Console.WriteLine prints) is rounded, and the value's
/// <c>Parse</c> reads it back as that rounded value, in the current culture. Rounded values are hand
/// calculations: 1549.995 € to the cent half away from zero is 1550.00 €, 21.5283 % to one decimal
/// is 21.5 %, 10/3 to one decimal is 3.3.
/// </summary>
public class DisplayFormTests
{
    public static TheoryData<string> Cultures => ["en-US", "fr-FR", "de-DE", "ja-JP", ""];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Money_parses_its_display_form_back_rounded_to_the_minor_unit(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(Money.Euros(1550.00m), Money.Parse(Money.Euros(1549.995m).ToString()));
        Assert.Equal(Money.Euros(-0.13m), Money.Parse(Money.Euros(-0.125m).ToString()));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Rate_parses_its_display_form_back_rounded_to_a_tenth_of_a_percent(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(Rate.FromPercent(21.5m), Rate.Parse(Rate.FromFraction(0.215283276265199966613504m).ToString()));
        Assert.Equal(Rate.FromPercent(-62.5m), Rate.Parse(Rate.FromPercent(-62.5m).ToString()));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void PercentagePoints_parse_their_display_form_back_rounded_to_a_tenth(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(PercentagePoints.FromPoints(-5m), PercentagePoints.Parse(PercentagePoints.FromPoints(-5m).ToString(), null));
        Assert.Equal(PercentagePoints.FromPoints(1.3m), PercentagePoints.Parse(PercentagePoints.FromPoints(4m / 3m).ToString(), null));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Ratio_parses_its_display_form_back_rounded_to_one_decimal(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal(new Ratio(3.3m), Ratio.Parse(new Ratio(10m / 3m).ToString(), null));
        Assert.Equal(new Ratio(3.2m), Ratio.Parse(new Ratio(3.2m).ToString(), null));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Period_and_Currency_parse_their_display_form_back_exactly(string culture)
    {
        using var scope = new CultureScope(culture);
        var baseline = Period.LastDays(30, new DateOnly(2026, 4, 1));
        Assert.Equal(baseline, Period.Parse(baseline.ToString(), null));
        Assert.Equal(Period.Month(2026, 3), Period.Parse(Period.Month(2026, 3).ToString(), null));
        Assert.Equal(Currency.EUR, Currency.Parse(Currency.EUR.ToString(), null));
    }

    [Fact]
    public void A_display_form_is_the_format_without_arguments()
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        using var scope = new CultureScope("fr-FR");
        Assert.Equal(Money.Euros(1549.995m).ToString(null, fr), Money.Euros(1549.995m).ToString());
        Assert.Equal(Rate.FromPercent(37.5m).ToString(null, fr), Rate.FromPercent(37.5m).ToString());
        Assert.Equal(new Ratio(3.2m).ToString(null, fr), new Ratio(3.2m).ToString());
        Assert.Equal(PercentagePoints.FromPoints(5m).ToString(null, fr), PercentagePoints.FromPoints(5m).ToString());
    }
}
