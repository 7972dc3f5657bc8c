using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text.Json;
using KpiFormulas.Aggregation;
using Xunit;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// The edges of the acquisition-cost, revenue and NPS accumulators: a stored state that breaks exactly
/// one rule is refused for that rule (the message names the field and the rule, not a later check that
/// happens to trip on the same state); counts one past <see cref="long.MaxValue"/> throw instead of
/// wrapping and change nothing; the records overloads name their own parameters and rows; and the
/// results' JSON refuses parts that do not belong to their whole.
/// </summary>
public class AcquisitionRevenueNpsEdgeTests
{
    private static void RefusedState(Action rebuild, string expectedMessage)
    {
        var ex = Assert.Throws<ArgumentException>(rebuild);
        Assert.Equal("state", ex.ParamName);
        Assert.Contains(expectedMessage, ex.Message, StringComparison.Ordinal);
    }

    // ---- acquisition cost: states ----------------------------------------------------------------

    private static AcquisitionCostState AcquisitionState(
        decimal totalSpend,
        long spendRows,
        decimal[] channelSpend,
        long[] channelSpendRows,
        long[]? customers = null,
        long[]? leads = null) =>
        new(
            Currency.EUR,
            channelSpend.Length,
            totalSpend,
            spendRows,
            channelSpend,
            channelSpendRows,
            customers ?? new long[channelSpend.Length],
            leads ?? new long[channelSpend.Length]);

    private static AcquisitionCostAccumulator Counts(long[] customers, long[] leads) =>
        AcquisitionCostAccumulator.FromState(AcquisitionState(0m, 0, new decimal[customers.Length], new long[customers.Length], customers, leads));

    [Fact]
    public void Acquisition_FromState_and_Merge_refuse_null_and_name_the_parameter()
    {
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => AcquisitionCostAccumulator.FromState(null!)).ParamName);
        var acquisition = new AcquisitionCostAccumulator(Currency.EUR, 2);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => acquisition.Merge(null!)).ParamName);
    }

    [Fact]
    public void An_acquisition_state_without_any_channel_is_refused_for_its_channel_count()
    {
        // The lists are consistent with zero channels: only the channel count's own range can refuse it.
        var state = new AcquisitionCostState(Currency.EUR, 0, 0m, 0, [], [], [], []);
        RefusedState(() => AcquisitionCostAccumulator.FromState(state), "The state's 'ChannelCount' must be between 1 and 268435456 inclusive; it is 0.");
    }

    [Fact]
    public void A_negative_total_spend_is_refused_as_negative_not_as_a_sum_that_does_not_match()
    {
        var state = AcquisitionState(-1m, 1, [0m], [1]);
        RefusedState(() => AcquisitionCostAccumulator.FromState(state), "The state's 'TotalSpend' must not be negative; it is -1.");
    }

    [Fact]
    public void A_negative_spend_row_count_is_refused_as_negative()
    {
        var state = AcquisitionState(0m, -1, [0m], [0]);
        RefusedState(() => AcquisitionCostAccumulator.FromState(state), "The state's 'SpendRows' must not be negative; it is -1.");
    }

    [Fact]
    public void A_negative_channel_spend_is_refused_even_when_the_channels_add_up_to_the_total()
    {
        // -1 + 3 = 2: the sum rule holds, so only the sign rule can refuse this state.
        var state = AcquisitionState(2m, 2, [-1m, 3m], [1, 1]);
        RefusedState(() => AcquisitionCostAccumulator.FromState(state), "The state's 'ChannelSpend[0]' must not be negative; it is -1.");
    }

    [Fact]
    public void A_negative_channel_spend_row_count_is_refused_even_when_the_rows_add_up()
    {
        // -1 + 2 = 1 spend row in all.
        var state = AcquisitionState(5m, 1, [0m, 5m], [-1, 2]);
        RefusedState(() => AcquisitionCostAccumulator.FromState(state), "The state's 'ChannelSpendRows[0]' must not be negative; it is -1.");
    }

    [Fact]
    public void A_negative_new_customer_count_is_refused()
    {
        var state = AcquisitionState(0m, 0, [0m, 0m], [0, 0], customers: [-1, 0]);
        RefusedState(() => AcquisitionCostAccumulator.FromState(state), "The state's 'ChannelNewCustomers[0]' must not be negative; it is -1.");
    }

    [Fact]
    public void Total_spend_without_any_spend_row_is_refused_for_that_rule()
    {
        var state = AcquisitionState(5m, 0, [0m], [0]);
        RefusedState(() => AcquisitionCostAccumulator.FromState(state), "The state's 'TotalSpend' must be 0 when its 'SpendRows' is 0; it is 5.");
    }

    [Fact]
    public void A_channel_with_spend_but_no_spend_row_is_refused_even_when_the_totals_add_up()
    {
        // 5 + 0 = 5 and 0 + 1 = 1: the sums hold, the spend of channel 0 has no row to belong to.
        var state = AcquisitionState(5m, 1, [5m, 0m], [0, 1]);
        RefusedState(() => AcquisitionCostAccumulator.FromState(state), "The state's 'ChannelSpend[0]' must be 0 when its 'ChannelSpendRows[0]' is 0; it is 5.");
    }

    // ---- acquisition cost: counts at long.MaxValue -----------------------------------------------

    [Fact]
    public void One_customer_or_lead_past_long_MaxValue_over_all_channels_throws_and_adds_nothing()
    {
        // Channel 1 alone would fit (0 + 1); the total over every channel would be long.MaxValue + 1.
        var acquisition = Counts([long.MaxValue, 0], [long.MaxValue, 0]);
        Assert.Throws<OverflowException>(() => acquisition.AddCustomers([1]));
        Assert.Throws<OverflowException>(() => acquisition.AddLeads([1]));
        Assert.Throws<OverflowException>(() => acquisition.AddCustomers(1, 1));
        Assert.Throws<OverflowException>(() => acquisition.AddLeads(1, 1));
        Assert.Equal([long.MaxValue, 0L], acquisition.State.ChannelNewCustomers);
        Assert.Equal([long.MaxValue, 0L], acquisition.State.ChannelLeads);

        // Nothing more is still exactly long.MaxValue.
        acquisition.AddCustomers([]);
        Assert.Equal(long.MaxValue, acquisition.Result().Total.NewCustomers);
    }

    [Fact]
    public void A_merge_whose_customers_or_leads_would_pass_long_MaxValue_throws_and_merges_nothing()
    {
        var customers = Counts([long.MaxValue, 0], [0, 0]);
        Assert.Throws<OverflowException>(() => customers.Merge(Counts([0, 1], [0, 0])));
        Assert.Equal([long.MaxValue, 0L], customers.State.ChannelNewCustomers);

        var leads = Counts([0, 0], [long.MaxValue, 0]);
        Assert.Throws<OverflowException>(() => leads.Merge(Counts([0, 0], [0, 1])));
        Assert.Equal([long.MaxValue, 0L], leads.State.ChannelLeads);
    }

    [Fact]
    public void Merging_acquisition_accumulators_with_different_channel_counts_is_refused_with_the_rule()
    {
        var two = new AcquisitionCostAccumulator(Currency.EUR, 2);
        var three = new AcquisitionCostAccumulator(Currency.EUR, 3);
        three.AddCustomers(2, 4);
        var ex = Assert.Throws<ArgumentException>(() => two.Merge(three));
        Assert.Equal("other", ex.ParamName);
        Assert.Contains("The accumulators must have the same number of channels.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, two.Result().Total.NewCustomers);
    }

    // ---- acquisition cost: records overload ------------------------------------------------------

    [Fact]
    public void Acquisition_records_overload_names_each_null_argument()
    {
        (string, Money)[] spend = [("ads", Money.Euros(1m))];
        string[] channels = ["ads"];
        Assert.Equal("spend", Assert.Throws<ArgumentNullException>(() => AcquisitionCostAccumulator.AggregateBy<string>(null!, channels, channels, Currency.EUR)).ParamName);
        Assert.Equal("newCustomerChannels", Assert.Throws<ArgumentNullException>(() => AcquisitionCostAccumulator.AggregateBy(spend, null!, channels, Currency.EUR)).ParamName);
        Assert.Equal("leadChannels", Assert.Throws<ArgumentNullException>(() => AcquisitionCostAccumulator.AggregateBy(spend, channels, null!, Currency.EUR)).ParamName);
    }

    [Fact]
    public void A_null_channel_is_refused_with_the_parameter_it_came_from_and_the_rule()
    {
        (string, Money)[] nullSpendChannel = [(null!, Money.Euros(1m))];
        var ex = Assert.Throws<ArgumentNullException>(() => AcquisitionCostAccumulator.AggregateBy(nullSpendChannel, [], [], Currency.EUR));
        Assert.Equal("spend", ex.ParamName);
        Assert.Contains("The channels must not be null.", ex.Message, StringComparison.Ordinal);

        string[] nullCustomerChannel = ["ads", null!];
        ex = Assert.Throws<ArgumentNullException>(() => AcquisitionCostAccumulator.AggregateBy([], nullCustomerChannel, [], Currency.EUR));
        Assert.Equal("newCustomerChannels", ex.ParamName);
        Assert.Contains("The channels must not be null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquisition_records_overload_refuses_spend_in_another_currency_naming_its_spend_parameter()
    {
        (string, Money)[] spend = [("ads", Money.UsDollars(5m))];
        var ex = Assert.Throws<CurrencyMismatchException>(() => AcquisitionCostAccumulator.AggregateBy(spend, [], [], Currency.EUR));
        Assert.Equal("spend", ex.ParamName);
    }

    [Fact]
    public void Acquisition_records_overload_accepts_zero_spend_and_refuses_negative_spend_with_its_row()
    {
        // seo: 0 € for 1 customer, CAC 0 €; ads: 300 € for 2 customers, CAC 150 €; no lead anywhere.
        (string, Money)[] spend = [("seo", Money.Euros(0m)), ("ads", Money.Euros(300m))];
        var result = AcquisitionCostAccumulator.AggregateBy(spend, ["seo", "ads", "ads"], [], Currency.EUR);
        Assert.Equal(Money.Euros(0m), result["seo"].CustomerAcquisitionCost.Value);
        Assert.Equal(Money.Euros(150m), result["ads"].CustomerAcquisitionCost.Value);
        Assert.Equal(UndefinedReason.ZeroDenominator, result["seo"].CostPerLead.Reason);
        Assert.Equal("'leads' is zero.", result["seo"].CostPerLead.Explanation);

        (string, Money)[] refund = [("ads", Money.Euros(5m)), ("ads", Money.Euros(-2m))];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionCostAccumulator.AggregateBy(refund, [], [], Currency.EUR));
        Assert.Equal("spend", ex.ParamName);
        Assert.Equal(-2m, ex.ActualValue);
        Assert.Contains("Row 1: The amount must not be negative; subtract refunds and credit notes explicitly.", ex.Message, StringComparison.Ordinal);
    }

    // ---- NPS ---------------------------------------------------------------------------------------

    [Fact]
    public void Nps_FromState_Merge_and_Aggregate_refuse_null_and_name_the_parameter()
    {
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => NpsAccumulator.FromState(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => new NpsAccumulator().Merge(null!)).ParamName);
        Assert.Equal("answers", Assert.Throws<ArgumentNullException>(() => NpsAccumulator.Aggregate<byte>(null!, s => s)).ParamName);
        byte[] answers = [9];
        Assert.Equal("score", Assert.Throws<ArgumentNullException>(() => NpsAccumulator.Aggregate(answers, null!)).ParamName);
    }

    [Fact]
    public void A_negative_passive_count_is_refused_for_that_field()
    {
        RefusedState(() => NpsAccumulator.FromState(new NpsState(0, -1, 0)), "The state's 'Passives' must not be negative; it is -1.");
    }

    [Fact]
    public void Nps_counts_adding_up_beyond_long_are_refused_naming_the_three_counts()
    {
        RefusedState(
            () => NpsAccumulator.FromState(new NpsState(long.MaxValue, 1, 0)),
            "The state's 'Promoters, Passives and Detractors' must add up to at most 9223372036854775807; they add up to more.");
    }

    [Fact]
    public void One_answer_past_long_MaxValue_answers_in_all_throws_and_counts_nothing()
    {
        // (MaxValue - 2) + 1 + 1 = MaxValue answers: the next one does not fit, whatever its category.
        var full = NpsAccumulator.FromState(new NpsState(long.MaxValue - 2, 1, 1));
        Assert.Throws<OverflowException>(() => full.Add(0));
        Assert.Throws<OverflowException>(() => full.Add(9));
        Assert.Equal(new NpsState(long.MaxValue - 2, 1, 1), full.State);

        // One answer short of full still takes one.
        var almost = NpsAccumulator.FromState(new NpsState(long.MaxValue - 3, 1, 1));
        almost.Add(9);
        Assert.Equal(long.MaxValue, almost.Result().Answers);
    }

    [Fact]
    public void A_batch_whose_categories_each_fit_but_whose_answers_pass_long_MaxValue_throws_and_counts_nothing()
    {
        // Promoters MaxValue - 1, passives 1, detractors 1: each count fits, their sum is MaxValue + 1.
        var nps = NpsAccumulator.FromState(new NpsState(long.MaxValue - 1, 0, 0));
        Assert.Throws<OverflowException>(() => nps.Add([7, 0]));
        Assert.Equal(new NpsState(long.MaxValue - 1, 0, 0), nps.State);

        var fits = NpsAccumulator.FromState(new NpsState(long.MaxValue - 2, 0, 0));
        fits.Add([7, 0]);
        Assert.Equal(new NpsState(long.MaxValue - 2, 1, 1), fits.State);
    }

    [Fact]
    public void A_merge_whose_counts_each_fit_but_whose_answers_pass_long_MaxValue_throws_and_merges_nothing()
    {
        var nps = NpsAccumulator.FromState(new NpsState(long.MaxValue - 1, 0, 0));
        Assert.Throws<OverflowException>(() => nps.Merge(NpsAccumulator.FromState(new NpsState(0, 1, 1))));
        Assert.Equal(new NpsState(long.MaxValue - 1, 0, 0), nps.State);
    }

    [Fact]
    public void Nps_records_overload_refuses_an_answer_above_10_naming_its_score_selector()
    {
        byte[] answers = [9, 11];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NpsAccumulator.Aggregate(answers, s => s));
        Assert.Equal("score", ex.ParamName);
        Assert.Equal((byte)11, ex.ActualValue);
        Assert.Contains("The answer must be on the Net Promoter Score's 0-to-10 scale.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_answers_above_10_are_still_refused_and_the_first_is_reported()
    {
        var nps = new NpsAccumulator();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => nps.Add([11, 12]));
        Assert.Equal("scores", ex.ParamName);
        Assert.Equal((byte)11, ex.ActualValue);
        Assert.Contains("Row 0: The answer must be on the Net Promoter Score's 0-to-10 scale.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new NpsState(0, 0, 0), nps.State);
    }

    [Fact]
    public void Answers_above_10_at_the_same_place_of_two_vectors_are_still_refused()
    {
        // Two bad answers exactly one vector apart: a check that toggled instead of accumulating
        // would see them cancel out. The first bad row, 3, is reported.
        var width = Vector<byte>.Count;
        var scores = Enumerable.Repeat((byte)9, 2 * width).ToArray();
        scores[3] = 11;
        scores[width + 3] = 200;
        var nps = new NpsAccumulator();
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => nps.Add(scores));
        Assert.Equal("scores", ex.ParamName);
        Assert.Equal((byte)11, ex.ActualValue);
        Assert.Contains("Row 3: The answer must be on the Net Promoter Score's 0-to-10 scale.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new NpsState(0, 0, 0), nps.State);
    }

    // ---- revenue: states -------------------------------------------------------------------------

    private static RevenueState RevenueStateWith(
        decimal total = 0m,
        long orders = 0,
        long minorTotal = 0,
        long minorOrders = 0,
        decimal[]? keyTotals = null,
        long[]? keyOrders = null,
        long[]? keyMinor = null,
        long[]? keyMinorOrders = null,
        int keyCount = 0) =>
        new(
            Currency.EUR,
            keyCount,
            total,
            orders,
            minorTotal,
            minorOrders,
            keyTotals ?? new decimal[keyCount],
            keyOrders ?? new long[keyCount],
            keyMinor ?? new long[keyCount],
            keyMinorOrders ?? new long[keyCount]);

    private static void RefusedRevenue(RevenueState state, string expectedMessage) =>
        RefusedState(() => RevenueAccumulator.FromState(state), expectedMessage);

    [Fact]
    public void A_negative_key_count_is_refused_for_its_range_not_for_list_lengths()
    {
        RefusedRevenue(RevenueStateWith(keyCount: -1, keyTotals: [], keyOrders: [], keyMinor: [], keyMinorOrders: []), "The state's 'KeyCount' must be between 0 and 268435456 inclusive; it is -1.");
    }

    [Fact]
    public void Negative_revenue_totals_and_order_counts_are_refused_for_that_field()
    {
        RefusedRevenue(RevenueStateWith(total: -1m, orders: 1), "The state's 'Total' must not be negative; it is -1.");
        RefusedRevenue(RevenueStateWith(orders: -1), "The state's 'Orders' must not be negative; it is -1.");
        RefusedRevenue(RevenueStateWith(minorTotal: -1, minorOrders: 1), "The state's 'MinorUnitsTotal' must not be negative; it is -1.");
        RefusedRevenue(RevenueStateWith(minorOrders: -1), "The state's 'MinorUnitOrders' must not be negative; it is -1.");
    }

    [Fact]
    public void Negative_per_key_parts_are_refused_even_when_the_keys_add_up_to_the_totals()
    {
        // Each case adds up: -1 + 3 = 2, -1 + 2 = 1, -100 + 300 = 200, -1 + 2 = 1.
        RefusedRevenue(
            RevenueStateWith(total: 2m, orders: 2, keyCount: 2, keyTotals: [-1m, 3m], keyOrders: [1, 1]),
            "The state's 'KeyTotals[0]' must not be negative; it is -1.");
        RefusedRevenue(
            RevenueStateWith(total: 5m, orders: 1, keyCount: 2, keyTotals: [0m, 5m], keyOrders: [-1, 2]),
            "The state's 'KeyOrders[0]' must not be negative; it is -1.");
        RefusedRevenue(
            RevenueStateWith(minorTotal: 200, minorOrders: 2, keyCount: 2, keyMinor: [-100, 300], keyMinorOrders: [1, 1]),
            "The state's 'KeyMinorUnitsTotals[0]' must not be negative; it is -100.");
        RefusedRevenue(
            RevenueStateWith(minorTotal: 500, minorOrders: 1, keyCount: 2, keyMinor: [0, 500], keyMinorOrders: [-1, 2]),
            "The state's 'KeyMinorUnitOrders[0]' must not be negative; it is -1.");
    }

    [Fact]
    public void Minor_units_of_a_key_without_any_minor_unit_order_are_refused_even_when_the_totals_add_up()
    {
        RefusedRevenue(
            RevenueStateWith(minorTotal: 500, minorOrders: 1, keyCount: 2, keyMinor: [500, 0], keyMinorOrders: [0, 1]),
            "The state's 'KeyMinorUnitsTotals[0]' must be 0 when its 'KeyMinorUnitOrders[0]' is 0; it is 500.");
    }

    [Fact]
    public void A_key_whose_decimal_and_minor_unit_parts_overflow_is_refused_even_when_the_total_does_not()
    {
        // The key's decimal part is decimal.MaxValue and the total 1 000 000 below it: a gap within the
        // rounding the sum check allows for a million orders (about 7.9 × 4 000 002). The total plus
        // 1.00 € of minor units fits; the key's decimal.MaxValue + 1.00 € does not.
        var state = RevenueStateWith(
            total: decimal.MaxValue - 1_000_000m,
            orders: 1_000_000,
            minorTotal: 100,
            minorOrders: 1,
            keyCount: 1,
            keyTotals: [decimal.MaxValue],
            keyOrders: [1_000_000],
            keyMinor: [100],
            keyMinorOrders: [1]);
        RefusedRevenue(state, "The state's decimal and minor-unit parts of key 0 must add up within the range of decimal and long.");
    }

    [Fact]
    public void Orders_adding_up_to_exactly_long_MaxValue_are_accepted()
    {
        // (MaxValue - 1) decimal orders + 1 minor-unit order = MaxValue orders; 1 € + 100 cents = 2.00 €.
        var revenue = RevenueAccumulator.FromState(RevenueStateWith(total: 1m, orders: long.MaxValue - 1, minorTotal: 100, minorOrders: 1));
        var total = revenue.Result().Total;
        Assert.Equal(long.MaxValue, total.Orders);
        Assert.Equal(Money.Euros(2.00m), total.Revenue);
    }

    [Fact]
    public void Revenue_of_minor_unit_orders_only_is_at_the_currency_scale_whatever_the_scale_of_a_zero_decimal_part()
    {
        // 1 990 cents are 19.90 €, two decimals as EUR has; the zero decimal part (written 0.000 in the
        // state) has no order, so it does not take part and cannot lend its three decimals.
        var revenue = RevenueAccumulator.FromState(RevenueStateWith(total: 0.000m, orders: 0, minorTotal: 1_990, minorOrders: 1));
        var amount = revenue.Result().Total.Revenue.Amount;
        Assert.Equal("19.90", amount.ToString(CultureInfo.InvariantCulture));
    }

    // ---- revenue: adds and merges -----------------------------------------------------------------

    [Fact]
    public void A_keyed_revenue_accumulator_refuses_unkeyed_orders_with_the_rule()
    {
        var revenue = new RevenueAccumulator(Currency.EUR, 2);
        const string Rule = "This accumulator groups by key (2 keys): pass each order's key with its amount.";
        Assert.Contains(Rule, Assert.Throws<InvalidOperationException>(() => revenue.AddMinorUnits([100])).Message, StringComparison.Ordinal);
        Assert.Contains(Rule, Assert.Throws<InvalidOperationException>(() => revenue.Add(Money.Euros(1m))).Message, StringComparison.Ordinal);
        Assert.Equal(0, revenue.Result().Total.Orders);
    }

    [Fact]
    public void Keyed_minor_units_in_a_currency_without_minor_unit_are_refused_with_the_rule()
    {
        var revenue = new RevenueAccumulator(Currency.XXX, 2);
        const string Rule = "The currency XXX has no minor unit in ISO 4217: add its amounts as decimals.";
        byte[] byteKeys = [0];
        int[] intKeys = [0];
        Assert.Contains(Rule, Assert.Throws<InvalidOperationException>(() => revenue.AddMinorUnits([100], intKeys)).Message, StringComparison.Ordinal);
        Assert.Contains(Rule, Assert.Throws<InvalidOperationException>(() => revenue.AddMinorUnits([100], byteKeys)).Message, StringComparison.Ordinal);
        Assert.Equal(0, revenue.State.MinorUnitOrders);
    }

    [Fact]
    public void Unkeyed_orders_added_one_money_at_a_time_are_counted_and_checked_for_currency()
    {
        // 19.90 + 5.10 = 25.00 € over 2 orders: AOV 12.50 €.
        var revenue = new RevenueAccumulator(Currency.EUR);
        revenue.Add(Money.Euros(19.90m));
        revenue.Add(Money.Euros(5.10m));
        var ex = Assert.Throws<CurrencyMismatchException>(() => revenue.Add(Money.UsDollars(7m)));
        Assert.Equal("amount", ex.ParamName);
        var total = revenue.Result().Total;
        Assert.Equal(Money.Euros(25.00m), total.Revenue);
        Assert.Equal(2, total.Orders);
        Assert.Equal(Money.Euros(12.50m), total.AverageOrderValue.Value);
    }

    [Fact]
    public void Revenue_merge_refuses_null_and_a_different_key_count_with_the_rule()
    {
        var two = new RevenueAccumulator(Currency.EUR, 2);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => two.Merge(null!)).ParamName);
        var three = new RevenueAccumulator(Currency.EUR, 3);
        int[] keyTwo = [2];
        three.Add([5m], keyTwo);
        var ex = Assert.Throws<ArgumentException>(() => two.Merge(three));
        Assert.Equal("other", ex.ParamName);
        Assert.Contains("The accumulators must have the same number of keys.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, two.Result().Total.Orders);
    }

    [Fact]
    public void A_merge_that_would_overflow_one_key_but_not_the_total_throws_and_merges_nothing()
    {
        // Same shape as the refused state above, reached by a merge: the total (MaxValue - 1 000 000 + 1.00)
        // fits, key 0 (decimal.MaxValue + 1.00 €) does not.
        var big = RevenueAccumulator.FromState(RevenueStateWith(
            total: decimal.MaxValue - 1_000_000m,
            orders: 1_000_000,
            keyCount: 1,
            keyTotals: [decimal.MaxValue],
            keyOrders: [1_000_000]));
        var cents = new RevenueAccumulator(Currency.EUR, 1);
        int[] keyZero = [0];
        cents.AddMinorUnits([100], keyZero);
        var ex = Assert.Throws<OverflowException>(() => big.Merge(cents));
        Assert.Contains(
            "The merged revenue of a group, its decimal and minor-unit parts together, is beyond the range of decimal or its orders beyond the range of long; nothing is merged.",
            ex.Message,
            StringComparison.Ordinal);
        Assert.Equal(0, big.State.MinorUnitOrders);
        Assert.Equal([0L], big.State.KeyMinorUnitOrders);
    }

    // ---- revenue: records overloads ---------------------------------------------------------------

    [Fact]
    public void Revenue_records_overloads_name_each_null_argument()
    {
        decimal[] records = [1m];
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => RevenueAccumulator.Aggregate<decimal>(null!, Money.Euros, Currency.EUR)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentNullException>(() => RevenueAccumulator.Aggregate(records, null!, Currency.EUR)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentNullException>(() => RevenueAccumulator.AggregateBy(records, null!, r => "web", Currency.EUR)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => RevenueAccumulator.AggregateBy<decimal, string>(records, Money.Euros, null!, Currency.EUR)).ParamName);
    }

    [Fact]
    public void Revenue_records_overload_reports_the_row_of_a_negative_amount()
    {
        decimal[] records = [1m, 2m, -3m];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RevenueAccumulator.Aggregate(records, Money.Euros, Currency.EUR));
        Assert.Equal("amount", ex.ParamName);
        Assert.Equal(-3m, ex.ActualValue);
        Assert.Contains("Row 2: The amount must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revenue_grouped_records_overload_reports_the_row_of_a_null_key()
    {
        (decimal Amount, string? Key)[] records = [(1m, "web"), (2m, null), (3m, "shop")];
        var ex = Assert.Throws<ArgumentNullException>(() => RevenueAccumulator.AggregateBy(records, r => Money.Euros(r.Amount), r => r.Key!, Currency.EUR));
        Assert.Equal("key", ex.ParamName);
        Assert.Contains("Row 1: The key must not be null; every order needs a group.", ex.Message, StringComparison.Ordinal);
    }

    // ---- results' JSON -----------------------------------------------------------------------------

    [Fact]
    public void Revenue_result_json_with_one_group_in_another_currency_is_refused()
    {
        // The amounts and orders add up (10 + 0 = 10, 1 + 0 = 1); only the empty group's currency is wrong.
        const string Json =
            """{"total":{"revenue":{"amount":10,"currency":"EUR"},"orders":1,"averageOrderValue":{"kpiId":"average_order_value","value":{"amount":10,"currency":"EUR"}}},"groups":[{"revenue":{"amount":10,"currency":"EUR"},"orders":1,"averageOrderValue":{"kpiId":"average_order_value","value":{"amount":10,"currency":"EUR"}}},{"revenue":{"amount":0,"currency":"USD"},"orders":0,"averageOrderValue":{"kpiId":"average_order_value","reason":"ZeroDenominator","explanation":"\u0027orders\u0027 is zero."}}]}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RevenueResult>(Json));
        Assert.Contains("RevenueResult: the groups must be in the total's currency", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquisition_result_json_whose_channels_do_not_add_up_to_the_total_is_refused()
    {
        // The channels have 3 + 2 = 5 new customers; the total claims 6.
        const string Json =
            """{"total":{"spend":{"amount":1000,"currency":"EUR"},"newCustomers":6,"leads":50,"customerAcquisitionCost":{"kpiId":"cac","value":{"amount":200,"currency":"EUR"}},"costPerLead":{"kpiId":"cpl","value":{"amount":20,"currency":"EUR"}}},"channels":[{"spend":{"amount":600,"currency":"EUR"},"newCustomers":3,"leads":30,"customerAcquisitionCost":{"kpiId":"cac_by_channel","value":{"amount":200,"currency":"EUR"}},"costPerLead":{"kpiId":"cpl","value":{"amount":20,"currency":"EUR"}}},{"spend":{"amount":400,"currency":"EUR"},"newCustomers":2,"leads":20,"customerAcquisitionCost":{"kpiId":"cac_by_channel","value":{"amount":200,"currency":"EUR"}},"costPerLead":{"kpiId":"cpl","value":{"amount":20,"currency":"EUR"}}}]}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AcquisitionCostResult>(Json));
        Assert.Contains(
            "AcquisitionCostResult: the channels must be in the total's currency and add up to the total's spend, new customers and leads.",
            ex.Message,
            StringComparison.Ordinal);
    }
}
