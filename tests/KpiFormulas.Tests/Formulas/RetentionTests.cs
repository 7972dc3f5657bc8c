using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class RetentionTests
{
    // ---- retention_rate ----------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.RetentionRate)]
    public void Retention_rate_is_the_share_of_last_years_customers_still_active()
    {
        // seed 002, line 72: "la proportion de clients qui restent actifs d'une année à l'autre".
        // The document announces an example ("regardons déjà le taux de fidélisation en année N") but
        // prints no figure. Hand calculation: 300 of 2025's 400 customers bought again in 2026: 300 / 400 = 75 %.
        var retention = Retention.RetentionRate(300, 400);
        Assert.Equal(Rate.FromPercent(75m), retention.Value);
        Assert.Equal(KpiIds.RetentionRate, retention.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.RetentionRate)]
    public void Retention_rate_keeps_full_precision()
    {
        // 2 / 3 = 0.6666... (28 decimals), displayed 66.7 % with one decimal.
        var retention = Retention.RetentionRate(2, 3).Value;
        Assert.Equal(2m / 3m, retention.Fraction);
        Assert.Equal(66.7m, decimal.Round(retention.Percent, 1));
    }

    [Fact]
    [KpiTest(KpiIds.RetentionRate)]
    public void Retention_rate_without_previous_customers_is_undefined()
    {
        var retention = Retention.RetentionRate(0, 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, retention.Reason);
        Assert.Equal(KpiIds.RetentionRate, retention.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.RetentionRate)]
    public void Retention_rate_rejects_negative_counts_and_more_retained_than_existed()
    {
        Assert.Equal("retainedCustomers", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.RetentionRate(-1, 10)).ParamName);
        Assert.Equal("customersInPreviousPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.RetentionRate(0, -1)).ParamName);
        Assert.Equal("retainedCustomers", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.RetentionRate(11, 10)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.RetentionRate)]
    public void Retention_rate_from_ids_counts_distinct_previous_customers_and_ignores_new_ones()
    {
        // Previous {ana, ben, chloé, dan}; current {ana, dan, eve}: ana and dan stayed, eve is new: 2 / 4 = 50 %.
        var retention = Retention.RetentionRate(["ana", "ben", "chloé", "dan"], ["ana", "dan", "eve"]);
        Assert.Equal(Rate.FromPercent(50m), retention.Value);
        Assert.Equal(KpiIds.RetentionRate, retention.KpiId);

        // Repeats count once: previous {a, b} (a twice), current {a, c} (a twice): 1 / 2, not 2 / 3.
        Assert.Equal(Rate.FromPercent(50m), Retention.RetentionRate(["a", "a", "b"], ["a", "a", "c"]).Value);
    }

    [Fact]
    [KpiTest(KpiIds.RetentionRate)]
    public void Retention_rate_from_ids_handles_empty_null_and_null_ids()
    {
        Assert.Equal(UndefinedReason.ZeroDenominator, Retention.RetentionRate(Array.Empty<int>(), [1, 2]).Reason);
        Assert.Equal(Rate.Zero, Retention.RetentionRate([1, 2], Array.Empty<int>()).Value);
        Assert.Equal("previousPeriodCustomers", Assert.Throws<ArgumentNullException>(() => Retention.RetentionRate(null!, [1])).ParamName);
        Assert.Equal("currentPeriodCustomers", Assert.Throws<ArgumentNullException>(() => Retention.RetentionRate([1], null!)).ParamName);
        Assert.Equal("previousPeriodCustomers", Assert.Throws<ArgumentException>(() => Retention.RetentionRate(["a", null!], ["a"])).ParamName);
        Assert.Equal("currentPeriodCustomers", Assert.Throws<ArgumentException>(() => Retention.RetentionRate(["a"], [null!, "a"])).ParamName);
    }

    // ---- churn_rate --------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.ChurnRate)]
    public void Churn_rate_is_the_share_of_customers_at_the_start_who_were_lost()
    {
        // seed 000, line 38: "le taux de churn (abandon)". Hand calculation: 100 lost of 400: 25 %.
        var churn = Retention.ChurnRate(100, 400);
        Assert.Equal(Rate.FromPercent(25m), churn.Value);
        Assert.Equal(KpiIds.ChurnRate, churn.KpiId);
        Assert.Equal(Rate.FromPercent(75m), churn.Value.Complement());   // the 75 % retention of the same 400 customers
    }

    [Fact]
    [KpiTest(KpiIds.ChurnRate)]
    public void Churn_rate_undefined_and_invalid_paths()
    {
        var churn = Retention.ChurnRate(0, 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, churn.Reason);
        Assert.Equal(KpiIds.ChurnRate, churn.KpiId);
        Assert.Equal("customersLost", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnRate(-1, 10)).ParamName);
        Assert.Equal("customersAtStart", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnRate(0, -10)).ParamName);
        Assert.Equal("customersLost", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnRate(11, 10)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.ChurnRate)]
    public void Churn_rate_from_ids_counts_the_previous_customers_missing_now()
    {
        // Previous {ana, ben, chloé, dan}; current {ana, dan, eve}: ben and chloé left: 2 / 4 = 50 %.
        var churn = Retention.ChurnRate(["ana", "ben", "chloé", "dan"], ["ana", "dan", "eve"]);
        Assert.Equal(Rate.FromPercent(50m), churn.Value);
        Assert.Equal(KpiIds.ChurnRate, churn.KpiId);

        // Previous {1, 2, 3} with repeats, current {3}: 2 of 3 lost.
        Assert.Equal(2m / 3m, Retention.ChurnRate([1, 1, 2, 3, 3], [3, 3, 4]).Value.Fraction);
        Assert.Equal(UndefinedReason.ZeroDenominator, Retention.ChurnRate(Array.Empty<string>(), ["a"]).Reason);
        Assert.Equal("previousPeriodCustomers", Assert.Throws<ArgumentNullException>(() => Retention.ChurnRate(null!, [1])).ParamName);
        Assert.Equal("currentPeriodCustomers", Assert.Throws<ArgumentException>(() => Retention.ChurnRate(["a"], [null!])).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.RetentionRate)]
    [KpiTest(KpiIds.ChurnRate)]
    public Property Churn_plus_retention_is_exactly_one_for_the_same_customers() =>
        Prop.ForAll(
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            (atStart, retainedSeed) =>
            {
                var retained = retainedSeed % (atStart + 1);
                var churn = Retention.ChurnRate(atStart - retained, atStart).Value;
                var retention = Retention.RetentionRate(retained, atStart).Value;
                return churn.Fraction + retention.Fraction == 1m && churn.IsProportion && retention.IsProportion;
            });

    [KpiProperty]
    [KpiTest(KpiIds.RetentionRate)]
    [KpiTest(KpiIds.ChurnRate)]
    public Property Id_based_rates_match_a_set_reference_and_sum_to_one()
    {
        var ids = Gen.ListOf(Gen.Choose(0, 30)).Select(l => l.ToArray());
        return Prop.ForAll(
            ids.ToArbitrary(),
            ids.ToArbitrary(),
            (previous, current) =>
            {
                var distinctPrevious = previous.Distinct().ToList();
                var retention = Retention.RetentionRate(previous, current);
                var churn = Retention.ChurnRate(previous, current);
                if (distinctPrevious.Count == 0)
                {
                    return !retention.IsDefined && !churn.IsDefined;
                }

                var stayed = distinctPrevious.Count(current.Contains);
                return retention.Value.Fraction == (decimal)stayed / distinctPrevious.Count
                    && retention.Value.Fraction + churn.Value.Fraction == 1m;
            });
    }

    // ---- conversion between period lengths ----------------------------------------------------

    [Fact]
    public void A_monthly_churn_compounds_to_a_yearly_churn()
    {
        // Hand calculation: 0.98^2 = 0.9604; ^4 = 0.92236816; ^8 = 0.8507630225817856;
        // ^12 = ^8 × ^4 = 0.784716723734800033386496, so 1 − 0.98^12 = 0.215283276265199966613504 (21.53 %, not 12 × 2 = 24 %).
        var yearly = Retention.ChurnOverPeriods(Rate.FromPercent(2m), 12m);
        Assert.Equal(0.215283276265199966613504m, yearly.Fraction);
        Assert.Equal(21.53m, decimal.Round(yearly.Percent, 2));
    }

    [Fact]
    public void Churn_and_retention_convert_both_ways_on_exact_cases()
    {
        // 1 − (1 − 0.1)^2 = 1 − 0.81 = 19 %; back: 1 − √0.81 = 10 %.
        Assert.Equal(Rate.FromPercent(19m), Retention.ChurnOverPeriods(Rate.FromPercent(10m), 2m));
        Assert.Equal(Rate.FromPercent(10m), Retention.ChurnPerPeriod(Rate.FromPercent(19m), 2m));

        // 0.9^3 = 0.729; √0.81 = 0.9.
        Assert.Equal(Rate.FromFraction(0.729m), Retention.RetentionOverPeriods(Rate.FromPercent(90m), 3m));
        Assert.Equal(Rate.FromPercent(90m), Retention.RetentionPerPeriod(Rate.FromPercent(81m), 2m));

        // Edges: nobody leaves, everybody leaves.
        Assert.Equal(Rate.Zero, Retention.ChurnOverPeriods(Rate.Zero, 12m));
        Assert.Equal(Rate.One, Retention.ChurnOverPeriods(Rate.One, 12m));
        Assert.Equal(Rate.One, Retention.RetentionOverPeriods(Rate.One, 12m));
        Assert.Equal(Rate.Zero, Retention.RetentionPerPeriod(Rate.Zero, 12m));
    }

    [Fact]
    public void Period_conversions_reject_non_proportions_and_non_positive_periods()
    {
        Assert.Equal("churnPerPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnOverPeriods(Rate.FromPercent(101m), 12m)).ParamName);
        Assert.Equal("churnPerPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnOverPeriods(Rate.FromPercent(-1m), 12m)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnOverPeriods(Rate.FromPercent(2m), 0m)).ParamName);
        Assert.Equal("churnOverPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnPerPeriod(Rate.FromPercent(120m), 12m)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.ChurnPerPeriod(Rate.FromPercent(20m), -1m)).ParamName);
        Assert.Equal("retentionPerPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.RetentionOverPeriods(Rate.FromPercent(-5m), 2m)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.RetentionOverPeriods(Rate.FromPercent(90m), 0m)).ParamName);
        Assert.Equal("retentionOverPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.RetentionPerPeriod(Rate.FromPercent(100.5m), 2m)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.RetentionPerPeriod(Rate.FromPercent(90m), -2m)).ParamName);
    }

    [KpiProperty(typeof(Proportions))]
    public Property Converted_churn_and_retention_of_one_cohort_still_sum_to_one(Rate churn) =>
        Prop.ForAll(
            Gen.Elements(1m, 2m, 3m, 12m, 52m, 0.5m, 12m / 52m, Period.DaysPerMonth / Period.DaysPerWeek).ToArbitrary(),
            periods =>
                Retention.ChurnOverPeriods(churn, periods).Fraction + Retention.RetentionOverPeriods(churn.Complement(), periods).Fraction == 1m);

    [KpiProperty]
    public Property Converting_to_a_longer_period_and_back_round_trips() =>
        // Within 1e-18 while the survival over the long period keeps enough significant digits
        // (churn up to 50 % a period, up to 24 periods: survival >= 0.5^24 = 6e-8).
        Prop.ForAll(
            Gen.Choose(0, 500_000).Select(i => Rate.FromFraction(i / 1_000_000m)).ToArbitrary(),
            Gen.OneOf(Gen.Choose(1, 24).Select(i => (decimal)i), Gen.Elements(0.5m, 12m / 52m, Period.DaysPerMonth / Period.DaysPerWeek)).ToArbitrary(),
            (churn, periods) =>
            {
                var churnBack = Retention.ChurnPerPeriod(Retention.ChurnOverPeriods(churn, periods), periods);
                var retention = churn.Complement();
                var retentionBack = Retention.RetentionPerPeriod(Retention.RetentionOverPeriods(retention, periods), periods);
                return Math.Abs(churnBack.Fraction - churn.Fraction) < 1e-18m
                    && Math.Abs(retentionBack.Fraction - retention.Fraction) < 1e-18m;
            });

    [KpiProperty(typeof(Proportions))]
    public Property Churn_over_n_periods_lies_between_one_period_and_n_times_it(Rate churn) =>
        // 1 − (1 − c)^n is at least c (n >= 1) and at most n × c (Bernoulli's inequality): never the naive c × n when c > 0, n > 1.
        Prop.ForAll(
            Gen.Choose(1, 36).ToArbitrary(),
            periods =>
            {
                var longer = Retention.ChurnOverPeriods(churn, periods).Fraction;
                return longer >= churn.Fraction - 1e-25m && longer <= Math.Min(1m, periods * churn.Fraction) + 1e-25m;
            });
}
