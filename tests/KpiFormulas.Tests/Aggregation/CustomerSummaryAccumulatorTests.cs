using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// The customer summaries in one pass over transaction columns: the same summaries as
/// <see cref="Predictive.CustomerSummaries{TCustomer}"/> on the same rows, the merge laws, the
/// published CDNOW calibration summary, and rows refused whole.
/// </summary>
public class CustomerSummaryAccumulatorTests
{
    private static readonly DateOnly CalibrationEnd = PredictiveData.CdnowCalibrationEnd;
    private static readonly DateOnly HoldoutEnd = PredictiveData.CdnowHoldoutEnd;
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>Transaction columns: customer ids, day numbers and dollar amounts.</summary>
    public sealed record Rows(int[] Customers, int[] Days, decimal[] Amounts)
    {
        public Rows Slice(Range range) => new(Customers[range], Days[range], Amounts[range]);

        public IEnumerable<(int Customer, DateOnly Date, Money Amount)> Records =>
            Customers.Select((c, i) => (c, DateOnly.FromDayNumber(Days[i]), Money.UsDollars(Amounts[i])));
    }

    /// <summary>
    /// Up to 12 customers over 40 days on either side of the calibration end (so that same-day
    /// purchases, customers first seen in the holdout window and customers without a holdout purchase
    /// are all frequent), with cents, whole dollars and zero amounts.
    /// </summary>
    private static Rows Random(Random random, int count, DateOnly calibrationEnd, int customerCount = 12)
    {
        var customers = new int[count];
        var days = new int[count];
        var amounts = new decimal[count];
        for (var i = 0; i < count; i++)
        {
            customers[i] = random.Next(customerCount);
            days[i] = calibrationEnd.DayNumber - 40 + random.Next(70);
            amounts[i] = random.Next(4) switch
            {
                0 => 0m,
                1 => random.Next(1, 500),
                _ => random.Next(0, 100_000) / 100m,
            };
        }

        return new Rows(customers, days, amounts);
    }

    private static string Text(IEnumerable<KeyValuePair<int, CustomerSummary>> summaries) =>
        string.Join(
            " | ",
            summaries.OrderBy(s => s.Key).Select(s =>
                $"{s.Key}: x={s.Value.RepeatPurchases} tx={AccumulatorLaws.Bits(s.Value.Recency)} T={AccumulatorLaws.Bits(s.Value.TimeObserved)} "
                + $"v={AccumulatorLaws.Bits(s.Value.RepeatValue.Amount)} {s.Value.RepeatValue.Currency.Code} "
                + $"hx={s.Value.HoldoutPurchases} hv={AccumulatorLaws.Bits(s.Value.HoldoutValue.Amount)} {s.Value.HoldoutValue.Currency.Code}"));

    private static CustomerSummaryAccumulator Create(TimeSpan unit) => new(12, Currency.USD, CalibrationEnd, HoldoutEnd, unit);

    private static Gen<TimeSpan> Units => Gen.Elements(TimeSpan.FromDays(1), Week, TimeSpan.FromDays(30), TimeSpan.FromHours(5), TimeSpan.FromTicks(123_456_789));

    [KpiProperty]
    public Property The_summaries_are_the_calculators_to_the_last_bit() =>
        Prop.ForAll(
            (from seed in Gen.Choose(int.MinValue, int.MaxValue)
             from rows in Gen.Choose(0, 120)
             from holdoutDays in Gen.Choose(0, 40)
             from unit in Units
             select (seed, rows, holdoutDays, unit)).ToArbitrary(),
            c =>
            {
                var holdoutEnd = CalibrationEnd.AddDays(c.holdoutDays);
                var data = Random(new Random(c.seed), c.rows, CalibrationEnd);
                var inWindow = Enumerable.Range(0, c.rows).Where(i => data.Days[i] <= holdoutEnd.DayNumber).ToArray();
                data = new Rows(inWindow.Select(i => data.Customers[i]).ToArray(), inWindow.Select(i => data.Days[i]).ToArray(), inWindow.Select(i => data.Amounts[i]).ToArray());

                var accumulator = new CustomerSummaryAccumulator(12, Currency.USD, CalibrationEnd, holdoutEnd, c.unit);
                accumulator.Add(data.Customers, data.Days, data.Amounts);
                var expected = Text(Predictive.CustomerSummaries(data.Records, CalibrationEnd, holdoutEnd, c.unit));
                Assert.Equal(expected, Text(accumulator.Result()));
            });

    [KpiProperty]
    public Property The_merge_laws_hold() =>
        Prop.ForAll(
            Units.ToArbitrary(),
            unit => AccumulatorLaws.Hold<Rows, CustomerSummaryAccumulator, IReadOnlyDictionary<int, CustomerSummary>, CustomerSummaryState>(
                200,
                (random, rows) => Random(random, rows, CalibrationEnd),
                (data, range) => data.Slice(range),
                () => Create(unit),
                (accumulator, data) => accumulator.Add(data.Customers, data.Days, data.Amounts),
                accumulator => accumulator.State,
                CustomerSummaryAccumulator.FromState,
                Text));

    [Fact]
    public void Rows_beyond_a_fold_are_counted_as_before_it()
    {
        // More unfolded rows than the fold threshold (2^20) make Add fold in the middle; the result is
        // still the calculator's. Few customers and days: almost every row is a same-day purchase.
        var data = Random(new Random(7), (1 << 20) + 5_000, CalibrationEnd);
        var accumulator = Create(Week);
        accumulator.Add(data.Customers.AsSpan(0, 600_000), data.Days.AsSpan(0, 600_000), data.Amounts.AsSpan(0, 600_000));
        accumulator.Add(data.Customers.AsSpan(600_000), data.Days.AsSpan(600_000), data.Amounts.AsSpan(600_000));
        Assert.True(accumulator.State.Customers.Count <= 12 * 70);
        Assert.Equal(Text(Predictive.CustomerSummaries(data.Records, CalibrationEnd, HoldoutEnd, Week)), Text(accumulator.Result()));
    }

    [Fact]
    public void The_cdnow_sample_gives_the_published_calibration_summary()
    {
        // Reference: the calibration summary of the 2,357 CDNOW customers published with Fader, Hardie and
        // Lee (2005) (cdnow_customers_summary_with_transactions.csv: x, t_x, T in weeks and the mean repeat value z̄,
        // printed with 2 decimals, so within half a hundredth), here from the raw purchases on four partitions.
        var rows = PredictiveData.CdnowTransactions;
        var customers = rows.Select(r => r.Customer - 1).ToArray();
        var dates = rows.Select(r => r.Date).ToArray();
        var amounts = rows.Select(r => r.Amount.Amount).ToArray();
        var summaries = Partitioned.Aggregate(
            rows.Count,
            () => new CustomerSummaryAccumulator(2_357, Currency.USD, CalibrationEnd, HoldoutEnd, Week),
            (accumulator, range) => accumulator.Add(customers.AsSpan(range), dates.AsSpan(range), amounts.AsSpan(range)),
            partitions: 4).Result();

        Assert.Equal(2_357, summaries.Count);
        foreach (var (id, x, recency, t, meanValue) in PredictiveData.CdnowPublishedSummary)
        {
            var summary = summaries[id - 1];
            Assert.Equal(x, summary.RepeatPurchases);
            Assert.InRange(summary.Recency - recency, -0.005m, 0.005m);
            Assert.InRange(summary.TimeObserved - t, -0.005m, 0.005m);
            Assert.InRange(summary.MeanRepeatValue.GetValueOrDefault(Money.UsDollars(0m)).Amount - meanValue, -0.005m, 0.005m);
        }
    }

    [Fact]
    public void The_first_cdnow_customer_worked_by_hand()
    {
        // Customer 0001 bought on 1997-01-01, 01-18, 08-02 and 12-12; by hand, in weeks to 1997-09-30:
        // x = 2, t_x = 213 / 7, T = 272 / 7, repeat value 29.73 + 14.96 = 44.69 $; holdout 1 purchase, 26.48 $.
        // A second customer's first purchase (1997-10-01) is after the calibration window: left out.
        var summaries = new CustomerSummaryAccumulator(2, Currency.USD, CalibrationEnd, HoldoutEnd, Week);
        summaries.Add(
            [0, 0, 0, 0, 1],
            [new DateOnly(1997, 1, 1), new DateOnly(1997, 1, 18), new DateOnly(1997, 8, 2), new DateOnly(1997, 12, 12), new DateOnly(1997, 10, 1)],
            [29.33m, 29.73m, 14.96m, 26.48m, 10m]);

        var summary = Assert.Single(summaries.Result()).Value;
        Assert.Equal(2, summary.RepeatPurchases);
        Assert.Equal(213m / 7m, summary.Recency);
        Assert.Equal(272m / 7m, summary.TimeObserved);
        Assert.Equal(Money.UsDollars(44.69m), summary.RepeatValue);
        Assert.Equal(1, summary.HoldoutPurchases);
        Assert.Equal(Money.UsDollars(26.48m), summary.HoldoutValue);
    }

    [Fact]
    public void Bad_rows_are_refused_and_nothing_is_added()
    {
        var summaries = Create(Week);
        summaries.Add([3], [new DateOnly(1997, 2, 1)], [5m]);
        var before = System.Text.Json.JsonSerializer.Serialize(summaries.State);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => summaries.Add([1, 2], [new DateOnly(1997, 1, 1), new DateOnly(1997, 1, 2)], [1m, -0.01m]));
        Assert.Equal("amounts", negative.ParamName);
        Assert.Contains("Row 1", negative.Message, StringComparison.Ordinal);
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => summaries.Add([1, 2], [new DateOnly(1997, 1, 1), HoldoutEnd.AddDays(1)], [1m, 1m]));
        Assert.Equal("purchaseDates", late.ParamName);
        Assert.Contains("1998-07-01", late.Message, StringComparison.Ordinal);
        var customer = Assert.Throws<ArgumentOutOfRangeException>(() => summaries.Add([12], [new DateOnly(1997, 1, 1)], [1m]));
        Assert.Equal("customers", customer.ParamName);
        var length = Assert.Throws<ArgumentException>(() => summaries.Add([1, 2], [new DateOnly(1997, 1, 1)], [1m, 1m]));
        Assert.Equal("purchaseDates", length.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => summaries.Add([1], [-1], [1m]));

        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(summaries.State));
    }

    [Fact]
    public void Windows_and_units_are_checked_when_created_and_merged()
    {
        Assert.Equal("holdoutEnd", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummaryAccumulator(1, Currency.USD, CalibrationEnd, CalibrationEnd.AddDays(-1), Week)).ParamName);
        Assert.Equal("timeUnit", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummaryAccumulator(1, Currency.USD, CalibrationEnd, HoldoutEnd, TimeSpan.Zero)).ParamName);
        Assert.Equal("customerCount", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummaryAccumulator(-1, Currency.USD, CalibrationEnd, HoldoutEnd, Week)).ParamName);

        var weeks = Create(Week);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => weeks.Merge(Create(TimeSpan.FromDays(1)))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => weeks.Merge(new CustomerSummaryAccumulator(12, Currency.EUR, CalibrationEnd, HoldoutEnd, Week))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => weeks.Merge(new CustomerSummaryAccumulator(12, Currency.USD, CalibrationEnd, HoldoutEnd.AddDays(1), Week))).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => weeks.Merge(weeks)).ParamName);
    }

    [Fact]
    public void No_row_gives_no_summary()
    {
        Assert.Empty(Create(Week).Result());
        Assert.Empty(CustomerSummaryAccumulator.FromState(Create(Week).State).Result());
    }
}
