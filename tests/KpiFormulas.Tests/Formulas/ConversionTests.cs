using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class ConversionTests
{
    // Every part / whole rate of the family: its catalogue id, the calculator, and its parameters' names.
    private static readonly Dictionary<string, (Func<long, long, KpiResult<Rate>> Rate, string Part, string Whole)> Rates = new()
    {
        [KpiIds.ConversionRate] = (Conversion.ConversionRate, "converted", "total"),
        [KpiIds.StageConversion] = (Conversion.StageConversionRate, "reachedNextStage", "atStage"),
        [KpiIds.QuoteToOrderRate] = (Conversion.QuoteToOrderRate, "orders", "quotes"),
        [KpiIds.MeetingBookingRate] = (Conversion.MeetingBookingRate, "qualifiedMeetings", "callsAndEmails"),
        [KpiIds.MqlToSqlRate] = (Conversion.MqlToSqlRate, "salesQualifiedLeads", "marketingQualifiedLeads"),
        [KpiIds.LeadToSqlRate] = (Conversion.LeadToSqlRate, "salesQualifiedLeads", "leads"),
        [KpiIds.LeadToOpportunityRate] = (Conversion.LeadToOpportunityRate, "opportunities", "leads"),
        [KpiIds.ClosingRate] = (Conversion.ClosingRate, "wonDeals", "qualifiedOpportunities"),
        [KpiIds.QualifiedLeadRate] = (Conversion.QualifiedLeadRate, "qualifiedLeads", "leads"),
        [KpiIds.ResponseRate] = (Conversion.ResponseRate, "prospectsWhoReplied", "prospectsContacted"),
        [KpiIds.OpenRate] = (Conversion.OpenRate, "emailsOpened", "emailsDelivered"),
        [KpiIds.InstantPaymentRate] = (Conversion.InstantPaymentRate, "invoicesPaidAtOrder", "invoices"),
    };

    public static TheoryData<string> RateIds => [.. Rates.Keys];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    // ---- worked examples: Formulas/Cases/Conversion.json -------------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Conversion");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    public static TheoryData<ReferenceChange> Changes => Cases.Changes();

    /// <summary>Every rate of the family takes its part and its whole under the names of its parameters.</summary>
    private static KpiResult<Rate> Calculate(ReferenceCase c)
    {
        var (rate, part, whole) = Rates[c.Kpi];
        return rate(c.Input<long>(part), c.Input<long>(whole));
    }

    private static Rate RateOf(string name) => Calculate(Cases.Case(name)).Value;

    [Theory]
    [MemberData(nameof(Changes))]
    public void Changes_between_worked_examples(ReferenceChange change) =>
        change.AssertBetween(Calculate(change.Before), Calculate(change.After));

    // ---- the rules every rate shares -----------------------------------------------------------

    [Theory]
    [MemberData(nameof(RateIds))]
    public void Every_rate_is_part_over_whole_and_carries_its_own_id(string id)
    {
        // Hand calculation: 1 / 4 = 0.25; 2 / 3 = 0.666...
        var (rate, _, _) = Rates[id];
        Assert.Equal(Rate.FromPercent(25m), rate(1, 4).Value);
        Assert.Equal(2m / 3m, rate(2, 3).Value.Fraction);
        Assert.Equal(id, rate(1, 4).KpiId);
        Assert.Equal(Rate.Zero, rate(0, 7).Value);   // nothing converted: a real 0 %
        Assert.Equal(Rate.One, rate(7, 7).Value);
    }

    [Theory]
    [MemberData(nameof(RateIds))]
    public void Every_rate_is_undefined_not_zero_when_the_whole_is_zero(string id)
    {
        var result = Rates[id].Rate(0, 0);
        Assert.False(result.IsDefined);
        Assert.Equal(UndefinedReason.ZeroDenominator, result.Reason);
        Assert.Equal(id, result.KpiId);
        Assert.Contains(Rates[id].Whole, result.Explanation, StringComparison.Ordinal);
        var e = Assert.Throws<UndefinedKpiException>(() => result.Value);
        Assert.Equal(id, e.KpiId);
        Assert.Equal(UndefinedReason.ZeroDenominator, e.Reason);
    }

    [Theory]
    [MemberData(nameof(RateIds))]
    public void Every_rate_rejects_negative_counts_and_a_part_above_the_whole(string id)
    {
        var (rate, part, whole) = Rates[id];
        Assert.Equal(part, Assert.Throws<ArgumentOutOfRangeException>(() => rate(-1, 10)).ParamName);
        Assert.Equal(whole, Assert.Throws<ArgumentOutOfRangeException>(() => rate(0, -1)).ParamName);

        // More conversions than trials: the exception carries the part and its count, the message names the whole and its count.
        var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => rate(11, 10));
        Assert.Equal(part, tooMany.ParamName);
        Assert.Equal(11L, tooMany.ActualValue);
        Assert.Contains($"'{whole}' (10)", tooMany.Message, StringComparison.Ordinal);
        Assert.Equal(part, Assert.Throws<ArgumentOutOfRangeException>(() => rate(1, 0)).ParamName);
    }

    [KpiProperty]
    public Property Every_rate_is_a_proportion_monotone_in_the_part() =>
        // Every rate of the family on each case (1000 cases per rate), labelled with its id.
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Gen.Choose(1, int.MaxValue).ToArbitrary(),
            (a, b, w) => Rates
                .Select(entry => IsAProportionMonotoneInThePart(entry.Value.Rate, a, b, w).Label(entry.Key))
                .Aggregate((all, next) => all.And(next)));

    private static bool IsAProportionMonotoneInThePart(Func<long, long, KpiResult<Rate>> rate, int a, int b, int w)
    {
        long whole = w, low = Math.Min(a, b) % (whole + 1), high = Math.Max(a, b) % (whole + 1);
        (low, high) = (Math.Min(low, high), Math.Max(low, high));
        var lowRate = rate(low, whole).Value;
        var highRate = rate(high, whole).Value;
        return lowRate.IsProportion && highRate.IsProportion && lowRate <= highRate
            && (lowRate == Rate.Zero) == (low == 0) && (highRate == Rate.One) == (high == whole);
    }

    [KpiProperty]
    [KpiTest(KpiIds.ConversionRate)]
    public Property Converted_and_not_converted_add_up_to_one_within_decimal_precision() =>
        // p / w and (w - p) / w are each rounded at the 28th decimal at most: the sum is 1 within 1e-28.
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Gen.Choose(1, int.MaxValue).ToArbitrary(),
            (p, w) =>
            {
                long part = p % ((long)w + 1);
                var sum = Conversion.ConversionRate(part, w).Value.Fraction + Conversion.ConversionRate(w - part, w).Value.Fraction;
                return Math.Abs(sum - 1m) <= 1e-28m;
            });

    [KpiProperty]
    [KpiTest(KpiIds.ConversionRate)]
    public Property A_rate_depends_only_on_the_proportion_not_on_the_volume() =>
        // 3 of 7 and 3 000 of 7 000 are the same rate, to the last digit.
        Prop.ForAll(
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(1, 100_000).ToArbitrary(),
            Gen.Choose(1, 100_000).ToArbitrary(),
            (p, w, k) =>
            {
                long part = p % ((long)w + 1);
                return Conversion.ConversionRate(part, w).Value == Conversion.ConversionRate(part * k, (long)w * k).Value;
            });

    [Fact]
    [KpiTest(KpiIds.ConversionRate)]
    public void Rates_take_counts_up_to_long_max_value()
    {
        // Hand calculation: (2^63 - 1) / (2^63 - 1) = 1 and 1 / (2^63 - 1) ~ 1.08e-19.
        Assert.Equal(Rate.One, Conversion.ConversionRate(long.MaxValue, long.MaxValue).Value);
        Assert.Equal(1m / long.MaxValue, Conversion.ConversionRate(1, long.MaxValue).Value.Fraction);
    }

    // ---- conversion_rate -------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.ConversionRate)]
    [MemberData(nameof(CasesOf), KpiIds.ConversionRate)]
    public void Conversion_rate_of_the_worked_examples(ReferenceCase c) => c.AssertResult(Calculate(c));

    // ---- stage_conversion ------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.StageConversion)]
    [MemberData(nameof(CasesOf), KpiIds.StageConversion)]
    public void Stage_conversion_of_the_worked_examples_is_shown_in_percent_as_the_fraction_times_100(ReferenceCase c) =>
        c.AssertResult(Calculate(c));

    // ---- quote_to_order_rate -------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.QuoteToOrderRate)]
    [MemberData(nameof(CasesOf), KpiIds.QuoteToOrderRate)]
    public void Quote_to_order_rate_of_the_worked_examples(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.QuoteToOrderRate)]
    public void Quote_to_order_success_is_plus_five_points_not_plus_five_percent()
    {
        // A 20 % baseline: +5 points is 25 % (a +25 % relative gain) and meets the success threshold;
        // +5 % relative is 21 %, only +1 point, and does not.
        var baseline = RateOf("quote to order baseline");
        var fivePoints = Change.Between(baseline, RateOf("quote to order five points up"));
        Assert.Equal(Conversion.QuoteToOrderSuccessGain, fivePoints.Absolute);
        Assert.Equal("+5,0\u00A0pts", fivePoints.Absolute.ToString("G", French));
        Assert.True(Conversion.IsQuoteToOrderSuccess(baseline, RateOf("quote to order five points up")));
        Assert.False(Conversion.IsQuoteToOrderSuccess(baseline, RateOf("quote to order five percent up")));
    }

    [Theory]
    [InlineData(20, 25, true)]         // exactly +5 points: the threshold counts as success
    [InlineData(20, 24.99, false)]
    [InlineData(0, 5, true)]
    [InlineData(95, 100, true)]
    [InlineData(30, 20, false)]        // a fall
    [InlineData(20, 21, false)]        // +5 % relative, +1 point
    public void Quote_to_order_success_compares_points(double baselinePercent, double currentPercent, bool expected) =>
        Assert.Equal(expected, Conversion.IsQuoteToOrderSuccess(Rate.FromPercent((decimal)baselinePercent), Rate.FromPercent((decimal)currentPercent)));

    [Fact]
    public void Quote_to_order_success_rejects_rates_that_are_not_proportions()
    {
        Assert.Equal("baseline", Assert.Throws<ArgumentOutOfRangeException>(() => Conversion.IsQuoteToOrderSuccess(Rate.FromPercent(-1m), Rate.FromPercent(20m))).ParamName);
        Assert.Equal("current", Assert.Throws<ArgumentOutOfRangeException>(() => Conversion.IsQuoteToOrderSuccess(Rate.FromPercent(20m), Rate.FromPercent(101m))).ParamName);
    }

    [KpiProperty(typeof(Proportions))]
    public bool Quote_to_order_success_is_monotone_in_the_current_rate(Rate baseline, Rate a, Rate b)
    {
        // If a rate succeeds, any higher rate from the same baseline succeeds too.
        var (low, high) = a <= b ? (a, b) : (b, a);
        return !Conversion.IsQuoteToOrderSuccess(baseline, low) || Conversion.IsQuoteToOrderSuccess(baseline, high);
    }

    // ---- meeting_booking_rate ------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.MeetingBookingRate)]
    [MemberData(nameof(CasesOf), KpiIds.MeetingBookingRate)]
    public void Meeting_booking_rate_is_qualified_meetings_over_calls_and_emails(ReferenceCase c) => c.AssertResult(Calculate(c));

    // ---- mql_to_sql_rate, lead_to_sql_rate, lead_to_opportunity_rate ------------------------------

    [Theory]
    [KpiTest(KpiIds.MqlToSqlRate)]
    [MemberData(nameof(CasesOf), KpiIds.MqlToSqlRate)]
    public void Mql_to_sql_rate_is_sql_over_mql(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [KpiTest(KpiIds.LeadToSqlRate)]
    [MemberData(nameof(CasesOf), KpiIds.LeadToSqlRate)]
    public void Lead_to_sql_rate_is_sql_over_all_leads(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [KpiTest(KpiIds.LeadToOpportunityRate)]
    [MemberData(nameof(CasesOf), KpiIds.LeadToOpportunityRate)]
    public void Lead_to_opportunity_rate_is_opportunities_over_leads(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.StageConversion)]
    [KpiTest(KpiIds.MqlToSqlRate)]
    [KpiTest(KpiIds.LeadToSqlRate)]
    public void Funnel_rates_chain_lead_to_sql_equals_lead_to_mql_times_mql_to_sql()
    {
        // Hand calculation: 1 000 leads, 400 MQL, 200 SQL: 200 / 1 000 = 0.4 x 0.5 = 20 %.
        var leadToMql = Conversion.StageConversionRate(400, 1_000).Value;
        var mqlToSql = Conversion.MqlToSqlRate(200, 400).Value;
        Assert.Equal(Conversion.LeadToSqlRate(200, 1_000).Value, leadToMql * mqlToSql);
    }

    // ---- closing_rate --------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.ClosingRate)]
    [MemberData(nameof(CasesOf), KpiIds.ClosingRate)]
    public void Closing_rate_is_won_deals_over_qualified_opportunities(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.ClosingRate)]
    public void A_closing_rate_target_of_plus_15_percent_is_not_plus_15_points()
    {
        // From 20 %, +15 % relative is 23 %; +15 points would have been 35 %.
        var before = RateOf("closing rate before its target");
        Assert.Equal(Rate.FromPercent(23m), Change.Between(before, RateOf("closing rate at its target")).After);
        Assert.Equal(Rate.FromPercent(35m), before + PercentagePoints.FromPoints(15m));
    }

    // ---- qualified_lead_rate -----------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.QualifiedLeadRate)]
    [MemberData(nameof(CasesOf), KpiIds.QualifiedLeadRate)]
    public void Qualified_lead_rate_is_qualified_over_all_leads(ReferenceCase c) => c.AssertResult(Calculate(c));

    // ---- response_rate ---------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.ResponseRate)]
    [MemberData(nameof(CasesOf), KpiIds.ResponseRate)]
    public void Response_rate_is_replies_over_prospects_contacted(ReferenceCase c) => c.AssertResult(Calculate(c));

    // ---- open_rate -------------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.OpenRate)]
    [MemberData(nameof(CasesOf), KpiIds.OpenRate)]
    public void Open_rate_is_emails_opened_over_emails_delivered(ReferenceCase c) => c.AssertResult(Calculate(c));

    // ---- instant_payment_rate -------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.InstantPaymentRate)]
    [MemberData(nameof(CasesOf), KpiIds.InstantPaymentRate)]
    public void Instant_payment_rate_is_invoices_paid_at_order_over_invoices(ReferenceCase c) => c.AssertResult(Calculate(c));
}
