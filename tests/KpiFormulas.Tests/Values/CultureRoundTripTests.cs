using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Text round trip of every value type, in every format it prints and every culture of the platform
/// (<see cref="CultureTypes.AllCultures"/> on ICU): an exhaustive sweep over a fixed set of hostile
/// values, and properties over random cultures, formats and values. <see cref="CultureRoundTrip"/>
/// says what the round trip promises for each kind of format.
/// </summary>
public class CultureRoundTripTests
{
    /// <summary>Amounts that broke or may break a reading: grouping, many decimals, the ends of decimal's range.</summary>
    private static readonly decimal[] HostileAmounts =
    [
        0m, 1550m, -1550m, 1550.5m, -0.005m, 0.004m, 1.550m, 1.5m, 1234567.891m, -987654321.0987654321m,
        0.0000000000000000000000000001m, 7.9228162514264337593543950335m,
        decimal.MaxValue, decimal.MinValue, 79228162514264337593543950.335m, -7922816251426433759354395.0335m,
    ];

    /// <summary>EUR and GBP (shown by symbol everywhere), USD, currencies of 0, 3 and 4 minor units, and one without minor units.</summary>
    private static readonly string[] HostileCurrencies = ["EUR", "GBP", "USD", "JPY", "KWD", "XAU"];

    /// <summary>
    /// The formats of the sweep: one of each kind ("G", "C" and "" print as null does; the
    /// properties draw every format).
    /// </summary>
    private static readonly string?[] SweepMoneyFormats = [null, "C0", "C2", "C3", "C28", "R", "N"];

    private static IEnumerable<Money> HostileMoney() =>
        from code in HostileCurrencies
        from amount in HostileAmounts
        select new Money(amount, new Currency(code));

    private static readonly decimal[] HostileFractions =
    [
        0m, 0.155m, -0.155m, 15.55m, 0.01555m, 0.00001m, -0.000005m, 1.5m, 12345.678m, 0.125m,
        0.0000000000000000000000000001m, 0.1234567890123456789012345678m,
        decimal.MaxValue, decimal.MinValue, decimal.MaxValue / 100m, 792281625142643375935439503.35m,
    ];

    [Fact]
    public void Money_round_trips_in_every_culture_for_hostile_amounts()
    {
        // The culture's own currency too: its symbol is the culture's.
        var failures = CultureRoundTrip.Sweep(HostileMoney(), SweepMoneyFormats, CultureRoundTrip.Money);
        foreach (var culture in CultureRoundTrip.AllCultures)
        {
            if (OwnCurrency(culture) is not { } own)
            {
                continue;
            }

            foreach (var amount in new[] { 1550m, -1550.5m, 0.5m, decimal.MaxValue, decimal.MinValue })
            {
                foreach (var format in SweepMoneyFormats)
                {
                    if (CultureRoundTrip.Money(new Money(amount, own), format, culture) is { } failure)
                    {
                        (failures.TryGetValue(culture.Name, out var list) ? list : failures[culture.Name] = []).Add(failure);
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, CultureRoundTrip.Report(failures));
    }

    [Fact]
    public void Rate_round_trips_in_every_culture_for_hostile_fractions()
    {
        var failures = CultureRoundTrip.Sweep(HostileFractions.Select(Rate.FromFraction), [null, "P0", "P2", "P28", "R", "F"], CultureRoundTrip.Rate);
        Assert.True(failures.Count == 0, CultureRoundTrip.Report(failures));
    }

    [Fact]
    public void PercentagePoints_round_trip_in_every_culture_for_hostile_fractions()
    {
        var failures = CultureRoundTrip.Sweep(HostileFractions.Select(PercentagePoints.FromFraction), CultureRoundTrip.PointsFormats, CultureRoundTrip.Points);
        Assert.True(failures.Count == 0, CultureRoundTrip.Report(failures));
    }

    [Fact]
    public void Ratio_round_trips_in_every_culture_for_hostile_values()
    {
        var failures = CultureRoundTrip.Sweep(HostileAmounts.Concat(HostileFractions).Select(v => new Ratio(v)), CultureRoundTrip.RatioFormats, CultureRoundTrip.Ratio);
        Assert.True(failures.Count == 0, CultureRoundTrip.Report(failures));
    }

    [Fact]
    public void Currency_round_trips_in_every_culture()
    {
        var failures = CultureRoundTrip.Sweep(Currency.All, [null, "", "G", "g"], CultureRoundTrip.Currency);
        Assert.True(failures.Count == 0, CultureRoundTrip.Report(failures));
    }

    [Fact]
    public void Period_round_trips_in_every_culture()
    {
        var periods = new[]
        {
            Period.Year(1), Period.Quarter(9998, 4), Period.IsoWeek(2020, 53),
            Period.Month(1, 1), Period.Month(2026, 3), Period.Month(9998, 12),
            Period.Day(new DateOnly(1, 1, 1)), Period.Day(new DateOnly(2026, 3, 1)), Period.Day(new DateOnly(9998, 12, 31)),
            Period.FromDays(new DateOnly(2026, 3, 1), 30), Period.FromDays(new DateOnly(1, 1, 1), 400),
        };
        var failures = CultureRoundTrip.Sweep(periods, [null, "R", "L"], CultureRoundTrip.Period);
        Assert.True(failures.Count == 0, CultureRoundTrip.Report(failures));
    }

    [Theory]
    [InlineData("en-DE")]
    [InlineData("en-AT")]
    [InlineData("en-BE")]
    [InlineData("en-NL")]
    [InlineData("en-SI")]
    [InlineData("en-FI")]
    public void C0_of_1550_euros_reads_back_as_1550_in_English_of_euro_countries(string name)
    {
        // These cultures write numbers with a decimal comma but currency with a decimal point
        // (CurrencyDecimalSeparator "."), so €1,550 is one thousand five hundred and fifty euros.
        var culture = CultureInfo.GetCultureInfo(name);
        Assert.Equal(".", culture.NumberFormat.CurrencyDecimalSeparator);
        Assert.Equal(",", culture.NumberFormat.NumberDecimalSeparator);
        var text = Money.Euros(1550m).ToString("C0", culture);
        Assert.Equal("€1,550", text);
        Assert.Equal(Money.Euros(1550m), Money.Parse(text, culture));
    }

    [Fact]
    public void Yen_printed_in_Austrian_German_reads_back_unchanged()
    {
        // de-AT groups currency with "." but numbers with a no-break space.
        var austrian = CultureInfo.GetCultureInfo("de-AT");
        var text = new Money(1550m, Currency.JPY).ToString(null, austrian);
        Assert.Equal("JPY 1.550", text.Replace('\u00A0', ' '));
        Assert.Equal(new Money(1550m, Currency.JPY), Money.Parse(text, austrian));
    }

    [Theory]
    [InlineData("de-AT")]
    [InlineData("fr-CH")]
    public void Default_forms_of_Austrian_German_and_Swiss_French_read_back(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        foreach (var money in new[] { Money.Euros(1550.25m), new Money(-1550.25m, Currency.CHF), Money.UsDollars(1234567.89m) })
        {
            Assert.Equal(money, Money.Parse(money.ToString(null, culture), culture));
        }
    }

    [Fact]
    public void The_round_trip_form_is_read_first_and_the_culture_form_never_takes_it_for_another_amount()
    {
        // es-AR groups currency with "." and writes a code first: its C0 form of 1 550 USD would be
        // "USD 1.550", the round-trip form of 1.55 USD. The round-trip form (one U+0020 space) is read
        // in every culture, so the culture form puts a no-break space after the code.
        var argentine = CultureInfo.GetCultureInfo("es-AR");
        Assert.Equal("USD\u00A01.550", Money.UsDollars(1550m).ToString("C0", argentine));
        Assert.Equal(Money.UsDollars(1550m), Money.Parse("USD\u00A01.550", argentine));
        Assert.Equal(Money.UsDollars(1.55m), Money.Parse("USD 1.550", argentine));
        Assert.Equal(Money.UsDollars(1550.25m), Money.Parse("USD 1.550,25", argentine));

        // The same for a percentage in pt-BR, which writes 1 555 % as "1.555%".
        var brazilian = CultureInfo.GetCultureInfo("pt-BR");
        Assert.Equal("1.555\u00A0%", Rate.FromPercent(1555m).ToString("P0", brazilian));
        Assert.Equal(Rate.FromPercent(1555m), Rate.Parse("1.555\u00A0%", brazilian));
        Assert.Equal(Rate.FromPercent(1.555m), Rate.Parse("1.555%", brazilian));
        Assert.Equal("1.555,0%", Rate.FromPercent(1555m).ToString(null, brazilian));
    }

    [Theory]
    [InlineData("en-DE", "€1.550,00")]
    [InlineData("de-AT", "€ 1 550,00")]
    [InlineData("fr-CH", "1 550,00 €")]
    [InlineData("de-DE", "2.50 €")]
    [InlineData("fr-FR", "1,550.00 €")]
    [InlineData("fr-FR", "EUR\u00A01550.00")]
    [InlineData("fr-FR", "1 550,00")]
    [InlineData("fr-FR", "1 550,00 € €")]
    [InlineData("fr-FR", "1 5€50,00")]
    [InlineData("en-US", "USD 5 EUR")]
    [InlineData("en-US", "USD 79228162514264337593543950336")]
    public void Money_refuses_text_written_with_other_separators_than_the_culture_currency_ones(string name, string text)
    {
        // en-DE and de-AT write numbers and currency with different separators: the number ones are no
        // currency text there. No invariant retry: "EUR 1550.00" with a no-break space is not the
        // round-trip form, and fr-FR does not write 1550.00.
        var culture = CultureInfo.GetCultureInfo(name);
        Assert.False(Money.TryParse(text, culture, out _), text);
        var error = Assert.Throws<FormatException>(() => Money.Parse(text, culture));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("he-IL")]
    [InlineData("sv-SE")]
    [InlineData("de-CH")]
    public void Marks_minus_signs_and_apostrophes_of_other_scripts_are_read(string name)
    {
        // ar-SA puts an Arabic letter mark (U+061C) before its minus and its percent sign, fa-IR a
        // left-to-right mark and U+2212, sv-SE U+2212, de-CH a typographic apostrophe (U+2019) between
        // groups, for which a straight one is accepted.
        var culture = CultureInfo.GetCultureInfo(name);
        var money = new Money(-1234567.5m, Currency.EUR);
        Assert.Equal(money, Money.Parse(money.ToString("C1", culture), culture));
        Assert.Equal(Rate.FromPercent(-1234.5m), Rate.Parse(Rate.FromPercent(-1234.5m).ToString(null, culture), culture));
        Assert.Equal(PercentagePoints.FromPoints(-1234.5m), PercentagePoints.Parse(PercentagePoints.FromPoints(-1234.5m).ToString(null, culture), culture));
        Assert.Equal(new Ratio(-1234.5m), Ratio.Parse(new Ratio(-1234.5m).ToString(null, culture), culture));
    }

    [Fact]
    public void A_straight_apostrophe_groups_where_the_culture_prints_a_typographic_one()
    {
        var swiss = CultureInfo.GetCultureInfo("de-CH");
        Assert.Equal(new Money(1234567.5m, Currency.CHF), Money.Parse("CHF 1'234'567.50", swiss));
    }

    [Fact]
    public void Formatting_never_throws_at_the_ends_of_decimal_range()
    {
        // "P" multiplied the fraction by 100 in decimal, which overflowed; the percent digits are now
        // the fraction's digits with the point moved (hand-written: 79 228 162 514 264 337 593 543 950 335 × 100).
        var largest = Rate.FromFraction(decimal.MaxValue);
        Assert.Equal("7,922,816,251,426,433,759,354,395,033,500.0%", largest.ToString("P", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("7922816251426433759354395033500%", largest.ToString("R", null));
        Assert.Equal(largest, Rate.Parse("7922816251426433759354395033500%", CultureInfo.InvariantCulture));
        var smallest = PercentagePoints.FromFraction(decimal.MinValue);
        Assert.Equal("-7922816251426433759354395033500.0\u00A0pp", smallest.ToString("G", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("-7922816251426433759354395033500 pp", smallest.ToString("R", null));
        Span<char> buffer = stackalloc char[128];
        Assert.True(largest.TryFormat(buffer, out var written, "P28", CultureInfo.InvariantCulture));
        Assert.True(written > 40);
    }

    [Fact]
    public void The_percent_format_matches_dotnet_where_dotnet_does_not_overflow()
    {
        // .NET's own "P" format is the reference for every culture's percent pattern, separators and signs.
        decimal[] fractions = [0m, 0.155m, -0.155m, 12.345678m, -0.0000049m, -0.000005m, 1234.5m];
        foreach (var culture in CultureRoundTrip.AllCultures)
        {
            foreach (var fraction in fractions)
            {
                foreach (var decimals in new[] { 0, 1, 2, 5 })
                {
                    var format = "P" + decimals.ToString(CultureInfo.InvariantCulture);
                    var ours = Rate.FromFraction(fraction).ToString(format, culture).Replace("\u00A0%", "%", StringComparison.Ordinal);
                    Assert.Equal(fraction.ToString(format, culture), ours);
                }
            }
        }
    }

    [KpiProperty]
    public void Money_round_trips_for_any_culture_format_and_amount(int cultureIndex, int formatIndex, Money money) =>
        Assert.Null(CultureRoundTrip.Money(money, Pick(CultureRoundTrip.MoneyFormats, formatIndex), Pick(CultureRoundTrip.AllCultures, cultureIndex)));

    [KpiProperty]
    public void Rate_round_trips_for_any_culture_format_and_fraction(int cultureIndex, int formatIndex, Rate rate) =>
        Assert.Null(CultureRoundTrip.Rate(rate, Pick(CultureRoundTrip.RateFormats, formatIndex), Pick(CultureRoundTrip.AllCultures, cultureIndex)));

    [KpiProperty]
    public void PercentagePoints_round_trip_for_any_culture_format_and_fraction(int cultureIndex, int formatIndex, PercentagePoints points) =>
        Assert.Null(CultureRoundTrip.Points(points, Pick(CultureRoundTrip.PointsFormats, formatIndex), Pick(CultureRoundTrip.AllCultures, cultureIndex)));

    [KpiProperty]
    public void Ratio_round_trips_for_any_culture_format_and_value(int cultureIndex, int formatIndex, Ratio ratio) =>
        Assert.Null(CultureRoundTrip.Ratio(ratio, Pick(CultureRoundTrip.RatioFormats, formatIndex), Pick(CultureRoundTrip.AllCultures, cultureIndex)));

    [KpiProperty]
    public void Period_round_trips_for_any_culture_and_format(int cultureIndex, int formatIndex, Period period) =>
        Assert.Null(CultureRoundTrip.Period(period, Pick(CultureRoundTrip.PeriodFormats, formatIndex), Pick(CultureRoundTrip.AllCultures, cultureIndex)));

    [KpiProperty]
    public void Wide_decimals_round_trip_in_any_culture(int cultureIndex, int formatIndex, int lo, int mid, int hi, bool negative, byte scale)
    {
        // The whole of decimal's range: 96-bit mantissas and every scale, not only the everyday amounts.
        var value = new decimal(lo, mid, hi, negative, (byte)(scale % 29));
        var culture = Pick(CultureRoundTrip.AllCultures, cultureIndex);
        Assert.Null(CultureRoundTrip.Money(new Money(value, Currency.EUR), Pick(CultureRoundTrip.MoneyFormats, formatIndex), culture));
        Assert.Null(CultureRoundTrip.Rate(Rate.FromFraction(value), Pick(CultureRoundTrip.RateFormats, formatIndex), culture));
        Assert.Null(CultureRoundTrip.Points(PercentagePoints.FromFraction(value), Pick(CultureRoundTrip.PointsFormats, formatIndex), culture));
        Assert.Null(CultureRoundTrip.Ratio(new Ratio(value), Pick(CultureRoundTrip.RatioFormats, formatIndex), culture));
    }

    private static T Pick<T>(T[] items, int index) => items[(int)((uint)index % (uint)items.Length)];

    private static Currency? OwnCurrency(CultureInfo culture)
    {
        if (culture.IsNeutralCulture || culture.Name.Length == 0)
        {
            return null;
        }

        try
        {
            return Currency.TryParse(new RegionInfo(culture.Name).ISOCurrencySymbol, null, out var currency) ? currency : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
