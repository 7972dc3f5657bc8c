using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class CustomerSummaryTests
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly DateOnly CalibrationEnd = PredictiveData.CdnowCalibrationEnd;
    private static readonly DateOnly HoldoutEnd = PredictiveData.CdnowHoldoutEnd;

    private static (string, DateOnly, Money) Row(string customer, int year, int month, int day, decimal dollars) =>
        (customer, new DateOnly(year, month, day), Money.UsDollars(dollars));

    [Fact]
    [KpiTest(KpiIds.CustomerSummary)]
    public void The_first_cdnow_customer_worked_by_hand()
    {
        // CDNOW customer 0001 bought on 1997-01-01, 01-18, 08-02 and 12-12. By hand, in weeks to 1997-09-30:
        // x = 2 (18 January, 2 August), t_x = 213 days / 7, T = 272 days / 7, repeat value 29.73 + 14.96 = 44.69 $;
        // holdout: 12 December, 26.48 $.
        var summary = Predictive.CustomerSummaries(
            [Row("0001", 1997, 1, 1, 29.33m), Row("0001", 1997, 1, 18, 29.73m), Row("0001", 1997, 8, 2, 14.96m), Row("0001", 1997, 12, 12, 26.48m)],
            CalibrationEnd,
            HoldoutEnd,
            Week)["0001"];

        Assert.Equal(2, summary.RepeatPurchases);
        Assert.Equal(213m / 7m, summary.Recency);
        Assert.Equal(272m / 7m, summary.TimeObserved);
        Assert.Equal(Money.UsDollars(44.69m), summary.RepeatValue);
        Assert.Equal(Money.UsDollars(22.345m), summary.MeanRepeatValue.Value);
        Assert.Equal(1, summary.HoldoutPurchases);
        Assert.Equal(Money.UsDollars(26.48m), summary.HoldoutValue);
    }

    [Fact]
    public void Purchases_on_one_day_count_once_and_the_first_day_is_not_a_repeat()
    {
        // Two rows on the first day, two on 10 January, one on 31 January, in days: x = 2 (10 and 31 January),
        // t_x = 30, T = 29 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 1... = 272 days to 30 September; value 5 + 6 + 7 = 18.
        var summary = Predictive.CustomerSummaries(
            [Row("a", 1997, 1, 1, 10m), Row("a", 1997, 1, 10, 5m), Row("a", 1997, 1, 1, 3m), Row("a", 1997, 1, 10, 6m), Row("a", 1997, 1, 31, 7m)],
            CalibrationEnd,
            CalibrationEnd,
            TimeSpan.FromDays(1))["a"];

        Assert.Equal(2, summary.RepeatPurchases);
        Assert.Equal(30m, summary.Recency);
        Assert.Equal(272m, summary.TimeObserved);
        Assert.Equal(Money.UsDollars(18m), summary.RepeatValue);
        Assert.Equal(Money.UsDollars(9m), summary.MeanRepeatValue.Value);
        Assert.Equal(0, summary.HoldoutPurchases);
    }

    [Fact]
    public void A_single_purchase_has_no_repeat_and_no_mean_value_and_a_customer_first_seen_in_the_holdout_is_left_out()
    {
        var summaries = Predictive.CustomerSummaries(
            [Row("once", 1997, 9, 30, 12m), Row("late", 1997, 10, 1, 20m), Row("late", 1998, 1, 5, 20m)],
            CalibrationEnd,
            HoldoutEnd,
            Week);

        Assert.Equal(["once"], summaries.Keys);
        var once = summaries["once"];
        Assert.Equal(0, once.RepeatPurchases);
        Assert.Equal(0m, once.Recency);
        Assert.Equal(0m, once.TimeObserved);
        Assert.Equal(UndefinedReason.EmptyInput, once.MeanRepeatValue.Reason);
        Assert.Empty(Predictive.CustomerSummaries(Array.Empty<(string, DateOnly, Money)>(), CalibrationEnd, HoldoutEnd, Week));
    }

    [Fact]
    public void Customer_keys_are_compared_with_the_comparer_given()
    {
        var summaries = Predictive.CustomerSummaries(
            [Row("Ana", 1997, 1, 1, 1m), Row("ANA", 1997, 1, 8, 1m)], CalibrationEnd, HoldoutEnd, Week, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(1, Assert.Single(summaries).Value.RepeatPurchases);
    }

    [Fact]
    [KpiTest(KpiIds.CustomerSummary)]
    public void Every_cdnow_customer_matches_the_published_calibration_summary()
    {
        // Reference: cdnow_customers_summary_with_transactions.csv, the summary published with the CDNOW sample
        // (Data/cdnow/README.md): x, t_x, T in weeks and z̄, printed with 2 decimals.
        var ours = Predictive.CustomerSummaries(PredictiveData.CdnowTransactions, CalibrationEnd, HoldoutEnd, Week);
        Assert.Equal(2357, ours.Count);
        Assert.Equal(2357, PredictiveData.CdnowPublishedSummary.Count);
        foreach (var (id, x, recency, t, meanValue) in PredictiveData.CdnowPublishedSummary)
        {
            var summary = ours[id];
            Assert.Equal(x, summary.RepeatPurchases);
            Assert.InRange(summary.Recency - recency, -0.005m, 0.005m);
            Assert.InRange(summary.TimeObserved - t, -0.005m, 0.005m);
            Assert.InRange(summary.MeanRepeatValue.GetValueOrDefault(Money.UsDollars(0m)).Amount - meanValue, -0.005m, 0.005m);
        }

        Assert.Equal(946, ours.Values.Count(s => s.RepeatPurchases > 0));
    }

    [Fact]
    public void Bad_rows_and_windows_are_refused_naming_the_parameter()
    {
        (string, DateOnly, Money)[] valid = [Row("a", 1997, 1, 1, 1m)];
        Assert.Equal("transactions", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.CustomerSummaries([Row("a", 1997, 1, 1, -1m)], CalibrationEnd, HoldoutEnd, Week)).ParamName);
        Assert.Equal("transactions", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.CustomerSummaries([Row("a", 1998, 7, 1, 1m)], CalibrationEnd, HoldoutEnd, Week)).ParamName);
        Assert.Equal("transactions", Assert.Throws<CurrencyMismatchException>(() => Predictive.CustomerSummaries([Row("a", 1997, 1, 1, 1m), ("a", new DateOnly(1997, 2, 1), Money.Euros(1m))], CalibrationEnd, HoldoutEnd, Week)).ParamName);
        Assert.Equal("transactions", Assert.Throws<ArgumentNullException>(() => Predictive.CustomerSummaries<string>(null!, CalibrationEnd, HoldoutEnd, Week)).ParamName);
        Assert.Equal("holdoutEnd", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.CustomerSummaries(valid, CalibrationEnd, CalibrationEnd.AddDays(-1), Week)).ParamName);
        Assert.Equal("timeUnit", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.CustomerSummaries(valid, CalibrationEnd, HoldoutEnd, TimeSpan.Zero)).ParamName);
    }

    [Fact]
    public void The_constructor_refuses_inconsistent_summaries_naming_the_parameter()
    {
        var zero = Money.UsDollars(0m);
        var ten = Money.UsDollars(10m);
        Assert.Equal("repeatPurchases", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummary(-1, 0m, 1m, zero, 0, zero)).ParamName);
        Assert.Equal("timeObserved", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummary(0, 0m, -1m, zero, 0, zero)).ParamName);
        Assert.Equal("recency", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummary(1, 2m, 1m, ten, 0, zero)).ParamName);
        Assert.Equal("recency", Assert.Throws<ArgumentException>(() => new CustomerSummary(0, 0.5m, 1m, zero, 0, zero)).ParamName);
        Assert.Equal("repeatValue", Assert.Throws<ArgumentException>(() => new CustomerSummary(0, 0m, 1m, ten, 0, zero)).ParamName);
        Assert.Equal("repeatValue", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummary(1, 0.5m, 1m, Money.UsDollars(-1m), 0, zero)).ParamName);
        Assert.Equal("holdoutPurchases", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummary(0, 0m, 1m, zero, -1, zero)).ParamName);
        Assert.Equal("holdoutValue", Assert.Throws<ArgumentException>(() => new CustomerSummary(0, 0m, 1m, zero, 0, ten)).ParamName);
        Assert.Equal("holdoutValue", Assert.Throws<CurrencyMismatchException>(() => new CustomerSummary(1, 0.5m, 1m, ten, 1, Money.Euros(1m))).ParamName);
    }

    private static Arbitrary<(int Customer, int Day, int Cents)[]> Transactions() =>
        Gen.Zip(Gen.Zip(Gen.Choose(0, 4), Gen.Choose(0, 545), static (customer, day) => (customer, day)), Gen.Choose(0, 100_000), static (row, cents) => (row.customer, row.day, cents))
            .ArrayOf()
            .ToArbitrary();

    private static (int, DateOnly, Money)[] Rows((int Customer, int Day, int Cents)[] rows) =>
        [.. rows.Select(r => (r.Customer, new DateOnly(1997, 1, 1).AddDays(r.Day), Money.UsDollars(r.Cents / 100m)))];

    [KpiProperty]
    public Property Every_summary_is_consistent_and_the_order_of_the_rows_does_not_matter() =>
        Prop.ForAll(Transactions(), rows =>
        {
            var summaries = Predictive.CustomerSummaries(Rows(rows), CalibrationEnd, HoldoutEnd, Week);
            var reversed = Predictive.CustomerSummaries(Rows([.. rows.Reverse()]), CalibrationEnd, HoldoutEnd, Week);
            foreach (var (customer, summary) in summaries)
            {
                var own = rows.Where(r => r.Customer == customer).ToList();
                var calibrationDays = own.Select(r => r.Day).Where(d => new DateOnly(1997, 1, 1).AddDays(d) <= CalibrationEnd).Distinct().Count();
                Assert.Equal(calibrationDays - 1, summary.RepeatPurchases);
                Assert.InRange(summary.Recency, 0m, summary.TimeObserved);
                Assert.Equal(own.Sum(r => r.Cents) / 100m, summary.RepeatValue.Amount + summary.HoldoutValue.Amount + (own.Where(r => r.Day == own.Min(o => o.Day)).Sum(r => r.Cents) / 100m));
                Assert.Equal(summary, reversed[customer]);
            }
        });
}
