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
    // ---- sales_cycle_length ---------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.SalesCycleLength)]
    public void Sales_cycle_averages_the_days_from_first_contact_to_closing()
    {
        // seed 004, line 214: "Somme des jours entre 1er contact et closing pour tous les deals gagnés / Nombre total de deals gagnés".
        // Hand calculation: 5 Jan -> 4 Feb = 30 days; 10 Jan -> 24 Feb = 21 + 24 = 45 days;
        // 1 Feb -> 2 Apr 2026 = 27 + 31 + 2 = 60 days; (30 + 45 + 60) / 3 = 45 days.
        var cycle = Efficiency.SalesCycleLength(
            [new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 1)],
            [new DateOnly(2026, 2, 4), new DateOnly(2026, 2, 24), new DateOnly(2026, 4, 2)]);
        Assert.Equal(TimeSpan.FromDays(45), cycle.Value);
        Assert.Equal(KpiIds.SalesCycleLength, cycle.KpiId);
        Assert.Equal(TimeSpan.FromDays(45), Efficiency.SalesCycleLength(135, 3).Value);
    }

    [Fact]
    [KpiTest(KpiIds.SalesCycleLength)]
    public void Sales_cycle_keeps_fractional_days()
    {
        // Cycles of 1, 1 and 2 days: 4 / 3 days = 32 h exactly; a deal signed on the day of first contact is 0 days.
        var day = new DateOnly(2026, 6, 1);
        Assert.Equal(TimeSpan.FromHours(32), Efficiency.SalesCycleLength([day, day, day], [day.AddDays(1), day.AddDays(1), day.AddDays(2)]).Value);
        Assert.Equal(TimeSpan.Zero, Efficiency.SalesCycleLength([day], [day]).Value);
        // Across a leap day: 28 Feb -> 1 Mar 2028 is 2 days.
        Assert.Equal(TimeSpan.FromDays(2), Efficiency.SalesCycleLength([new DateOnly(2028, 2, 28)], [new DateOnly(2028, 3, 1)]).Value);
    }

    [Fact]
    [KpiTest(KpiIds.SalesCycleLength)]
    public void Sales_cycle_rounds_to_the_tick_half_away_from_zero()
    {
        // 1 day = 864 000 000 000 ticks; over 32 768 deals that is 26 367 187.5 ticks, rounded up to 26 367 188.
        Assert.Equal(26_367_188L, Efficiency.SalesCycleLength(1, 32_768).Value.Ticks);
        // 1 day over 7 deals = 123 428 571 428.57... ticks -> 123 428 571 429.
        Assert.Equal(123_428_571_429L, Efficiency.SalesCycleLength(1, 7).Value.Ticks);
    }

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

    [Fact]
    [KpiTest(KpiIds.SalesCycleLength)]
    public void Sales_cycle_from_dates_equals_the_total_days_form_and_lies_within_the_cycles()
    {
        var deal = from start in Gen.Choose(0, 3_650_000) from length in Gen.Choose(0, 2_000) select (start, length);
        PropertyCheck.Holds(Prop.ForAll(
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
            }));
    }

    // ---- ltv_to_cac ----------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.LtvToCac)]
    public void Ltv_to_cac_divides_lifetime_value_by_acquisition_cost()
    {
        // seed 004, line 166: an LTV of 10 000 €. Hand calculation with a CAC of 2 500 €: 10 000 / 2 500 = 4 : 1.
        var ratio = Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(10_000m), Money.Euros(2_500m));
        Assert.Equal(new Ratio(4m), ratio.Value);
        Assert.Equal(KpiIds.LtvToCac, ratio.KpiId);
        Assert.Equal(LtvToCacHealth.Healthy, Efficiency.ClassifyLtvToCac(ratio.Value));
    }

    [Fact]
    [KpiTest(KpiIds.LtvToCac)]
    public void Ltv_to_cac_is_exact_and_rounds_only_for_display()
    {
        // 10 000 / 3 000 = 3.333... : 1, shown "3.3:1"; seed 004, line 176: "Pour chaque euro investi ... vous en récupérez trois".
        var ratio = Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(10_000m), Money.Euros(3_000m)).Value;
        Assert.Equal(10_000m / 3_000m, ratio.Value);
        Assert.Equal("3.3:1", ratio.ToString("G", System.Globalization.CultureInfo.InvariantCulture));
        // Break-even: an LTV equal to the CAC is exactly 1 : 1.
        Assert.Equal(LtvToCacHealth.BreakEven, Efficiency.ClassifyLtvToCac(Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(750m), Money.Euros(750m)).Value));
        // No lifetime value at all is 0 : 1, losing money.
        Assert.Equal(LtvToCacHealth.LosingMoney, Efficiency.ClassifyLtvToCac(Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(0m), Money.Euros(750m)).Value));
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
    // seed 004, lines 178-180: "< 1:1 alerte rouge", "= 1:1 équilibre", "> 3:1 excellent"; line 176: 3:1 "le signe d'une entreprise saine".
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
    public void Ltv_to_cac_bands_put_each_edge_where_the_document_says(string ratio, LtvToCacHealth expected)
    {
        var value = new Ratio(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, Efficiency.ClassifyLtvToCac(value));
        Assert.Equal(Efficiency.LtvToCacBands.Classify(value), Efficiency.ClassifyLtvToCac(value));
    }

    [Fact]
    [KpiTest(KpiIds.LtvToCac)]
    public void Ltv_to_cac_classification_never_falls_as_the_ratio_grows()
    {
        // Values concentrated around the thresholds (1 and 3) plus the thresholds themselves.
        var ratio = Gen.Frequency(
            (4, Gen.Choose(0, 50_000).Select(x => new Ratio(x / 10_000m))),
            (1, Gen.Elements(new Ratio(1m), new Ratio(3m))));
        PropertyCheck.Holds(Prop.ForAll(
            ratio.ToArbitrary(),
            ratio.ToArbitrary(),
            (a, b) =>
            {
                var (low, high) = a <= b ? (a, b) : (b, a);
                return Efficiency.ClassifyLtvToCac(low) <= Efficiency.ClassifyLtvToCac(high);
            }));
    }

    [Fact]
    [KpiTest(KpiIds.LtvToCac)]
    public void Ltv_to_cac_is_healthy_exactly_when_the_lifetime_value_is_three_acquisition_costs_or_more()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            Gen.Choose(1, 10_000_000).ToArbitrary(),
            (ltvCents, cacCents) =>
            {
                var ratio = Efficiency.LifetimeValueToAcquisitionCost(Money.FromMinorUnits(ltvCents, Currency.EUR), Money.FromMinorUnits(cacCents, Currency.EUR)).Value;
                var healthy = Efficiency.ClassifyLtvToCac(ratio) == LtvToCacHealth.Healthy;
                var losing = Efficiency.ClassifyLtvToCac(ratio) == LtvToCacHealth.LosingMoney;
                return healthy == ((long)ltvCents >= 3L * cacCents) && losing == (ltvCents < cacCents);
            }));
    }

    // ---- average_handling_time -----------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.AverageHandlingTime)]
    public void Handling_time_divides_processing_time_by_items()
    {
        // Hand calculation: 10 h over 30 orders = 600 min / 30 = 20 min.
        var aht = Efficiency.AverageHandlingTime(TimeSpan.FromHours(10), 30);
        Assert.Equal(TimeSpan.FromMinutes(20), aht.Value);
        Assert.Equal(KpiIds.AverageHandlingTime, aht.KpiId);
        Assert.Equal(TimeSpan.FromMinutes(20), Efficiency.AverageHandlingTime([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(25)]).Value);
    }

    [Fact]
    [KpiTest(KpiIds.AverageHandlingTime)]
    public void Handling_time_meets_the_success_threshold_of_document_001()
    {
        // seed 001, line 18: "Temps moyen de traitement –15 %". Hand case: 20 min -> 17 min is (17 - 20) / 20 = -15 % exactly.
        var before = Efficiency.AverageHandlingTime(TimeSpan.FromHours(10), 30).Value;
        var after = Efficiency.AverageHandlingTime(TimeSpan.FromHours(8.5), 30).Value;
        Assert.Equal(TimeSpan.FromMinutes(17), after);
        var change = Change.Between(before, after);
        Assert.Equal(Rate.FromPercent(-15m), change.Relative.Value);
        Assert.Equal(TimeSpan.FromMinutes(-3), change.Absolute);
        Assert.Equal(ChangeAssessment.Improved, change.Assess(Direction.LowerIsBetter));
    }

    [Fact]
    [KpiTest(KpiIds.AverageHandlingTime)]
    public void Handling_time_rounds_to_the_tick_half_away_from_zero()
    {
        // 1 tick + 2 ticks = 3 ticks over 2 items = 1.5 ticks -> 2 ticks; 10 min over 3 = 200 s exactly.
        Assert.Equal(2L, Efficiency.AverageHandlingTime([TimeSpan.FromTicks(1), TimeSpan.FromTicks(2)]).Value.Ticks);
        Assert.Equal(2L, Efficiency.AverageHandlingTime(TimeSpan.FromTicks(3), 2).Value.Ticks);
        Assert.Equal(TimeSpan.FromSeconds(200), Efficiency.AverageHandlingTime(TimeSpan.FromMinutes(10), 3).Value);
    }

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

    [Fact]
    [KpiTest(KpiIds.AverageHandlingTime)]
    public void Handling_time_from_items_equals_handling_time_from_the_total()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.NonEmptyListOf(Gen.Choose(0, int.MaxValue).Select(t => TimeSpan.FromTicks(t * 1_000L + 7))).ToArbitrary(),
            times =>
            {
                var total = TimeSpan.FromTicks(times.Sum(t => t.Ticks));
                var fromItems = Efficiency.AverageHandlingTime(times.ToArray()).Value;
                return fromItems == Efficiency.AverageHandlingTime(total, times.Count).Value
                    && fromItems >= times.Min() && fromItems <= times.Max();
            }));
    }

    // ---- average_response_time -----------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.AverageResponseTime)]
    public void Response_time_reproduces_document_003_metric_6()
    {
        // seed 003, line 191: "Temps de réponse 4h 45 min -81%". Hand case: 160 h over 40 requests = 4 h; 30 h over 40 = 45 min.
        var before = Efficiency.AverageResponseTime(TimeSpan.FromHours(160), 40).Value;
        var after = Efficiency.AverageResponseTime(TimeSpan.FromHours(30), 40).Value;
        Assert.Equal(TimeSpan.FromHours(4), before);
        Assert.Equal(TimeSpan.FromMinutes(45), after);
        // (45 - 240) / 240 = -195 / 240 = -81.25 % exactly; the document prints -81 %.
        var change = Change.Between(before, after).Relative.Value;
        Assert.Equal(Rate.FromPercent(-81.25m), change);
        Assert.Equal(-81m, decimal.Round(change.Percent, 0, MidpointRounding.AwayFromZero));
    }

    [Fact]
    [KpiTest(KpiIds.AverageResponseTime)]
    public void Response_time_from_timestamps_averages_receipt_to_first_response()
    {
        // Hand calculation: 30 min and 60 min average to 45 min.
        var response = Efficiency.AverageResponseTime(
            [new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc)],
            [new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 11, 0, 0, DateTimeKind.Utc)]);
        Assert.Equal(TimeSpan.FromMinutes(45), response.Value);
        Assert.Equal(KpiIds.AverageResponseTime, response.KpiId);
        Assert.Equal(KpiIds.AverageResponseTime, Efficiency.AverageResponseTime(TimeSpan.FromHours(30), 40).KpiId);
    }

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

    [Fact]
    [KpiTest(KpiIds.AverageResponseTime)]
    public void Response_time_from_timestamps_equals_response_time_from_the_total()
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var request = from receivedSeconds in Gen.Choose(0, 30_000_000)
                      from delayTicks in Gen.Choose(0, int.MaxValue)
                      select (Received: start.AddSeconds(receivedSeconds), Delay: TimeSpan.FromTicks(delayTicks * 100L + 3));
        PropertyCheck.Holds(Prop.ForAll(
            Gen.NonEmptyListOf(request).ToArbitrary(),
            requests =>
            {
                var received = requests.Select(r => r.Received).ToArray();
                var answered = requests.Select(r => r.Received + r.Delay).ToArray();
                var total = TimeSpan.FromTicks(requests.Sum(r => r.Delay.Ticks));
                return Efficiency.AverageResponseTime(received, answered).Value == Efficiency.AverageResponseTime(total, requests.Count).Value;
            }));
    }

    // ---- self_service_rate ----------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.SelfServiceRate)]
    public void Self_service_rate_is_the_share_of_tickets_resolved_without_a_human()
    {
        // seed 000, line 48: "nombre de tickets résolus sans intervention humaine". Hand calculation: 120 / 400 = 30 %.
        var rate = Efficiency.SelfServiceRate(120, 400);
        Assert.Equal(Rate.FromPercent(30m), rate.Value);
        Assert.Equal(KpiIds.SelfServiceRate, rate.KpiId);
        // 1 / 3 = 33.33...%, shown 33.3 %.
        Assert.Equal(33.3m, decimal.Round(Efficiency.SelfServiceRate(1, 3).Value.Percent, 1));
    }

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

    [Fact]
    [KpiTest(KpiIds.SelfServiceRate)]
    public void Self_service_rate_is_a_proportion_complementing_the_human_share()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            (tickets, resolved) =>
            {
                var automated = Math.Min(resolved, tickets);
                var rate = Efficiency.SelfServiceRate(automated, tickets).Value;
                var humanShare = Efficiency.SelfServiceRate(tickets - automated, tickets).Value;
                // Each share is exact to decimal's 28 digits, so the two add up to 1 within 1e-27.
                return rate.IsProportion && Math.Abs(rate.Fraction + humanShare.Fraction - 1m) <= 1e-27m;
            }));
    }

    // ---- follow_ups_per_invoice ---------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.FollowUpsPerInvoice)]
    public void Follow_ups_per_invoice_reproduces_document_001()
    {
        // seed 001, line 41: "les relances ont chuté de 3 à 1,2 appels par facture".
        // Hand case: 150 calls for 50 invoices = 3; 60 calls for 50 invoices = 1.2.
        var before = Efficiency.FollowUpsPerInvoice(150, 50);
        var after = Efficiency.FollowUpsPerInvoice(60, 50);
        Assert.Equal(3m, before.Value);
        Assert.Equal(1.2m, after.Value);
        Assert.Equal(KpiIds.FollowUpsPerInvoice, after.KpiId);
        // (1.2 - 3) / 3 = -1.8 / 3 = -60 % exactly; the absolute change is -1.8 calls per invoice.
        var change = Change.Between(before.Value, after.Value);
        Assert.Equal(Rate.FromPercent(-60m), change.Relative.Value);
        Assert.Equal(-1.8m, change.Absolute);
    }

    [Fact]
    [KpiTest(KpiIds.FollowUpsPerInvoice)]
    public void Follow_ups_per_invoice_is_exact()
    {
        // Hand calculation: 7 calls for 3 invoices = 2.333... calls, shown 2.33.
        var calls = Efficiency.FollowUpsPerInvoice(7, 3).Value;
        Assert.Equal(7m / 3m, calls);
        Assert.Equal(2.33m, decimal.Round(calls, 2));
        Assert.Equal(0m, Efficiency.FollowUpsPerInvoice(0, 12).Value);
    }

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

    [Fact]
    [KpiTest(KpiIds.FollowUpsPerInvoice)]
    public void Follow_ups_per_invoice_reach_one_exactly_when_calls_match_invoices()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            (calls, invoices) =>
            {
                var perInvoice = Efficiency.FollowUpsPerInvoice(calls, invoices).Value;
                return perInvoice >= 0m && (perInvoice >= 1m) == (calls >= invoices) && (perInvoice == 1m) == (calls == invoices);
            }));
    }
}
