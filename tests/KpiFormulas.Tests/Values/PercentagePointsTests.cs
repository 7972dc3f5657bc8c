using System;
using System.Globalization;
using System.Text;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

public class PercentagePointsTests
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static CultureInfo C(string name) => CultureInfo.GetCultureInfo(name);

    private static PercentagePoints P(decimal points) => PercentagePoints.FromPoints(points);

    // ---- Construction ---------------------------------------------------------------------------

    [Fact]
    public void FromPoints_and_FromFraction_are_a_hundred_apart()
    {
        Assert.Equal(0.05m, P(5m).Fraction);
        Assert.Equal(5m, P(5m).Points);
        Assert.Equal(5m, PercentagePoints.FromFraction(0.05m).Points);
        Assert.Equal(P(5m), PercentagePoints.FromFraction(0.05m));
        Assert.Equal(-0.025m, P(-2.5m).Fraction);
    }

    [Fact]
    public void Points_drops_the_trailing_zeros_of_the_product()
    {
        Assert.Equal("5", PercentagePoints.FromFraction(0.0500m).Points.ToString(Inv));
    }

    [Fact]
    public void Zero_is_the_default()
    {
        Assert.Equal(0m, PercentagePoints.Zero.Fraction);
        Assert.Equal(default, PercentagePoints.Zero);
        Assert.Equal(PercentagePoints.Zero, Rate.FromPercent(25m) - Rate.FromPercent(25m));
    }

    [Fact]
    public void The_points_between_two_rates_are_the_later_rate_minus_the_earlier_one()
    {
        // A complaint rate from 8 % to 3 %: -5 points (and +5 points the other way).
        Assert.Equal(P(-5m), Rate.FromPercent(3m) - Rate.FromPercent(8m));
        Assert.Equal(P(5m), Rate.FromPercent(8m) - Rate.FromPercent(3m));
    }

    // ---- Operators ----------------------------------------------------------------------------------

    [Fact]
    public void Arithmetic_operators_and_their_named_forms()
    {
        Assert.Equal(P(7.5m), P(5m) + P(2.5m));
        Assert.Equal(P(7.5m), PercentagePoints.Add(P(5m), P(2.5m)));
        Assert.Equal(P(2.5m), P(5m) - P(2.5m));
        Assert.Equal(P(2.5m), PercentagePoints.Subtract(P(5m), P(2.5m)));
        Assert.Equal(P(15m), P(5m) * 3m);
        Assert.Equal(P(-2.5m), PercentagePoints.Multiply(P(5m), -0.5m));
        Assert.Equal(P(-5m), -P(5m));
        Assert.Equal(P(-5m), PercentagePoints.Negate(P(5m)));
        Assert.Equal(P(5m), +P(5m));
        Assert.Equal(P(5m), PercentagePoints.Plus(P(5m)));
    }

    [Fact]
    public void Comparison_operators_order_by_size()
    {
        Assert.True(P(-5m) < P(2m));
        Assert.False(P(2m) < P(-5m));
        Assert.True(P(2m) > P(-5m));
        Assert.False(P(-5m) > P(2m));
        Assert.True(P(2m) <= P(2m));
        Assert.False(P(3m) <= P(2m));
        Assert.True(P(2m) >= P(2m));
        Assert.False(P(1m) >= P(2m));
        Assert.True(P(5m) == PercentagePoints.FromFraction(0.0500m));
        Assert.False(P(5m) != PercentagePoints.FromFraction(0.0500m));
        Assert.True(P(5m) != P(5.1m));
    }

    [Fact]
    public void Equality_hash_and_CompareTo()
    {
        var five = P(5m);
        Assert.True(five.Equals(P(5.00m)));
        Assert.True(five.Equals((object)P(5m)));
        Assert.False(five.Equals((object)Rate.FromPercent(5m)));
        Assert.False(five.Equals(null));
        Assert.Equal(five.GetHashCode(), PercentagePoints.FromFraction(0.0500m).GetHashCode());
        Assert.True(five.CompareTo(P(6m)) < 0);
        Assert.True(five.CompareTo(P(4m)) > 0);
        Assert.Equal(0, five.CompareTo(P(5.0m)));
        Assert.True(five.CompareTo((object)P(6m)) < 0);
        Assert.True(five.CompareTo(null) > 0);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => five.CompareTo((object)5m)).ParamName);
    }

    // ---- Formatting ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("en-US", 5, "+5.0\u00A0pp")]
    [InlineData("fr-FR", 5, "+5,0\u00A0pts")]
    [InlineData("de-DE", 5, "+5,0\u00A0pp")]
    [InlineData("ja-JP", 5, "+5.0\u00A0pp")]
    [InlineData("", 5, "+5.0\u00A0pp")]
    [InlineData("en-US", -2.5, "-2.5\u00A0pp")]
    [InlineData("fr-FR", -2.5, "-2,5\u00A0pts")]
    [InlineData("en-US", 0, "0.0\u00A0pp")]
    [InlineData("fr-FR", 0, "0,0\u00A0pts")]
    [InlineData("fr-FR", 1234.5, "+1234,5\u00A0pts")]
    public void The_G_format_is_signed_with_one_decimal_and_the_unit_of_the_language(string culture, double points, string expected)
    {
        // A plus sign for rises only; a no-break space (U+00A0) before "pp" ("pts" in French).
        var value = P((decimal)points);
        Assert.Equal(expected, value.ToString("G", C(culture)));
        Assert.Equal(expected, value.ToString(null, C(culture)));
        Assert.Equal(expected, value.ToString("", C(culture)));
        using (new CultureScope(culture))
        {
            Assert.Equal(expected, value.ToString());
        }
    }

    [Theory]
    [InlineData("G0", "+5\u00A0pp", "+5\u00A0pts")]
    [InlineData("G1", "+5.0\u00A0pp", "+5,0\u00A0pts")]
    [InlineData("G2", "+5.00\u00A0pp", "+5,00\u00A0pts")]
    [InlineData("g2", "+5.00\u00A0pp", "+5,00\u00A0pts")]
    public void The_G_formats_give_that_many_decimals(string format, string en, string fr)
    {
        Assert.Equal(en, P(5m).ToString(format, En));
        Assert.Equal(fr, P(5m).ToString(format, Fr));
    }

    [Fact]
    public void The_G_formats_round_half_away_from_zero()
    {
        Assert.Equal("+2.5\u00A0pp", P(2.45m).ToString("G1", En));
        Assert.Equal("-2.5\u00A0pp", P(-2.45m).ToString("G1", En));
        Assert.Equal("+3\u00A0pp", P(2.5m).ToString("G0", En));
    }

    [Theory]
    [InlineData(0.04, "G", "0.0\u00A0pp")]
    [InlineData(-0.04, "G", "0.0\u00A0pp")]
    [InlineData(0.05, "G", "+0.1\u00A0pp")]
    [InlineData(0.4, "G0", "0\u00A0pp")]
    [InlineData(0.5, "G0", "+1\u00A0pp")]
    public void A_value_shown_as_zero_has_no_plus_sign(double points, string format, string expected)
    {
        // +0.04 points shows as 0.0 with one decimal: no sign, like -0.04 and zero. 0.05 rounds away from zero to 0.1.
        Assert.Equal(expected, PercentagePoints.FromPoints((decimal)points).ToString(format, En));
    }

    [Fact]
    public void The_R_format_is_invariant_with_every_digit()
    {
        Assert.Equal("5 pp", P(5m).ToString("R", Fr));
        Assert.Equal("-2.5 pp", P(-2.5m).ToString("r", Fr));
        Assert.Equal("0 pp", PercentagePoints.Zero.ToString("R", En));
        Assert.Equal("33." + new string('3', 26) + " pp", PercentagePoints.FromFraction(1m / 3m).ToString("R", En));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("X")]
    [InlineData("R1")]
    [InlineData("G29")]
    [InlineData("GG")]
    public void Unsupported_formats_throw(string format)
    {
        Assert.Throws<FormatException>(() => P(5m).ToString(format, En));
    }

    // ---- Parsing ------------------------------------------------------------------------------------

    [Theory]
    [InlineData("en-US", "+5 pp", 5)]
    [InlineData("en-US", "5 pts", 5)]
    [InlineData("en-US", "5 pt", 5)]
    [InlineData("en-US", "5 point", 5)]
    [InlineData("en-US", "5 PP", 5)]
    [InlineData("en-US", "5pp", 5)]
    [InlineData("en-US", "5 Pp.", 5)]
    [InlineData("en-US", "5 p.p.", 5)]
    [InlineData("en-US", "+5.0\u00A0pp", 5)]
    [InlineData("en-US", "-2.5 pp", -2.5)]
    [InlineData("en-US", "  +5 pp  ", 5)]
    [InlineData("fr-FR", "-2,5 points", -2.5)]
    [InlineData("fr-FR", "+5,0\u00A0pts", 5)]
    [InlineData("fr-FR", "+5 pts", 5)]
    [InlineData("fr-FR", "-2.5 pp", -2.5)]
    [InlineData("de-DE", "+5,0 pp", 5)]
    [InlineData("ja-JP", "+5.0 pp", 5)]
    [InlineData("", "-2.5 pp", -2.5)]
    public void Parse_reads_a_signed_number_and_a_points_unit(string culture, string text, double expected)
    {
        Assert.Equal(P((decimal)expected), PercentagePoints.Parse(text, C(culture)));
        Assert.Equal(P((decimal)expected), PercentagePoints.Parse(text.AsSpan(), C(culture)));
        Assert.True(PercentagePoints.TryParse(text, C(culture), out var parsed));
        Assert.Equal(P((decimal)expected), parsed);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("+5")]
    [InlineData("5 %")]
    [InlineData("pp")]
    [InlineData("five pp")]
    [InlineData("5 ppp")]
    [InlineData("")]
    [InlineData("5.pp")]
    public void Parse_without_a_unit_or_a_number_fails(string text)
    {
        Assert.Throws<FormatException>(() => PercentagePoints.Parse(text, En));
        Assert.False(PercentagePoints.TryParse(text, En, out var result));
        Assert.Equal(PercentagePoints.Zero, result);
    }

    [Fact]
    public void Parse_of_null_throws_and_TryParse_of_null_is_false()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => PercentagePoints.Parse(null!, En)).ParamName);
        Assert.False(PercentagePoints.TryParse((string?)null, En, out _));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void The_G_formats_parse_back(string culture)
    {
        var value = P(-12.3456m);
        Assert.Equal(P(-12.3m), PercentagePoints.Parse(value.ToString("G", C(culture)), C(culture)));
        Assert.Equal(P(-12.35m), PercentagePoints.Parse(value.ToString("G2", C(culture)), C(culture)));
        Assert.Equal(P(-12m), PercentagePoints.Parse(value.ToString("G0", C(culture)), C(culture)));
    }

    [KpiProperty]
    public bool The_R_format_parses_back(PercentagePoints x) => PercentagePoints.Parse(x.ToString("R", null), Inv) == x;

    // ---- Span formatting ----------------------------------------------------------------------------

    [Fact]
    public void TryFormat_writes_chars_and_utf8_or_reports_a_small_destination()
    {
        var value = P(5m);
        const string Expected = "+5,0\u00A0pts"; // 8 chars; U+00A0 is 2 bytes in UTF-8, so 9 bytes.

        Span<char> chars = stackalloc char[8];
        Assert.True(value.TryFormat(chars, out var written, "G", Fr));
        Assert.Equal(8, written);
        Assert.Equal(Expected, chars.ToString());
        Assert.False(value.TryFormat(stackalloc char[7], out written, "G", Fr));
        Assert.Equal(0, written);

        var bytes = new byte[9];
        Assert.True(value.TryFormat(bytes, out written, "G", Fr));
        Assert.Equal(9, written);
        Assert.Equal(Encoding.UTF8.GetBytes(Expected), bytes);
        Assert.False(value.TryFormat(new byte[8], out written, "G", Fr));
        Assert.Equal(0, written);
    }
}
