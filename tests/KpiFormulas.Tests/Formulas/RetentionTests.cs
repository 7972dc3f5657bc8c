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
    // ---- worked examples: Formulas/Cases/Retention.json --------------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Retention");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    /// <summary>The calculator of a case: its KPI or helper, and its inputs where there are several overloads.</summary>
    private static object Calculate(ReferenceCase c) => c.Kpi switch
    {
        KpiIds.RetentionRate when c.Has("previousPeriodCustomers") =>
            Retention.RetentionRate(c.Input<string[]>("previousPeriodCustomers"), c.Input<string[]>("currentPeriodCustomers")),
        KpiIds.RetentionRate => Retention.RetentionRate(c.Input<long>("retainedCustomers"), c.Input<long>("customersInPreviousPeriod")),
        KpiIds.ChurnRate when c.Has("previousPeriodCustomers") =>
            Retention.ChurnRate(c.Input<string[]>("previousPeriodCustomers"), c.Input<string[]>("currentPeriodCustomers")),
        KpiIds.ChurnRate => Retention.ChurnRate(c.Input<long>("customersLost"), c.Input<long>("customersAtStart")),
        "churn_over_periods" => Retention.ChurnOverPeriods(c.Input<Rate>("churnPerPeriod"), c.Input<decimal>("periods")),
        "churn_per_period" => Retention.ChurnPerPeriod(c.Input<Rate>("churnOverPeriods"), c.Input<decimal>("periods")),
        "retention_over_periods" => Retention.RetentionOverPeriods(c.Input<Rate>("retentionPerPeriod"), c.Input<decimal>("periods")),
        "retention_per_period" => Retention.RetentionPerPeriod(c.Input<Rate>("retentionOverPeriods"), c.Input<decimal>("periods")),
        _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
    };

    // ---- retention_rate ----------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.RetentionRate)]
    [MemberData(nameof(CasesOf), KpiIds.RetentionRate)]
    public void Retention_rate_is_the_share_of_previous_customers_still_active_counted_once(ReferenceCase c) => c.AssertResult(Calculate(c));

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

    [Theory]
    [KpiTest(KpiIds.ChurnRate)]
    [MemberData(nameof(CasesOf), KpiIds.ChurnRate)]
    public void Churn_rate_is_the_share_of_previous_customers_who_were_lost(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.ChurnRate)]
    public void Churn_of_100_customers_in_400_complements_a_retention_of_75_percent()
    {
        var churn = (KpiResult<Rate>)Calculate(Cases.Case("customers lost of 400"));
        Assert.Equal(Rate.FromPercent(75m), churn.Value.Complement());
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
    public void Churn_rate_from_ids_is_undefined_without_previous_customers_and_rejects_null()
    {
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

    [Theory]
    [MemberData(nameof(CasesOf), "churn_over_periods")]
    public void A_churn_per_period_compounds_over_several_periods(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), "churn_per_period")]
    public void A_churn_over_several_periods_converts_back_to_one_period(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), "retention_over_periods")]
    public void A_retention_per_period_compounds_over_several_periods(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [MemberData(nameof(CasesOf), "retention_per_period")]
    public void A_retention_over_several_periods_converts_back_to_one_period(ReferenceCase c) => c.AssertResult(Calculate(c));

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
