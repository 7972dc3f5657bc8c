using System;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

/// <summary>
/// The edges of the investment calculators: the exact words of their undefined results and refusals, the
/// boundaries of the discounted payback, and discounting where powers leave decimal's digits or range.
/// </summary>
public class InvestmentEdgeTests
{
    private const string NothingToDiscount = "'cashFlows' is empty: there is nothing to discount.";
    private const string NoRateOfReturn = "'cashFlows' is empty: there is no rate of return.";
    private const string NeverPaidBack = "The cumulated discounted 'cashFlows' are still negative after the last flow.";

    private static readonly DateOnly Day = new(2025, 1, 1);

    // ---- undefined results say why ------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Npv)]
    public void Npv_of_no_flow_explains_that_there_is_nothing_to_discount_in_both_forms()
    {
        var plain = Investment.Npv(Rate.FromPercent(8m), ReadOnlySpan<decimal>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, plain.Reason);
        Assert.Equal(NothingToDiscount, plain.Explanation);

        var money = Investment.Npv(Rate.FromPercent(8m), ReadOnlySpan<Money>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, money.Reason);
        Assert.Equal(NothingToDiscount, money.Explanation);

        var fromToday = Investment.NpvFromTimeZero(Rate.FromPercent(8m), ReadOnlySpan<decimal>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, fromToday.Reason);
        Assert.Equal(NothingToDiscount, fromToday.Explanation);
    }

    [Fact]
    [KpiTest(KpiIds.Xnpv)]
    public void Xnpv_of_no_flow_explains_that_there_is_nothing_to_discount()
    {
        var none = Investment.Xnpv(Rate.FromPercent(8m), ReadOnlySpan<decimal>.Empty, ReadOnlySpan<DateOnly>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, none.Reason);
        Assert.Equal(KpiIds.Xnpv, none.KpiId);
        Assert.Equal(NothingToDiscount, none.Explanation);
    }

    [Fact]
    [KpiTest(KpiIds.Irr)]
    [KpiTest(KpiIds.Xirr)]
    [KpiTest(KpiIds.Mirr)]
    public void Rates_of_return_of_no_flow_explain_that_there_is_none()
    {
        var irr = Investment.Irr(ReadOnlySpan<decimal>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, irr.Reason);
        Assert.Equal(NoRateOfReturn, irr.Explanation);

        var xirr = Investment.Xirr(ReadOnlySpan<decimal>.Empty, ReadOnlySpan<DateOnly>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, xirr.Reason);
        Assert.Equal(NoRateOfReturn, xirr.Explanation);

        var mirr = Investment.Mirr(ReadOnlySpan<decimal>.Empty, Rate.FromPercent(5m), Rate.FromPercent(5m));
        Assert.Equal(UndefinedReason.EmptyInput, mirr.Reason);
        Assert.Equal(NoRateOfReturn, mirr.Explanation);
    }

    [Fact]
    [KpiTest(KpiIds.Irr)]
    public void Irr_of_flows_that_never_change_sign_says_which_side_is_missing()
    {
        var onlyInflows = Investment.Irr([100m, 200m]);
        Assert.Equal(UndefinedReason.NoRateOfReturn, onlyInflows.Reason);
        Assert.Equal("'cashFlows' holds no outflow: the flows never change sign, so no rate makes their value zero.", onlyInflows.Explanation);

        var onlyOutflows = Investment.Irr([-100m, 0m, -5m]);
        Assert.Equal(UndefinedReason.NoRateOfReturn, onlyOutflows.Reason);
        Assert.Equal("'cashFlows' holds no inflow: the flows never change sign, so no rate makes their value zero.", onlyOutflows.Explanation);

        var onlyZeros = Investment.Irr([0m, 0m]);
        Assert.Equal(UndefinedReason.NoRateOfReturn, onlyZeros.Reason);
        Assert.Equal("'cashFlows' holds only zeros: every rate makes their value zero, so none is the rate of return.", onlyZeros.Explanation);
    }

    [Fact]
    [KpiTest(KpiIds.Mirr)]
    public void Mirr_without_an_inflow_or_without_an_outflow_says_which_is_missing()
    {
        var noInflow = Investment.Mirr([-100m, -5m], Rate.FromPercent(5m), Rate.FromPercent(5m));
        Assert.Equal(UndefinedReason.NoRateOfReturn, noInflow.Reason);
        Assert.Equal("'cashFlows' holds no inflow: nothing is returned to reinvest.", noInflow.Explanation);

        var noOutflow = Investment.Mirr([100m, 5m], Rate.FromPercent(5m), Rate.FromPercent(5m));
        Assert.Equal(UndefinedReason.NoRateOfReturn, noOutflow.Reason);
        Assert.Equal("'cashFlows' holds no outflow: nothing was invested.", noOutflow.Explanation);
    }

    [Fact]
    [KpiTest(KpiIds.DiscountedPayback)]
    public void Discounted_payback_of_no_flow_or_of_an_outlay_never_paid_back_says_why()
    {
        var none = Investment.DiscountedPayback(Rate.FromPercent(10m), ReadOnlySpan<decimal>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, none.Reason);
        Assert.Equal("'cashFlows' is empty: there is nothing to pay back.", none.Explanation);

        // A lone outlay: the cumulated value is negative from the start and nothing follows to repay it.
        var lone = Investment.DiscountedPayback(Rate.FromPercent(10m), [-100m]);
        Assert.Equal(UndefinedReason.NeverPaidBack, lone.Reason);
        Assert.Equal(NeverPaidBack, lone.Explanation);
    }

    [Fact]
    [KpiTest(KpiIds.Cagr)]
    public void Cagr_from_zero_explains_that_no_growth_rate_leads_from_nothing()
    {
        var fromNothing = Investment.Cagr(0m, 100m, 2m);
        Assert.Equal(UndefinedReason.ZeroBaseline, fromNothing.Reason);
        Assert.Equal("'beginningValue' is zero: no growth rate leads from nothing.", fromNothing.Explanation);
    }

    // ---- refusals name the parameter and the rule ---------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Xirr)]
    [KpiTest(KpiIds.Mirr)]
    [KpiTest(KpiIds.DiscountedPayback)]
    public void Dated_irr_mirr_and_payback_refuse_flows_in_two_currencies()
    {
        Money[] mixed = [Money.Euros(-10m), Money.UsDollars(20m)];
        Assert.Equal("cashFlows", Assert.Throws<CurrencyMismatchException>(() => Investment.Xirr(mixed, [Day, Day.AddDays(365)])).ParamName);
        Assert.Equal("cashFlows", Assert.Throws<CurrencyMismatchException>(() => Investment.Mirr(mixed, Rate.FromPercent(5m), Rate.FromPercent(5m))).ParamName);
        Assert.Equal("cashFlows", Assert.Throws<CurrencyMismatchException>(() => Investment.DiscountedPayback(Rate.FromPercent(5m), mixed)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.Xnpv)]
    public void Xnpv_refusing_dates_names_the_other_span_and_the_rule()
    {
        var shorter = Assert.Throws<ArgumentException>(() => Investment.Xnpv(Rate.FromPercent(8m), [-10m, 20m], [Day]));
        Assert.Equal("dates", shorter.ParamName);
        Assert.Contains("The spans must have the same length; 'cashFlows' has 2 elements, this one 1.", shorter.Message, StringComparison.Ordinal);

        var earlier = Assert.Throws<ArgumentException>(() => Investment.Xnpv(Rate.FromPercent(8m), [-10m, 20m], [Day, Day.AddDays(-1)]));
        Assert.Equal("dates", earlier.ParamName);
        Assert.Contains("No date may precede the first, the date the flows are discounted to.", earlier.Message, StringComparison.Ordinal);
    }

    [Fact]
    [KpiTest(KpiIds.Xnpv)]
    public void Xnpv_accepts_a_flow_on_the_first_date_itself_undiscounted()
    {
        // Both flows are on the first date: -10 + 20 = 10, whatever the rate.
        Assert.Equal(10m, Investment.Xnpv(Rate.FromPercent(8m), [-10m, 20m], [Day, Day]).Value);
    }

    [Fact]
    [KpiTest(KpiIds.Cagr)]
    public void Cagr_refuses_a_negative_amount_of_money_with_the_rule_for_amounts()
    {
        var beginning = Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Cagr(Money.Euros(-1m), Money.Euros(1m), 1m));
        Assert.Equal("beginningValue", beginning.ParamName);
        Assert.Contains("The amount must not be negative.", beginning.Message, StringComparison.Ordinal);

        var ending = Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Cagr(Money.Euros(1m), Money.Euros(-1m), 1m));
        Assert.Equal("endingValue", ending.ParamName);
        Assert.Contains("The amount must not be negative.", ending.Message, StringComparison.Ordinal);
    }

    [Fact]
    [KpiTest(KpiIds.Cagr)]
    public void Cagr_of_plain_numbers_refuses_a_negative_beginning_value_by_name()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Investment.Cagr(-1m, 1m, 1m));
        Assert.Equal("beginningValue", ex.ParamName);
        Assert.Contains("The value must not be negative.", ex.Message, StringComparison.Ordinal);
    }

    // ---- discounted payback boundaries -----------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.DiscountedPayback)]
    public void Discounted_payback_is_zero_when_the_cumulated_flows_touch_zero_without_going_below()
    {
        // At 0 %: 10, then 10 - 10 = 0: never below zero, nothing to pay back.
        Assert.Equal(0m, Investment.DiscountedPayback(Rate.Zero, [10m, -10m]).Value);

        // 5, 0, 3: the cumulated value rests at zero in period 1 and rises again; it was never owed.
        Assert.Equal(0m, Investment.DiscountedPayback(Rate.Zero, [5m, -5m, 3m]).Value);

        // Nothing at all, ever: zero periods, and no division by the empty period.
        Assert.Equal(0m, Investment.DiscountedPayback(Rate.FromPercent(10m), [0m, 0m]).Value);
    }

    [Fact]
    [KpiTest(KpiIds.DiscountedPayback)]
    public void Discounted_payback_of_flows_that_turn_negative_only_later_is_never_reached()
    {
        // At 0 %: 10, then 10 - 20 = -10 after the last flow: an outlay not paid back.
        var result = Investment.DiscountedPayback(Rate.Zero, [10m, -20m]);
        Assert.Equal(UndefinedReason.NeverPaidBack, result.Reason);
        Assert.Equal(NeverPaidBack, result.Explanation);
    }

    [Fact]
    [KpiTest(KpiIds.DiscountedPayback)]
    public void Discounted_payback_divides_by_the_exact_integer_power()
    {
        // At 10 %: 550 / 1.1 = 500 and 605 / 1.21 = 500 exactly, so the 1 000 are paid back at 1 + 500 / 500 = 2.
        Assert.Equal(2m, Investment.DiscountedPayback(Rate.FromPercent(10m), [-1_000m, 550m, 605m]).Value);
    }

    [Fact]
    [KpiTest(KpiIds.DiscountedPayback)]
    public void Discounted_payback_at_a_steep_negative_rate_multiplies_by_the_exact_inverse_power()
    {
        // At -50 % a flow at period 30 is worth 1 / 0.5^30 = 2^30 = 1 073 741 824 times its amount today.
        // 0.5^30 has 30 decimals, more than decimal keeps, so only the power of 2 is exact. The outlay
        // 536 870 912 = 2^29 is half of it: paid back at 29 + 2^29 / 2^30 = 29.5.
        var flows = new decimal[31];
        flows[0] = -536_870_912m;
        flows[30] = 1m;
        Assert.Equal(29.5m, Investment.DiscountedPayback(Rate.FromPercent(-50m), flows).Value);
    }

    [Fact]
    [KpiTest(KpiIds.DiscountedPayback)]
    public void Discounted_payback_of_zero_flows_at_minus_99_percent_does_not_overflow()
    {
        // At -99 % a flow at period 15 is multiplied by 100^15 = 10^30, beyond decimal; but these flows are
        // zero, worth zero whatever the rate, so the outlay of 1 simply stays unpaid.
        var flows = new decimal[16];
        flows[0] = -1m;
        var result = Investment.DiscountedPayback(Rate.FromPercent(-99m), flows);
        Assert.Equal(UndefinedReason.NeverPaidBack, result.Reason);
    }

    // ---- xnpv at the limits of decimal ------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Xnpv)]
    public void Xnpv_of_a_flow_discounted_below_decimals_smallest_step_counts_it_as_nothing()
    {
        // At 999 999 (1 + r = 10^6) a flow 5 years of 365 days away is divided by 10^30: 1e-30, below
        // decimal's 1e-28, so -1 + 1e-30 is -1. The power itself, 10^30, is beyond decimal's range.
        var value = Investment.Xnpv(Rate.FromFraction(999_999m), [-1m, 1m], [Day, Day.AddDays(5 * 365)]);
        Assert.Equal(-1m, value.Value);
    }

    [Fact]
    [KpiTest(KpiIds.Xnpv)]
    public void Xnpv_of_flows_whole_years_apart_divides_by_the_exact_power()
    {
        // 1 095 days are 3 years: 1 331 / 1.1^3 = 1 331 / 1.331 = 1 000, which pays the 1 000 exactly.
        Assert.Equal(0m, Investment.Xnpv(Rate.FromPercent(10m), [-1_000m, 1_331m], [Day, Day.AddDays(1_095)]).Value);
    }

    // ---- mirr --------------------------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Mirr)]
    public void Mirr_discounts_a_later_outflow_back_to_today_at_the_finance_rate()
    {
        // Outflows at 10 %: -100 - 110 / 1.1 = -200 today. The only inflow is the last, 242, so the reinvest
        // rate does not touch it. (242 / 200)^(1/2) - 1 = 1.21^(1/2) - 1 = 10 %.
        var mirr = Investment.Mirr([-100m, -110m, 242m], Rate.FromPercent(10m), Rate.FromPercent(5m));
        Assert.Equal(0.1m, decimal.Round(mirr.Value.Fraction, 14));
    }

    // ---- xirr: a root found once, even where the present value underflows ---------------------------

    [Fact]
    [KpiTest(KpiIds.Xirr)]
    public void Xirr_with_a_guess_far_above_the_only_rate_still_returns_that_rate()
    {
        // Nothing on the first date, -100 thirty years of 365 days later, 110 a year after that:
        // -100 / (1 + r)^30 + 110 / (1 + r)^31 = 0 gives 1 + r = 110 / 100, the only rate: 10 %.
        // At rates near 10^11 both terms are below the smallest double and the present value reads as
        // zero there; that is no rate of return, so even a guess of 10^11 gets the 10 %.
        var start = new DateOnly(2000, 1, 1);
        DateOnly[] dates = [start, start.AddDays(30 * 365), start.AddDays(31 * 365)];
        decimal[] flows = [0m, -100m, 110m];

        Assert.Equal(0.1m, decimal.Round(Investment.Xirr(flows, dates).Value.Fraction, 12));
        Assert.Equal(0.1m, decimal.Round(Investment.Xirr(flows, dates, Rate.FromFraction(100_000_000_000m)).Value.Fraction, 12));
    }
}
