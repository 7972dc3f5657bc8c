using System;
using System.Globalization;
using System.Text;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

public class RatioTests
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // 10/3 to decimal's precision: 29 significant digits, 28 of them after the point.
    private const decimal TenThirds = 3.3333333333333333333333333333m;

    private static CultureInfo C(string name) => CultureInfo.GetCultureInfo(name);

    // ---- Construction ---------------------------------------------------------------------------

    [Fact]
    public void A_ratio_holds_x_of_x_to_1()
    {
        Assert.Equal(3m, new Ratio(3m).Value);
        Assert.Equal(2.4m, new Ratio(2.4m).Value);
        Assert.Equal(new Ratio(2.4m), new Ratio(2.40m));
        Assert.Equal(1m, Ratio.OneToOne.Value);
        Assert.Equal(0m, default(Ratio).Value);
    }

    [Fact]
    public void Of_divides_two_amounts_of_one_currency()
    {
        // An LTV of 10 000 EUR (2 000 EUR a year for 5 years) against a CAC of 3 000 EUR, 10 000 / 3 000 = 10/3 = 3.33 : 1,
        // above the 3 : 1 usually held as healthy.
        var ratio = Ratio.Of(Money.Euros(10_000m), Money.Euros(3_000m));
        Assert.Equal(TenThirds, ratio.Value);
        Assert.True(ratio > new Ratio(3m));
        Assert.Equal("3.3:1", ratio.ToString(null, En));
    }

    [Fact]
    public void Of_amounts_in_two_currencies_throws()
    {
        var e = Assert.Throws<CurrencyMismatchException>(() => Ratio.Of(Money.Euros(10_000m), Money.UsDollars(3_000m)));
        Assert.Equal(Currency.EUR, e.Expected);
        Assert.Equal(Currency.USD, e.Actual);
    }

    [Fact]
    public void Of_a_zero_denominator_throws()
    {
        Assert.Throws<DivideByZeroException>(() => Ratio.Of(Money.Euros(10_000m), Money.Euros(0m)));
    }

    // ---- Formatting ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("en-US", 3, "3.0:1")]
    [InlineData("fr-FR", 3, "3,0:1")]
    [InlineData("de-DE", 3, "3,0:1")]
    [InlineData("ja-JP", 3, "3.0:1")]
    [InlineData("", 3, "3.0:1")]
    [InlineData("en-US", 2.4, "2.4:1")]
    [InlineData("fr-FR", 2.4, "2,4:1")]
    [InlineData("en-US", 0.5, "0.5:1")]
    [InlineData("en-US", -1.25, "-1.3:1")]
    public void The_default_format_has_one_decimal(string culture, double value, string expected)
    {
        // A project returning 2.4 : 1, written 2,4:1 in French.
        var ratio = new Ratio((decimal)value);
        Assert.Equal(expected, ratio.ToString(null, C(culture)));
        Assert.Equal(expected, ratio.ToString("G", C(culture)));
        Assert.Equal(expected, ratio.ToString("", C(culture)));
        using (new CultureScope(culture))
        {
            Assert.Equal(expected, ratio.ToString());
        }
    }

    [Theory]
    [InlineData("G0", "3:1", "3:1")]
    [InlineData("G1", "3.3:1", "3,3:1")]
    [InlineData("G2", "3.33:1", "3,33:1")]
    [InlineData("g3", "3.333:1", "3,333:1")]
    public void The_G_formats_give_that_many_decimals(string format, string en, string fr)
    {
        var ratio = new Ratio(TenThirds);
        Assert.Equal(en, ratio.ToString(format, En));
        Assert.Equal(fr, ratio.ToString(format, Fr));
    }

    [Fact]
    public void The_R_format_is_invariant_with_every_digit()
    {
        Assert.Equal("3.3333333333333333333333333333:1", new Ratio(TenThirds).ToString("R", Fr));
        Assert.Equal("2.4:1", new Ratio(2.4m).ToString("r", Fr));
        Assert.Equal("3.00:1", new Ratio(3.00m).ToString("R", En));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("X")]
    [InlineData("R1")]
    [InlineData("G29")]
    public void Unsupported_formats_throw(string format)
    {
        Assert.Throws<FormatException>(() => new Ratio(3m).ToString(format, En));
    }

    // ---- Parsing ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("en-US", "3:1", 3)]
    [InlineData("en-US", "3 : 1", 3)]
    [InlineData("en-US", "3.0:1", 3)]
    [InlineData("en-US", "2.4:1", 2.4)]
    [InlineData("en-US", " 2.4\u00A0:\u00A01 ", 2.4)]
    [InlineData("en-US", "-1.5:1", -1.5)]
    [InlineData("fr-FR", "2,4:1", 2.4)]
    [InlineData("fr-FR", "2,4 : 1", 2.4)]
    [InlineData("fr-FR", "3,0:1", 3)]
    [InlineData("fr-FR", "2.4:1", 2.4)]
    [InlineData("de-DE", "2,4:1", 2.4)]
    [InlineData("ja-JP", "2.4:1", 2.4)]
    [InlineData("", "2.4:1", 2.4)]
    public void Parse_reads_x_to_1(string culture, string text, double expected)
    {
        Assert.Equal(new Ratio((decimal)expected), Ratio.Parse(text, C(culture)));
        Assert.Equal(new Ratio((decimal)expected), Ratio.Parse(text.AsSpan(), C(culture)));
        Assert.True(Ratio.TryParse(text, C(culture), out var parsed));
        Assert.Equal(new Ratio((decimal)expected), parsed);
    }

    [Theory]
    [InlineData("3:2")]
    [InlineData("abc")]
    [InlineData("3")]
    [InlineData(":1")]
    [InlineData("3:")]
    [InlineData("3:1:1")]
    [InlineData("3:1.0")]
    [InlineData("x:1")]
    [InlineData("")]
    public void Parse_of_other_forms_fails(string text)
    {
        Assert.Throws<FormatException>(() => Ratio.Parse(text, En));
        Assert.False(Ratio.TryParse(text, En, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Parse_of_null_throws_and_TryParse_of_null_is_false()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Ratio.Parse(null!, En)).ParamName);
        Assert.False(Ratio.TryParse((string?)null, En, out _));
    }

    [KpiProperty]
    public bool The_R_format_parses_back(Ratio x) => Ratio.Parse(x.ToString("R", null), Inv) == x;

    [KpiProperty]
    public bool The_G2_format_parses_back_to_the_value_rounded_to_two_decimals(Ratio x, CultureInfo culture) =>
        Ratio.Parse(x.ToString("G2", culture), culture).Value == decimal.Round(x.Value, 2, MidpointRounding.AwayFromZero);

    // ---- Comparison ---------------------------------------------------------------------------------

    [Fact]
    public void Comparisons_order_by_x()
    {
        // 1 : 1 is break-even, 3 : 1 healthy.
        var breakEven = Ratio.OneToOne;
        var healthy = new Ratio(3m);
        Assert.True(breakEven < healthy);
        Assert.False(healthy < breakEven);
        Assert.True(healthy > breakEven);
        Assert.False(breakEven > healthy);
        Assert.True(healthy <= new Ratio(3.0m));
        Assert.False(healthy <= breakEven);
        Assert.True(healthy >= new Ratio(3.0m));
        Assert.False(breakEven >= healthy);
        Assert.True(healthy == new Ratio(3.00m));
        Assert.False(healthy != new Ratio(3.00m));
        Assert.True(healthy != breakEven);
    }

    [Fact]
    public void Equality_hash_and_CompareTo()
    {
        var three = new Ratio(3m);
        Assert.True(three.Equals(new Ratio(3.0m)));
        Assert.True(three.Equals((object)new Ratio(3m)));
        Assert.False(three.Equals((object)3m));
        Assert.False(three.Equals(null));
        Assert.Equal(three.GetHashCode(), new Ratio(3.000m).GetHashCode());
        Assert.True(three.CompareTo(new Ratio(4m)) < 0);
        Assert.True(three.CompareTo(new Ratio(2m)) > 0);
        Assert.Equal(0, three.CompareTo(new Ratio(3.0m)));
        Assert.True(three.CompareTo((object)new Ratio(4m)) < 0);
        Assert.True(three.CompareTo(null) > 0);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => three.CompareTo((object)"3:1")).ParamName);
    }

    // ---- Span formatting ----------------------------------------------------------------------------

    [Fact]
    public void TryFormat_writes_chars_and_utf8_or_reports_a_small_destination()
    {
        var ratio = new Ratio(2.4m);
        Span<char> chars = stackalloc char[5];
        Assert.True(ratio.TryFormat(chars, out var written, "", Fr));
        Assert.Equal(5, written);
        Assert.Equal("2,4:1", chars.ToString());
        Assert.False(ratio.TryFormat(stackalloc char[4], out written, "", Fr));
        Assert.Equal(0, written);

        var bytes = new byte[5];
        Assert.True(ratio.TryFormat(bytes, out written, "G", En));
        Assert.Equal(5, written);
        Assert.Equal(Encoding.UTF8.GetBytes("2.4:1"), bytes);
        Assert.False(ratio.TryFormat(new byte[4], out written, "G", En));
        Assert.Equal(0, written);
    }
}
