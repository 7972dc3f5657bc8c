using System;
using System.Collections.Generic;
using System.Text.Json;
using KpiFormulas.Formulas;
using Xunit;

namespace KpiFormulas.Tests.Serialization;

/// <summary>
/// The rules the readers of the calculators' result types enforce, one at a time: each documented text
/// with one member broken is refused with a <see cref="JsonException"/> whose message names the member
/// and the rule, and the text right at the edge of the rule is still read. Every text has the same shape
/// under the default options and <see cref="JsonSerializerOptions.Web"/>, so each is tried under both.
/// </summary>
public class FormulaJsonEdgeTests
{
    private static readonly JsonSerializerOptions[] BothOptions = [JsonSerializerOptions.Default, JsonSerializerOptions.Web];

    private static void AssertRefused<T>(string json, string rule)
    {
        foreach (var options in BothOptions)
        {
            var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(json, options));
            Assert.True(e.Message.Contains(rule, StringComparison.Ordinal), $"'{e.Message}' does not say '{rule}'.");
        }
    }

    private static List<T> ReadUnderBoth<T>(string json)
    {
        var values = new List<T>();
        foreach (var options in BothOptions)
        {
            values.Add(JsonSerializer.Deserialize<T>(json, options)!);
        }

        return values;
    }

    // ---- Change ----

    [Fact]
    public void The_change_converter_factory_answers_no_for_other_types_instead_of_throwing()
    {
        var factory = new ChangeJsonConverterFactory();
        Assert.True(factory.CanConvert(typeof(Change<decimal, decimal>)));

        // A non-generic type has no generic definition to compare: the answer is a plain no.
        Assert.False(factory.CanConvert(typeof(decimal)));
        Assert.False(factory.CanConvert(typeof(KpiResult<Rate>)));
    }

    [Fact]
    public void A_change_of_a_type_the_library_does_not_write_is_refused_naming_the_supported_ones()
    {
        // Change<int, int> satisfies the generic constraints, but only decimal, Money, Rate and TimeSpan changes have a JSON form.
        var e = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(default(Change<int, int>)));
        Assert.Contains("has no JSON form: only the changes of decimal, Money, Rate and TimeSpan are written and read.", e.Message, StringComparison.Ordinal);
        Assert.Contains("Change`2[System.Int32,System.Int32]", e.Message, StringComparison.Ordinal);
    }

    // ---- DriftCheck ----

    [Fact]
    public void A_drift_check_whose_gap_carries_another_id_is_refused()
    {
        AssertRefused<DriftCheck>(
            """{"relativeGap":{"kpiId":"change","value":-0.2},"tolerance":0.1,"status":"BehindTarget","requiresAdjustment":true}""",
            "DriftCheck: 'relativeGap' must carry the id 'drift'.");
    }

    [Fact]
    public void A_zero_tolerance_is_read_and_any_gap_then_calls_for_adjustment()
    {
        // |0| > 0 is false: a gap of exactly zero is on track even with no tolerance at all.
        foreach (var check in ReadUnderBoth<DriftCheck>("""{"relativeGap":{"kpiId":"drift","value":0},"tolerance":0,"status":"OnTrack","requiresAdjustment":false}"""))
        {
            Assert.Equal(0m, check.Tolerance.Fraction);
            Assert.False(check.RequiresAdjustment);
        }

        // |−0.01| = 0.01 > 0: the smallest gap is beyond a zero tolerance.
        foreach (var check in ReadUnderBoth<DriftCheck>("""{"relativeGap":{"kpiId":"drift","value":-0.01},"tolerance":0,"status":"BehindTarget","requiresAdjustment":true}"""))
        {
            Assert.Equal(DriftStatus.BehindTarget, check.Status);
            Assert.True(check.RequiresAdjustment);
        }
    }

    [Fact]
    public void A_negative_tolerance_is_refused_with_the_rule()
    {
        AssertRefused<DriftCheck>(
            """{"relativeGap":{"kpiId":"drift","value":-0.2},"tolerance":-0.01,"status":"BehindTarget","requiresAdjustment":true}""",
            "DriftCheck: 'tolerance' must not be negative.");
    }

    [Fact]
    public void An_undefined_gap_for_a_reason_other_than_a_zero_target_is_refused()
    {
        AssertRefused<DriftCheck>(
            """{"relativeGap":{"kpiId":"drift","reason":"ZeroDenominator","explanation":"nothing to compare."},"tolerance":0.1,"status":"AheadOfTarget","requiresAdjustment":true}""",
            "DriftCheck: an undefined 'relativeGap' has the reason ZeroTarget.");
    }

    [Fact]
    public void A_gap_of_exactly_the_tolerance_is_on_track_and_needs_no_adjustment()
    {
        // |−0.1| = 0.1 is not beyond 0.1: only a gap strictly beyond the tolerance calls for adjustment.
        foreach (var check in ReadUnderBoth<DriftCheck>("""{"relativeGap":{"kpiId":"drift","value":-0.1},"tolerance":0.1,"status":"OnTrack","requiresAdjustment":false}"""))
        {
            Assert.Equal(DriftStatus.OnTrack, check.Status);
            Assert.False(check.RequiresAdjustment);
        }

        AssertRefused<DriftCheck>(
            """{"relativeGap":{"kpiId":"drift","value":-0.1},"tolerance":0.1,"status":"BehindTarget","requiresAdjustment":true}""",
            "DriftCheck: 'requiresAdjustment' must be true exactly when the gap is beyond the tolerance.");
    }

    [Theory]
    [InlineData("""{"relativeGap":{"kpiId":"drift","value":-0.2},"tolerance":0.1,"status":"OnTrack","requiresAdjustment":true}""")]
    [InlineData("""{"relativeGap":{"kpiId":"drift","value":-0.05},"tolerance":0.1,"status":"BehindTarget","requiresAdjustment":false}""")]
    [InlineData("""{"relativeGap":{"kpiId":"drift","reason":"ZeroTarget","explanation":"the target is zero, so a relative gap does not exist."},"tolerance":0.1,"status":"OnTrack","requiresAdjustment":true}""")]
    public void A_status_that_disagrees_with_the_adjustment_is_refused(string json)
    {
        AssertRefused<DriftCheck>(json, "DriftCheck: 'status' must be OnTrack exactly when no adjustment is required.");
    }

    // ---- TimeReinvestmentMix ----

    [Fact]
    public void A_mix_of_no_share_reads_as_the_default_mix()
    {
        // The factory refuses shares that do not add up to 100 %, and no share adds up to 0 %: the empty text is the default value.
        foreach (var mix in ReadUnderBoth<TimeReinvestmentMix>("""{"shares":[]}"""))
        {
            Assert.Equal(default(TimeReinvestmentMix), mix);
            Assert.Empty(mix);
        }

        Assert.Equal("""{"shares":[]}""", JsonSerializer.Serialize(default(TimeReinvestmentMix)));
    }

    // ---- Rows of counts (cohort tables, activity dictionaries) ----

    [Fact]
    public void A_row_of_counts_that_is_not_an_array_is_refused_naming_its_position()
    {
        AssertRefused<CohortRetentionTable>(
            """{"cohorts":["2026-01"],"activeCustomers":[100]}""",
            "CohortRetentionTable 'activeCustomers'[0] must be a JSON array of counts.");
    }

    [Fact]
    public void A_count_that_is_not_whole_is_refused_naming_its_row_and_column()
    {
        AssertRefused<CohortRetentionTable>(
            """{"cohorts":["2026-01"],"activeCustomers":[[100,1.5]]}""",
            "CohortRetentionTable 'activeCustomers'[0][1] must be a whole JSON number within a 64-bit integer.");
    }

    // ---- MultiYearRetentionTable ----

    [Fact]
    public void Runs_of_at_most_two_years_are_read_and_of_one_year_refused()
    {
        // From 2023: 2 customers, 1 of them also in 2024 (1 / 2 = 50 %); from 2024: 2, 1 also in 2025; from 2025: 1.
        foreach (var table in ReadUnderBoth<MultiYearRetentionTable>("""{"firstYear":2023,"maxConsecutiveYears":2,"customers":[[2,1],[2,1],[1]]}"""))
        {
            Assert.Equal(2, table.MaxConsecutiveYears);
            Assert.Equal(new[] { 2023, 2024, 2025 }, table.Years);
            Assert.Equal(0.5m, table.RetentionRate(2023, 2).Value.Fraction);
            Assert.Equal(1, table.CustomersBuyingEveryYear(2024, 2));
        }

        AssertRefused<MultiYearRetentionTable>(
            """{"firstYear":2023,"maxConsecutiveYears":1,"customers":[[5]]}""",
            "MultiYearRetentionTable: 'maxConsecutiveYears' must be at least 2.");
        AssertRefused<MultiYearRetentionTable>(
            """{"firstYear":0,"maxConsecutiveYears":1,"customers":[]}""",
            "MultiYearRetentionTable: 'maxConsecutiveYears' must be at least 2.");
    }

    [Fact]
    public void An_empty_table_with_a_first_year_is_refused()
    {
        AssertRefused<MultiYearRetentionTable>(
            """{"firstYear":2023,"maxConsecutiveYears":5,"customers":[]}""",
            "MultiYearRetentionTable: an empty table has 'firstYear' 0.");
    }

    [Theory]
    [InlineData(1, 1)]       // the first year 1 is the earliest
    [InlineData(9999, 1)]    // 9999 + 1 − 1 = 9999, the latest
    [InlineData(9997, 3)]    // 9997 + 3 − 1 = 9999
    public void Years_at_the_edges_of_1_to_9999_are_read(int firstYear, int years)
    {
        foreach (var table in ReadUnderBoth<MultiYearRetentionTable>(YearsJson(firstYear, years)))
        {
            Assert.Equal(firstYear, table.Years[0]);
            Assert.Equal(firstYear + years - 1, table.Years[^1]);
            Assert.Equal(5, table.Customers(firstYear));
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 2)]
    [InlineData(10000, 1)]   // 10000 + 1 − 1 = 10000
    [InlineData(9998, 3)]    // 9998 + 3 − 1 = 10000
    public void Years_beyond_1_to_9999_are_refused(int firstYear, int years)
    {
        AssertRefused<MultiYearRetentionTable>(YearsJson(firstYear, years), "MultiYearRetentionTable: the years must be within 1..9999.");
    }

    // A table of `years` years with the cap 2 and 5 customers a year, 5 of them buying again the next year.
    private static string YearsJson(int firstYear, int years)
    {
        var rows = new string[years];
        for (var y = 0; y < years; y++)
        {
            rows[y] = y == years - 1 ? "[5]" : "[5,5]";
        }

        return $$"""{"firstYear":{{firstYear}},"maxConsecutiveYears":2,"customers":[{{string.Join(",", rows)}}]}""";
    }

    [Fact]
    public void A_zero_count_is_read_and_a_negative_one_refused()
    {
        // Nobody of 2023's 2 customers bought again in 2024: 0 / 2 = 0 %.
        foreach (var table in ReadUnderBoth<MultiYearRetentionTable>("""{"firstYear":2023,"maxConsecutiveYears":2,"customers":[[2,0],[1]]}"""))
        {
            Assert.Equal(0m, table.RetentionRate(2023, 2).Value.Fraction);
        }

        // −1 is below the 2 before it and the 1 of 2024, so only the sign rule catches it.
        AssertRefused<MultiYearRetentionTable>(
            """{"firstYear":2023,"maxConsecutiveYears":2,"customers":[[2,-1],[1]]}""",
            "MultiYearRetentionTable: 'customers'[0][1] must not be negative.");
    }

    [Fact]
    public void A_longer_run_above_the_shorter_one_of_its_own_year_is_refused()
    {
        // 2 customers for two years running out of 1 in 2023 is impossible, whatever 2024 holds (5).
        AssertRefused<MultiYearRetentionTable>(
            """{"firstYear":2023,"maxConsecutiveYears":2,"customers":[[1,2],[5]]}""",
            "MultiYearRetentionTable: 'customers'[0][1] must not exceed the shorter run before it.");
    }

    [Fact]
    public void A_run_above_the_customers_of_the_next_year_is_refused()
    {
        // 3 customers bought in 2023 and 2024, but only 2 bought in 2024.
        AssertRefused<MultiYearRetentionTable>(
            """{"firstYear":2023,"maxConsecutiveYears":2,"customers":[[5,3],[2]]}""",
            "MultiYearRetentionTable: 'customers'[0][1] must not exceed 'customers'[1][0].");
    }

    [Fact]
    public void A_year_without_customers_inside_the_range_is_read_as_a_year_nobody_bought_in()
    {
        // 2023: 2 customers, none in 2024; 2025: 1.
        foreach (var table in ReadUnderBoth<MultiYearRetentionTable>("""{"firstYear":2023,"maxConsecutiveYears":2,"customers":[[2,0],[0,0],[1]]}"""))
        {
            Assert.Equal(2, table.Customers(2023));
            Assert.Equal(0, table.Customers(2024));
            Assert.Equal(1, table.Customers(2025));
            var rate = table.RetentionRate(2024, 1);
            Assert.Equal(UndefinedReason.ZeroDenominator, rate.Reason);
            Assert.Equal("nobody bought in 2024.", rate.Explanation);
        }
    }

    [Theory]
    [InlineData("""{"firstYear":2023,"maxConsecutiveYears":2,"customers":[[0,0],[1]]}""")]
    [InlineData("""{"firstYear":2023,"maxConsecutiveYears":2,"customers":[[1,0],[0]]}""")]
    public void A_table_whose_first_or_last_year_is_empty_is_refused(string json)
    {
        AssertRefused<MultiYearRetentionTable>(
            json,
            "MultiYearRetentionTable: the first and the last year hold customers (they are the years of the first and the last purchase).");
    }

    // ---- ActivityCountDictionary ----

    [Fact]
    public void The_activity_converter_factory_answers_no_for_other_types_instead_of_throwing()
    {
        var factory = new ActivityCountDictionaryJsonConverterFactory();
        Assert.True(factory.CanConvert(typeof(ActivityCountDictionary<string>)));
        Assert.False(factory.CanConvert(typeof(string)));
        Assert.False(factory.CanConvert(typeof(KpiResult<Rate>)));
    }

    // ana (or the first id) acts twice in March 2026, ben (the second) once in April.
    private static void AssertPeopleOfTypeRoundTrip<TPerson>(TPerson first, TPerson second, string peopleJson)
        where TPerson : notnull
    {
        var counts = Activity.CountByPersonAndPeriod<TPerson>(
            [(first, new DateOnly(2026, 3, 2)), (first, new DateOnly(2026, 3, 5)), (second, new DateOnly(2026, 4, 1))],
            PeriodUnit.Month);
        var json = $$"""{"people":{{peopleJson}},"periods":["2026-03","2026-04"],"counts":[[2,0],[0,1]]}""";
        foreach (var options in BothOptions)
        {
            Assert.Equal(json, JsonSerializer.Serialize(counts, options));
            var back = JsonSerializer.Deserialize<ActivityCountDictionary<TPerson>>(json, options)!;
            Assert.Equal(new[] { first, second }, back.People);
            Assert.Equal(2, back.CountOf(first, Period.Month(2026, 3)));
            Assert.Equal(1, back.CountOf(second, Period.Month(2026, 4)));
            Assert.Equal(0, back.CountOf(second, Period.Month(2026, 3)));
            Assert.Equal(3, back.Total);
        }
    }

    [Fact]
    public void People_named_by_text_round_trip()
    {
        AssertPeopleOfTypeRoundTrip("ana", "ben", """["ana","ben"]""");
    }

    [Fact]
    public void People_numbered_by_int_round_trip()
    {
        AssertPeopleOfTypeRoundTrip(7, 3, "[7,3]");
    }

    [Fact]
    public void People_numbered_by_long_round_trip()
    {
        AssertPeopleOfTypeRoundTrip(7_000_000_000L, 3L, "[7000000000,3]");
    }

    [Fact]
    public void People_named_by_guid_round_trip()
    {
        // System.Text.Json writes a Guid in its lower-case "D" form.
        AssertPeopleOfTypeRoundTrip(
            new Guid("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
            new Guid("00000000-0000-0000-0000-000000000001"),
            """["3f2504e0-4f89-11d3-9a0c-0305e82c3301","00000000-0000-0000-0000-000000000001"]""");
    }

    [Fact]
    public void People_of_another_type_round_trip()
    {
        AssertPeopleOfTypeRoundTrip((short)7, (short)3, "[7,3]");
    }

    [Fact]
    public void The_messages_of_an_activity_dictionary_name_it()
    {
        AssertRefused<ActivityCountDictionary<string>>(
            """{"people":[],"periods":[],"counts":[],"extra":1}""",
            "'extra' is not a member of a ActivityCountDictionary (people, periods, counts).");
        AssertRefused<ActivityCountDictionary<string>>(
            """{"people":[],"periods":[]}""",
            "A ActivityCountDictionary needs 'counts'.");
    }

    [Fact]
    public void An_empty_activity_dictionary_is_read()
    {
        foreach (var counts in ReadUnderBoth<ActivityCountDictionary<string>>("""{"people":[],"periods":[],"counts":[]}"""))
        {
            Assert.Empty(counts.People);
            Assert.Empty(counts.Periods);
            Assert.Equal(0, counts.Total);
        }
    }

    [Theory]
    [InlineData("""{"people":["ana"],"periods":["2026-03"],"counts":[[2],[1]]}""")]
    [InlineData("""{"people":["ana","ben"],"periods":["2026-03"],"counts":[[2]]}""")]
    public void Counts_with_a_row_too_many_or_too_few_are_refused(string json)
    {
        AssertRefused<ActivityCountDictionary<string>>(json, "ActivityCountDictionary: 'counts' must hold one row per person.");
    }

    [Theory]
    [InlineData("""["2026-04","2026-03"]""")]
    [InlineData("""["2026-03","2026-03"]""")]
    public void Periods_out_of_order_or_repeated_are_refused(string periods)
    {
        AssertRefused<ActivityCountDictionary<string>>(
            $$"""{"people":["ana"],"periods":{{periods}},"counts":[[2,1]]}""",
            "ActivityCountDictionary: the periods must be in increasing order, each once.");
    }

    [Fact]
    public void A_row_without_one_count_per_period_is_refused()
    {
        AssertRefused<ActivityCountDictionary<string>>(
            """{"people":["ana"],"periods":["2026-03","2026-04"],"counts":[[2]]}""",
            "ActivityCountDictionary: 'counts'[0] must hold one count per period.");
    }

    [Fact]
    public void A_negative_count_is_refused_naming_its_cell()
    {
        AssertRefused<ActivityCountDictionary<string>>(
            """{"people":["ana"],"periods":["2026-03","2026-04"],"counts":[[2,-1]]}""",
            "ActivityCountDictionary: 'counts'[0][1] must not be negative.");
    }

    [Fact]
    public void A_period_in_which_nobody_acted_is_refused()
    {
        AssertRefused<ActivityCountDictionary<string>>(
            """{"people":["ana"],"periods":["2026-03","2026-04"],"counts":[[2,0]]}""",
            "ActivityCountDictionary: every period holds at least one event.");
    }

    [Fact]
    public void A_person_listed_twice_is_refused()
    {
        AssertRefused<ActivityCountDictionary<string>>(
            """{"people":["ana","ana"],"periods":["2026-03"],"counts":[[1],[2]]}""",
            "ActivityCountDictionary: each person must appear once.");
    }

    // ---- RateInterval ----

    private const string IntervalRule = "RateInterval must have 0 ≤ lower ≤ pointEstimate ≤ upper ≤ 1; it has ";

    [Theory]
    [InlineData("0", "1", "0")]        // lower = 0 = pointEstimate
    [InlineData("0", "1", "1")]        // pointEstimate = 1 = upper
    [InlineData("0.3", "0.3", "0.3")]  // a point: every bound equal
    public void Bounds_touching_each_other_or_0_and_1_are_read(string lower, string upper, string pointEstimate)
    {
        foreach (var interval in ReadUnderBoth<RateInterval>($$"""{"lower":{{lower}},"upper":{{upper}},"pointEstimate":{{pointEstimate}}}"""))
        {
            Assert.Equal(decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture), interval.Lower.Fraction);
            Assert.Equal(decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture), interval.Upper.Fraction);
            Assert.Equal(decimal.Parse(pointEstimate, System.Globalization.CultureInfo.InvariantCulture), interval.PointEstimate.Fraction);
        }
    }

    [Theory]
    [InlineData("-0.01", "0.5", "0.3")]  // lower below 0
    [InlineData("0.2", "1.01", "0.3")]   // upper above 1
    [InlineData("0.5", "0.6", "0.3")]    // pointEstimate below lower
    [InlineData("0.2", "0.25", "0.3")]   // pointEstimate above upper
    public void Bounds_that_do_not_enclose_the_estimate_within_0_and_1_are_refused(string lower, string upper, string pointEstimate)
    {
        AssertRefused<RateInterval>($$"""{"lower":{{lower}},"upper":{{upper}},"pointEstimate":{{pointEstimate}}}""", IntervalRule);
    }

    // ---- SignificanceResult ----

    private const string SignificanceRule = "SignificanceResult must have a pValue within 0 and 1 and a significanceLevel strictly between them; it has ";

    [Fact]
    public void P_values_of_exactly_0_and_1_are_read()
    {
        // 0 < 0.05: significant; 1 < 0.05 is false: not significant. The level 0.05 is written "5 %".
        foreach (var result in ReadUnderBoth<SignificanceResult>(
            """{"pValue":0,"test":"FisherExact","significanceLevel":0.05,"isSignificant":true,"verdict":"Significant at the 5 % level (p = 0.0000, Fisher\u0027s exact test): the change is unlikely to be noise."}"""))
        {
            Assert.Equal(0m, result.PValue);
            Assert.True(result.IsSignificant);
        }

        foreach (var result in ReadUnderBoth<SignificanceResult>(
            """{"pValue":1,"test":"FisherExact","significanceLevel":0.05,"isSignificant":false,"verdict":"Not significant at the 5 % level (p = 1.0000, Fisher\u0027s exact test): the change may be noise."}"""))
        {
            Assert.Equal(1m, result.PValue);
            Assert.False(result.IsSignificant);
        }
    }

    [Theory]
    [InlineData("-0.0001", "0.05")]
    [InlineData("1.0001", "0.05")]
    [InlineData("0.4857", "0")]
    [InlineData("0.4857", "1")]
    [InlineData("0.4857", "-0.05")]
    public void A_p_value_outside_0_to_1_or_a_level_not_strictly_inside_is_refused(string pValue, string level)
    {
        AssertRefused<SignificanceResult>(
            $$"""{"pValue":{{pValue}},"test":"FisherExact","significanceLevel":{{level}},"isSignificant":false,"verdict":"Not significant at the 5 % level (p = 0.4857, Fisher\u0027s exact test): the change may be noise."}""",
            SignificanceRule);
    }

    // ---- RateDriftCheck ----

    private const string RateDriftRule = "RateDriftCheck must have a target and a significanceLevel strictly between 0 and 1 and a pValue within them; it has ";

    // 22 % observed against a 25 % target: a gap of 0.22 − 0.25 = −3 points.
    private static string RateDriftJson(string target, string pValue, string level, bool beyondNoise, string status, string verdict) =>
        $$"""{"observed":{"lower":0.15,"upper":0.3107,"pointEstimate":0.22},"target":{{target}},"direction":"HigherIsBetter","pValue":{{pValue}},"significanceLevel":{{level}},"gap":-3,"isBeyondNoise":{{(beyondNoise ? "true" : "false")}},"status":"{{status}}","verdict":"{{verdict}}"}""";

    [Fact]
    public void Rate_drift_p_values_of_exactly_0_and_1_are_read()
    {
        // p = 0 < 0.05: beyond noise, and 22 % below 25 % with higher better is behind.
        foreach (var check in ReadUnderBoth<RateDriftCheck>(RateDriftJson("0.25", "0", "0.05", true, "BehindTarget",
            "Behind target beyond noise at the 5 % level (22 % observed against 25 %, p = 0.0000): the gap is unlikely to be chance, adjust the action.")))
        {
            Assert.Equal(0m, check.PValue);
            Assert.Equal(DriftStatus.BehindTarget, check.Status);
        }

        // p = 1 is not below 0.05: within noise, on track.
        foreach (var check in ReadUnderBoth<RateDriftCheck>(RateDriftJson("0.25", "1", "0.05", false, "OnTrack",
            "Within noise of the target at the 5 % level (22 % observed against 25 %, p = 1.0000): the gap may be chance, keep measuring.")))
        {
            Assert.Equal(1m, check.PValue);
            Assert.Equal(DriftStatus.OnTrack, check.Status);
        }
    }

    [Theory]
    [InlineData("0", "0.4884", "0.05")]
    [InlineData("1", "0.4884", "0.05")]
    [InlineData("0.25", "-0.0001", "0.05")]
    [InlineData("0.25", "1.0001", "0.05")]
    [InlineData("0.25", "0.4884", "0")]
    [InlineData("0.25", "0.4884", "1")]
    public void A_target_or_level_not_strictly_inside_0_and_1_or_a_p_value_outside_is_refused(string target, string pValue, string level)
    {
        AssertRefused<RateDriftCheck>(
            RateDriftJson(target, pValue, level, false, "OnTrack", "Within noise of the target at the 5 % level (22 % observed against 25 %, p = 0.4884): the gap may be chance, keep measuring."),
            RateDriftRule);
    }
}
