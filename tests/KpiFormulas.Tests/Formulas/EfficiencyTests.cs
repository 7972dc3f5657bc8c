using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class EfficiencyTests
{
    // ---- worked examples: Formulas/Cases/Efficiency.json --------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Efficiency");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    public static TheoryData<ReferenceChange> Changes => Cases.Changes();

    /// <summary>The calculator of a case: its KPI, and its inputs where the KPI has several overloads.</summary>
    private static object Calculate(ReferenceCase c) => c.Kpi switch
    {
        KpiIds.SalesCycleLength when c.Has("firstContact") =>
            Efficiency.SalesCycleLength(c.Input<DateOnly[]>("firstContact"), c.Input<DateOnly[]>("closed")),
        KpiIds.SalesCycleLength => Efficiency.SalesCycleLength(c.Input<long>("totalDays"), c.Input<long>("wonDeals")),
        KpiIds.LtvToCac => Efficiency.LifetimeValueToAcquisitionCost(c.Input<Money>("lifetimeValue"), c.Input<Money>("acquisitionCost")),
        KpiIds.AverageHandlingTime when c.Has("processingTimes") => Efficiency.AverageHandlingTime(c.Input<TimeSpan[]>("processingTimes")),
        KpiIds.AverageHandlingTime => Efficiency.AverageHandlingTime(c.Input<TimeSpan>("totalProcessingTime"), c.Input<long>("itemsProcessed")),
        KpiIds.AverageResponseTime when c.Has("received") =>
            Efficiency.AverageResponseTime(c.Input<DateTime[]>("received"), c.Input<DateTime[]>("firstResponse")),
        KpiIds.AverageResponseTime => Efficiency.AverageResponseTime(c.Input<TimeSpan>("totalTimeToFirstResponse"), c.Input<long>("requests")),
        KpiIds.SelfServiceRate => Efficiency.SelfServiceRate(c.Input<long>("resolvedWithoutHuman"), c.Input<long>("tickets")),
        KpiIds.FollowUpsPerInvoice => Efficiency.FollowUpsPerInvoice(c.Input<long>("reminderCalls"), c.Input<long>("invoices")),
        _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Changes_between_worked_examples(ReferenceChange change) =>
        change.AssertBetween(Calculate(change.Before), Calculate(change.After));

    // ---- sales_cycle_length ---------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.SalesCycleLength)]
    [MemberData(nameof(CasesOf), KpiIds.SalesCycleLength)]
    public void Sales_cycle_averages_the_days_from_first_contact_to_closing_to_the_tick(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.SalesCycleLength)]
    public void Sales_cycle_without_won_deals_is_undefined()
    {
        var empty = Efficiency.SalesCycleLength(ReadOnlySpan<DateOnly>.Empty, ReadOnlySpan<DateOnly>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, empty.Reason);
        Assert.Equal(KpiIds.SalesCycleLength, empty.KpiId);
        var zero = Efficiency.SalesCycleLength(0, 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, zero.Reason);
        Assert.Equal(KpiIds.SalesCycleLength, zero.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.SalesCycleLength)]
    public void Sales_cycle_rejects_impossible_input_naming_the_parameter()
    {
        var day = new DateOnly(2026, 3, 2);
        Assert.Equal("closed", Assert.Throws<ArgumentException>(() => Efficiency.SalesCycleLength([day, day], [day])).ParamName);
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.SalesCycleLength([day, day], [day, day.AddDays(-1)]));
        Assert.Equal("closed", early.ParamName);
        Assert.Equal(day.AddDays(-1), early.ActualValue);
        Assert.Equal("totalDays", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.SalesCycleLength(-1, 1)).ParamName);
        Assert.Equal("wonDeals", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.SalesCycleLength(1, -1)).ParamName);
        // A mean beyond TimeSpan's range (about 10.6 million days) overflows instead of wrapping.
        Assert.Throws<OverflowException>(() => Efficiency.SalesCycleLength(20_000_000, 1));
    }

    [KpiProperty]
    [KpiTest(KpiIds.SalesCycleLength)]
    public Property Sales_cycle_from_dates_equals_the_total_days_form_and_lies_within_the_cycles()
    {
        var deal = from start in Gen.Choose(0, 3_650_000) from length in Gen.Choose(0, 2_000) select (start, length);
        return Prop.ForAll(
            Gen.NonEmptyListOf(deal).ToArbitrary(),
            deals =>
            {
                var first = deals.Select(d => DateOnly.FromDayNumber(d.start)).ToArray();
                var closed = deals.Select(d => DateOnly.FromDayNumber(d.start + d.length)).ToArray();
                var fromDates = Efficiency.SalesCycleLength(first, closed).Value;
                var fromTotal = Efficiency.SalesCycleLength(deals.Sum(d => (long)d.length), deals.Count).Value;
                return fromDates == fromTotal
                    && fromDates >= TimeSpan.FromDays(deals.Min(d => d.length))
                    && fromDates <= TimeSpan.FromDays(deals.Max(d => d.length));
            });
    }

    // ---- ltv_to_cac ----------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.LtvToCac)]
    [MemberData(nameof(CasesOf), KpiIds.LtvToCac)]
    public void Ltv_to_cac_divides_lifetime_value_by_acquisition_cost_exactly(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.LtvToCac)]
    public void Ltv_to_cac_of_the_worked_examples_reads_healthy_break_even_and_losing_money()
    {
        Ratio RatioOf(string name) => ((KpiResult<Ratio>)Calculate(Cases.Case(name))).Value;
        Assert.Equal(LtvToCacHealth.Healthy, Efficiency.ClassifyLtvToCac(RatioOf("ltv of four cac")));
        Assert.Equal(LtvToCacHealth.Healthy, Efficiency.ClassifyLtvToCac(RatioOf("ltv of three and a third cac")));
        Assert.Equal(LtvToCacHealth.BreakEven, Efficiency.ClassifyLtvToCac(RatioOf("ltv equal to the cac")));
        Assert.Equal(LtvToCacHealth.LosingMoney, Efficiency.ClassifyLtvToCac(RatioOf("no lifetime value")));
    }

    [Fact]
    [KpiTest(KpiIds.LtvToCac)]
    public void Ltv_to_cac_with_a_free_acquisition_is_undefined()
    {
        var free = Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(10_000m), Money.Euros(0m));
        Assert.False(free.IsDefined);
        Assert.Equal(UndefinedReason.ZeroDenominator, free.Reason);
        Assert.Equal(KpiIds.LtvToCac, free.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.LtvToCac)]
    public void Ltv_to_cac_rejects_negative_amounts_and_mixed_currencies()
    {
        Assert.Equal("lifetimeValue", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("acquisitionCost", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        var e = Assert.Throws<CurrencyMismatchException>(() => Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(1m), Money.UsDollars(1m)));
        Assert.Equal("acquisitionCost", e.ParamName);
        Assert.Equal(Currency.EUR, e.Expected);
        Assert.Equal(Currency.USD, e.Actual);
    }

    [Theory]
    [KpiTest(KpiIds.LtvToCac)]
    // Below 1 : 1 the business loses money on each customer, 1 : 1 is break-even, 3 : 1 and above is the mark of a healthy business.
    [InlineData("0", LtvToCacHealth.LosingMoney)]
    [InlineData("0.99", LtvToCacHealth.LosingMoney)]
    [InlineData("0.9999999999", LtvToCacHealth.LosingMoney)]
    [InlineData("1", LtvToCacHealth.BreakEven)]
    [InlineData("1.0000", LtvToCacHealth.BreakEven)]
    [InlineData("1.0001", LtvToCacHealth.BelowHealthy)]
    [InlineData("2.99", LtvToCacHealth.BelowHealthy)]
    [InlineData("3", LtvToCacHealth.Healthy)]
    [InlineData("3.01", LtvToCacHealth.Healthy)]
    [InlineData("50", LtvToCacHealth.Healthy)]
    public void Ltv_to_cac_bands_put_each_edge_at_its_threshold(string ratio, LtvToCacHealth expected)
    {
        var value = new Ratio(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, Efficiency.ClassifyLtvToCac(value));
        Assert.Equal(Efficiency.LtvToCacBands.Classify(value), Efficiency.ClassifyLtvToCac(value));
    }

    [KpiProperty]
    [KpiTest(KpiIds.LtvToCac)]
    public Property Ltv_to_cac_classification_never_falls_as_the_ratio_grows()
    {
        // Values concentrated around the thresholds (1 and 3) plus the thresholds themselves.
        var ratio = Gen.Frequency(
            (4, Gen.Choose(0, 50_000).Select(x => new Ratio(x / 10_000m))),
            (1, Gen.Elements(new Ratio(1m), new Ratio(3m))));
        return Prop.ForAll(
            ratio.ToArbitrary(),
            ratio.ToArbitrary(),
            (a, b) =>
            {
                var (low, high) = a <= b ? (a, b) : (b, a);
                return Efficiency.ClassifyLtvToCac(low) <= Efficiency.ClassifyLtvToCac(high);
            });
    }

    [KpiProperty]
    [KpiTest(KpiIds.LtvToCac)]
    public Property Ltv_to_cac_is_healthy_exactly_when_the_lifetime_value_is_three_acquisition_costs_or_more() =>
        Prop.ForAll(
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            Gen.Choose(1, 10_000_000).ToArbitrary(),
            (ltvCents, cacCents) =>
            {
                var ratio = Efficiency.LifetimeValueToAcquisitionCost(Money.FromMinorUnits(ltvCents, Currency.EUR), Money.FromMinorUnits(cacCents, Currency.EUR)).Value;
                var healthy = Efficiency.ClassifyLtvToCac(ratio) == LtvToCacHealth.Healthy;
                var losing = Efficiency.ClassifyLtvToCac(ratio) == LtvToCacHealth.LosingMoney;
                return healthy == ((long)ltvCents >= 3L * cacCents) && losing == (ltvCents < cacCents);
            });

    // ---- average_handling_time -----------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.AverageHandlingTime)]
    [MemberData(nameof(CasesOf), KpiIds.AverageHandlingTime)]
    public void Handling_time_divides_processing_time_by_items_to_the_tick(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.AverageHandlingTime)]
    public void Handling_time_sums_beyond_the_range_of_a_timespan()
    {
        // Two items at TimeSpan.MaxValue: the sum overflows TimeSpan but not the decimal accumulator.
        Assert.Equal(TimeSpan.MaxValue, Efficiency.AverageHandlingTime([TimeSpan.MaxValue, TimeSpan.MaxValue]).Value);
    }

    [Fact]
    [KpiTest(KpiIds.AverageHandlingTime)]
    public void Handling_time_without_items_is_undefined_and_rejects_negatives()
    {
        Assert.Equal(UndefinedReason.ZeroDenominator, Efficiency.AverageHandlingTime(TimeSpan.FromHours(1), 0).Reason);
        var empty = Efficiency.AverageHandlingTime(ReadOnlySpan<TimeSpan>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, empty.Reason);
        Assert.Equal(KpiIds.AverageHandlingTime, empty.KpiId);
        Assert.Equal("totalProcessingTime", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.AverageHandlingTime(TimeSpan.FromHours(-1), 1)).ParamName);
        Assert.Equal("itemsProcessed", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.AverageHandlingTime(TimeSpan.FromHours(1), -1)).ParamName);
        Assert.Equal("processingTimes", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.AverageHandlingTime([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(-1)])).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.AverageHandlingTime)]
    public Property Handling_time_from_items_equals_handling_time_from_the_total() =>
        Prop.ForAll(
            Gen.NonEmptyListOf(Gen.Choose(0, int.MaxValue).Select(t => TimeSpan.FromTicks(t * 1_000L + 7))).ToArbitrary(),
            times =>
            {
                var total = TimeSpan.FromTicks(times.Sum(t => t.Ticks));
                var fromItems = Efficiency.AverageHandlingTime(times.ToArray()).Value;
                return fromItems == Efficiency.AverageHandlingTime(total, times.Count).Value
                    && fromItems >= times.Min() && fromItems <= times.Max();
            });

    // ---- average_response_time -----------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.AverageResponseTime)]
    [MemberData(nameof(CasesOf), KpiIds.AverageResponseTime)]
    public void Response_time_averages_receipt_to_first_response(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.AverageResponseTime)]
    public void Response_time_handles_empty_mismatched_and_impossible_input()
    {
        var t = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
        var empty = Efficiency.AverageResponseTime(ReadOnlySpan<DateTime>.Empty, ReadOnlySpan<DateTime>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, empty.Reason);
        Assert.Equal(KpiIds.AverageResponseTime, empty.KpiId);
        Assert.Equal(UndefinedReason.ZeroDenominator, Efficiency.AverageResponseTime(TimeSpan.Zero, 0).Reason);
        Assert.Equal("firstResponse", Assert.Throws<ArgumentException>(() => Efficiency.AverageResponseTime([t], [])).ParamName);
        Assert.Equal("firstResponse", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.AverageResponseTime([t], [t.AddSeconds(-1)])).ParamName);
        Assert.Equal("totalTimeToFirstResponse", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.AverageResponseTime(TimeSpan.FromMinutes(-1), 1)).ParamName);
        Assert.Equal("requests", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.AverageResponseTime(TimeSpan.FromMinutes(1), -1)).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.AverageResponseTime)]
    public Property Response_time_from_timestamps_equals_response_time_from_the_total()
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var request = from receivedSeconds in Gen.Choose(0, 30_000_000)
                      from delayTicks in Gen.Choose(0, int.MaxValue)
                      select (Received: start.AddSeconds(receivedSeconds), Delay: TimeSpan.FromTicks(delayTicks * 100L + 3));
        return Prop.ForAll(
            Gen.NonEmptyListOf(request).ToArbitrary(),
            requests =>
            {
                var received = requests.Select(r => r.Received).ToArray();
                var answered = requests.Select(r => r.Received + r.Delay).ToArray();
                var total = TimeSpan.FromTicks(requests.Sum(r => r.Delay.Ticks));
                return Efficiency.AverageResponseTime(received, answered).Value == Efficiency.AverageResponseTime(total, requests.Count).Value;
            });
    }

    // ---- self_service_rate ----------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.SelfServiceRate)]
    [MemberData(nameof(CasesOf), KpiIds.SelfServiceRate)]
    public void Self_service_rate_is_the_share_of_tickets_resolved_without_a_human(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.SelfServiceRate)]
    public void Self_service_rate_without_tickets_is_undefined_and_rejects_impossible_counts()
    {
        var none = Efficiency.SelfServiceRate(0, 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.SelfServiceRate, none.KpiId);
        Assert.Equal("resolvedWithoutHuman", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.SelfServiceRate(401, 400)).ParamName);
        Assert.Equal("resolvedWithoutHuman", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.SelfServiceRate(-1, 400)).ParamName);
        Assert.Equal("tickets", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.SelfServiceRate(0, -1)).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.SelfServiceRate)]
    public Property Self_service_rate_is_a_proportion_complementing_the_human_share() =>
        Prop.ForAll(
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            (tickets, resolved) =>
            {
                var automated = Math.Min(resolved, tickets);
                var rate = Efficiency.SelfServiceRate(automated, tickets).Value;
                var humanShare = Efficiency.SelfServiceRate(tickets - automated, tickets).Value;
                // Each share is exact to decimal's 28 digits, so the two add up to 1 within 1e-27.
                return rate.IsProportion && Math.Abs(rate.Fraction + humanShare.Fraction - 1m) <= 1e-27m;
            });

    // ---- follow_ups_per_invoice ---------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.FollowUpsPerInvoice)]
    [MemberData(nameof(CasesOf), KpiIds.FollowUpsPerInvoice)]
    public void Follow_ups_per_invoice_divides_calls_by_invoices_exactly(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.FollowUpsPerInvoice)]
    public void Follow_ups_per_invoice_without_invoices_is_undefined_and_rejects_negatives()
    {
        var none = Efficiency.FollowUpsPerInvoice(5, 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.FollowUpsPerInvoice, none.KpiId);
        Assert.Equal("reminderCalls", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.FollowUpsPerInvoice(-1, 3)).ParamName);
        Assert.Equal("invoices", Assert.Throws<ArgumentOutOfRangeException>(() => Efficiency.FollowUpsPerInvoice(1, -3)).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.FollowUpsPerInvoice)]
    public Property Follow_ups_per_invoice_reach_one_exactly_when_calls_match_invoices() =>
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            (calls, invoices) =>
            {
                var perInvoice = Efficiency.FollowUpsPerInvoice(calls, invoices).Value;
                return perInvoice >= 0m && (perInvoice >= 1m) == (calls >= invoices) && (perInvoice == 1m) == (calls == invoices);
            });
}
