using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using Xunit;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// The edges of the streaming accumulators that users meet first when something is wrong: which
/// argument or state is refused, with which exception, parameter name and message; the boundaries
/// of windows, partitions and batches; and the JSON reading rules of the results, each rule broken
/// alone so that no other rule refuses the same payload first.
/// </summary>
public class AccumulatorEdgeTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    // ---- cohort retention ----------------------------------------------------------------------------

    [Fact]
    public void A_negative_customer_count_is_refused_naming_the_count_and_its_range()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new CohortRetentionAccumulator(-1, Period.Month(2026, 1), 3));
        Assert.Equal("customerCount", e.ParamName);
        Assert.Equal(-1, e.ActualValue);

        // 2^28 = 268 435 456 customers at most.
        Assert.StartsWith("The value must be between 0 and 268435456 inclusive.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Customers_times_periods_beyond_the_largest_array_are_refused_before_anything_is_allocated()
    {
        // 2^28 customers × 16 words (1 024 periods / 64) = 2^32 words, beyond Array.MaxLength (about 2^31).
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new CohortRetentionAccumulator(1 << 28, Period.Month(1900, 1), 1024));
        Assert.Equal("customerCount", e.ParamName);
        Assert.StartsWith("The customers times the periods must fit in the largest array; split the customers.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_ending_with_the_last_supported_month_is_accepted_and_counts_its_orders()
    {
        // November 9999 is the last month a DateOnly can end (exclusively, on 9999-12-01; December would end on
        // 10000-01-01): a one-month window there must not step to the month after its last one.
        var cohorts = new CohortRetentionAccumulator(1, Period.Month(9999, 11), 1);
        cohorts.Add([0], [new DateOnly(9999, 11, 30)]);
        var table = cohorts.Result();
        Assert.Equal(Period.Month(9999, 11), Assert.Single(table.Cohorts));
        Assert.Equal(1, table.CohortSize(0));
    }

    [Fact]
    public void A_null_cohort_state_or_merge_is_refused_as_a_null_argument()
    {
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => CohortRetentionAccumulator.FromState(null!)).ParamName);
        var cohorts = new CohortRetentionAccumulator(1, Period.Month(2026, 1), 3);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => cohorts.Merge(null!)).ParamName);
    }

    [Fact]
    public void A_cohort_state_of_64_periods_may_mark_its_last_period()
    {
        // 64 periods fill one 64-bit word exactly: bit 63 (December 2025, 63 months after January 2021) is inside the window.
        var state = new CohortRetentionState(1, Period.Month(2021, 1), 64, [1UL | (1UL << 63)]);
        var table = CohortRetentionAccumulator.FromState(state).Result();
        Assert.Equal(64, table.Cohorts.Count);
        Assert.Equal(1, table.CohortSize(0));
        Assert.Equal(1, table.ActiveCustomers(0, 63));
    }

    [Fact]
    public void A_cohort_state_marking_a_period_beyond_its_window_is_refused_naming_the_customer()
    {
        // 63 periods leave bit 63 outside the window.
        var state = new CohortRetentionState(2, Period.Month(2021, 1), 63, [1UL, 1UL << 63]);
        var e = Assert.Throws<ArgumentException>(() => CohortRetentionAccumulator.FromState(state));
        Assert.Equal("state", e.ParamName);
        Assert.StartsWith("The state's 'ActivePeriods' must mark only the window's periods; customer 1 is active beyond them.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cohort_accumulators_over_different_windows_are_not_merged_and_the_message_says_why()
    {
        var january = new CohortRetentionAccumulator(2, Period.Month(2026, 1), 3);
        var february = new CohortRetentionAccumulator(2, Period.Month(2026, 2), 3);
        var e = Assert.Throws<ArgumentException>(() => january.Merge(february));
        Assert.Equal("other", e.ParamName);
        Assert.StartsWith("The accumulators must have the same customers and the same periods.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_of_more_than_64_periods_reports_orders_in_its_second_word()
    {
        // 70 months from January 2020: July 2025 is period 66 (5 × 12 + 6), bit 2 of the second word.
        // One customer ordering in both: cohorts January 2020 to July 2025, 67 of them; the first sees offset 66.
        var cohorts = new CohortRetentionAccumulator(1, Period.Month(2020, 1), 70);
        cohorts.Add([0, 0], [new DateOnly(2020, 1, 15), new DateOnly(2025, 7, 10)]);
        var table = cohorts.Result();
        Assert.Equal(67, table.Cohorts.Count);
        Assert.Equal(Period.Month(2025, 7), table.Cohorts[66]);
        Assert.Equal(67, table.OffsetCount(0));
        Assert.Equal(1, table.ActiveCustomers(0, 66));
        Assert.Equal(0, table.ActiveCustomers(0, 65));
    }

    [Fact]
    public void Aggregating_orders_refuses_a_null_customer_selector_and_a_null_customer()
    {
        (string Email, DateOnly Date)[] orders = [("ana@example.com", Day)];
        var e = Assert.Throws<ArgumentNullException>(() => CohortRetentionAccumulator.Aggregate<(string Email, DateOnly Date), string>(orders, null!, o => o.Date));
        Assert.Equal("customer", e.ParamName);

        var nullCustomer = Assert.Throws<ArgumentNullException>(() => CohortRetentionAccumulator.Aggregate<(string Email, DateOnly Date), string>(orders, o => null!, o => o.Date));
        Assert.Equal("customer", nullCustomer.ParamName);
        Assert.StartsWith("The customer selector must not return null.", nullCustomer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregating_orders_over_more_than_1024_periods_is_refused_with_the_span()
    {
        // January 1900 to January 2000: 100 × 12 + 1 = 1 201 months.
        (int Customer, DateOnly Date)[] orders = [(1, new DateOnly(1900, 1, 10)), (2, new DateOnly(2000, 1, 10))];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CohortRetentionAccumulator.Aggregate(orders, o => o.Customer, o => o.Date));
        Assert.Equal("orders", e.ParamName);
        Assert.Equal(1201L, e.ActualValue);
        Assert.StartsWith("The orders must span at most 1024 periods.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregating_more_orders_than_the_first_buffer_holds_keeps_every_order()
    {
        // 5 000 orders (beyond the 4 096 of the first buffers): customers 0..2 499 order in January 2026
        // (orders 0..2 499), then each again in February (orders 2 500..4 999). One cohort of 2 500,
        // all of them active one month later; the February cohort is empty.
        var orders = Enumerable.Range(0, 5_000)
            .Select(i => (Customer: i % 2_500, Date: i < 2_500 ? new DateOnly(2026, 1, 1 + (i % 28)) : new DateOnly(2026, 2, 1 + (i % 28))))
            .ToArray();
        var table = CohortRetentionAccumulator.Aggregate(orders, o => o.Customer, o => o.Date);
        Assert.Equal([Period.Month(2026, 1), Period.Month(2026, 2)], table.Cohorts);
        Assert.Equal(2_500, table.CohortSize(0));
        Assert.Equal(2_500, table.ActiveCustomers(0, 1));
        Assert.Equal(0, table.CohortSize(1));
    }

    // ---- customer summaries ----------------------------------------------------------------------------

    [Fact]
    public void A_holdout_window_ending_before_the_calibration_window_is_refused_and_the_message_says_so()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new CustomerSummaryAccumulator(1, Currency.EUR, new DateOnly(2026, 1, 31), new DateOnly(2026, 1, 30), TimeSpan.FromDays(1)));
        Assert.Equal("holdoutEnd", e.ParamName);
        Assert.StartsWith("The holdout window must not end before the calibration window.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_summary_state_or_merge_is_refused_as_a_null_argument()
    {
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => CustomerSummaryAccumulator.FromState(null!)).ParamName);
        var summaries = new CustomerSummaryAccumulator(1, Currency.EUR, new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), TimeSpan.FromDays(1));
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => summaries.Merge(null!)).ParamName);
    }

    [Fact]
    public void Summary_accumulators_in_different_currencies_are_not_merged_and_the_message_says_why()
    {
        var euros = new CustomerSummaryAccumulator(1, Currency.EUR, new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), TimeSpan.FromDays(1));
        var dollars = new CustomerSummaryAccumulator(1, Currency.USD, new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), TimeSpan.FromDays(1));
        var e = Assert.Throws<ArgumentException>(() => euros.Merge(dollars));
        Assert.Equal("other", e.ParamName);
        Assert.StartsWith("The accumulators must have the same customers, currency, windows and time unit.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_amounts_shorter_than_the_customers_are_refused_naming_both_columns()
    {
        var summaries = new CustomerSummaryAccumulator(2, Currency.EUR, new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), TimeSpan.FromDays(1));
        var e = Assert.Throws<ArgumentException>(() => summaries.Add([0, 1], [new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 6)], [10m]));
        Assert.Equal("amounts", e.ParamName);
        Assert.StartsWith("The spans must have the same length; 'customers' has 2 elements, this one 1.", e.Message, StringComparison.Ordinal);
        Assert.Empty(summaries.Result());
    }

    [Fact]
    public void A_summary_state_may_hold_a_purchase_on_the_first_day_of_the_calendar()
    {
        // Day number 0 is 0001-01-01, a date like any other; calibration ends 0001-01-10: T = 9 days, no repeat.
        var state = new CustomerSummaryState(Currency.EUR, 1, new DateOnly(1, 1, 10), new DateOnly(1, 1, 20), TimeSpan.TicksPerDay, [0], [0], [12.50m]);
        var summary = CustomerSummaryAccumulator.FromState(state).Result()[0];
        Assert.Equal(0, summary.RepeatPurchases);
        Assert.Equal(9m, summary.TimeObserved);
    }

    // ---- cycle times ---------------------------------------------------------------------------------

    [Fact]
    public void Cycle_accumulators_measuring_different_durations_are_not_merged_and_the_message_says_why()
    {
        var sales = new CycleTimeAccumulator(CycleTimeMeasure.SalesCycleLength);
        var conversions = new CycleTimeAccumulator(CycleTimeMeasure.TimeToConvert);
        var e = Assert.Throws<ArgumentException>(() => sales.Merge(conversions));
        Assert.Equal("other", e.ParamName);
        Assert.StartsWith("The accumulators must measure the same durations.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_counts_beyond_a_64_bit_integer_overflow_and_nothing_is_merged()
    {
        // long.MaxValue deals of 0 days, plus one deal of 1 day: no day's counter overflows, their total does.
        var many = CycleTimeAccumulator.FromState(new CycleTimeState(CycleTimeMeasure.SalesCycleLength, [long.MaxValue]));
        var one = CycleTimeAccumulator.FromState(new CycleTimeState(CycleTimeMeasure.SalesCycleLength, [0, 1]));
        Assert.Throws<OverflowException>(() => many.Merge(one));
        Assert.Equal([long.MaxValue], many.State.DayCounts);
    }

    [Fact]
    public void Merged_durations_beyond_what_the_mean_can_hold_overflow_and_the_message_gives_the_limit()
    {
        // The limit is floor((2^96 − 1) / 864 000 000 000 ticks a day) = 91 699 262 169 287 427 days;
        // that many deals of 1 day reach it exactly, one more day goes beyond.
        const long Limit = 91_699_262_169_287_427;
        var full = CycleTimeAccumulator.FromState(new CycleTimeState(CycleTimeMeasure.SalesCycleLength, [0, Limit]));
        var one = CycleTimeAccumulator.FromState(new CycleTimeState(CycleTimeMeasure.SalesCycleLength, [0, 1]));
        var e = Assert.Throws<OverflowException>(() => full.Merge(one));
        Assert.Equal("The merged durations would add up beyond 91699262169287427 days, beyond what the mean can be computed from; nothing is merged.", e.Message);
        Assert.Equal([0L, Limit], full.State.DayCounts);
    }

    [Fact]
    public void A_result_whose_durations_outgrow_the_mean_overflows_and_says_why()
    {
        // A state at the limit (see above) accepts one more day by Add; the mean can no longer be computed.
        var full = CycleTimeAccumulator.FromState(new CycleTimeState(CycleTimeMeasure.SalesCycleLength, [0, 91_699_262_169_287_427]));
        full.Add(Day, Day.AddDays(1));
        var e = Assert.Throws<OverflowException>(() => full.Result());
        Assert.Equal("The durations add up beyond what the mean can be computed from.", e.Message);
    }

    [Fact]
    public void An_empty_sales_cycle_is_undefined_because_no_deal_was_won()
    {
        var result = new CycleTimeAccumulator().Result();
        Assert.Equal(UndefinedReason.EmptyInput, result.Mean.Reason);
        Assert.Equal("no deal was won.", result.Mean.Explanation);
        Assert.Equal("no deal was won.", result.Median.Explanation);
        Assert.Equal(KpiIds.SalesCycleLength, result.Mean.KpiId);
    }

    [Fact]
    public void Aggregating_cycles_refuses_null_arguments_by_name()
    {
        DateOnly[] items = [Day];
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => CycleTimeAccumulator.Aggregate<DateOnly>(null!, d => d, d => d)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentNullException>(() => CycleTimeAccumulator.Aggregate(items, null!, d => d)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentNullException>(() => CycleTimeAccumulator.Aggregate(items, d => d, null!)).ParamName);
    }

    [Fact]
    public void Aggregating_cycles_counts_a_same_day_item_as_zero_days()
    {
        // Deals of 0 and 4 days: 2 items, mean 4 / 2 = 2 days.
        (DateOnly Start, DateOnly End)[] deals = [(Day, Day), (Day, Day.AddDays(4))];
        var result = CycleTimeAccumulator.Aggregate(deals, d => d.Start, d => d.End);
        Assert.Equal(2, result.Count);
        Assert.Equal(TimeSpan.FromDays(2), result.Mean.Value);
        Assert.Equal(TimeSpan.Zero, result.Percentile(0m).Value);
    }

    [Fact]
    public void Aggregating_cycles_reports_an_end_before_its_start_with_the_record_row()
    {
        (DateOnly Start, DateOnly End)[] deals = [(Day, Day.AddDays(1)), (Day.AddDays(3), Day)];
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CycleTimeAccumulator.Aggregate(deals, d => d.Start, d => d.End));
        Assert.Equal("end", e.ParamName);
        Assert.Equal(Day, e.ActualValue);
        Assert.StartsWith("Row 1: The end must not be before the start, 2026-03-05.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_day_number_that_is_not_a_date_is_refused_naming_the_end_column()
    {
        // DateOnly.MaxValue (9999-12-31) is day number 3 652 058.
        var cycles = new CycleTimeAccumulator();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => cycles.Add([0], [-1]));
        Assert.Equal("endDayNumbers", e.ParamName);
        Assert.Equal(-1, e.ActualValue);
        Assert.StartsWith("Row 0: The day number must be a date's, between 0 and 3652058.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_item_ending_before_its_start_is_refused_with_the_start_in_the_message()
    {
        var cycles = new CycleTimeAccumulator();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => cycles.Add(Day.AddDays(3), Day));
        Assert.Equal("end", e.ParamName);
        Assert.Equal(Day, e.ActualValue);
        Assert.StartsWith("Row 0: The end must not be before the start, 2026-03-05.", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, cycles.Result().Count);
    }

    // ---- MRR movements -------------------------------------------------------------------------------

    [Fact]
    public void A_negative_mrr_with_64_bit_ids_is_refused_and_nothing_is_added()
    {
        var march = new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => march.Add([7L, 9L], [Period.Month(2026, 3), Period.Month(2026, 3)], [49m, -1m]));
        Assert.Equal("amounts", e.ParamName);
        Assert.StartsWith("Row 1: The amount must not be negative; subtract refunds and credit notes explicitly.", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, march.CustomerCount);
    }

    [Fact]
    public void A_negative_minor_unit_mrr_with_32_bit_ids_is_refused_and_nothing_is_added()
    {
        var march = new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => march.AddMinorUnits([7, 9], [Period.Month(2026, 3), Period.Month(2026, 3)], [4_900L, -1L]));
        Assert.Equal("amounts", e.ParamName);
        Assert.StartsWith("Row 1: The amount must not be negative; subtract refunds and credit notes explicitly.", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, march.CustomerCount);
    }

    [Fact]
    public void Mrr_accumulators_of_different_months_are_not_merged_and_the_message_says_why()
    {
        var march = new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3));
        var april = new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 4));
        var e = Assert.Throws<ArgumentException>(() => march.Merge(april));
        Assert.Equal("other", e.ParamName);
        Assert.StartsWith("The accumulators must have the same currency and the same month.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Minor_units_of_a_currency_without_them_are_refused_and_the_message_names_the_currency()
    {
        var march = new MrrMovementsAccumulator(Currency.XXX, Period.Month(2026, 3));
        var e = Assert.Throws<InvalidOperationException>(() => march.AddMinorUnits([1], [Period.Month(2026, 3)], [5L]));
        Assert.Equal("The currency XXX has no minor unit in ISO 4217: add its amounts as decimals.", e.Message);
    }

    [Fact]
    public void Minor_units_beyond_32_bits_keep_their_high_part()
    {
        // 2^32 + 5 = 4 294 967 301 cents = 42 949 673.01 €.
        var march = new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3));
        march.AddMinorUnits([7L], [Period.Month(2026, 3)], [4_294_967_301L]);
        Assert.Equal(42_949_673.01m, Assert.Single(march.State.CurrentMrr));
    }

    [Fact]
    public void Minor_units_over_more_than_one_batch_are_all_added()
    {
        // 4 097 customers of 1.00 € each (one more than a batch of 4 096): 4 097.00 € of current MRR.
        const int Rows = 4_097;
        var customers = Enumerable.Range(0, Rows).ToArray();
        var months = Enumerable.Repeat(Period.Month(2026, 3), Rows).ToArray();
        var cents = Enumerable.Repeat(100L, Rows).ToArray();
        var march = new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3));
        march.AddMinorUnits(customers, months, cents);
        var state = march.State;
        Assert.Equal(Rows, state.Customers.Count);
        Assert.Equal(4_097.00m, state.CurrentMrr.Sum());
        Assert.All(state.CurrentMrr, mrr => Assert.Equal(1.00m, mrr));
    }

    // ---- partitions ----------------------------------------------------------------------------------

    /// <summary>Records the row ranges it was given; merging appends the other's ranges, so the merged list is in merge order.</summary>
    private sealed class RangeLog : IMergeable<RangeLog>
    {
        public List<Range> Ranges { get; } = [];

        public void Merge(RangeLog other) => Ranges.AddRange(other.Ranges);
    }

    private static (RangeLog Merged, int Created) Run(int length, int partitions)
    {
        var created = 0;
        var merged = Partitioned.Aggregate(
            length,
            () =>
            {
                created++;
                return new RangeLog();
            },
            (log, rows) => log.Ranges.Add(rows),
            partitions);
        return (merged, created);
    }

    [Fact]
    public void Automatic_partitioning_keeps_fewer_than_64_Ki_rows_in_one_partition()
    {
        var (merged, created) = Run(100, partitions: 0);
        Assert.Equal(1, created);
        Assert.Equal(0..100, Assert.Single(merged.Ranges));
    }

    [Fact]
    public void Automatic_partitioning_gives_each_partition_at_least_64_Ki_rows_and_at_most_one_per_core()
    {
        // 2 × 65 536 rows: two partitions of 65 536 rows, or one on a single core.
        var (merged, created) = Run(2 * Partitioned.MinimumAutomaticPartitionLength, partitions: 0);
        if (Environment.ProcessorCount >= 2)
        {
            Assert.Equal(2, created);
            Assert.Equal([0..65_536, 65_536..131_072], merged.Ranges);
        }
        else
        {
            Assert.Equal(1, created);
            Assert.Equal([0..131_072], merged.Ranges);
        }
    }

    [Fact]
    public void Explicit_partitions_are_contiguous_ranges_merged_in_row_order()
    {
        // 10 rows in 3: boundaries at 10 × 1 / 3 = 3 and 10 × 2 / 3 = 6 (rounded down).
        var (merged, created) = Run(10, partitions: 3);
        Assert.Equal(3, created);
        Assert.Equal([0..3, 3..6, 6..10], merged.Ranges);
    }

    [Fact]
    public void Explicit_partitions_are_capped_at_the_rows_and_at_least_one()
    {
        var (three, createdForThree) = Run(3, partitions: 8);
        Assert.Equal(3, createdForThree);
        Assert.Equal([0..1, 1..2, 2..3], three.Ranges);

        var (none, createdForNone) = Run(0, partitions: 4);
        Assert.Equal(1, createdForNone);
        Assert.Equal(0..0, Assert.Single(none.Ranges));
    }

    [Fact]
    public void Partitioning_refuses_bad_arguments_by_name()
    {
        Assert.Equal("create", Assert.Throws<ArgumentNullException>(() => Partitioned.Aggregate<RangeLog>(1, null!, (_, _) => { })).ParamName);
        Assert.Equal("add", Assert.Throws<ArgumentNullException>(() => Partitioned.Aggregate(1, () => new RangeLog(), null!)).ParamName);

        var length = Assert.Throws<ArgumentOutOfRangeException>(() => Partitioned.Aggregate(-1, () => new RangeLog(), (_, _) => { }));
        Assert.Equal("length", length.ParamName);
        Assert.StartsWith("The value must not be negative.", length.Message, StringComparison.Ordinal);

        var partitions = Assert.Throws<ArgumentOutOfRangeException>(() => Partitioned.Aggregate(1, () => new RangeLog(), (_, _) => { }, partitions: -1));
        Assert.Equal("partitions", partitions.ParamName);
        Assert.StartsWith("The value must not be negative.", partitions.Message, StringComparison.Ordinal);

        var nullAccumulator = Assert.Throws<ArgumentNullException>(() => Partitioned.Aggregate<RangeLog>(1, () => null!, (_, _) => { }));
        Assert.Equal("create", nullAccumulator.ParamName);
        Assert.StartsWith("The factory must return an empty accumulator, not null.", nullAccumulator.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factory_returning_one_instance_twice_is_refused_and_the_message_says_why()
    {
        var shared = new RangeLog();
        var e = Assert.Throws<ArgumentException>(() => Partitioned.Aggregate(2, () => shared, (log, rows) => log.Ranges.Add(rows), partitions: 2));
        Assert.Equal("create", e.ParamName);
        Assert.StartsWith("The factory must return a new accumulator on every call; it returned the same instance twice.", e.Message, StringComparison.Ordinal);
        Assert.Empty(shared.Ranges);
    }

    [Fact]
    public void A_partition_refusing_its_rows_throws_its_own_exception_unchanged()
    {
        // Rows 0..1 and 2..3: only the second partition refuses.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Partitioned.Aggregate(
            4,
            () => new RangeLog(),
            (_, rows) =>
            {
                if (rows.Start.Value >= 2)
                {
                    throw new ArgumentOutOfRangeException("amounts", "second");
                }
            },
            partitions: 2));
        Assert.Equal("amounts", e.ParamName);
        Assert.StartsWith("second", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_several_partitions_refuse_their_rows_the_first_in_row_order_is_thrown()
    {
        var e = Assert.Throws<ArgumentException>(() => Partitioned.Aggregate(
            4,
            () => new RangeLog(),
            (_, rows) => throw new ArgumentException(rows.Start.Value < 2 ? "first" : "second", "customers"),
            partitions: 2));
        Assert.Equal("customers", e.ParamName);
        Assert.StartsWith("first", e.Message, StringComparison.Ordinal);
    }

    // ---- JSON of the results -------------------------------------------------------------------------

    private const string EurTotal = """{"revenue":{"amount":10,"currency":"EUR"},"orders":1,"averageOrderValue":{"kpiId":"average_order_value","value":{"amount":10,"currency":"EUR"}}}""";

    [Fact]
    public void A_revenue_result_without_groups_is_read_whatever_its_total()
    {
        // 10 € over 1 order, no key: nothing to add up.
        var result = JsonSerializer.Deserialize<RevenueResult>("""{"total":""" + EurTotal + ""","groups":[]}""")!;
        Assert.Equal(Money.Euros(10m), result.Total.Revenue);
        Assert.Equal(1, result.Total.Orders);
        Assert.Empty(result.Groups);
    }

    /// <summary>A channel: spend in <paramref name="currency"/>, customers and leads; its CPL is spend / leads, as the reader recomputes it.</summary>
    private static string Channel(decimal spend, int newCustomers, int leads, string currency = "EUR", string cacId = "cac_by_channel") =>
        string.Create(CultureInfo.InvariantCulture, $$$$"""{"spend":{"amount":{{{{spend}}}},"currency":"{{{{currency}}}}"},"newCustomers":{{{{newCustomers}}}},"leads":{{{{leads}}}},"customerAcquisitionCost":{"kpiId":"{{{{cacId}}}}","value":{"amount":{{{{spend / newCustomers}}}},"currency":"{{{{currency}}}}"}},"costPerLead":{"kpiId":"cpl","value":{"amount":{{{{spend / leads}}}},"currency":"{{{{currency}}}}"}}}""");

    private static string AcquisitionJson(string channel1) =>
        $$"""{"total":{{Channel(1000m, 5, 50, cacId: "cac")}},"channels":[{{Channel(600m, 3, 30)}},{{channel1}}]}""";

    [Fact]
    public void An_acquisition_result_whose_channels_add_up_is_read()
    {
        // 600 € + 400 € = 1 000 €, 3 + 2 = 5 customers, 30 + 20 = 50 leads.
        var result = JsonSerializer.Deserialize<AcquisitionCostResult>(AcquisitionJson(Channel(400m, 2, 20)))!;
        Assert.Equal(2, result.Channels.Count);
        Assert.Equal(50, result.Total.Leads);
    }

    [Theory]
    [InlineData("a channel in another currency", 400, 2, 20, "USD")]   // 600 € + 400 $: the amounts add up, the currencies do not
    [InlineData("spend not adding up", 500, 2, 20, "EUR")]            // 600 + 500 = 1 100 ≠ 1 000
    [InlineData("customers not adding up", 400, 3, 20, "EUR")]        // 3 + 3 = 6 ≠ 5
    [InlineData("leads not adding up", 400, 2, 25, "EUR")]            // 30 + 25 = 55 ≠ 50
    public void An_acquisition_result_whose_channels_break_one_rule_is_refused(string rule, int spend, int newCustomers, int leads, string currency)
    {
        var json = AcquisitionJson(Channel(spend, newCustomers, leads, currency));
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AcquisitionCostResult>(json));
        Assert.True(
            e.Message.Contains("AcquisitionCostResult: the channels must be in the total's currency and add up to the total's spend, new customers and leads.", StringComparison.Ordinal),
            $"{rule}: {e.Message}");
    }

    [Fact]
    public void An_acquisition_result_without_channels_is_read_whatever_its_total()
    {
        var result = JsonSerializer.Deserialize<AcquisitionCostResult>("""{"total":""" + Channel(1000m, 5, 50, cacId: "cac") + ""","channels":[]}""")!;
        Assert.Empty(result.Channels);
        Assert.Equal(Money.Euros(1000m), result.Total.Spend);
    }

    private static string Week(long active, long low, long inactive) =>
        string.Create(CultureInfo.InvariantCulture, $$$"""{"week":"2026-W10","activeUsers":{{{active}}},"lowUsers":{{{low}}},"inactiveUsers":{{{inactive}}},"adoptionRate":{"kpiId":"adoption_rate","value":0.5}}""");

    private static string AdoptionJson(int trained, params string[] weeks) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"trainedUsers":{{trained}},"weeks":[{{string.Join(",", weeks)}}]}""");

    [Theory]
    [InlineData(0, 0, 0, 0)] // no trained user and no week
    [InlineData(2, 0, 1, 1)] // no active user: 0 + 1 + 1 = 2
    [InlineData(2, 1, 1, 0)] // no inactive user: 1 + 1 + 0 = 2
    [InlineData(3, 1, 2, 0)] // more low users than active ones: 1 + 2 + 0 = 3
    public void An_adoption_result_whose_weeks_add_up_to_the_trained_users_is_read(int trained, long active, long low, long inactive)
    {
        var json = trained == 0 ? AdoptionJson(0) : AdoptionJson(trained, Week(active, low, inactive));
        var result = JsonSerializer.Deserialize<AdoptionResult>(json)!;
        Assert.Equal(trained, result.TrainedUsers);
        Assert.Equal(trained == 0 ? 0 : 1, result.Weeks.Count);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, false)] // negative trained users, no week
    [InlineData(2, -1, 2, 1, true)]  // negative active users: −1 + 2 + 1 = 2
    [InlineData(2, 2, -1, 1, true)]  // negative low users: 2 − 1 + 1 = 2
    [InlineData(2, 1, 2, -1, true)]  // negative inactive users: 1 + 2 − 1 = 2
    [InlineData(2, 1, 0, 0, true)]   // counts adding up to 1, not 2
    public void An_adoption_result_breaking_one_count_rule_is_refused(int trained, long active, long low, long inactive, bool withWeek)
    {
        var json = withWeek ? AdoptionJson(trained, Week(1, 0, trained - 1), Week(active, low, inactive)) : AdoptionJson(trained);
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AdoptionResult>(json));
        Assert.Contains("AdoptionResult: each week's active, low and inactive users are counts that add up to the trained users.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_to_convert_result_is_written_exactly_and_read_back_as_time_to_convert()
    {
        // Leads converting in 2 and 4 days: mean 6 / 2 = 3 days; median at rank 0.5, 2 + 0.5 × 2 = 3 days;
        // 90th percentile at rank 0.9, 2 + 0.9 × 2 = 3.8 days = 3 days 19 h 12 min.
        var conversions = new CycleTimeAccumulator(CycleTimeMeasure.TimeToConvert);
        conversions.Add([Day, Day], [Day.AddDays(2), Day.AddDays(4)]);
        const string Json =
            """{"kpiId":"time_to_convert","dayCounts":[0,0,1,0,1],"count":2,"mean":{"kpiId":"time_to_convert","value":"3.00:00:00"},"median":{"kpiId":"time_to_convert","value":"3.00:00:00"},"percentile90":{"kpiId":"time_to_convert","value":"3.19:12:00"}}""";
        Assert.Equal(Json, JsonSerializer.Serialize(conversions.Result()));

        var read = JsonSerializer.Deserialize<CycleTimeResult>(Json)!;
        Assert.Equal(KpiIds.TimeToConvert, read.Mean.KpiId);
        Assert.Equal(2, read.Count);
        Assert.Equal(new TimeSpan(3, 19, 12, 0), read.Percentile90.Value);
    }

    [Fact]
    public void A_cycle_result_of_an_unknown_kpi_is_refused_naming_the_two_ids()
    {
        const string Json =
            """{"kpiId":"lead_time","dayCounts":[0,1],"count":1,"mean":{"kpiId":"lead_time","value":"1.00:00:00"},"median":{"kpiId":"lead_time","value":"1.00:00:00"},"percentile90":{"kpiId":"lead_time","value":"1.00:00:00"}}""";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CycleTimeResult>(Json));
        Assert.Contains("CycleTimeResult 'kpiId' must be 'sales_cycle_length' or 'time_to_convert'.", e.Message, StringComparison.Ordinal);
    }

    // ---- JSON of the states --------------------------------------------------------------------------

    [Theory]
    [InlineData("customers", "[1.5]", "[0]")]          // a fraction
    [InlineData("customers", "[\"0\"]", "[0]")]        // a string
    [InlineData("purchaseDays", "[0]", "[2147483648]")] // 2^31, one beyond int.MaxValue
    public void A_summary_state_with_an_id_or_day_that_is_not_a_32_bit_integer_is_refused_naming_the_entry(string member, string customers, string days)
    {
        var json = $$"""{"currency":"EUR","customerCount":1,"calibrationEnd":"2026-01-31","holdoutEnd":"2026-02-28","timeUnitTicks":864000000000,"customers":{{customers}},"purchaseDays":{{days}},"purchaseAmounts":[1]}""";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CustomerSummaryState>(json));
        Assert.Contains($"CustomerSummaryState '{member}'[0] must be a whole JSON number within a 32-bit integer.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"true\"")]
    [InlineData("null")]
    public void An_mrr_state_with_paid_before_that_is_not_a_boolean_is_refused_naming_the_entry(string paidBefore)
    {
        var json = $$"""{"currency":"EUR","month":"2026-03","customers":[7,9],"previousMrr":[49.00,0],"currentMrr":[99.00,30],"paidBefore":[false,{{paidBefore}}]}""";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MrrMovementsState>(json));
        Assert.Contains("MrrMovementsState 'paidBefore'[1] must be true or false.", e.Message, StringComparison.Ordinal);
    }
}
