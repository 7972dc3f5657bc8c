using System;
using System.Globalization;
using System.Text;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

public class RateTests
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo De = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo Ja = CultureInfo.GetCultureInfo("ja-JP");
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // 1/3 to decimal's 28 decimal places.
    private const decimal OneThird = 0.3333333333333333333333333333m;

    private static CultureInfo C(string name) => CultureInfo.GetCultureInfo(name);

    private static T ParseVia<T>(string s, IFormatProvider provider)
        where T : IParsable<T> => T.Parse(s, provider);

    // ---- Construction ---------------------------------------------------------------------------

    [Fact]
    public void FromFraction_keeps_the_fraction_and_Percent_is_a_hundred_times_it()
    {
        var rate = Rate.FromFraction(0.25m);
        Assert.Equal(0.25m, rate.Fraction);
        Assert.Equal(25m, rate.Percent);
    }

    [Theory]
    [InlineData("0.25")]
    [InlineData("-0.8125")]
    [InlineData("1.375")]
    [InlineData("0")]
    public void The_constructor_takes_a_fraction_like_FromFraction(string fraction)
    {
        // One meaning for a bare decimal: the fraction (0.25 is 25 %), as Ratio's constructor takes x of x : 1.
        var value = decimal.Parse(fraction, Inv);
        var rate = new Rate(value);
        Assert.Equal(value, rate.Fraction);
        Assert.Equal(Rate.FromFraction(value), rate);
        Assert.Equal(value * 100m, rate.Percent);
    }

    [Fact]
    public void The_constructor_keeps_the_fraction_exactly()
    {
        // 25 % written three ways; a third keeps all 28 decimals, with no rounding on the way in.
        Assert.Equal(Rate.FromPercent(25m), new Rate(0.25m));
        Assert.Equal("25.0%", new Rate(0.25m).ToString("P", En));
        Assert.Equal(OneThird, new Rate(OneThird).Fraction);
        Assert.Equal(Rate.Zero, new Rate(0m));
        Assert.Equal(Rate.Zero, default(Rate));
    }

    [Fact]
    public void FromPercent_divides_by_a_hundred()
    {
        Assert.Equal(0.25m, Rate.FromPercent(25m).Fraction);
        Assert.Equal(0.375m, Rate.FromPercent(37.5m).Fraction);
        Assert.Equal(-0.8125m, Rate.FromPercent(-81.25m).Fraction);
        Assert.Equal(Rate.FromFraction(0.25m), Rate.FromPercent(25m));
    }

    [Fact]
    public void Percent_drops_the_trailing_zeros_of_the_product()
    {
        // 0.3750 x 100 = 37.5000 as a decimal; the property shows the value, 37.5, without the zeros.
        Assert.Equal("37.5", Rate.FromFraction(0.3750m).Percent.ToString(Inv));
    }

    [Fact]
    public void Zero_and_One_are_0_and_100_percent()
    {
        Assert.Equal(0m, Rate.Zero.Fraction);
        Assert.Equal(default, Rate.Zero);
        Assert.Equal(1m, Rate.One.Fraction);
        Assert.Equal(100m, Rate.One.Percent);
    }

    [Theory]
    [InlineData(-0.0001, false)]
    [InlineData(0, true)]
    [InlineData(0.5, true)]
    [InlineData(1, true)]
    [InlineData(1.0001, false)]
    [InlineData(-0.8125, false)]
    public void IsProportion_is_true_within_0_and_100_percent_inclusive(double fraction, bool expected)
    {
        Assert.Equal(expected, Rate.FromFraction((decimal)fraction).IsProportion);
    }

    [Fact]
    public void FromRatio_divides_the_part_by_the_whole()
    {
        // 1 active user out of 3 trained, printed 33 %; 3 out of 9 is the same third.
        Assert.Equal(OneThird, Rate.FromRatio(3m, 9m).Fraction);
        Assert.Equal(OneThird, Rate.FromRatio(1m, 3m).Fraction);
        Assert.Equal(Rate.Zero, Rate.FromRatio(0m, 9m));
        Assert.Equal(Rate.One, Rate.FromRatio(9m, 9m));
        Assert.Equal(1.5m, Rate.FromRatio(3m, 2m).Fraction);
    }

    [Theory]
    [InlineData(-1, 9, "part")]
    [InlineData(3, 0, "whole")]
    [InlineData(3, -9, "whole")]
    public void FromRatio_rejects_a_negative_part_and_a_whole_that_is_not_positive(int part, int whole, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromRatio(part, whole));
        Assert.Equal(parameter, e.ParamName);
    }

    // ---- Relative change (Change.Between) ------------------------------------------------------

    [Fact]
    public void RelativeChange_of_the_capacity_example_is_plus_37_5_percent_exactly()
    {
        // 8 clients a month before automating, 11 after, printed as a capacity of +37 %.
        // (11 - 8) / 8 = 3/8 = 0.375: the print truncates 37.5 to 37.
        var change = Change.Between(8m, 11m).Relative;
        Assert.True(change.IsDefined);
        Assert.Equal("change", change.KpiId);
        Assert.Equal(0.375m, change.Value.Fraction);

        // Display rounding is separate: half away from zero gives 38, one decimal gives 37.5.
        Assert.Equal("37.5%", change.Value.ToString("P1", En));
        Assert.Equal("38 %", change.Value.ToString("P0", Fr));
    }

    [Fact]
    public void RelativeChange_of_the_response_time_example_is_minus_81_25_percent()
    {
        // A response time from 4 h to 45 min, printed -81 %. (45 - 240) / 240 = -195/240 = -0.8125.
        var change = Change.Between(TimeSpan.FromHours(4), TimeSpan.FromMinutes(45)).Relative;
        Assert.Equal(-0.8125m, change.Value.Fraction);
        Assert.Equal("-81%", change.Value.ToString("P0", En));
        Assert.Equal("-81.25%", change.Value.ToString("R", null));
    }

    [Fact]
    public void RelativeChange_of_the_complaint_rate_example_is_minus_62_5_percent_and_the_absolute_change_minus_5_points()
    {
        // A complaint rate from 8 % to 3 %, printed -62 %. Relative: (0.03 - 0.08) / 0.08 = -0.625 (printed
        // truncated as -62 %). Absolute: 3 % - 8 % = -5 percentage points, a different quantity.
        var before = Rate.FromPercent(8m);
        var after = Rate.FromPercent(3m);
        Assert.Equal(-0.625m, Change.Between(before, after).Relative.Value.Fraction);
        PercentagePoints absolute = after - before;
        Assert.Equal(-5m, absolute.Points);
        Assert.Equal(PercentagePoints.FromPoints(-5m), absolute);
    }

    [Fact]
    public void RelativeChange_of_the_NPS_example_is_plus_50_percent()
    {
        // A net promoter score from 32 to 48, printed +50 %. (48 - 32) / 32 = 16/32 = 0.5.
        Assert.Equal(Rate.FromPercent(50m), Change.Between(32m, 48m).Relative.Value);
    }

    [Fact]
    public void RelativeChange_of_the_mental_load_example_rounds_to_minus_57_percent()
    {
        // A mental load from 7/10 to 3/10, printed -57 %. (3 - 7) / 7 = -4/7 = -0.571428...
        var change = Change.Between(7m, 3m).Relative.Value;
        Assert.Equal(-4m / 7m, change.Fraction);
        Assert.Equal(-0.57m, change.Round(2).Fraction);
        Assert.Equal("-57%", change.ToString("P0", En));
    }

    [Fact]
    public void RelativeChange_of_money_uses_the_amounts()
    {
        // 8 then 11 clients a month at an average basket of 3 500 EUR:
        // 28 000 EUR -> 38 500 EUR, (38 500 - 28 000) / 28 000 = 10 500 / 28 000 = 0.375.
        var change = Change.Between(Money.Euros(28_000m), Money.Euros(38_500m)).Relative;
        Assert.Equal("change", change.KpiId);
        Assert.Equal(0.375m, change.Value.Fraction);
    }

    [Fact]
    public void RelativeChange_of_money_in_two_currencies_throws()
    {
        var e = Assert.Throws<CurrencyMismatchException>(() => Change.Between(Money.Euros(100m), Money.UsDollars(110m)).Relative);
        Assert.Equal(Currency.EUR, e.Expected);
        Assert.Equal(Currency.USD, e.Actual);
        Assert.Equal("after", e.ParamName);
    }

    [Fact]
    public void RelativeChange_divides_by_the_magnitude_of_a_negative_baseline()
    {
        // From -4 to -2 is an improvement: (-2 - -4) / |-4| = +0.5.
        Assert.Equal(0.5m, Change.Between(-4m, -2m).Relative.Value.Fraction);
        Assert.Equal(-0.5m, Change.Between(-4m, -6m).Relative.Value.Fraction);
    }

    [Theory]
    [InlineData("decimal")]
    [InlineData("money")]
    [InlineData("rate")]
    [InlineData("time")]
    [InlineData("zero to zero")]
    public void RelativeChange_from_a_zero_baseline_is_undefined(string overload)
    {
        var change = overload switch
        {
            "decimal" => Change.Between(0m, 5m).Relative,
            "money" => Change.Between(Money.Euros(0m), Money.Euros(5m)).Relative,
            "rate" => Change.Between(Rate.Zero, Rate.FromPercent(5m)).Relative,
            "time" => Change.Between(TimeSpan.Zero, TimeSpan.FromMinutes(5)).Relative,
            _ => Change.Between(0m, 0m).Relative,
        };
        Assert.False(change.IsDefined, overload);
        Assert.Equal(UndefinedReason.ZeroBaseline, change.Reason);
        Assert.Equal("change", change.KpiId);
        Assert.NotEmpty(change.Explanation);
        var e = Assert.Throws<UndefinedKpiException>(() => change.Value);
        Assert.Equal("change", e.KpiId);
        Assert.Equal(UndefinedReason.ZeroBaseline, e.Reason);
        Assert.Equal(change.Explanation, e.Explanation);
    }

    // ---- Complement -------------------------------------------------------------------------------

    [Fact]
    public void Complement_is_100_percent_minus_the_rate()
    {
        // Churn of 2 % a month is a retention of 98 %.
        Assert.Equal(Rate.FromPercent(98m), Rate.FromPercent(2m).Complement());
        Assert.Equal(Rate.One, Rate.Zero.Complement());
        Assert.Equal(Rate.Zero, Rate.One.Complement());
        Assert.Equal(-0.25m, Rate.FromFraction(1.25m).Complement().Fraction);
    }

    // ---- Period-length conversions (Retention.ChurnOverPeriods, ChurnPerPeriod) -----------------

    [Fact]
    public void Churn_over_periods_turns_a_monthly_churn_of_2_percent_into_a_yearly_churn_exactly()
    {
        // 1 - 0.98^12, by exact arithmetic on integers (98^k / 100^k):
        //   0.98^2  = 0.9604
        //   0.98^4  = 0.9604^2 = 0.92236816
        //   0.98^8  = 0.92236816^2 = 0.8507630225817856
        //   0.98^12 = 0.8507630225817856 x 0.92236816 = 0.784716723734800033386496 (24 decimals, fits in decimal)
        //   1 - 0.784716723734800033386496 = 0.215283276265199966613504
        var yearly = Retention.ChurnOverPeriods(Rate.FromPercent(2m), 12m);
        Assert.Equal(0.215283276265199966613504m, yearly.Fraction);
        Assert.Equal("21.53%", yearly.ToString("P2", En));
    }

    [Fact]
    public void Churn_per_period_inverts_the_yearly_churn_back_to_2_percent_a_month()
    {
        var monthly = Retention.ChurnPerPeriod(Rate.FromFraction(0.215283276265199966613504m), 12m);
        Assert.InRange(monthly.Fraction, 0.02m - 1e-26m, 0.02m + 1e-26m);
    }

    [Fact]
    public void Churn_over_periods_with_a_fractional_count_follows_the_same_formula()
    {
        // A weekly churn of 1 % over a mean month of 30.436875 / 7 = 4.348125 weeks: 1 - 0.99^4.348125.
        // Reference from 45-digit arithmetic (Python decimal): 0.042759024870513513702685989950731...
        var monthly = Retention.ChurnOverPeriods(Rate.FromPercent(1m), Period.DaysPerMonth / Period.DaysPerWeek);
        Assert.InRange(monthly.Fraction, 0.0427590248705135137026859899m - 1e-24m, 0.0427590248705135137026859899m + 1e-24m);
    }

    [Fact]
    public void Conversions_over_half_a_period_use_the_square_and_the_square_root()
    {
        // Longer over 0.5 periods: 1 - (1 - 0.75)^0.5 = 1 - 0.5 = 0.5. Shorter over 0.5: 1 - (1 - 0.5)^2 = 0.75.
        Assert.InRange(Retention.ChurnOverPeriods(Rate.FromPercent(75m), 0.5m).Fraction, 0.5m - 1e-27m, 0.5m + 1e-27m);
        Assert.Equal(0.75m, Retention.ChurnPerPeriod(Rate.FromPercent(50m), 0.5m).Fraction);
    }

    [Fact]
    public void Conversions_over_one_period_return_the_rate()
    {
        var rate = Rate.FromFraction(0.123456m);
        Assert.Equal(rate, Retention.ChurnOverPeriods(rate, 1m));
        Assert.Equal(rate, Retention.ChurnPerPeriod(rate, 1m));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(2.5)]
    [InlineData(0.25)]
    public void Zero_and_100_percent_are_fixed_points_of_both_conversions(double periods)
    {
        var n = (decimal)periods;
        Assert.Equal(Rate.Zero, Retention.ChurnOverPeriods(Rate.Zero, n));
        Assert.Equal(Rate.Zero, Retention.ChurnPerPeriod(Rate.Zero, n));
        Assert.Equal(Rate.One, Retention.ChurnOverPeriods(Rate.One, n));
        Assert.Equal(Rate.One, Retention.ChurnPerPeriod(Rate.One, n));
    }

    [Fact]
    public void Churn_over_periods_with_a_fractional_count_saturates_at_100_percent()
    {
        // A daily drop-out of 20 % over a mean Gregorian year (Period.DaysPerYear = 365.2425 days):
        // 1 - 0.8^365.2425 = 1 - e^(365.2425 x ln 0.8) = 1 - e^-81.5 = 1 - 4e-36, which is 1 in decimal.
        Assert.Equal(1m, Retention.ChurnOverPeriods(Rate.FromFraction(0.2m), Period.DaysPerYear).Fraction);
    }

    [Fact]
    public void Churn_per_period_with_a_fractional_count_below_one_saturates_at_100_percent()
    {
        // 1 - 0.5^(1 / 0.0007) = 1 - 2^-1428.6: 100 % in decimal.
        Assert.Equal(1m, Retention.ChurnPerPeriod(Rate.FromFraction(0.5m), 0.0007m).Fraction);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-0.5)]
    public void Conversions_reject_a_count_of_periods_that_is_not_positive(double periods)
    {
        var rate = Rate.FromPercent(2m);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnOverPeriods(rate, (decimal)periods)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnPerPeriod(rate, (decimal)periods)).ParamName);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(-0.8125)]
    public void Conversions_need_a_proportion(double fraction)
    {
        var rate = Rate.FromFraction((decimal)fraction);
        Assert.Equal("churnPerPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnOverPeriods(rate, 12m)).ParamName);
        Assert.Equal("churnOverPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnPerPeriod(rate, 12m)).ParamName);
    }

    // ---- Rounding ---------------------------------------------------------------------------------

    [Fact]
    public void Round_rounds_the_fraction_half_away_from_zero_by_default()
    {
        Assert.Equal(0.1235m, Rate.FromFraction(0.123456m).Round(4).Fraction);
        Assert.Equal(0.1235m, Rate.FromFraction(0.12345m).Round(4).Fraction);
        Assert.Equal(-0.1235m, Rate.FromFraction(-0.12345m).Round(4).Fraction);
        Assert.Equal(0.1234m, Rate.FromFraction(0.12345m).Round(4, MidpointRounding.ToEven).Fraction);
        Assert.Equal(0m, Rate.FromFraction(0.4m).Round(0).Fraction);
        Assert.Equal(OneThird, Rate.FromFraction(OneThird).Round(28).Fraction);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Round_rejects_decimals_outside_0_to_28(int decimals)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rate.FromPercent(25m).Round(decimals));
        Assert.Equal("decimals", e.ParamName);
    }

    // ---- Operators --------------------------------------------------------------------------------

    [Fact]
    public void Subtracting_two_rates_gives_percentage_points_not_a_percent()
    {
        // A quote-to-order rate up by 5 points: 25 % - 20 % is 5 points (a fraction of 0.05),
        // never 5 % of something and never a Rate.
        PercentagePoints difference = Rate.FromPercent(25m) - Rate.FromPercent(20m);
        Assert.Equal(5m, difference.Points);
        Assert.Equal(0.05m, difference.Fraction);
        Assert.Equal(difference, Rate.Subtract(Rate.FromPercent(25m), Rate.FromPercent(20m)));
        Assert.IsType<PercentagePoints>(Rate.Subtract(Rate.FromPercent(25m), Rate.FromPercent(20m)));
    }

    [Fact]
    public void Adding_and_subtracting_points_moves_a_rate()
    {
        // A 90-day target of +5 points on a quote-to-order rate of 20 %: 20 % + 5 points = 25 %.
        var points = PercentagePoints.FromPoints(5m);
        Assert.Equal(Rate.FromPercent(25m), Rate.FromPercent(20m) + points);
        Assert.Equal(Rate.FromPercent(25m), Rate.Add(Rate.FromPercent(20m), points));
        Assert.Equal(Rate.FromPercent(20m), Rate.FromPercent(25m) - points);
        Assert.Equal(Rate.FromPercent(-2m), Rate.FromPercent(3m) - points);
    }

    [Fact]
    public void Multiplying_rates_chains_funnel_steps()
    {
        // Two steps of 50 % and 20 %: 10 % overall.
        Assert.Equal(Rate.FromPercent(10m), Rate.FromPercent(50m) * Rate.FromPercent(20m));
        Assert.Equal(Rate.FromPercent(10m), Rate.Multiply(Rate.FromPercent(50m), Rate.FromPercent(20m)));
    }

    [Fact]
    public void Multiplying_a_rate_by_a_number_scales_it()
    {
        Assert.Equal(Rate.FromPercent(30m), Rate.FromPercent(10m) * 3m);
        Assert.Equal(Rate.FromPercent(-5m), Rate.FromPercent(10m) * -0.5m);
    }

    [Fact]
    public void Unary_operators_negate_and_keep()
    {
        var rate = Rate.FromPercent(37.5m);
        Assert.Equal(-0.375m, (-rate).Fraction);
        Assert.Equal(-0.375m, Rate.Negate(rate).Fraction);
        Assert.Equal(rate, +rate);
        Assert.Equal(rate, Rate.Plus(rate));
    }

    [Fact]
    public void Comparison_operators_order_by_fraction()
    {
        var low = Rate.FromPercent(3m);
        var high = Rate.FromPercent(8m);
        Assert.True(low < high);
        Assert.False(high < low);
        Assert.True(high > low);
        Assert.False(low > high);
        Assert.True(low <= high);
        Assert.True(low <= Rate.FromFraction(0.03m));
        Assert.False(high <= low);
        Assert.True(high >= low);
        Assert.True(high >= Rate.FromFraction(0.08m));
        Assert.False(low >= high);
    }

    [Fact]
    public void Equality_ignores_the_scale_of_the_fraction()
    {
        var a = Rate.FromFraction(0.25m);
        var b = Rate.FromFraction(0.2500m);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != Rate.FromFraction(0.26m));
        Assert.False(a.Equals((object)0.25m));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void CompareTo_orders_rates_and_rejects_other_types()
    {
        var rate = Rate.FromPercent(25m);
        Assert.True(rate.CompareTo(Rate.FromPercent(30m)) < 0);
        Assert.True(rate.CompareTo(Rate.FromPercent(20m)) > 0);
        Assert.Equal(0, rate.CompareTo(Rate.FromFraction(0.250m)));
        Assert.True(rate.CompareTo((object)Rate.FromPercent(30m)) < 0);
        Assert.True(rate.CompareTo(null) > 0);
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => rate.CompareTo((object)"25 %")).ParamName);
    }

    // ---- Formatting ----------------------------------------------------------------------------------

    // .NET writes the percent patterns "n %" (fr-FR, de-DE, invariant) and "n%" (en-US, ja-JP) with an
    // ordinary space (U+0020); the fr-FR culture's own no-break character is its group separator, the
    // narrow no-break space U+202F (checked on CultureInfo.GetCultureInfo("fr-FR").NumberFormat).
    [Theory]
    [InlineData("fr-FR", "25,0 %")]
    [InlineData("en-US", "25.0%")]
    [InlineData("de-DE", "25,0 %")]
    [InlineData("ja-JP", "25.0%")]
    [InlineData("", "25.0 %")]
    public void The_default_format_has_one_decimal_in_the_culture_format(string culture, string expected)
    {
        var rate = Rate.FromPercent(25m);
        Assert.Equal(expected, rate.ToString(null, C(culture)));
        Assert.Equal(expected, rate.ToString("", C(culture)));
        Assert.Equal(expected, rate.ToString("G", C(culture)));
        Assert.Equal(expected, rate.ToString("P", C(culture)));
        using (new CultureScope(culture))
        {
            Assert.Equal(expected, rate.ToString());
            Assert.Equal(expected, rate.ToString(null, null));
        }
    }

    [Theory]
    [InlineData("P0", "12 %", "12%")]
    [InlineData("P1", "12,3 %", "12.3%")]
    [InlineData("P2", "12,35 %", "12.35%")]
    [InlineData("P3", "12,346 %", "12.346%")]
    [InlineData("p2", "12,35 %", "12.35%")]
    public void The_P_formats_give_that_many_decimals(string format, string fr, string en)
    {
        // 0.123456 = 12.3456 %: rounded half away from zero to 0..3 decimals.
        var rate = Rate.FromFraction(0.123456m);
        Assert.Equal(fr, rate.ToString(format, Fr));
        Assert.Equal(en, rate.ToString(format, En));
    }

    [Fact]
    public void Negative_rates_and_group_separators_follow_the_culture()
    {
        var change = Rate.FromFraction(-0.0525m);
        Assert.Equal("-5,25 %", change.ToString("P2", Fr));
        Assert.Equal("-5.25%", change.ToString("P2", En));
        Assert.Equal("-5,25 %", change.ToString("P2", De));
        Assert.Equal("-5.25%", change.ToString("P2", Ja));

        // 12.345 = 1 234.5 %, rounded to 1 235 %.
        var big = Rate.FromFraction(12.345m);
        Assert.Equal("1\u202F235 %", big.ToString("P0", Fr));
        Assert.Equal("1,235%", big.ToString("P0", En));
        Assert.Equal("1.235 %", big.ToString("P0", De));
        Assert.Equal("1,235 %", big.ToString("P0", Inv));
    }

    [Fact]
    public void The_R_format_has_every_digit_and_is_invariant()
    {
        Assert.Equal("37.5%", Rate.FromFraction(0.375m).ToString("R", Fr));
        Assert.Equal("37.5%", Rate.FromFraction(0.37500m).ToString("r", En));
        Assert.Equal("-81.25%", Rate.FromFraction(-0.8125m).ToString("R", De));
        Assert.Equal("0%", Rate.Zero.ToString("R", Inv));

        // 1/3 held as 0.3333333333333333333333333333 (28 threes) is 33.333... % with the same 28 threes.
        Assert.Equal("33." + new string('3', 26) + "%", Rate.FromFraction(OneThird).ToString("R", Fr));
    }

    [Fact]
    public void The_F_format_is_the_invariant_fraction()
    {
        Assert.Equal("0.375", Rate.FromFraction(0.375m).ToString("F", Fr));
        Assert.Equal("-0.8125", Rate.FromFraction(-0.8125m).ToString("f", De));
    }

    [Theory]
    [InlineData("X")]
    [InlineData("N2")]
    [InlineData("P29")]
    [InlineData("P-1")]
    [InlineData("PP")]
    [InlineData("R2")]
    [InlineData("F1")]
    public void Unsupported_formats_throw(string format)
    {
        Assert.Throws<FormatException>(() => Rate.FromPercent(25m).ToString(format, En));
    }

    [Fact]
    public void Interpolation_uses_the_span_formatting()
    {
        var rate = Rate.FromPercent(37.5m);
        Assert.Equal("capacité +37,5 %", string.Create(Fr, $"capacité +{rate}"));
        Assert.Equal("37.50%", string.Create(En, $"{rate:P2}"));
    }

    // ---- Parsing -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("fr-FR", "25,0 %", 0.25)]
    [InlineData("fr-FR", "25 %", 0.25)]
    [InlineData("fr-FR", "25\u00A0%", 0.25)]
    [InlineData("fr-FR", "25\u202F%", 0.25)]
    [InlineData("fr-FR", "25%", 0.25)]
    [InlineData("fr-FR", "-81,25 %", -0.8125)]
    [InlineData("fr-FR", "1\u202F235 %", 12.35)]
    [InlineData("fr-FR", "1 235 %", 12.35)]
    [InlineData("fr-FR", "  37,5 %  ", 0.375)]
    [InlineData("en-US", "25.0%", 0.25)]
    [InlineData("en-US", "-5.25%", -0.0525)]
    [InlineData("en-US", "1,235%", 12.35)]
    [InlineData("de-DE", "25,0 %", 0.25)]
    [InlineData("de-DE", "1.235 %", 12.35)]
    [InlineData("ja-JP", "25.0%", 0.25)]
    [InlineData("", "25.0 %", 0.25)]
    [InlineData("", "-81.25 %", -0.8125)]
    public void Parse_reads_the_culture_forms(string culture, string text, double expected)
    {
        Assert.Equal((decimal)expected, Rate.Parse(text, C(culture)).Fraction);
        Assert.True(Rate.TryParse(text, C(culture), out var rate));
        Assert.Equal((decimal)expected, rate.Fraction);
        Assert.Equal((decimal)expected, Rate.Parse(text.AsSpan(), C(culture)).Fraction);
        Assert.Equal((decimal)expected, ParseVia<Rate>(text, C(culture)).Fraction);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void Parse_reads_the_invariant_round_trip_form_where_a_dot_cannot_be_a_group_separator(string culture)
    {
        // In these cultures "37.5" can only be 37.5. (In de-DE the dot is the group separator.)
        Assert.Equal(0.375m, Rate.Parse("37.5%", C(culture)).Fraction);
        Assert.Equal(-0.8125m, Rate.Parse("-81.25%", C(culture)).Fraction);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void Culture_formats_parse_back(string culture)
    {
        var rate = Rate.FromFraction(-0.123456m);
        foreach (var format in new[] { "P", "P0", "P1", "P2", "P3" })
        {
            var decimals = format.Length == 1 ? 1 : format[1] - '0';
            Assert.Equal(rate.Round(decimals + 2), Rate.Parse(rate.ToString(format, C(culture)), C(culture)));
        }
    }

    [Fact]
    public void Parse_uses_the_current_culture_when_none_is_given()
    {
        using (new CultureScope("fr-FR"))
        {
            Assert.Equal(0.375m, Rate.Parse("37,5 %").Fraction);
            Assert.Equal(0.375m, Rate.Parse("37,5 %", null).Fraction);
        }

        using (new CultureScope("en-US"))
        {
            Assert.Equal(0.375m, Rate.Parse("37.5%").Fraction);
        }
    }

    [Theory]
    [InlineData("25")]
    [InlineData("0.25")]
    [InlineData("25,0")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%")]
    [InlineData("abc %")]
    [InlineData("25 %%")]
    [InlineData("25 pp")]
    public void Parse_without_a_percent_sign_or_a_number_fails(string text)
    {
        // "25" is never read as 2 500 % (or as 25 %): the percent sign is required.
        var e = Assert.Throws<FormatException>(() => Rate.Parse(text, En));
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
        Assert.False(Rate.TryParse(text, En, out var result));
        Assert.Equal(Rate.Zero, result);
        Assert.False(Rate.TryParse(text.AsSpan(), En, out _));
    }

    [Fact]
    public void Parse_of_null_throws_and_TryParse_of_null_is_false()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Rate.Parse(null!, En)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Rate.Parse(null!));
        Assert.False(Rate.TryParse((string?)null, En, out var result));
        Assert.Equal(Rate.Zero, result);
    }

    [Fact]
    public void Long_text_parses_beyond_the_stack_buffer()
    {
        // More than 128 characters around the percent sign: the parser's buffer moves to the heap.
        var text = "12.5" + new string(' ', 200) + "%";
        Assert.Equal(0.125m, Rate.Parse(text, En).Fraction);
    }

    // ---- Span formatting -------------------------------------------------------------------------------

    [Fact]
    public void TryFormat_writes_chars_when_the_destination_is_large_enough()
    {
        var rate = Rate.FromPercent(25m);
        Span<char> exact = stackalloc char[6];
        Assert.True(rate.TryFormat(exact, out var written, "", Fr));
        Assert.Equal(6, written);
        Assert.Equal("25,0 %", exact.ToString());

        Span<char> small = stackalloc char[5];
        Assert.False(rate.TryFormat(small, out written, "", Fr));
        Assert.Equal(0, written);

        Span<char> large = stackalloc char[32];
        Assert.True(rate.TryFormat(large, out written, "P2", En));
        Assert.Equal("25.00%", large[..written].ToString());
    }

    [Fact]
    public void TryFormat_writes_utf8_bytes_including_multibyte_separators()
    {
        // "1 235 %" in fr-FR has a U+202F group separator: 7 chars, 9 UTF-8 bytes.
        var rate = Rate.FromFraction(12.345m);
        var expected = Encoding.UTF8.GetBytes("1\u202F235 %");
        Assert.Equal(9, expected.Length);

        var exact = new byte[9];
        Assert.True(rate.TryFormat(exact, out var written, "P0", Fr));
        Assert.Equal(9, written);
        Assert.Equal(expected, exact);

        var small = new byte[8];
        Assert.False(rate.TryFormat(small, out written, "P0", Fr));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryFormat_with_an_unsupported_format_throws()
    {
        var buffer = new char[64];
        Assert.Throws<FormatException>(() => Rate.FromPercent(25m).TryFormat(buffer, out _, "X", En));
        var bytes = new byte[64];
        Assert.Throws<FormatException>(() => Rate.FromPercent(25m).TryFormat(bytes, out _, "X", En));
    }
}

public class CultureGroupingTests
{
    [Theory]
    [InlineData("de-DE", "37.5%", "37.5")]          // '.' followed by one digit is not a thousands group in de-DE: the invariant reading
    [InlineData("de-DE", "1.500 %", "1500")]        // a valid de-DE group
    [InlineData("de-DE", "37,5 %", "37.5")]
    [InlineData("fr-FR", "1 500,5 %", "1500.5")]
    [InlineData("en-US", "1,500.5%", "1500.5")]
    [InlineData("en-US", "1,50%", null)]            // a misplaced group separator is not a number of en-US
    public void Rates_read_group_separators_only_where_the_culture_puts_them(string culture, string text, string? expectedPercent)
    {
        var parsed = Rate.TryParse(text, System.Globalization.CultureInfo.GetCultureInfo(culture), out var rate);
        Assert.Equal(expectedPercent is not null, parsed);
        if (expectedPercent is not null)
        {
            Assert.Equal(decimal.Parse(expectedPercent, System.Globalization.CultureInfo.InvariantCulture), rate.Percent);
        }
    }

    [Fact]
    public void Invariant_ratio_and_points_text_keeps_its_meaning_in_de_DE()
    {
        var de = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal(new Ratio(2.4m), Ratio.Parse("2.4:1", de));
        Assert.Equal(PercentagePoints.FromPoints(2.5m), PercentagePoints.Parse("2.5 pp", de));
        Assert.Equal(new Money(1550m, Currency.EUR), Money.Parse("1.550,00 €", de));
    }
}
