using System;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Results;

public class KpiResultTests
{
    private const string Because = "the value before is zero.";

    private static readonly KpiResult<Rate> Capacity = KpiResult.Defined("capacity_increase", Rate.FromPercent(37.5m));

    private static readonly KpiResult<Rate> NoBaseline = KpiResult.Undefined<Rate>("change", UndefinedReason.ZeroBaseline, Because);

    // ---- Defined ------------------------------------------------------------------------------------

    [Fact]
    public void A_defined_result_holds_its_value_and_id()
    {
        Assert.True(Capacity.IsDefined);
        Assert.Equal("capacity_increase", Capacity.KpiId);
        Assert.Equal(Rate.FromPercent(37.5m), Capacity.Value);
        Assert.Null(Capacity.Reason);
        Assert.Equal(string.Empty, Capacity.Explanation);
    }

    [Fact]
    public void A_defined_result_gives_its_value_to_every_reader()
    {
        Assert.True(Capacity.TryGetValue(out var value));
        Assert.Equal(Rate.FromPercent(37.5m), value);
        Assert.Equal(Rate.FromPercent(37.5m), Capacity.GetValueOrDefault(Rate.Zero));
        Assert.Equal("value 0.375", Capacity.Match(v => "value " + v.ToString("F", null), (reason, explanation) => "undefined"));
    }

    [Fact]
    public void A_null_id_becomes_empty()
    {
        Assert.Equal(string.Empty, KpiResult.Defined<Rate>(null!, Rate.One).KpiId);
        var undefined = KpiResult.Undefined<Rate>(null!, UndefinedReason.EmptyInput, null!);
        Assert.Equal(string.Empty, undefined.KpiId);
        Assert.Equal(string.Empty, undefined.Explanation);
    }

    // ---- Undefined ----------------------------------------------------------------------------------

    [Fact]
    public void An_undefined_result_has_a_reason_and_an_explanation()
    {
        Assert.False(NoBaseline.IsDefined);
        Assert.Equal("change", NoBaseline.KpiId);
        Assert.Equal(UndefinedReason.ZeroBaseline, NoBaseline.Reason);
        Assert.Equal(Because, NoBaseline.Explanation);
    }

    [Fact]
    public void Reading_the_value_of_an_undefined_result_throws_with_the_id_and_the_reason()
    {
        var e = Assert.Throws<UndefinedKpiException>(() => NoBaseline.Value);
        Assert.Equal("change", e.KpiId);
        Assert.Equal(UndefinedReason.ZeroBaseline, e.Reason);
        Assert.Equal(Because, e.Explanation);
        Assert.Contains("change", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidOperationException>(e);
    }

    [Fact]
    public void An_undefined_result_gives_the_fallback_and_the_reason_to_the_readers()
    {
        Assert.False(NoBaseline.TryGetValue(out var value));
        Assert.Equal(default, value);
        Assert.Equal(Rate.FromPercent(-1m), NoBaseline.GetValueOrDefault(Rate.FromPercent(-1m)));
        Assert.Equal(
            "ZeroBaseline: " + Because,
            NoBaseline.Match(v => "value", (reason, explanation) => reason + ": " + explanation));
    }

    [Theory]
    [InlineData(UndefinedReason.ZeroDenominator)]
    [InlineData(UndefinedReason.EmptyInput)]
    [InlineData(UndefinedReason.ZeroBaseline)]
    [InlineData(UndefinedReason.NeverPaidBack)]
    [InlineData(UndefinedReason.TargetEqualsBaseline)]
    [InlineData(UndefinedReason.NeverBreaksEven)]
    [InlineData(UndefinedReason.NoRateOfReturn)]
    [InlineData(UndefinedReason.FitDidNotConverge)]
    public void Every_reason_travels_to_the_exception(UndefinedReason reason)
    {
        var result = KpiResult.Undefined<Money>("payback_period", reason, "explained");
        Assert.Equal(reason, result.Reason);
        Assert.Equal(reason, Assert.Throws<UndefinedKpiException>(() => result.Value).Reason);
    }

    [Fact]
    public void The_default_result_is_undefined_because_it_was_never_computed()
    {
        var never = default(KpiResult<Rate>);
        Assert.False(never.IsDefined);
        Assert.Equal(string.Empty, never.KpiId);
        Assert.Equal(UndefinedReason.NotComputed, never.Reason);
        Assert.NotEmpty(never.Explanation);
        var e = Assert.Throws<UndefinedKpiException>(() => never.Value);
        Assert.Equal(UndefinedReason.NotComputed, e.Reason);
        Assert.Equal(string.Empty, e.KpiId);
        Assert.Equal(never.Explanation, e.Explanation);
    }

    // ---- Match and Select ---------------------------------------------------------------------------

    [Fact]
    public void Match_rejects_null_functions()
    {
        Assert.Equal("defined", Assert.Throws<ArgumentNullException>(() => Capacity.Match<int>(null!, (r, e) => 0)).ParamName);
        Assert.Equal("undefined", Assert.Throws<ArgumentNullException>(() => Capacity.Match(v => 0, null!)).ParamName);
    }

    [Fact]
    public void Select_transforms_a_defined_value_and_keeps_the_id()
    {
        var percent = Capacity.Select(r => r.Percent);
        Assert.True(percent.IsDefined);
        Assert.Equal("capacity_increase", percent.KpiId);
        Assert.Equal(37.5m, percent.Value);
    }

    [Fact]
    public void Select_keeps_the_id_reason_and_explanation_of_an_undefined_result()
    {
        var called = false;
        var percent = NoBaseline.Select(r =>
        {
            called = true;
            return r.Percent;
        });
        Assert.False(called);
        Assert.False(percent.IsDefined);
        Assert.Equal("change", percent.KpiId);
        Assert.Equal(UndefinedReason.ZeroBaseline, percent.Reason);
        Assert.Equal(Because, percent.Explanation);

        var never = default(KpiResult<Rate>).Select(r => r.Percent);
        Assert.Equal(UndefinedReason.NotComputed, never.Reason);
    }

    [Fact]
    public void Select_rejects_a_null_selector()
    {
        Assert.Equal("selector", Assert.Throws<ArgumentNullException>(() => Capacity.Select<decimal>(null!)).ParamName);
    }

    // ---- Equality -----------------------------------------------------------------------------------

    [Fact]
    public void Defined_results_are_equal_with_the_same_id_and_value()
    {
        var same = KpiResult.Defined("capacity_increase", Rate.FromFraction(0.3750m));
        Assert.True(Capacity == same);
        Assert.False(Capacity != same);
        Assert.True(Capacity.Equals(same));
        Assert.True(Capacity.Equals((object)same));
        Assert.Equal(Capacity.GetHashCode(), same.GetHashCode());

        Assert.True(Capacity != KpiResult.Defined("conversion_rate", Rate.FromPercent(37.5m)));
        Assert.True(Capacity != KpiResult.Defined("capacity_increase", Rate.FromPercent(37.6m)));
        Assert.False(Capacity.Equals((object)Rate.FromPercent(37.5m)));
        Assert.False(Capacity.Equals(null));
    }

    [Fact]
    public void Undefined_results_are_equal_with_the_same_id_and_reason()
    {
        var otherWords = KpiResult.Undefined<Rate>("change", UndefinedReason.ZeroBaseline, "no baseline.");
        Assert.True(NoBaseline == otherWords);
        Assert.Equal(NoBaseline.GetHashCode(), otherWords.GetHashCode());
        Assert.True(NoBaseline != KpiResult.Undefined<Rate>("change", UndefinedReason.ZeroDenominator, Because));
        Assert.True(NoBaseline != KpiResult.Undefined<Rate>("cac", UndefinedReason.ZeroBaseline, Because));
        Assert.True(NoBaseline != KpiResult.Defined("change", Rate.Zero));
        Assert.True(default(KpiResult<Rate>) == default(KpiResult<Rate>));
        Assert.True(default(KpiResult<Rate>) != KpiResult.Defined(string.Empty, Rate.Zero));
    }

    // ---- Text ---------------------------------------------------------------------------------------

    [Fact]
    public void ToString_formats_a_defined_value_in_the_current_culture()
    {
        using (new CultureScope("fr-FR"))
        {
            Assert.Equal("37,5 %", Capacity.ToString());
        }

        using (new CultureScope("en-US"))
        {
            Assert.Equal("37.5%", Capacity.ToString());
        }
    }

    [Fact]
    public void ToString_of_a_value_that_is_not_formattable_uses_its_ToString()
    {
        Assert.Equal("(8, 11)", KpiResult.Defined("clients", (Before: 8, After: 11)).ToString());
    }

    [Fact]
    public void ToString_of_an_undefined_result_names_the_reason_and_the_explanation()
    {
        Assert.Equal("undefined (ZeroBaseline): " + Because, NoBaseline.ToString());
        Assert.StartsWith("undefined (NotComputed): ", default(KpiResult<Rate>).ToString(), StringComparison.Ordinal);
    }

    // The display forms below are hand-rounded from the exact values: 30/31 = 0.967..., 12 min 20.736 s,
    // 45.5 days, 23 h 59 min 50 s rounded to the minute is 24 h.
    [Theory]
    [InlineData("en-US", "0.97")]
    [InlineData("fr-FR", "0,97")]
    public void A_number_displays_with_two_decimals_at_most_while_Value_keeps_every_digit(string culture, string expected)
    {
        var months = KpiResult.Defined("payback_period", 30m / 31m);
        Assert.Equal(expected, months.ToString(null, System.Globalization.CultureInfo.GetCultureInfo(culture)));
        Assert.Equal(30m / 31m, months.Value);
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("3.5", "3.5")]
    [InlineData("1234.5", "1,234.5")]
    [InlineData("-33.3333", "-33.33")]
    [InlineData("0.005", "0.01")]
    public void A_number_drops_trailing_zeros_and_groups_digits(string exact, string expected)
    {
        var value = decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, KpiResult.Defined("nps", value).ToString(null, System.Globalization.CultureInfo.GetCultureInfo("en-US")));
    }

    [Theory]
    [InlineData(45L * TimeSpan.TicksPerDay + 12L * TimeSpan.TicksPerHour, "45 d 12 h")]
    [InlineData(3L * TimeSpan.TicksPerDay, "3 d")]
    [InlineData(2L * TimeSpan.TicksPerHour + 5L * TimeSpan.TicksPerMinute + 20L * TimeSpan.TicksPerSecond, "2 h 5 min")]
    [InlineData(23L * TimeSpan.TicksPerHour + 59L * TimeSpan.TicksPerMinute + 50L * TimeSpan.TicksPerSecond, "1 d")]
    [InlineData(12L * TimeSpan.TicksPerMinute + 20_736L * TimeSpan.TicksPerMillisecond, "12 min 21 s")]
    [InlineData(7_460L * TimeSpan.TicksPerMillisecond, "7.5 s")]
    [InlineData(0L, "0 s")]
    [InlineData(-90L * TimeSpan.TicksPerMinute, "-1 h 30 min")]
    public void A_duration_displays_in_its_two_largest_units(long ticks, string expected)
    {
        var duration = KpiResult.Defined("sales_cycle_length", new TimeSpan(ticks));
        Assert.Equal(expected, duration.ToString(null, System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal(new TimeSpan(ticks), duration.Value);
    }

    [Fact]
    public void A_duration_of_a_million_days_groups_its_days_in_the_culture()
    {
        var duration = KpiResult.Defined("x", TimeSpan.FromDays(1_234_567));
        Assert.Equal("1\u202F234\u202F567 d", duration.ToString(null, System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("-10,675,199 d 3 h", KpiResult.Defined("x", TimeSpan.MinValue).ToString(null, System.Globalization.CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void A_format_goes_to_the_value()
    {
        var en = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        Assert.Equal("38%", Capacity.ToString("P0", en));
        Assert.Equal("€300", KpiResult.Defined("cac", Money.Euros(300m)).ToString("C0", en));
        Assert.Equal("0.968", KpiResult.Defined("payback_period", 30m / 31m).ToString("0.000", en));
        Assert.Equal("01:30:00", KpiResult.Defined("x", TimeSpan.FromMinutes(90)).ToString("c", en));
        Assert.Equal("undefined (ZeroBaseline): " + Because, NoBaseline.ToString("P0", en));
    }

    [Fact]
    public void An_interpolated_string_of_a_culture_formats_the_result_in_that_culture()
    {
        var fr = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        var cac = KpiResult.Defined("cac", Money.Euros(300m));
        using (new CultureScope("en-US"))
        {
            // The blank before € is a no-break space in some versions of the culture data, an ordinary one in others.
            var text = string.Create(fr, $"CAC : {cac}, {KpiResult.Defined("payback_period", 30m / 31m)} mois");
            Assert.Equal("CAC : 300,00 €, 0,97 mois", text.Replace('\u00A0', ' ').Replace('\u202F', ' '));
        }
    }

    // ---- The exception ------------------------------------------------------------------------------

    [Fact]
    public void The_exception_carries_the_id_the_reason_and_the_explanation()
    {
        var e = new UndefinedKpiException("cac", UndefinedReason.ZeroDenominator, "no customer was acquired.");
        Assert.Equal("cac", e.KpiId);
        Assert.Equal(UndefinedReason.ZeroDenominator, e.Reason);
        Assert.Equal("no customer was acquired.", e.Explanation);
        Assert.Contains("cac", e.Message, StringComparison.Ordinal);
        Assert.Contains("no customer was acquired.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_constructors_leave_the_id_empty()
    {
        var withMessage = new UndefinedKpiException("The CAC is undefined.");
        Assert.Equal("The CAC is undefined.", withMessage.Message);
        Assert.Equal(string.Empty, withMessage.KpiId);
        Assert.Equal(UndefinedReason.NotComputed, withMessage.Reason);
        Assert.Equal("The CAC is undefined.", withMessage.Explanation);

        var inner = new DivideByZeroException();
        var withInner = new UndefinedKpiException("The CAC is undefined.", inner);
        Assert.Same(inner, withInner.InnerException);
        Assert.Equal(string.Empty, withInner.KpiId);
        Assert.Equal("The CAC is undefined.", withInner.Explanation);

        var bare = new UndefinedKpiException();
        Assert.NotEmpty(bare.Message);
        Assert.Equal(string.Empty, bare.KpiId);
        Assert.Equal(UndefinedReason.NotComputed, bare.Reason);
        Assert.Equal(bare.Message, bare.Explanation);
    }
}
