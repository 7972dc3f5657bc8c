using System.Globalization;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Parsing refuses a group separator that does not close a group of the culture's size, in every
/// value type. decimal.TryParse ignores where group separators stand: without the rule, the
/// invariant culture (the one ASP.NET Core's binder passes) reads a European "EUR 2,50" as
/// 250 EUR, "2,5 %" as 25 % and "2,4:1" as 24:1, and de-DE reads "2.50 €" as 250 EUR.
/// </summary>
public class GroupSeparatorParsingTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo American = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Hindi = CultureInfo.GetCultureInfo("hi-IN");

    [Theory]
    [InlineData("EUR 2,50")]
    [InlineData("€2,50")]
    [InlineData("EUR 1,5,5,0")]
    [InlineData("EUR 1,55.00")]
    [InlineData("EUR ,550")]
    [InlineData("EUR 1,,550")]
    [InlineData("EUR 15,50.00")]
    public void Money_refuses_misplaced_group_separators_in_the_invariant_culture(string text) =>
        Assert.False(Money.TryParse(text, Invariant, out _), text);

    [Theory]
    [InlineData("EUR 1,550.00", "1550.00")]
    [InlineData("EUR 1,550", "1550")]
    [InlineData("EUR 12,345,678.90", "12345678.90")]
    [InlineData("€1,550.00", "1550.00")]
    [InlineData("EUR 999.50", "999.50")]
    public void Money_reads_well_grouped_amounts_in_the_invariant_culture(string text, string amount)
    {
        Assert.True(Money.TryParse(text, Invariant, out var money), text);
        Assert.Equal(Money.Euros(decimal.Parse(amount, Invariant)), money);
    }

    [Fact]
    public void Money_groups_by_the_culture_in_use()
    {
        Assert.False(Money.TryParse("$2,50", American, out _));
        Assert.Equal(Money.UsDollars(1550m), Money.Parse("$1,550.00", American));

        // fr-FR: a comma is the decimal separator, and people type a space between groups.
        Assert.Equal(Money.Euros(2.50m), Money.Parse("2,50 €", French));
        Assert.Equal(Money.Euros(1550m), Money.Parse("1 550,00 €", French));
        Assert.False(Money.TryParse("1 55,00 €", French, out _));
        Assert.False(Money.TryParse("15 50,00 €", French, out _));

        // de-DE: a dot groups thousands, so "2.50" is no amount rather than 250.
        Assert.Equal(Money.Euros(1550m), Money.Parse("1.550,00 €", German));
        Assert.False(Money.TryParse("2.50 €", German, out _));
    }

    [Fact]
    public void Rate_refuses_a_decimal_comma_in_the_invariant_culture_instead_of_reading_ten_times_more()
    {
        Assert.False(Rate.TryParse("2,5 %", Invariant, out _));
        Assert.Equal(Rate.FromPercent(2.5m), Rate.Parse("2.5%", Invariant));
        Assert.Equal(Rate.FromPercent(1000m), Rate.Parse("1,000%", Invariant));
        Assert.Equal(Rate.FromPercent(2.5m), Rate.Parse("2,5 %", French));

        // de-DE groups with a dot: "2.5 %" is no de-DE number and, with its space, not the round-trip
        // form "2.5%" either, so it is refused rather than guessed; the round-trip form is read in
        // every culture.
        Assert.False(Rate.TryParse("2.5 %", German, out _));
        Assert.Equal(Rate.FromPercent(2.5m), Rate.Parse("2.5%", German));
        Assert.Equal(Rate.FromPercent(2.5m), Rate.Parse("2,5 %", German));
    }

    [Fact]
    public void Indian_grouping_of_three_then_two_digits_is_accepted_and_checked()
    {
        // hi-IN groups 3 digits, then 2: 12,34,567.5.
        Assert.Equal(new[] { 3, 2 }, Hindi.NumberFormat.NumberGroupSizes);
        Assert.Equal(Rate.FromPercent(1234567.5m), Rate.Parse("12,34,567.5%", Hindi));
        Assert.False(Rate.TryParse("1,234,567.5%", Hindi, out _));
    }

    [Fact]
    public void PercentagePoints_and_Ratio_refuse_a_decimal_comma_in_the_invariant_culture()
    {
        Assert.False(PercentagePoints.TryParse("2,5 pp", Invariant, out _));
        Assert.Equal(PercentagePoints.FromPoints(2.5m), PercentagePoints.Parse("+2.5 pp", Invariant));
        Assert.Equal(PercentagePoints.FromPoints(2.5m), PercentagePoints.Parse("+2,5 pts", French));

        Assert.False(Ratio.TryParse("2,4:1", Invariant, out _));
        Assert.Equal(new Ratio(2.4m), Ratio.Parse("2,4:1", French));
        Assert.Equal(new Ratio(1000.5m), Ratio.Parse("1,000.5:1", American));
    }
}
