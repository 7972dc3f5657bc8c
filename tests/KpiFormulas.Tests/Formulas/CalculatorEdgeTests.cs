using System;
using System.Collections.Generic;
using System.Linq;
using KpiFormulas.Formulas;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

/// <summary>
/// The edges of the business calculators: which argument is refused and with what message, the
/// reason and explanation of every undefined result, the inclusive bounds (a zero delay, a zero
/// spend), and the exact results of the paths that only large or unusual inputs take.
/// </summary>
public class CalculatorEdgeTests
{
    private static void AssertUndefined<T>(KpiResult<T> result, UndefinedReason reason, string explanation)
        where T : struct
    {
        Assert.False(result.IsDefined);
        Assert.Equal(reason, result.Reason);
        Assert.Equal(explanation, result.Explanation);
    }

    // ---- acquisition ----------------------------------------------------------------------------

    [Fact]
    public void Cac_from_two_costs_in_different_currencies_blames_the_marketing_costs()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Acquisition.CustomerAcquisitionCost(Money.Euros(1m), Money.UsDollars(1m), 1));
        Assert.Equal("marketingCosts", ex.ParamName);
    }

    [Fact]
    public void Cac_from_lead_cost_with_no_conversion_is_undefined_and_says_no_lead_converts()
    {
        AssertUndefined(
            Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(85m), Rate.FromPercent(0m)),
            UndefinedReason.ZeroDenominator,
            "'leadToCustomerRate' is 0 %: no lead converts.");
    }

    [Fact]
    public void Cac_by_channel_with_a_null_channel_name_names_the_channels_and_the_rule()
    {
        var ex = Assert.Throws<ArgumentNullException>(() =>
            Acquisition.CustomerAcquisitionCostByChannel([("Ads", Money.Euros(1m), 1L), (null!, Money.Euros(2m), 1L)]));
        Assert.Equal("channels", ex.ParamName);
        Assert.Contains("The channel names must not be null.", ex.Message);
    }

    [Fact]
    public void Cac_by_channel_with_a_repeated_channel_name_quotes_the_name()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Acquisition.CustomerAcquisitionCostByChannel([("Ads", Money.Euros(1m), 1L), ("Ads", Money.Euros(2m), 1L)]));
        Assert.Equal("channels", ex.ParamName);
        Assert.Contains("The channel names must be unique; 'Ads' appears twice.", ex.Message);
    }

    [Fact]
    public void Cac_by_channel_accepts_a_channel_that_spent_nothing()
    {
        var results = new KpiResult<Money>[2];
        Acquisition.CustomerAcquisitionCostByChannel([Money.Euros(0m), Money.Euros(100m)], [4, 5], results);

        // 0 € / 4 = 0 €; 100 € / 5 = 20 €.
        Assert.Equal(Money.Euros(0m), results[0].Value);
        Assert.Equal(Money.Euros(20m), results[1].Value);
    }

    [Fact]
    public void Time_to_convert_with_no_lead_is_undefined_and_says_why()
    {
        AssertUndefined(
            Acquisition.TimeToConvert(ReadOnlySpan<DateTime>.Empty, ReadOnlySpan<DateTime>.Empty),
            UndefinedReason.EmptyInput,
            "no lead converted.");
    }

    [Fact]
    public void Time_to_convert_accepts_a_payment_at_the_instant_the_lead_was_created()
    {
        var created = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

        // Delays 0 and 4 days: mean 2 days.
        var result = Acquisition.TimeToConvert([created, created], [created, created.AddDays(4)]);
        Assert.Equal(TimeSpan.FromDays(2), result.Value);
    }

    [Fact]
    public void Time_to_convert_refuses_a_payment_before_the_lead_and_gives_the_row_and_the_creation()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Acquisition.TimeToConvert(
            [new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 5, 0, 0, 0, DateTimeKind.Utc)],
            [new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 4, 0, 0, 0, DateTimeKind.Utc)]));
        Assert.Equal("firstPayment", ex.ParamName);
        Assert.Contains("Row 1: The first payment must not be before the lead's creation, 2026-03-05T00:00:00.0000000Z.", ex.Message);
    }

    // ---- activity -------------------------------------------------------------------------------

    // Dates cycle through 1 March (inside March), 1 April (the exclusive end) and 28 February (the
    // day before): one date in three is counted, (n + 2) / 3 of n. The lengths straddle every
    // common vector width, so the vectorised block and the plain tail both count.
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(7, 3)]
    [InlineData(8, 3)]
    [InlineData(9, 3)]
    [InlineData(15, 5)]
    [InlineData(16, 6)]
    [InlineData(17, 6)]
    [InlineData(31, 11)]
    [InlineData(32, 11)]
    [InlineData(33, 11)]
    [InlineData(64, 22)]
    [InlineData(65, 22)]
    public void Count_in_period_counts_the_same_whatever_the_length(int length, long expected)
    {
        DateOnly[] cycle = [new(2026, 3, 1), new(2026, 4, 1), new(2026, 2, 28)];
        var dates = new DateOnly[length];
        for (var i = 0; i < length; i++)
        {
            dates[i] = cycle[i % 3];
        }

        Assert.Equal(expected, Activity.CountInPeriod(dates, Period.Month(2026, 3)));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(17)]
    public void Count_in_period_counts_a_match_in_the_last_position(int length)
    {
        var dates = new DateOnly[length];
        Array.Fill(dates, new DateOnly(2026, 5, 1));
        dates[^1] = new DateOnly(2026, 3, 31);

        Assert.Equal(1L, Activity.CountInPeriod(dates, Period.Month(2026, 3)));
    }

    [Fact]
    public void Count_by_person_names_the_position_of_an_event_without_a_person()
    {
        (string, DateOnly)[] events = [("Sophie", new DateOnly(2026, 3, 2)), ("Thomas", new DateOnly(2026, 3, 3)), (null!, new DateOnly(2026, 3, 4))];
        var ex = Assert.Throws<ArgumentNullException>(() => Activity.CountByPersonAndPeriod(events, PeriodUnit.Month, StringComparer.Ordinal));
        Assert.Equal("events", ex.ParamName);
        Assert.Contains("Event 2: The person must not be null; every event needs the person or team who did it.", ex.Message);
    }

    [Fact]
    public void Count_by_person_with_a_comparer_refuses_an_undefined_unit_even_without_events()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Activity.CountByPersonAndPeriod(Array.Empty<(string, DateOnly)>(), (PeriodUnit)99, StringComparer.Ordinal));
        Assert.Equal("unit", ex.ParamName);
    }

    [Fact]
    public void Count_by_person_refuses_a_date_whose_period_would_end_past_the_last_date()
    {
        // The year 9999 ends on 31 December 9999; its exclusive end, 1 January 10000, does not exist.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Activity.CountByPersonAndPeriod([("Sophie", new DateOnly(9999, 6, 1))], PeriodUnit.Year, StringComparer.Ordinal));
        Assert.Equal("events", ex.ParamName);
        Assert.Contains("The date must fall in a Year period that ends by the last date DateOnly can hold; 9999-06-01 does not.", ex.Message);
    }

    [Fact]
    public void Count_by_person_groups_the_very_first_date_in_its_month()
    {
        // 0001-01-01 is also the single day of a default period: it must still be grouped by month.
        var counts = Activity.CountByPersonAndPeriod([("Sophie", new DateOnly(1, 1, 1)), ("Sophie", new DateOnly(1, 1, 20))], PeriodUnit.Month, StringComparer.Ordinal);
        Assert.Equal(Period.Month(1, 1), Assert.Single(counts.Periods));
        Assert.Equal(2L, counts.CountOf("Sophie", Period.Month(1, 1)));
    }

    [Fact]
    public void Count_by_person_enumerates_one_persons_periods_in_ascending_order()
    {
        var counts = Activity.CountByPersonAndPeriod(
            [("Sophie", new DateOnly(2026, 5, 2)), ("Sophie", new DateOnly(2026, 3, 3)), ("Sophie", new DateOnly(2026, 4, 3))],
            PeriodUnit.Month,
            StringComparer.Ordinal);

        Assert.Equal(
            new (string, Period)[] { ("Sophie", Period.Month(2026, 3)), ("Sophie", Period.Month(2026, 4)), ("Sophie", Period.Month(2026, 5)) },
            counts.Keys.ToArray());
    }

    [Fact]
    public void Activity_counts_indexer_names_the_missing_person_and_period()
    {
        var counts = Activity.CountByPersonAndPeriod([("Sophie", new DateOnly(2026, 3, 2))], PeriodUnit.Month, StringComparer.Ordinal);
        var ex = Assert.Throws<KeyNotFoundException>(() => counts[("Thomas", Period.Month(2026, 3))]);
        Assert.Equal("No event of 'Thomas' in 2026-03.", ex.Message);
    }

    [Fact]
    public void Activity_counts_refuse_a_null_person_in_count_of_and_for_person()
    {
        var counts = Activity.CountByPersonAndPeriod([("Sophie", new DateOnly(2026, 3, 2))], PeriodUnit.Month, StringComparer.Ordinal);
        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => counts.CountOf(null!, Period.Month(2026, 3))).ParamName);
        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => counts.ForPerson(null!)).ParamName);
    }

    // ---- conversion -----------------------------------------------------------------------------

    [Fact]
    public void Funnel_with_one_stage_says_a_funnel_needs_two()
    {
        var ex = Assert.Throws<ArgumentException>(() => Conversion.Funnel(new FunnelStage("lead", 10)));
        Assert.Equal("stages", ex.ParamName);
        Assert.Contains("A funnel must have at least two stages.", ex.Message);
    }

    [Fact]
    public void Funnel_names_the_position_of_a_null_or_blank_stage_name()
    {
        var nullName = Assert.Throws<ArgumentNullException>(() => Conversion.Funnel(new FunnelStage("lead", 10), new FunnelStage(null!, 5)));
        Assert.Equal("stages", nullName.ParamName);
        Assert.Contains("Stage 1: The name must not be null.", nullName.Message);

        var blank = Assert.Throws<ArgumentException>(() => Conversion.Funnel(new FunnelStage("lead", 10), new FunnelStage("  ", 5)));
        Assert.Equal("stages", blank.ParamName);
        Assert.Contains("Stage 1: The name must not be blank.", blank.Message);
    }

    [Fact]
    public void Funnel_names_the_stage_with_a_negative_count()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Conversion.Funnel(new FunnelStage("lead", -1), new FunnelStage("won", 0)));
        Assert.Equal("stages", ex.ParamName);
        Assert.Contains("Stage 'lead': The count must not be negative.", ex.Message);
    }

    [Fact]
    public void Funnel_text_shows_a_step_after_an_empty_stage_as_undefined()
    {
        var funnel = Conversion.Funnel(new FunnelStage("lead", 0), new FunnelStage("won", 0));
        Assert.Equal("lead 0 -> won 0 (undefined)", funnel.ToString());
    }

    // ---- efficiency -----------------------------------------------------------------------------

    [Fact]
    public void Sales_cycle_with_no_deal_is_undefined_and_says_why()
    {
        AssertUndefined(Efficiency.SalesCycleLength(ReadOnlySpan<DateOnly>.Empty, ReadOnlySpan<DateOnly>.Empty), UndefinedReason.EmptyInput, "no deal was won.");
        AssertUndefined(Efficiency.SalesCycleLength(0L, 0L), UndefinedReason.ZeroDenominator, "'wonDeals' is zero.");
    }

    [Fact]
    public void Sales_cycle_refuses_a_close_before_the_first_contact_and_gives_the_row_and_the_contact()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.SalesCycleLength([new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 5)], [new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 4)]));
        Assert.Equal("closed", ex.ParamName);
        Assert.Contains("Row 1: The close date must not be before the first contact, 2026-03-05.", ex.Message);
    }

    [Fact]
    public void Ltv_to_cac_with_a_free_acquisition_is_undefined_and_says_why()
    {
        AssertUndefined(
            Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(100m), Money.Euros(0m)),
            UndefinedReason.ZeroDenominator,
            "'acquisitionCost' is zero: acquiring a customer cost nothing.");
    }

    [Fact]
    public void Average_handling_time_with_no_item_is_undefined_and_says_why()
    {
        AssertUndefined(Efficiency.AverageHandlingTime(ReadOnlySpan<TimeSpan>.Empty), UndefinedReason.EmptyInput, "no item was processed.");
    }

    [Fact]
    public void Average_handling_time_counts_an_item_of_zero_duration()
    {
        // (0 + 10 min) / 2 = 5 min.
        Assert.Equal(TimeSpan.FromMinutes(5), Efficiency.AverageHandlingTime([TimeSpan.Zero, TimeSpan.FromMinutes(10)]).Value);
    }

    [Fact]
    public void Average_handling_time_refuses_a_negative_time_and_gives_its_row()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.AverageHandlingTime([TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(-1)]));
        Assert.Equal("processingTimes", ex.ParamName);
        Assert.Contains("Row 1: The duration must not be negative.", ex.Message);
    }

    [Fact]
    public void Average_response_time_with_no_request_is_undefined_and_says_why()
    {
        AssertUndefined(Efficiency.AverageResponseTime(ReadOnlySpan<DateTime>.Empty, ReadOnlySpan<DateTime>.Empty), UndefinedReason.EmptyInput, "no request was answered.");
    }

    [Fact]
    public void Average_response_time_accepts_an_answer_at_the_instant_of_the_request()
    {
        var received = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

        // Delays 0 and 1 h: mean 30 min.
        Assert.Equal(TimeSpan.FromMinutes(30), Efficiency.AverageResponseTime([received, received], [received, received.AddHours(1)]).Value);
    }

    [Fact]
    public void Average_response_time_refuses_an_answer_before_the_request_and_gives_the_row_and_the_request()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.AverageResponseTime(
            [new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc)],
            [new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc)]));
        Assert.Equal("firstResponse", ex.ParamName);
        Assert.Contains("Row 0: The first response must not be before the request was received, 2026-03-02T09:00:00.0000000Z.", ex.Message);
    }

    [Fact]
    public void Follow_ups_per_invoice_reports_a_negative_call_count_as_given()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.FollowUpsPerInvoice(-3, 5));
        Assert.Equal("reminderCalls", ex.ParamName);
        Assert.Equal((object)(-3L), ex.ActualValue);
        Assert.Contains("The value must not be negative.", ex.Message);
    }

    // ---- engagement -----------------------------------------------------------------------------

    [Fact]
    public void Session_duration_with_no_session_is_undefined_and_says_why()
    {
        AssertUndefined(Engagement.AverageSessionDuration(ReadOnlySpan<TimeSpan>.Empty), UndefinedReason.EmptyInput, "there is no session.");
    }

    [Fact]
    public void Session_duration_counts_a_session_of_zero_duration()
    {
        // (0 + 4 min) / 2 = 2 min.
        Assert.Equal(TimeSpan.FromMinutes(2), Engagement.AverageSessionDuration([TimeSpan.Zero, TimeSpan.FromMinutes(4)]).Value);
    }

    [Fact]
    public void Session_duration_refuses_a_negative_session_and_gives_its_row()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.AverageSessionDuration([TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(-1)]));
        Assert.Equal("sessionDurations", ex.ParamName);
        Assert.Contains("Row 1: The duration must not be negative.", ex.Message);
    }

    [Fact]
    public void Usage_frequency_reports_a_negative_use_count_as_given_not_as_scaled()
    {
        var weekly = Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.UsageFrequencyPerWeek(-7, 1, Period.FromDays(new DateOnly(2026, 3, 2), 14)));
        Assert.Equal("uses", weekly.ParamName);
        Assert.Equal((object)(-7L), weekly.ActualValue);

        var monthly = Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.UsageFrequencyPerMonth(-7, 1, Period.Month(2026, 3)));
        Assert.Equal("uses", monthly.ParamName);
        Assert.Equal((object)(-7L), monthly.ActualValue);
    }

    [Fact]
    public void Feature_time_share_with_no_time_is_undefined_and_says_why()
    {
        AssertUndefined(Engagement.FeatureTimeShare(TimeSpan.Zero, TimeSpan.Zero), UndefinedReason.ZeroDenominator, "'totalTime' is zero.");
    }

    [Fact]
    public void Adoption_rate_with_no_trained_user_is_undefined_and_says_why()
    {
        AssertUndefined(Engagement.AdoptionRate(ReadOnlySpan<int>.Empty), UndefinedReason.EmptyInput, "no trained user was given.");
    }

    [Fact]
    public void Inactive_users_names_the_position_of_a_negative_count()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.InactiveUsers([3, 0, 5, -1], uses => uses));
        Assert.Equal("usesThisWeek", ex.ParamName);
        Assert.Contains("User 3: The count of uses must not be negative.", ex.Message);
    }

    // ---- productivity ---------------------------------------------------------------------------

    [Fact]
    public void Time_saved_per_person_with_no_people_is_undefined_and_says_why()
    {
        AssertUndefined(Productivity.TimeSavedPerPerson(TimeSpan.FromHours(1), 0), UndefinedReason.ZeroDenominator, "'people' is zero.");
        AssertUndefined(Productivity.TimeSavedPerPersonPerMonth(TimeSpan.FromHours(1), Period.Month(2026, 3), 0), UndefinedReason.ZeroDenominator, "'people' is zero.");
        AssertUndefined(Productivity.TimeSavedPerPersonPerWeek(TimeSpan.FromHours(1), Period.IsoWeek(2026, 5), 0), UndefinedReason.ZeroDenominator, "'people' is zero.");
    }

    [Fact]
    public void Capacity_increase_from_nothing_is_undefined_and_says_why()
    {
        AssertUndefined(Productivity.CapacityIncrease(0m, 5m), UndefinedReason.ZeroBaseline, "'unitsBefore' is zero: there is no capacity to compare with.");
    }

    [Fact]
    public void Reinvestment_mix_refuses_a_negative_time_and_names_the_use()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeReinvestmentMix(["Ventes", "Produit"], [TimeSpan.FromHours(1), TimeSpan.FromHours(-1)]));
        Assert.Equal("timeSpent", ex.ParamName);
        Assert.Contains("Use 'Produit': The duration must not be negative.", ex.Message);
    }

    [Fact]
    public void Reinvestment_mix_with_no_use_or_no_time_is_undefined_and_says_why()
    {
        AssertUndefined(
            Productivity.TimeReinvestmentMix(ReadOnlySpan<string>.Empty, ReadOnlySpan<TimeSpan>.Empty),
            UndefinedReason.EmptyInput,
            "no use of the freed time was given.");
        AssertUndefined(
            Productivity.TimeReinvestmentMix(["Ventes", "Produit"], [TimeSpan.Zero, TimeSpan.Zero]),
            UndefinedReason.ZeroDenominator,
            "'timeSpent' is zero for every use: no freed time to share.");
    }

    [Fact]
    public void Reinvestment_mix_gives_the_missing_units_to_the_earliest_uses_on_a_tie()
    {
        // 30 uses of 1 h each: 100 / 30 = 3.33 %, so every use gets 3 % (90 % in all) and the 10
        // missing points go one each to the first ten uses, since every remainder is the same.
        var uses = Enumerable.Range(0, 30).Select(i => $"use {i:D2}").ToArray();
        var times = Enumerable.Repeat(TimeSpan.FromHours(1), 30).ToArray();

        var mix = Productivity.TimeReinvestmentMix(uses, times, 2).Value;

        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(i < 10 ? 0.04m : 0.03m, mix.ShareOf(uses[i]).Fraction);
        }
    }

    [Fact]
    public void Reinvestment_mix_at_many_decimals_keeps_shares_beyond_32_bits_of_units()
    {
        // At 18 decimals a single use holds 10^18 units (100 %); at 12 decimals 1 h and 3 h
        // hold 0.25 × 10^12 and 0.75 × 10^12 units: all above 2^32.
        var single = Productivity.TimeReinvestmentMix(["Ventes"], [TimeSpan.FromHours(2)], 18).Value;
        Assert.Equal(1m, single.ShareOf("Ventes").Fraction);

        var pair = Productivity.TimeReinvestmentMix(["Ventes", "Produit"], [TimeSpan.FromHours(1), TimeSpan.FromHours(3)], 12).Value;
        Assert.Equal(0.25m, pair.ShareOf("Ventes").Fraction);
        Assert.Equal(0.75m, pair.ShareOf("Produit").Fraction);
    }

    [Fact]
    public void Reinvestment_mix_from_shares_names_a_share_outside_0_to_100_percent()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Productivity.TimeReinvestmentMix(["Ventes", "Produit"], [Rate.FromPercent(150m), Rate.FromPercent(-50m)]));
        Assert.Equal("shares", ex.ParamName);
        Assert.Contains("Use 'Ventes': The share must be a proportion, from 0 % to 100 %.", ex.Message);
    }

    [Fact]
    public void Reinvestment_mix_from_shares_refuses_shares_that_do_not_add_up_to_100_percent()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Productivity.TimeReinvestmentMix(["Ventes", "Produit"], [Rate.FromPercent(50m), Rate.FromPercent(40m)]));
        Assert.Equal("shares", ex.ParamName);
        Assert.Contains("The shares must add up to exactly 100 %, but they add up to ", ex.Message);
    }

    [Fact]
    public void Reinvestment_mix_refuses_a_null_or_repeated_use_name()
    {
        var nullName = Assert.Throws<ArgumentNullException>(() =>
            Productivity.TimeReinvestmentMix(["Ventes", null!], [Rate.FromPercent(50m), Rate.FromPercent(50m)]));
        Assert.Equal("uses", nullName.ParamName);
        Assert.Contains("The use names must not be null.", nullName.Message);

        var repeated = Assert.Throws<ArgumentException>(() =>
            Productivity.TimeReinvestmentMix(["Ventes", "Ventes"], [Rate.FromPercent(50m), Rate.FromPercent(50m)]));
        Assert.Equal("uses", repeated.ParamName);
        Assert.Contains("The use names must be unique; 'Ventes' appears twice.", repeated.Message);
    }

    [Fact]
    public void Reinvestment_mix_lookup_names_a_missing_use_and_refuses_a_null_one()
    {
        var mix = Productivity.TimeReinvestmentMix(["Ventes", "Produit"], [Rate.FromPercent(60m), Rate.FromPercent(40m)]);

        Assert.Equal("The mix has no use named 'Formation'.", Assert.Throws<KeyNotFoundException>(() => mix.ShareOf("Formation")).Message);
        Assert.Equal("use", Assert.Throws<ArgumentNullException>(() => mix.TryGetShare(null!, out _)).ParamName);
    }

    [Fact]
    public void Reinvestment_mixes_compare_and_hash_by_their_shares()
    {
        var mix = Productivity.TimeReinvestmentMix(["Ventes", "Produit"], [Rate.FromPercent(60m), Rate.FromPercent(40m)]);
        var same = Productivity.TimeReinvestmentMix(["Ventes", "Produit"], [Rate.FromPercent(60m), Rate.FromPercent(40m)]);
        var other = Productivity.TimeReinvestmentMix(["Ventes", "Produit"], [Rate.FromPercent(70m), Rate.FromPercent(30m)]);

        Assert.False(mix != same);
        Assert.True(mix != other);
        Assert.Equal(mix.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(mix.GetHashCode(), other.GetHashCode());
    }

    // ---- profitability --------------------------------------------------------------------------

    [Fact]
    public void Contribution_margin_ratio_and_margin_of_safety_with_no_revenue_are_undefined_and_say_why()
    {
        AssertUndefined(
            Profitability.ContributionMarginRatio(Money.Euros(0m), Money.Euros(0m)),
            UndefinedReason.ZeroDenominator,
            "'revenue' is zero: nothing was sold, so no share of sales exists.");
        AssertUndefined(
            Profitability.MarginOfSafety(Money.Euros(0m), Money.Euros(0m)),
            UndefinedReason.ZeroDenominator,
            "'revenue' is zero: no share of sales exists.");
    }

    [Fact]
    public void Gross_margin_from_markup_refuses_below_minus_100_percent_and_is_undefined_at_it()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.GrossMarginRateFromMarkup(Rate.FromPercent(-150m)));
        Assert.Equal("markupRate", ex.ParamName);
        Assert.Contains("The markup must not be below -100 %, which would make the selling price negative.", ex.Message);

        AssertUndefined(
            Profitability.GrossMarginRateFromMarkup(Rate.FromPercent(-100m)),
            UndefinedReason.ZeroDenominator,
            "'markupRate' is -100 %: the selling price is zero, so there is no margin on it.");
    }

    [Fact]
    public void Markup_from_gross_margin_refuses_above_100_percent_and_is_undefined_at_it()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.MarkupRateFromGrossMargin(Rate.FromPercent(150m)));
        Assert.Equal("grossMarginRate", ex.ParamName);
        Assert.Contains("The margin must not be above 100 % of the selling price, which would make the cost negative.", ex.Message);

        AssertUndefined(
            Profitability.MarkupRateFromGrossMargin(Rate.FromPercent(100m)),
            UndefinedReason.ZeroDenominator,
            "'grossMarginRate' is 100 %: the cost is zero, so no markup on it exists.");
    }

    [Fact]
    public void Break_even_revenue_from_a_ratio_refuses_above_100_percent_and_never_breaks_even_at_zero()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.BreakEvenRevenue(Money.Euros(100m), Rate.FromPercent(150m)));
        Assert.Equal("contributionMarginRatio", ex.ParamName);
        Assert.Contains("The contribution margin ratio must not be above 100 %, which would mean negative variable costs.", ex.Message);

        AssertUndefined(
            Profitability.BreakEvenRevenue(Money.Euros(100m), Rate.FromPercent(0m)),
            UndefinedReason.NeverBreaksEven,
            "'contributionMarginRatio' is zero or negative: sales never cover the fixed costs.");
    }

    [Fact]
    public void Break_even_revenue_from_amounts_says_why_it_is_undefined()
    {
        AssertUndefined(
            Profitability.BreakEvenRevenue(Money.Euros(100m), Money.Euros(0m), Money.Euros(0m)),
            UndefinedReason.ZeroDenominator,
            "'revenue' is zero: the contribution margin ratio does not exist.");
        AssertUndefined(
            Profitability.BreakEvenRevenue(Money.Euros(100m), Money.Euros(50m), Money.Euros(50m)),
            UndefinedReason.NeverBreaksEven,
            "'variableCosts' are at least 'revenue': sales never cover the fixed costs.");
    }

    [Fact]
    public void Break_even_revenue_from_amounts_multiplies_before_dividing_to_stay_exact()
    {
        // Fixed 1 €, revenue 3 €, no variable cost: 1 × 3 / 3 = 1 € exactly, where 1 / 3 × 3
        // would give 0.9999999999999999999999999999 €.
        Assert.Equal(1m, Profitability.BreakEvenRevenue(Money.Euros(1m), Money.Euros(3m), Money.Euros(0m)).Value.Amount);
    }

    [Fact]
    public void Break_even_units_without_a_unit_margin_never_breaks_even_and_says_why()
    {
        AssertUndefined(
            Profitability.BreakEvenUnits(Money.Euros(100m), Money.Euros(5m), Money.Euros(5m)),
            UndefinedReason.NeverBreaksEven,
            "'unitPrice' does not exceed 'variableCostPerUnit': no unit sold contributes to the fixed costs.");
    }

    // ---- return on investment -------------------------------------------------------------------

    [Fact]
    public void Roi_without_costs_or_saved_time_is_undefined_and_says_why()
    {
        AssertUndefined(ReturnOnInvestment.NetRoi(Money.Euros(10m), Money.Euros(0m)), UndefinedReason.ZeroDenominator, "'costs' is zero: a return on nothing invested does not exist.");
        AssertUndefined(ReturnOnInvestment.CostPerHourSaved(Money.Euros(10m), TimeSpan.Zero), UndefinedReason.ZeroDenominator, "'timeSaved' is zero: no hour was saved.");
        AssertUndefined(ReturnOnInvestment.ProjectRoi(Money.Euros(10m), Money.Euros(0m)), UndefinedReason.ZeroDenominator, "'costs' is zero.");
        AssertUndefined(ReturnOnInvestment.MarketingRoi(Money.Euros(10m), Money.Euros(0m)), UndefinedReason.ZeroDenominator, "'actionCosts' is zero.");
    }

    [Fact]
    public void Payback_without_a_positive_saving_is_never_paid_back_and_says_why()
    {
        AssertUndefined(
            ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(100m), Money.Euros(0m)),
            UndefinedReason.NeverPaidBack,
            "'netMonthlySaving' is zero or negative: the investment is never paid back.");
    }

    [Fact]
    public void Net_monthly_saving_refuses_a_negative_hourly_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReturnOnInvestment.NetMonthlySaving(TimeSpan.FromHours(1), Money.Euros(-10m), Money.Euros(0m)));
        Assert.Equal("hourlyValue", ex.ParamName);
    }

    [Fact]
    public void Payback_from_time_saved_checks_the_investment_before_the_other_inputs()
    {
        // The investment is negative and the hourly value in another currency: the investment is reported.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(-1m), TimeSpan.FromHours(1), Money.UsDollars(10m), Money.UsDollars(0m)));
        Assert.Equal("initialInvestment", ex.ParamName);
    }

    [Fact]
    public void Value_of_time_saved_beyond_the_exact_path_still_multiplies_by_the_hours()
    {
        // 10^19 € × 36 000 000 000 ticks per hour overflows decimal: 2 h × 10^19 €/h = 2 × 10^19 €.
        var value = ReturnOnInvestment.ValueOfTimeSaved(TimeSpan.FromHours(2), Money.Euros(10_000_000_000_000_000_000m));
        Assert.Equal(20_000_000_000_000_000_000m, value.Amount);
    }

    [Fact]
    public void Cost_per_hour_saved_beyond_the_exact_path_still_divides_by_the_hours()
    {
        // 10^19 € × 36 000 000 000 ticks per hour overflows decimal: 10^19 € / 2 h = 5 × 10^18 €/h.
        var cost = ReturnOnInvestment.CostPerHourSaved(Money.Euros(10_000_000_000_000_000_000m), TimeSpan.FromHours(2));
        Assert.Equal(5_000_000_000_000_000_000m, cost.Value.Amount);
    }

    // ---- satisfaction ---------------------------------------------------------------------------

    [Fact]
    public void Nps_names_the_row_of_an_answer_above_10()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.NetPromoterScore([10, 9, 11]));
        Assert.Equal("answers", ex.ParamName);
        Assert.Contains("Row 2: The answer must be on the Net Promoter Score's 0-to-10 scale.", ex.Message);
    }

    [Fact]
    public void Nps_with_no_answer_is_undefined_and_says_why()
    {
        AssertUndefined(Satisfaction.NetPromoterScore(ReadOnlySpan<byte>.Empty), UndefinedReason.EmptyInput, "no answer was given.");
        AssertUndefined(Satisfaction.NetPromoterScore(0, 0, 0), UndefinedReason.EmptyInput, "no answer was given: promoters, passives and detractors are all zero.");
    }

    [Fact]
    public void Mental_load_change_names_the_list_and_row_of_a_score_off_the_scale()
    {
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.MentalLoadChange([5m, 0m], [5m, 5m]));
        Assert.Equal("scoresBefore", before.ParamName);
        Assert.Contains("Row 1: The score must be on the mental-load survey's 1-to-10 scale.", before.Message);

        var after = Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.MentalLoadChange([5m, 5m], [5m, 11m]));
        Assert.Equal("scoresAfter", after.ParamName);
        Assert.Contains("Row 1: The score must be on the mental-load survey's 1-to-10 scale.", after.Message);
    }

    [Fact]
    public void Mental_load_change_with_no_score_is_undefined_and_says_why()
    {
        AssertUndefined(Satisfaction.MentalLoadChange(ReadOnlySpan<decimal>.Empty, ReadOnlySpan<decimal>.Empty), UndefinedReason.EmptyInput, "no score was given.");
    }

    // ---- sales value ----------------------------------------------------------------------------

    [Fact]
    public void Revenue_accepts_a_won_amount_of_zero()
    {
        Assert.Equal(Money.Euros(5m), SalesValue.Revenue([Money.Euros(0m), Money.Euros(5m)], Currency.EUR));
    }

    // ---- retention: multi-year ------------------------------------------------------------------

    [Fact]
    public void Multi_year_retention_refuses_a_cap_below_two_years()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.MultiYearRetention(Array.Empty<(string, int)>(), 1));
        Assert.Equal("maxConsecutiveYears", ex.ParamName);
        Assert.Contains("The count includes the base year and must be at least 2 (2 = bought this year and the next).", ex.Message);
    }

    [Fact]
    public void Multi_year_retention_accepts_the_years_1_and_9999_and_refuses_beyond()
    {
        var early = Retention.MultiYearRetention([("Sophie", 1), ("Sophie", 2)]);
        Assert.Equal(1L, early.CustomersBuyingEveryYear(1, 2));

        var late = Retention.MultiYearRetention([("Sophie", 9998), ("Sophie", 9999)]);
        Assert.Equal(1L, late.CustomersBuyingEveryYear(9998, 2));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.MultiYearRetention([("Sophie", 0)]));
        Assert.Equal("purchases", ex.ParamName);
        Assert.Contains("The purchase years must be between 1 and 9999 inclusive.", ex.Message);
    }

    [Fact]
    public void Multi_year_retention_explains_a_run_past_the_data_and_a_year_without_buyers()
    {
        var table = Retention.MultiYearRetention([("Sophie", 2022), ("Thomas", 2022), ("Sophie", 2024)]);

        // A run of 2 years from 2024 ends in 2024 + 2 - 1 = 2025.
        AssertUndefined(table.RetentionRate(2024, 2), UndefinedReason.NotYetObserved, "a run of 2 years from 2024 ends in 2025, after 2024, the last year of the data.");
        AssertUndefined(table.RetentionRate(2023, 1), UndefinedReason.ZeroDenominator, "nobody bought in 2023.");

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => table.CustomersBuyingEveryYear(2023, 3));
        Assert.Equal("consecutiveYears", ex.ParamName);
        Assert.Contains("The run must end by the last year of the data, 2024.", ex.Message);
    }

    [Fact]
    public void An_empty_multi_year_table_refuses_any_year_and_any_run_length()
    {
        var table = Retention.MultiYearRetention(Array.Empty<(string, int)>());

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => table.Customers(2024));
        Assert.Equal("year", ex.ParamName);
        Assert.Contains("The year must be within the data, and the table holds no purchase.", ex.Message);

        // The cap is 5 by default: 0 and 6 years are outside 1 to 5 even with no data.
        Assert.Equal("consecutiveYears", Assert.Throws<ArgumentOutOfRangeException>(() => table.Trend(0)).ParamName);
        Assert.Equal("consecutiveYears", Assert.Throws<ArgumentOutOfRangeException>(() => table.Trend(6)).ParamName);
    }

    // ---- retention: cohorts ---------------------------------------------------------------------

    [Fact]
    public void Cohort_retention_from_rows_names_a_count_mismatch_between_cohorts_and_rows()
    {
        var ex = Assert.Throws<ArgumentException>(() => Retention.CohortRetention([Period.Month(2026, 1)], Array.Empty<long[]>()));
        Assert.Equal("activeCounts", ex.ParamName);
        Assert.Contains("The rows must be one per cohort; 'cohorts' has 1 cohorts, this one 0 rows.", ex.Message);
    }

    [Fact]
    public void Cohort_retention_from_rows_names_a_cohort_of_another_unit_or_out_of_order()
    {
        var unit = Assert.Throws<ArgumentException>(() => Retention.CohortRetention([Period.Month(2026, 1), Period.Quarter(2026, 2)], [[1], [1]]));
        Assert.Equal("cohorts", unit.ParamName);
        Assert.Contains("Cohort 1: The period must be of the same unit and length as cohort 0, 2026-01; it is 2026-Q2.", unit.Message);

        var order = Assert.Throws<ArgumentException>(() => Retention.CohortRetention([Period.Month(2026, 2), Period.Month(2026, 1)], [[1], [1]]));
        Assert.Equal("cohorts", order.ParamName);
        Assert.Contains("Cohort 1: The period must start after the previous cohort, 2026-02, ends (cohorts in increasing order without overlap); it is 2026-01.", order.Message);
    }

    [Fact]
    public void Cohort_retention_from_rows_names_a_null_or_empty_row()
    {
        var nullRow = Assert.Throws<ArgumentNullException>(() => Retention.CohortRetention([Period.Month(2026, 1)], [null!]));
        Assert.Equal("activeCounts", nullRow.ParamName);
        Assert.Contains("Row 0: The row must not be null.", nullRow.Message);

        var emptyRow = Assert.Throws<ArgumentException>(() => Retention.CohortRetention([Period.Month(2026, 1)], [[]]));
        Assert.Equal("activeCounts", emptyRow.ParamName);
        Assert.Contains("Row 0: The row must not be empty; element 0 is the cohort size.", emptyRow.Message);
    }

    [Fact]
    public void Cohort_retention_from_rows_names_the_element_of_a_negative_or_oversized_count()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CohortRetention([Period.Month(2026, 1)], [[5, -1]]));
        Assert.Equal("activeCounts", negative.ParamName);
        Assert.Contains("Row 0, element 1: The count must not be negative.", negative.Message);

        var oversized = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CohortRetention([Period.Month(2026, 1)], [[5, 6]]));
        Assert.Equal("activeCounts", oversized.ParamName);
        Assert.Contains("Row 0, element 1: The count must not exceed the cohort size, element 0 (5).", oversized.Message);
    }

    [Fact]
    public void Cohort_retention_from_purchases_refuses_the_year_9999_with_yearly_cohorts()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CohortRetention([("Sophie", new DateOnly(9999, 1, 1))], PeriodUnit.Year));
        Assert.Equal("purchases", ex.ParamName);
        Assert.Contains("With yearly cohorts, the purchase dates must be before the year 9999.", ex.Message);
    }

    [Fact]
    public void Cohort_table_explains_an_unobserved_offset_and_an_empty_cohort()
    {
        var table = Retention.CohortRetention([Period.Month(2026, 1), Period.Month(2026, 2)], [[10, 4], [0]]);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => table.ActiveCustomers(0, 2));
        Assert.Equal("offset", ex.ParamName);
        Assert.Contains("The offset must be observed: below the cohort's offset count, 2.", ex.Message);

        // Offsets 0 and 1 are observed for January: 0 to 2 - 1.
        AssertUndefined(table.RetentionRate(0, 2), UndefinedReason.NotYetObserved, "offset 2 of cohort 2026-01 is beyond the data (observed offsets: 0 to 1).");
        AssertUndefined(table.RetentionRate(1, 0), UndefinedReason.ZeroDenominator, "cohort 2026-02 is empty.");
    }

    [Fact]
    public void Pooled_retention_explains_an_empty_table_an_unobserved_offset_and_empty_cohorts()
    {
        var empty = Retention.CohortRetention(Array.Empty<Period>(), Array.Empty<long[]>());
        AssertUndefined(empty.PooledRetentionRate(0), UndefinedReason.EmptyInput, "the table holds no cohort.");

        var table = Retention.CohortRetention([Period.Month(2026, 1), Period.Month(2026, 2)], [[0, 0], [0]]);
        AssertUndefined(table.PooledRetentionRate(3), UndefinedReason.NotYetObserved, "no cohort is observed 3 periods after its start.");
        AssertUndefined(table.PooledRetentionRate(0), UndefinedReason.ZeroDenominator, "every cohort observed at offset 0 is empty.");
    }

    [Fact]
    public void Pooled_retention_reports_an_overflowing_sum_instead_of_wrapping()
    {
        var table = Retention.CohortRetention([Period.Month(2026, 1), Period.Month(2026, 2)], [[long.MaxValue, 0], [long.MaxValue, 0]]);

        // Offset 0 overflows the active sum first; offset 1 keeps it at 0 but overflows the sizes.
        Assert.Throws<OverflowException>(() => table.PooledRetentionRate(0));
        Assert.Throws<OverflowException>(() => table.PooledRetentionRate(1));
    }

    [Fact]
    public void Per_period_retention_over_whole_periods_is_the_exact_root()
    {
        // 81 % over 2 periods: √0.81 = 0.9; 72.9 % over 3 periods: ∛0.729 = 0.9.
        Assert.Equal(0.9m, Retention.RetentionPerPeriod(Rate.FromPercent(81m), 2m).Fraction);
        Assert.Equal(0.9m, Retention.RetentionPerPeriod(Rate.FromPercent(72.9m), 3m).Fraction);
    }

    [Fact]
    public void Per_period_retention_over_more_whole_periods_than_an_int_holds_is_still_computed()
    {
        // 50 % over 3 billion periods: 0.5^(1 / 3e9) = exp(−0.693147 / 3e9) = exp(−2.31e−10) ≈ 0.99999999976895.
        var perPeriod = Retention.RetentionPerPeriod(Rate.FromPercent(50m), 3_000_000_000m).Fraction;
        Assert.InRange(perPeriod, 0.9999999997m, 0.9999999998m);
    }
}
