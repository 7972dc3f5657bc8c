using System;
using System.Diagnostics;
using KpiFormulas.Formulas;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class StatisticsAndTargetsEdgeTests
{
    private static readonly Rate NinetyFive = Rate.FromPercent(95m);
    private static readonly Rate FivePercent = Rate.FromPercent(5m);

    private static Money Eur(decimal amount) => Money.Euros(amount);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    // ---- confidence interval ----------------------------------------------------------------------

    [Fact]
    public void A_negative_success_count_is_refused_by_name_even_when_it_does_not_exceed_the_trials()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.RateConfidenceInterval(-1, 4, NinetyFive));
        Assert.Equal("successes", ex.ParamName);
        Assert.Contains("The value must not be negative.", ex.Message);
    }

    [Fact]
    public void An_interval_without_trials_says_no_rate_was_observed()
    {
        var none = Statistics.RateConfidenceInterval(0, 0, NinetyFive);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal("no trials, so no rate was observed.", none.Explanation);
    }

    [Fact]
    public void An_interval_contains_its_own_bounds()
    {
        // 0 out of 10 has a lower bound of exactly 0 %, 10 out of 10 an upper bound of exactly 100 %.
        var none = Statistics.RateConfidenceInterval(0, 10, NinetyFive).Value;
        var all = Statistics.RateConfidenceInterval(10, 10, NinetyFive).Value;
        Assert.Equal(Rate.Zero, none.Lower);
        Assert.True(none.Contains(Rate.Zero));
        Assert.True(none.Contains(none.Upper));
        Assert.Equal(Rate.One, all.Upper);
        Assert.True(all.Contains(Rate.One));
        Assert.True(all.Contains(all.Lower));
    }

    // ---- normal quantile ---------------------------------------------------------------------------

    [Fact]
    public void The_nps_margin_at_95_percent_uses_the_published_critical_value()
    {
        // Two promoters and two detractors: variance 1, n = 4, so the margin is z × √(1/4) × 100 = 50 z,
        // and Φ⁻¹(0.975) = 1.95996398454 gives 97.998199227.
        var margin = Statistics.NpsMarginOfError(2, 0, 2, NinetyFive).Value;
        Assert.Equal(97.998199m, Math.Round(margin, 6));
    }

    [Fact]
    public void A_confidence_level_in_the_far_tail_gets_its_critical_value_from_the_tail_approximation()
    {
        // 1 − 2^-41 leaves 2^-42 in each tail; √(−ln 2^-42) = 5.40 lies past 5, in the far-tail branch of
        // AS 241. Φ⁻¹(1 − 2^-42) = 7.238179496 (inverse erfc worked to 20 digits), so the margin is 50 z = 361.9089748.
        var margin = Statistics.NpsMarginOfError(2, 0, 2, Rate.FromFraction(0.9999999999995452526491135359m)).Value;
        Assert.Equal(361.9089748, (double)margin, 0.01);
    }

    // ---- change significance: refusals and undefined results --------------------------------------

    [Theory]
    [InlineData(-1, 4, 1, 4, "successesBefore")]
    [InlineData(0, -1, 1, 4, "trialsBefore")]
    [InlineData(1, 4, -1, 4, "successesAfter")]
    [InlineData(1, 4, 1, -1, "trialsAfter")]
    public void A_negative_count_is_refused_by_its_own_name(long successesBefore, long trialsBefore, long successesAfter, long trialsAfter, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.ChangeSignificance(successesBefore, trialsBefore, successesAfter, trialsAfter, FivePercent));
        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains("The value must not be negative.", ex.Message);
    }

    [Fact]
    public void A_group_without_trials_is_named_in_the_explanation()
    {
        var first = Statistics.ChangeSignificance(0, 0, 1, 4, FivePercent);
        var second = Statistics.ChangeSignificance(1, 4, 0, 0, FivePercent);
        Assert.Equal("the first group has no trials, so it has no rate.", first.Explanation);
        Assert.Equal("the second group has no trials, so it has no rate.", second.Explanation);
    }

    // ---- change significance: which test, and the level --------------------------------------------

    [Fact]
    public void An_expected_count_of_exactly_five_is_enough_for_the_z_test()
    {
        // 3/20 then 7/20: the smallest expected count is 20 × 10 / 40 = 5, not below 5.
        // Pooled p = 0.25, SE = √(0.25 × 0.75 × 0.1) = 0.136931, z = 0.2 / SE = 1.460593, p = erfc(z/√2) = 0.144127.
        var result = Statistics.ChangeSignificance(3, 20, 7, 20, FivePercent).Value;
        Assert.Equal(SignificanceTest.TwoProportionZTest, result.Test);
        Assert.Equal(0.144127m, Math.Round(result.PValue, 6));
    }

    [Fact]
    public void The_expected_count_is_judged_on_the_smaller_group()
    {
        // 10 trials against 1 000, 100 successes in all: 10 × 100 / 1 010 = 0.99 expected in the small group,
        // far below 5, although the large group expects 99.
        var result = Statistics.ChangeSignificance(5, 10, 95, 1_000, FivePercent).Value;
        Assert.Equal(SignificanceTest.FisherExact, result.Test);
    }

    [Fact]
    public void A_p_value_equal_to_the_level_is_not_significant()
    {
        // Fisher's tea-tasting table: p = 17/35.
        var tea = Statistics.ChangeSignificance(3, 4, 1, 4, FivePercent).Value;
        Assert.Equal(17.0 / 35.0, (double)tea.PValue, 1e-12);

        var atLevel = Statistics.ChangeSignificance(3, 4, 1, 4, Rate.FromFraction(tea.PValue)).Value;
        var justAbove = Statistics.ChangeSignificance(3, 4, 1, 4, Rate.FromFraction(tea.PValue + 1e-9m)).Value;
        Assert.False(atLevel.IsSignificant);
        Assert.True(justAbove.IsSignificant);
    }

    // ---- Fisher's exact test on huge tables: the walks stop where the probabilities vanish ----------

    [Fact]
    public void A_rare_event_among_billions_of_trials_gets_its_exact_p_value_quickly()
    {
        // 5e9 successes in 9e18 + 5e9 trials, 5e9 of them in the first group: the first group's successes are
        // hypergeometric, here Poisson with λ = 5e9 × 5e9 / 9.000000005e18 = 2.7777778 to within 1e-9.
        // Observed 1: P(1) = λe^-λ = 0.1727; the tables no more likely are 0, 1 and 4 onwards, so
        // p = 1 − P(2) − P(3) = 0.5380117 (summed to 20 digits). The support runs to 5e9 tables.
        var watch = Stopwatch.StartNew();
        var result = Statistics.ChangeSignificance(1, 5_000_000_000, 4_999_999_999, 9_000_000_000_000_000_000, FivePercent).Value;
        watch.Stop();
        Assert.Equal(SignificanceTest.FisherExact, result.Test);
        Assert.Equal(0.538011652709, (double)result.PValue, 1e-6);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_table_far_above_the_likely_ones_has_a_p_value_of_zero_found_quickly()
    {
        // Same margins, 1e9 successes in the first group where about 3 are expected: its probability
        // underflows to zero, so does the p-value.
        var watch = Stopwatch.StartNew();
        var result = Statistics.ChangeSignificance(1_000_000_000, 5_000_000_000, 4_000_000_000, 9_000_000_000_000_000_000, FivePercent).Value;
        watch.Stop();
        Assert.Equal(SignificanceTest.FisherExact, result.Test);
        Assert.Equal(0m, result.PValue);
        Assert.True(result.IsSignificant);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_table_far_below_the_likely_ones_has_a_p_value_of_zero_found_quickly()
    {
        // The mirror: the first group holds 9e18 trials, the second 5e9, and every one of the 5e9 successes is
        // in the second group, where about 3 failures are expected; the most likely tables sit near 5e9.
        var watch = Stopwatch.StartNew();
        var result = Statistics.ChangeSignificance(0, 9_000_000_000_000_000_000, 5_000_000_000, 5_000_000_000, FivePercent).Value;
        watch.Stop();
        Assert.Equal(SignificanceTest.FisherExact, result.Test);
        Assert.Equal(0m, result.PValue);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    // ---- NPS margin ----------------------------------------------------------------------------------

    [Theory]
    [InlineData(-1, 0, 5, "promoters")]
    [InlineData(0, -1, 5, "passives")]
    [InlineData(0, 5, -1, "detractors")]
    public void A_negative_respondent_count_is_refused_by_its_own_name(long promoters, long passives, long detractors, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.NpsMarginOfError(promoters, passives, detractors, NinetyFive));
        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains("The value must not be negative.", ex.Message);
    }

    [Fact]
    public void A_survey_without_respondents_says_no_score_was_measured()
    {
        var none = Statistics.NpsMarginOfError(0, 0, 0, NinetyFive);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal("no respondent, so no score was measured.", none.Explanation);
    }

    // ---- MRR movements ---------------------------------------------------------------------------------

    [Theory]
    [InlineData(-1, 0, 0, 0, 0, 0, "opening")]
    [InlineData(100, -1, 0, 0, 0, 0, "newMrr")]
    [InlineData(100, 0, -1, 0, 0, 0, "expansion")]
    [InlineData(100, 0, 0, -1, 0, 0, "reactivation")]
    [InlineData(100, 0, 0, 0, -1, 0, "contraction")]
    [InlineData(100, 0, 0, 0, 0, -1, "churned")]
    public void A_negative_movement_is_refused_by_its_own_name(int opening, int newMrr, int expansion, int reactivation, int contraction, int churned, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new MrrMovements(Eur(opening), Eur(newMrr), Eur(expansion), Eur(reactivation), Eur(contraction), Eur(churned)));
        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains("The amount must not be negative.", ex.Message);
    }

    [Theory]
    [InlineData("newMrr")]
    [InlineData("expansion")]
    [InlineData("reactivation")]
    [InlineData("contraction")]
    [InlineData("churned")]
    public void A_movement_in_another_currency_is_refused_by_its_own_name(string paramName)
    {
        Money Pick(string name) => name == paramName ? Usd(10m) : Eur(10m);
        var ex = Assert.Throws<CurrencyMismatchException>(() => new MrrMovements(Eur(100m), Pick("newMrr"), Pick("expansion"), Pick("reactivation"), Pick("contraction"), Pick("churned")));
        Assert.Equal(paramName, ex.ParamName);
    }

    [Fact]
    public void Losses_beyond_the_opening_mrr_are_refused_with_the_reason()
    {
        // 60 € of contraction and 50 € churned out of 100 € opening: 110 € lost is more than was paid.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new MrrMovements(Eur(100m), Eur(0m), Eur(0m), Eur(0m), Eur(60m), Eur(50m)));
        Assert.Equal("churned", ex.ParamName);
        Assert.Contains("The contraction and churned MRR cannot exceed the opening MRR: customers can lose at most what they paid.", ex.Message);
    }

    [Fact]
    public void A_previous_mrr_in_another_currency_is_refused_even_when_the_current_ones_agree()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Subscription.Movements(
            [Eur(100m), Usd(50m)],
            [Eur(100m), Eur(50m)],
            default));
        Assert.Equal("previous", ex.ParamName);
    }

    // ---- subscription KPIs: refusals and undefined results -------------------------------------------

    [Fact]
    public void Arpa_without_accounts_says_no_account_pays()
    {
        var none = Subscription.Arpa(Eur(740m), 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal("'activeAccounts' is zero: no account pays, so no average exists.", none.Explanation);
    }

    [Fact]
    public void A_quick_ratio_without_losses_says_nothing_was_lost()
    {
        var growthOnly = new MrrMovements(Eur(1_000m), Eur(100m), Eur(50m), Eur(0m), Eur(0m), Eur(0m));
        var none = Subscription.SaasQuickRatio(growthOnly);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal("No MRR was lost to contraction or churn, so no ratio of gains to losses exists.", none.Explanation);
    }

    [Fact]
    public void A_share_of_a_zero_opening_mrr_says_there_was_nothing_to_lose()
    {
        var fromNothing = new MrrMovements(Eur(0m), Eur(100m), Eur(0m), Eur(0m), Eur(0m), Eur(0m));
        var none = Subscription.GrossMrrChurnRate(fromNothing);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal("The opening MRR is zero: no recurring revenue to lose or keep.", none.Explanation);
    }

    [Fact]
    public void A_negative_arpa_is_refused_by_the_lifetime_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.ChurnBasedLtv(Eur(-1m), Rate.FromPercent(80m), Rate.FromPercent(2m)));
        Assert.Equal("arpa", ex.ParamName);
        Assert.Contains("The amount must not be negative.", ex.Message);
    }

    [Fact]
    public void A_lifetime_value_without_churn_says_the_lifetime_has_no_end()
    {
        var none = Subscription.ChurnBasedLtv(Eur(148m), Rate.FromPercent(80m), Rate.Zero);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal("'monthlyChurnRate' is zero: accounts never leave, so the lifetime has no end.", none.Explanation);
    }

    [Fact]
    public void A_negative_arpa_is_refused_by_the_payback()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.CacPaybackMonths(Eur(1_184m), Eur(-1m), Rate.FromPercent(80m)));
        Assert.Equal("arpa", ex.ParamName);
        Assert.Contains("The amount must not be negative.", ex.Message);
    }

    [Fact]
    public void A_margin_above_100_percent_is_refused_by_the_payback()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Subscription.CacPaybackMonths(Eur(1_184m), Eur(148m), Rate.FromPercent(120m)));
        Assert.Equal("grossMarginRate", ex.ParamName);
        Assert.Contains("The value must be a proportion between 0 and 1 inclusive.", ex.Message);
    }

    [Fact]
    public void A_payback_without_margin_says_the_cost_is_never_paid_back()
    {
        var never = Subscription.CacPaybackMonths(Eur(1_184m), Eur(0m), Rate.FromPercent(80m));
        Assert.Equal(UndefinedReason.NeverPaidBack, never.Reason);
        Assert.Equal("An account brings no gross margin ('arpa' × 'grossMarginRate' is zero), so the acquisition cost is never paid back.", never.Explanation);
    }

    // ---- changes ---------------------------------------------------------------------------------------

    [Fact]
    public void Changes_from_opposite_baselines_with_the_same_gaps_are_not_equal()
    {
        // 2 → 3 and −2 → −1 both rise by 1, a relative change of 1 / |±2| = +50 %, yet start and end elsewhere.
        var fromPositive = Change.Between(2m, 3m);
        var fromNegative = Change.Between(-2m, -1m);
        Assert.Equal(fromPositive.Absolute, fromNegative.Absolute);
        Assert.Equal(fromPositive.Relative, fromNegative.Relative);
        Assert.False(fromPositive.Equals(fromNegative));
        Assert.True(fromPositive != fromNegative);
    }

    [Fact]
    public void A_change_from_zero_prints_that_its_relative_change_is_undefined()
    {
        Assert.Equal("0 -> 5 (relative change undefined)", Change.Between(0m, 5m).ToString());
    }

    [Fact]
    public void A_rate_or_a_duration_rising_from_zero_has_no_relative_change_and_says_why()
    {
        var rate = Change.Between(Rate.Zero, Rate.FromPercent(5m)).Relative;
        var duration = Change.Between(TimeSpan.Zero, TimeSpan.FromMinutes(5)).Relative;
        Assert.Equal(UndefinedReason.ZeroBaseline, rate.Reason);
        Assert.Equal("the value before is zero, so a relative change does not exist.", rate.Explanation);
        Assert.Equal(UndefinedReason.ZeroBaseline, duration.Reason);
        Assert.Equal("the value before is zero, so a relative change does not exist.", duration.Explanation);
    }

    // ---- drift checks ----------------------------------------------------------------------------------

    [Fact]
    public void Drift_checks_differing_only_by_tolerance_or_by_gap_are_not_equal()
    {
        var exact = Targets.CheckDrift(100m, 100m, Direction.HigherIsBetter, Rate.FromPercent(10m));
        var exactLooser = Targets.CheckDrift(100m, 100m, Direction.HigherIsBetter, Rate.FromPercent(20m));
        var fivePercentOff = Targets.CheckDrift(105m, 100m, Direction.HigherIsBetter, Rate.FromPercent(10m));
        Assert.Equal(exact.Status, exactLooser.Status);
        Assert.False(exact.Equals(exactLooser));
        Assert.Equal(exact.Status, fivePercentOff.Status);
        Assert.Equal(exact.RequiresAdjustment, fivePercentOff.RequiresAdjustment);
        Assert.False(exact.Equals(fivePercentOff));
    }

    [Fact]
    public void A_zero_tolerance_is_allowed_and_flags_any_gap()
    {
        // 101 against 100 is 1 % off, beyond a tolerance of 0 %.
        Assert.False(Targets.CheckDrift(100m, 100m, Direction.HigherIsBetter, Rate.Zero).RequiresAdjustment);
        var check = Targets.CheckDrift(101m, 100m, Direction.HigherIsBetter, Rate.Zero);
        Assert.True(check.RequiresAdjustment);
        Assert.Equal(DriftStatus.AheadOfTarget, check.Status);
    }

    [Fact]
    public void A_rate_drift_p_value_equal_to_the_level_is_within_noise()
    {
        // 22 out of 100 against 25 %: z = −0.03 / √(0.25 × 0.75 / 100) = −0.692820, p = erfc(0.692820/√2) = 0.488422.
        var check = Targets.CheckRateDriftAgainstNoise(22, 100, Rate.FromPercent(25m), Direction.HigherIsBetter).Value;
        Assert.Equal(0.488422m, Math.Round(check.PValue, 6));

        var atLevel = Targets.CheckRateDriftAgainstNoise(22, 100, Rate.FromPercent(25m), Direction.HigherIsBetter, Rate.FromFraction(check.PValue)).Value;
        var justAbove = Targets.CheckRateDriftAgainstNoise(22, 100, Rate.FromPercent(25m), Direction.HigherIsBetter, Rate.FromFraction(check.PValue + 1e-9m)).Value;
        Assert.False(atLevel.IsBeyondNoise);
        Assert.Equal(DriftStatus.OnTrack, atLevel.Status);
        Assert.True(justAbove.IsBeyondNoise);
        Assert.Equal(DriftStatus.BehindTarget, justAbove.Status);
    }

    [Fact]
    public void A_rate_drift_level_outside_0_and_100_percent_is_refused_even_without_trials()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckRateDriftAgainstNoise(0, 0, Rate.FromPercent(25m), Direction.HigherIsBetter, Rate.Zero));
        Assert.Equal("significanceLevel", ex.ParamName);
        Assert.Contains("The value must be strictly between 0 % and 100 %.", ex.Message);
    }

    [Fact]
    public void A_rate_drift_without_trials_says_no_rate_was_observed()
    {
        var none = Targets.CheckRateDriftAgainstNoise(0, 0, Rate.FromPercent(25m), Direction.HigherIsBetter);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal("no trials, so no rate was observed.", none.Explanation);
    }

    // ---- windows, baseline and progress ----------------------------------------------------------------

    [Fact]
    public void The_baseline_window_may_start_on_the_first_day_of_the_calendar_and_no_earlier()
    {
        // Day number 30 is 0001-01-31: its 30 days before are 0001-01-01 to 0001-01-30.
        var earliest = DateOnly.FromDayNumber(30);
        Assert.Equal(new DateOnly(1, 1, 31), earliest);
        Assert.Equal(new DateOnly(1, 1, 1), Targets.BaselinePeriod(earliest).Start);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Targets.BaselinePeriod(DateOnly.FromDayNumber(29)));
        Assert.Equal("actionDate", ex.ParamName);
        Assert.Contains("The 30 days before the action must be dates: the action must be on 0001-01-31 or later.", ex.Message);
    }

    [Fact]
    public void The_target_window_may_end_on_the_last_day_of_the_calendar_and_no_later()
    {
        // 9999-10-02 plus 90 days is 9999-12-31, the last date (29 + 30 + 31 days remain after October 2nd).
        var latest = new DateOnly(9999, 10, 2);
        Assert.Equal(new DateOnly(9999, 10, 2), Targets.TargetPeriod(latest).Start);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Targets.TargetPeriod(new DateOnly(9999, 10, 3)));
        Assert.Equal("actionDate", ex.ParamName);
        Assert.Contains("The 90 days from the action must be dates: the action must be on 9999-10-02 or earlier.", ex.Message);
    }

    [Fact]
    public void A_baseline_without_observations_in_its_window_names_the_window()
    {
        // Action on 2026-04-01: the window is the 30 days from 2026-03-02; an observation on 2026-04-01 is outside.
        var none = Targets.Baseline([new DateOnly(2026, 4, 1)], [48m], new DateOnly(2026, 4, 1));
        Assert.Equal(UndefinedReason.EmptyInput, none.Reason);
        Assert.Equal("no observation falls in the baseline window 2026-03-02/P30D.", none.Explanation);
    }

    [Fact]
    public void Progress_to_a_target_equal_to_the_baseline_says_there_is_no_way_to_go()
    {
        var none = Targets.Progress(50m, 50m, 47m);
        Assert.Equal(UndefinedReason.TargetEqualsBaseline, none.Reason);
        Assert.Equal("the target equals the baseline, so there is no way to go.", none.Explanation);
    }

    // ---- North Star ------------------------------------------------------------------------------------

    [Fact]
    public void A_blank_driver_is_refused_with_the_rule()
    {
        var ex = Assert.Throws<ArgumentException>(() => new NorthStar("monthly_orders", "traffic", " "));
        Assert.Equal("drivers", ex.ParamName);
        Assert.Contains("The driver names must not be null or blank.", ex.Message);
    }

    [Fact]
    public void The_north_star_as_its_own_driver_is_refused_by_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => new NorthStar("monthly_orders", "traffic", "monthly_orders"));
        Assert.Equal("drivers", ex.ParamName);
        Assert.Contains("The drivers must not include the North Star itself, 'monthly_orders'.", ex.Message);
    }

    [Fact]
    public void A_repeated_driver_is_refused_by_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => new NorthStar("monthly_orders", "traffic", "traffic"));
        Assert.Equal("drivers", ex.ParamName);
        Assert.Contains("The driver names must be unique; 'traffic' appears twice.", ex.Message);
    }
}
