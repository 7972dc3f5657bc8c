using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class InvestmentTests
{
    // ---- catalogue entries ------------------------------------------------------------------------

    [Fact]
    public void The_family_holds_its_seven_kpis_in_order_with_their_directions()
    {
        Assert.Equal(
            ["npv", "xnpv", "irr", "xirr", "mirr", "discounted_payback", "cagr"],
            KpiCatalog.InFamily(KpiFamily.Investment).Select(d => d.Id));
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.DiscountedPayback).Direction);
        Assert.All(
            KpiCatalog.InFamily(KpiFamily.Investment).Where(d => d.Id != KpiIds.DiscountedPayback),
            d => Assert.Equal(Direction.HigherIsBetter, d.Direction));
        Assert.Equal("Valeur actuelle nette (VAN)", KpiCatalog.Get(KpiIds.Npv).FrenchName);
        Assert.Equal("Taux de rentabilité interne (TRI)", KpiCatalog.Get(KpiIds.Irr).FrenchName);
        Assert.All(KpiCatalog.InFamily(KpiFamily.Investment), d => Assert.NotEmpty(d.References));
    }

    // ---- worked examples: Formulas/Cases/Investment.json ----------------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Investment");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    /// <summary>Whether the case's flows are written as money ("-10_000 EUR") or as plain numbers.</summary>
    private static bool InMoney(ReferenceCase c) => c.Data.Inputs["cashFlows"].EnumerateArray().First().GetString()!.Contains(' ', StringComparison.Ordinal)
        && char.IsLetter(c.Data.Inputs["cashFlows"].EnumerateArray().First().GetString()![^1]);

    /// <summary>The calculator of a case: its KPI, its calculator's name where the KPI has several, money or plain flows.</summary>
    private static object Calculate(ReferenceCase c)
    {
        var money = c.Has("cashFlows") && InMoney(c);
        return c.Kpi switch
        {
            KpiIds.Npv when c.Calculator == nameof(Investment.NpvFromTimeZero) => money
                ? Investment.NpvFromTimeZero(c.Input<Rate>("discountRate"), c.Input<Money[]>("cashFlows"))
                : Investment.NpvFromTimeZero(c.Input<Rate>("discountRate"), c.Input<decimal[]>("cashFlows")),
            KpiIds.Npv => money
                ? Investment.Npv(c.Input<Rate>("discountRate"), c.Input<Money[]>("cashFlows"))
                : Investment.Npv(c.Input<Rate>("discountRate"), c.Input<decimal[]>("cashFlows")),
            KpiIds.Xnpv => money
                ? Investment.Xnpv(c.Input<Rate>("discountRate"), c.Input<Money[]>("cashFlows"), c.Input<DateOnly[]>("dates"))
                : Investment.Xnpv(c.Input<Rate>("discountRate"), c.Input<decimal[]>("cashFlows"), c.Input<DateOnly[]>("dates")),
            KpiIds.Irr when c.Has("guess") => money
                ? Investment.Irr(c.Input<Money[]>("cashFlows"), c.Input<Rate>("guess"))
                : Investment.Irr(c.Input<decimal[]>("cashFlows"), c.Input<Rate>("guess")),
            KpiIds.Irr => money ? Investment.Irr(c.Input<Money[]>("cashFlows")) : Investment.Irr(c.Input<decimal[]>("cashFlows")),
            KpiIds.Xirr => money
                ? Investment.Xirr(c.Input<Money[]>("cashFlows"), c.Input<DateOnly[]>("dates"))
                : Investment.Xirr(c.Input<decimal[]>("cashFlows"), c.Input<DateOnly[]>("dates")),
            KpiIds.Mirr => money
                ? Investment.Mirr(c.Input<Money[]>("cashFlows"), c.Input<Rate>("financeRate"), c.Input<Rate>("reinvestRate"))
                : Investment.Mirr(c.Input<decimal[]>("cashFlows"), c.Input<Rate>("financeRate"), c.Input<Rate>("reinvestRate")),
            KpiIds.DiscountedPayback => money
                ? Investment.DiscountedPayback(c.Input<Rate>("discountRate"), c.Input<Money[]>("cashFlows"))
                : Investment.DiscountedPayback(c.Input<Rate>("discountRate"), c.Input<decimal[]>("cashFlows")),
            KpiIds.Cagr when c.Data.Inputs["beginningValue"].GetString()!.EndsWith("EUR", StringComparison.Ordinal) =>
                Investment.Cagr(c.Input<Money>("beginningValue"), c.Input<Money>("endingValue"), c.Input<decimal>("periods")),
            KpiIds.Cagr => Investment.Cagr(c.Input<decimal>("beginningValue"), c.Input<decimal>("endingValue"), c.Input<decimal>("periods")),
            _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
        };
    }

    /// <summary>
    /// The result, defined and carrying the case's id, rounded half away from zero to the decimals its expected
    /// figure is written with, equals it: a published figure to its printed digits, a hand calculation to 14 and
    /// more (the root of an equation has no finite decimal form to compare exactly).
    /// </summary>
    private static void AssertFigure(ReferenceCase c, object result)
    {
        var expected = c.Data.Expected;
        var decimals = ReferenceNotation.DecimalsWritten(expected);
        switch (result)
        {
            case KpiResult<Money> money:
                Assert.True(money.IsDefined, $"{c.Name}: {money.Explanation}");
                Assert.Equal(c.Kpi, money.KpiId);
                var figure = c.Expected<Money>();
                Assert.Equal(figure.Currency, money.Value.Currency);
                Assert.Equal(figure.Amount, decimal.Round(money.Value.Amount, decimals, MidpointRounding.AwayFromZero));
                break;
            case KpiResult<decimal> number:
                Assert.True(number.IsDefined, $"{c.Name}: {number.Explanation}");
                Assert.Equal(c.Kpi, number.KpiId);
                Assert.Equal(c.Expected<decimal>(), decimal.Round(number.Value, decimals, MidpointRounding.AwayFromZero));
                break;
            case KpiResult<Rate> rate:
                Assert.True(rate.IsDefined, $"{c.Name}: {rate.Explanation}");
                Assert.Equal(c.Kpi, rate.KpiId);
                Assert.EndsWith("%", expected, StringComparison.Ordinal);
                Assert.Equal(ReferenceNotation.Number(expected[..^1].Trim()), decimal.Round(rate.Value.Percent, decimals, MidpointRounding.AwayFromZero));
                break;
            default:
                throw new NotSupportedException($"{c.Name}: no figure of {result.GetType().Name}.");
        }
    }

    // ---- npv --------------------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.Npv)]
    [MemberData(nameof(CasesOf), KpiIds.Npv)]
    public void Npv_discounts_each_flow_from_the_end_of_its_period_or_from_today(ReferenceCase c) => AssertFigure(c, Calculate(c));

    [Fact]
    [KpiTest(KpiIds.Npv)]
    public void Npv_of_no_flow_is_undefined_and_bad_rates_and_currencies_are_refused()
    {
        var none = Investment.Npv(Rate.FromPercent(8m), ReadOnlySpan<Money>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, none.Reason);
        Assert.Equal(KpiIds.Npv, none.KpiId);
        Assert.Equal(UndefinedReason.EmptyInput, Investment.NpvFromTimeZero(Rate.FromPercent(8m), ReadOnlySpan<decimal>.Empty).Reason);

        var minus100 = Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Npv(Rate.FromPercent(-100m), [1m]));
        Assert.Equal("discountRate", minus100.ParamName);
        Assert.Equal(Rate.FromPercent(-100m), minus100.ActualValue);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => Investment.NpvFromTimeZero(Rate.FromPercent(-150m), [1m])).ParamName);
        var mixed = Assert.Throws<CurrencyMismatchException>(() => Investment.Npv(Rate.FromPercent(8m), [Money.Euros(-10m), Money.UsDollars(20m)]));
        Assert.Equal("cashFlows", mixed.ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.Npv)]
    public void Npv_is_the_spreadsheet_form_and_the_time_zero_form_adds_the_first_flow_undiscounted()
    {
        // -100 + NPV(10%, 121) = -100 + 110 = 10, while =NPV(10%, -100, 121) discounts the outlay too:
        // -100 / 1.1 + 121 / 1.21 = 10 / 1.1.
        decimal[] flows = [-100m, 121m];
        Assert.Equal(10m, Investment.NpvFromTimeZero(Rate.FromPercent(10m), flows).Value);
        Assert.Equal(10m / 1.1m, Investment.Npv(Rate.FromPercent(10m), flows).Value, 25);
    }

    [KpiProperty]
    [KpiTest(KpiIds.Npv)]
    public Property Npv_of_an_investment_falls_as_the_rate_rises() =>
        Prop.ForAll(
            ConventionalFlows().ToArbitrary(),
            Gen.Choose(-5_000, 50_000).ToArbitrary(),
            Gen.Choose(1, 50_000).ToArbitrary(),
            (flows, basisPoints, step) =>
            {
                var low = Rate.FromFraction(basisPoints / 10_000m);
                var high = Rate.FromFraction((basisPoints + step) / 10_000m);
                return Investment.NpvFromTimeZero(low, flows).Value >= Investment.NpvFromTimeZero(high, flows).Value;
            });

    // ---- xnpv -------------------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.Xnpv)]
    [MemberData(nameof(CasesOf), KpiIds.Xnpv)]
    public void Xnpv_discounts_each_flow_from_its_date_per_year_of_365_days(ReferenceCase c) => AssertFigure(c, Calculate(c));

    [Fact]
    [KpiTest(KpiIds.Xnpv)]
    public void Xnpv_refuses_dates_before_the_first_and_spans_of_different_lengths()
    {
        var day = new DateOnly(2026, 1, 1);
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => Investment.Xnpv(Rate.FromPercent(8m), [-10m, 20m], [day, day.AddDays(-1)])).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => Investment.Xnpv(Rate.FromPercent(8m), [-10m, 20m], [day])).ParamName);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Xnpv(Rate.FromPercent(-100m), [-10m], [day])).ParamName);
        Assert.Equal(UndefinedReason.EmptyInput, Investment.Xnpv(Rate.FromPercent(8m), ReadOnlySpan<decimal>.Empty, ReadOnlySpan<DateOnly>.Empty).Reason);

        // The dates need not be in order after the first: a flow is discounted from its own date.
        Assert.Equal(
            Investment.Xnpv(Rate.FromPercent(8m), [-10m, 5m, 7m], [day, day.AddDays(30), day.AddDays(400)]).Value,
            Investment.Xnpv(Rate.FromPercent(8m), [-10m, 7m, 5m], [day, day.AddDays(400), day.AddDays(30)]).Value);
    }

    [KpiProperty]
    [KpiTest(KpiIds.Xnpv)]
    public Property Xnpv_of_flows_365_days_apart_is_the_npv_from_time_zero() =>
        Prop.ForAll(
            ConventionalFlows().ToArbitrary(),
            Gen.Choose(-5_000, 50_000).ToArbitrary(),
            (flows, basisPoints) =>
            {
                var rate = Rate.FromFraction(basisPoints / 10_000m);
                var start = new DateOnly(2024, 2, 29);
                var dates = flows.Select((_, i) => start.AddDays(365 * i)).ToArray();
                var periodic = Investment.NpvFromTimeZero(rate, flows).Value.Amount;
                var dated = Investment.Xnpv(rate, flows, dates).Value.Amount;
                // Both sum the same discounted terms, the dated form through decimal powers of
                // (1 + rate): they agree to 1e-18 of the terms' size, which at -50 % a year grows
                // with 2^i, so the bound follows the discounted terms, not the flows alone.
                return Math.Abs(periodic - dated) <= 1e-18m * DiscountedScale(flows, rate);
            });

    // ---- irr --------------------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.Irr)]
    [MemberData(nameof(CasesOf), KpiIds.Irr)]
    public void Irr_is_the_rate_at_which_the_npv_is_zero(ReferenceCase c) => AssertFigure(c, Calculate(c));

    [Fact]
    [KpiTest(KpiIds.Irr)]
    public void Irr_of_flows_that_never_change_sign_or_never_cross_zero_is_undefined()
    {
        var onlyIn = Investment.Irr([100m, 200m]);
        Assert.Equal(UndefinedReason.NoRateOfReturn, onlyIn.Reason);
        Assert.Equal(KpiIds.Irr, onlyIn.KpiId);
        Assert.Contains("outflow", onlyIn.Explanation, StringComparison.Ordinal);
        Assert.Equal(UndefinedReason.NoRateOfReturn, Investment.Irr([-100m, 0m, -5m]).Reason);
        Assert.Equal(UndefinedReason.NoRateOfReturn, Investment.Irr([0m, 0m]).Reason);
        Assert.Equal(UndefinedReason.EmptyInput, Investment.Irr(ReadOnlySpan<decimal>.Empty).Reason);

        // 100 - 300 x + 300 x^2 stays above zero for every x: the flows change sign twice, yet no rate exists.
        var noRoot = Investment.Irr([100m, -300m, 300m]);
        Assert.Equal(UndefinedReason.NoRateOfReturn, noRoot.Reason);
        Assert.Contains("No rate", noRoot.Explanation, StringComparison.Ordinal);

        Assert.Equal("cashFlows", Assert.Throws<CurrencyMismatchException>(() => Investment.Irr([Money.Euros(-10m), Money.UsDollars(20m)])).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.Irr)]
    public void Irr_finds_a_rate_near_minus_100_percent_and_a_very_high_one()
    {
        // -100 then 0.01: 99.99 % lost, r = -0.9999; -1 then 1 000 000: r = 999 999.
        Assert.Equal(-0.9999m, decimal.Round(Investment.Irr([-100m, 0.01m]).Value.Fraction, 15));
        Assert.Equal(999_999m, decimal.Round(Investment.Irr([-1m, 1_000_000m]).Value.Fraction, 9));
    }

    [KpiProperty]
    [KpiTest(KpiIds.Irr)]
    public Property Npv_at_the_irr_is_zero() =>
        Prop.ForAll(
            ConventionalFlows().ToArbitrary(),
            flows =>
            {
                var irr = Investment.Irr(flows);
                var paysSomething = flows.Skip(1).Any(f => f.Amount > 0m);
                return irr.IsDefined == paysSomething
                    && (!paysSomething || Math.Abs(Investment.NpvFromTimeZero(irr.Value, flows).Value.Amount) <= 1e-12m * Scale(flows));
            });

    [KpiProperty]
    [KpiTest(KpiIds.Irr)]
    public Property Irr_with_the_irr_as_guess_returns_it() =>
        Prop.ForAll(
            ConventionalFlows().ToArbitrary(),
            flows =>
            {
                var irr = Investment.Irr(flows);
                return !irr.IsDefined || Investment.Irr(flows, irr.Value).Value == irr.Value;
            });

    // ---- xirr -------------------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.Xirr)]
    [MemberData(nameof(CasesOf), KpiIds.Xirr)]
    public void Xirr_is_the_rate_at_which_the_xnpv_is_zero(ReferenceCase c) => AssertFigure(c, Calculate(c));

    [Fact]
    [KpiTest(KpiIds.Xirr)]
    public void Xirr_without_a_change_of_sign_is_undefined_and_its_guess_chooses_among_roots()
    {
        var day = new DateOnly(2025, 1, 1);
        Assert.Equal(UndefinedReason.NoRateOfReturn, Investment.Xirr([10m, 20m], [day, day.AddDays(10)]).Reason);
        Assert.Equal(UndefinedReason.EmptyInput, Investment.Xirr(ReadOnlySpan<decimal>.Empty, ReadOnlySpan<DateOnly>.Empty).Reason);
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => Investment.Xirr([-10m, 20m], [day, day.AddDays(-3)])).ParamName);

        // -100, 230, -132 a year of 365 days apart: 10 % and 20 %.
        DateOnly[] dates = [day, day.AddDays(365), day.AddDays(730)];
        Assert.Equal(0.1m, decimal.Round(Investment.Xirr([-100m, 230m, -132m], dates).Value.Fraction, 14));
        Assert.Equal(0.2m, decimal.Round(Investment.Xirr([-100m, 230m, -132m], dates, Rate.FromPercent(18m)).Value.Fraction, 14));
    }

    [KpiProperty]
    [KpiTest(KpiIds.Xirr)]
    public Property Xnpv_at_the_xirr_is_zero() =>
        Prop.ForAll(
            ConventionalFlows(minimumOutlayCents: 1_000_000).ToArbitrary(),
            Gen.Choose(180, 400).ToArbitrary(),
            (flows, spacing) =>
            {
                var start = new DateOnly(2025, 1, 1);
                var dates = flows.Select((_, i) => start.AddDays((spacing * i) + (i * i))).ToArray();
                var xirr = Investment.Xirr(flows, dates);
                var paysSomething = flows.Skip(1).Any(f => f.Amount > 0m);
                return xirr.IsDefined == paysSomething
                    && (!paysSomething || Math.Abs(Investment.Xnpv(xirr.Value, flows, dates).Value.Amount) <= 1e-12m * Scale(flows));
            });

    // ---- mirr -------------------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.Mirr)]
    [MemberData(nameof(CasesOf), KpiIds.Mirr)]
    public void Mirr_finances_the_outflows_and_reinvests_the_inflows(ReferenceCase c) => AssertFigure(c, Calculate(c));

    [Fact]
    [KpiTest(KpiIds.Mirr)]
    public void Mirr_without_an_inflow_or_an_outflow_is_undefined()
    {
        var noInflow = Investment.Mirr([-100m, -5m], Rate.FromPercent(5m), Rate.FromPercent(5m));
        Assert.Equal(UndefinedReason.NoRateOfReturn, noInflow.Reason);
        Assert.Contains("inflow", noInflow.Explanation, StringComparison.Ordinal);
        Assert.Equal(UndefinedReason.NoRateOfReturn, Investment.Mirr([100m, 5m], Rate.FromPercent(5m), Rate.FromPercent(5m)).Reason);
        Assert.Equal(UndefinedReason.EmptyInput, Investment.Mirr(ReadOnlySpan<decimal>.Empty, Rate.FromPercent(5m), Rate.FromPercent(5m)).Reason);
        Assert.Equal("financeRate", Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Mirr([-1m, 2m], Rate.FromPercent(-100m), Rate.Zero)).ParamName);
        Assert.Equal("reinvestRate", Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Mirr([-1m, 2m], Rate.Zero, Rate.FromPercent(-100m))).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.Mirr)]
    public Property Mirr_at_the_irr_for_both_rates_is_the_irr() =>
        Prop.ForAll(
            ConventionalFlows().ToArbitrary(),
            flows =>
            {
                var irr = Investment.Irr(flows);
                // Far from -100 % and from rates whose powers leave decimal's range over twenty periods.
                if (!irr.IsDefined || irr.Value.Fraction <= -0.9m || irr.Value.Fraction > 1m)
                {
                    return true;
                }

                var mirr = Investment.Mirr(flows, irr.Value, irr.Value).Value;
                return Math.Abs(mirr.Fraction - irr.Value.Fraction) <= 1e-12m;
            });

    // ---- discounted_payback -----------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.DiscountedPayback)]
    [MemberData(nameof(CasesOf), KpiIds.DiscountedPayback)]
    public void Discounted_payback_is_when_the_cumulated_discounted_flows_reach_zero(ReferenceCase c) => AssertFigure(c, Calculate(c));

    [Fact]
    [KpiTest(KpiIds.DiscountedPayback)]
    public void Discounted_payback_never_reached_is_undefined_and_nothing_to_pay_back_is_zero()
    {
        // At 10 %, 300, 400 and 500 are worth 978.96 today: 1 000 is never paid back.
        var never = Investment.DiscountedPayback(Rate.FromPercent(10m), [-1_000m, 300m, 400m, 500m]);
        Assert.Equal(UndefinedReason.NeverPaidBack, never.Reason);
        Assert.Equal(KpiIds.DiscountedPayback, never.KpiId);
        Assert.Equal(0m, Investment.DiscountedPayback(Rate.FromPercent(10m), [0m, 300m]).Value);
        Assert.Equal(UndefinedReason.EmptyInput, Investment.DiscountedPayback(Rate.FromPercent(10m), ReadOnlySpan<decimal>.Empty).Reason);

        // An outlay at the end of period 1, paid back during period 3: 2 + 40 / 60.
        Assert.Equal(2m + (40m / 60m), Investment.DiscountedPayback(Rate.Zero, [0m, -100m, 60m, 60m]).Value);
    }

    [KpiProperty]
    [KpiTest(KpiIds.DiscountedPayback)]
    public Property Discounting_never_shortens_the_payback() =>
        Prop.ForAll(
            ConventionalFlows().ToArbitrary(),
            Gen.Choose(0, 50_000).ToArbitrary(),
            (flows, basisPoints) =>
            {
                var discounted = Investment.DiscountedPayback(Rate.FromFraction(basisPoints / 10_000m), flows);
                var plain = Investment.DiscountedPayback(Rate.Zero, flows);
                return !discounted.IsDefined || (plain.IsDefined && plain.Value <= discounted.Value);
            });

    // ---- cagr -------------------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.Cagr)]
    [MemberData(nameof(CasesOf), KpiIds.Cagr)]
    public void Cagr_is_the_constant_rate_from_the_beginning_to_the_ending_value(ReferenceCase c) => AssertFigure(c, Calculate(c));

    [Fact]
    [KpiTest(KpiIds.Cagr)]
    public void Cagr_from_nothing_is_undefined_and_bad_inputs_are_refused()
    {
        var fromNothing = Investment.Cagr(Money.Euros(0m), Money.Euros(100m), 2m);
        Assert.Equal(UndefinedReason.ZeroBaseline, fromNothing.Reason);
        Assert.Equal(KpiIds.Cagr, fromNothing.KpiId);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Cagr(100m, 121m, 0m)).ParamName);
        Assert.Equal("beginningValue", Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Cagr(Money.Euros(-1m), Money.Euros(1m), 1m)).ParamName);
        Assert.Equal("endingValue", Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Cagr(1m, -1m, 1m)).ParamName);
        Assert.Equal("endingValue", Assert.Throws<CurrencyMismatchException>(() => Investment.Cagr(Money.Euros(1m), Money.UsDollars(2m), 1m)).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.Cagr)]
    public Property Cagr_compounded_over_its_periods_gives_the_ending_value_back() =>
        Prop.ForAll(
            Gen.Choose(1, 100_000_000).ToArbitrary(),
            Gen.Choose(0, 100_000_000).ToArbitrary(),
            Gen.Choose(1, 30).ToArbitrary(),
            (beginningCents, endingCents, years) =>
            {
                var beginning = Money.FromMinorUnits(beginningCents, Currency.EUR);
                var ending = Money.FromMinorUnits(endingCents, Currency.EUR);
                var cagr = Investment.Cagr(beginning, ending, years).Value;
                var compounded = beginning.Amount * Power(1m + cagr.Fraction, years);
                return Math.Abs(compounded - ending.Amount) <= 1e-15m * Math.Max(1m, ending.Amount);
            });

    // ---- generators -------------------------------------------------------------------------------

    /// <summary>
    /// A conventional investment: an outlay of 0.01 € (or the minimum) to 1 000 000 € today, then 1 to 20
    /// flows of 0 € to 300 000 € (the scales of a small business), so the flows change sign at most once.
    /// Dated flows take an outlay of 10 000 € or more, so that their yearly rate stays below 10^12.
    /// </summary>
    private static Gen<Money[]> ConventionalFlows(int minimumOutlayCents = 1) =>
        from outlay in Gen.Choose(minimumOutlayCents, 100_000_000)
        from count in Gen.Choose(1, 20)
        from inflows in Gen.ArrayOf(Gen.Choose(0, 30_000_000), count)
        select new[] { Money.FromMinorUnits(-outlay, Currency.EUR) }.Concat(inflows.Select(cents => Money.FromMinorUnits(cents, Currency.EUR))).ToArray();

    private static decimal Scale(Money[] flows) => flows.Sum(f => Math.Abs(f.Amount));

    private static decimal DiscountedScale(Money[] flows, Rate rate) =>
        flows.Select((f, i) => Math.Abs(f.Amount) / Power(1m + rate.Fraction, i)).Sum();

    private static decimal Power(decimal x, int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= x;
        }

        return result;
    }
}
