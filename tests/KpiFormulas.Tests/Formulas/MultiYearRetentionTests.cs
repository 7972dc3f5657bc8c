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

public class MultiYearRetentionTests
{
    // Purchase years by customer, a data set made up to answer by hand the questions multi-year
    // retention asks: what share of my customers bought 2, 3, 4 or 5 years in a row, and how have
    // these shares moved over the last years?
    //   ana   2021 2022 2023 2024 2025
    //   ben   2021 2022      2024 2025
    //   chloé 2021      2023
    //   dan        2022 2023 2024
    //   eve                  2024 2025
    //   fred  2021
    private static readonly (string Customer, int Year)[] Purchases =
    [
        ("ana", 2021), ("ana", 2022), ("ana", 2023), ("ana", 2024), ("ana", 2025), ("ana", 2021),
        ("ben", 2021), ("ben", 2022), ("ben", 2024), ("ben", 2025),
        ("chloé", 2021), ("chloé", 2023),
        ("dan", 2022), ("dan", 2023), ("dan", 2024),
        ("eve", 2024), ("eve", 2025),
        ("fred", 2021),
    ];

    [Fact]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void Shares_of_customers_buying_k_years_in_a_row_match_the_hand_count()
    {
        var table = Retention.MultiYearRetention(Purchases);
        Assert.Equal([2021, 2022, 2023, 2024, 2025], table.Years);
        Assert.Equal(5, table.MaxConsecutiveYears);

        // Base 2021: {ana, ben, chloé, fred} = 4 (ana's repeated 2021 counts once).
        Assert.Equal(4, table.Customers(2021));
        Assert.Equal(Rate.One, table.RetentionRate(2021, 1).Value);                  // k = 1 is the base itself
        Assert.Equal(2, table.CustomersBuyingEveryYear(2021, 2));                    // 2021 and 2022: ana, ben
        Assert.Equal(Rate.FromPercent(50m), table.RetentionRate(2021, 2).Value);     // 2 / 4
        Assert.Equal(Rate.FromPercent(25m), table.RetentionRate(2021, 3).Value);     // 2021-2023: ana only (ben skipped 2023)
        Assert.Equal(Rate.FromPercent(25m), table.RetentionRate(2021, 4).Value);     // 2021-2024: ana
        Assert.Equal(Rate.FromPercent(25m), table.RetentionRate(2021, 5).Value);     // 2021-2025: ana

        // Base 2022: {ana, ben, dan} = 3.
        Assert.Equal(2m / 3m, table.RetentionRate(2022, 2).Value.Fraction);          // 2022-2023: ana, dan
        Assert.Equal(2m / 3m, table.RetentionRate(2022, 3).Value.Fraction);          // 2022-2024: ana, dan
        Assert.Equal(1m / 3m, table.RetentionRate(2022, 4).Value.Fraction);          // 2022-2025: ana
        Assert.Equal(67m, decimal.Round(table.RetentionRate(2022, 2).Value.Percent, 0));

        // Base 2024: {ana, ben, dan, eve} = 4; 2024-2025: ana, ben, eve = 75 %.
        Assert.Equal(Rate.FromPercent(75m), table.RetentionRate(2024, 2).Value);
        Assert.All(new[] { (2021, 5), (2022, 4), (2023, 3), (2024, 2) }, t => Assert.Equal(KpiIds.MultiYearRetention, table.RetentionRate(t.Item1, t.Item2).KpiId));
    }

    [Fact]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void Runs_that_end_after_the_data_are_undefined_not_zero()
    {
        var table = Retention.MultiYearRetention(Purchases);
        Assert.False(table.IsObserved(2022, 5));                                     // 2022-2026: 2026 has no data yet
        Assert.True(table.IsObserved(2022, 4));
        var beyond = table.RetentionRate(2022, 5);
        Assert.Equal(UndefinedReason.NotYetObserved, beyond.Reason);
        Assert.Equal(KpiIds.MultiYearRetention, beyond.KpiId);
        Assert.Equal(UndefinedReason.NotYetObserved, table.RetentionRate(2025, 2).Reason);
        Assert.Equal(Rate.One, table.RetentionRate(2025, 1).Value);
        Assert.Equal("consecutiveYears", Assert.Throws<ArgumentOutOfRangeException>(() => table.CustomersBuyingEveryYear(2025, 2)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void The_trend_reads_one_run_length_over_the_observable_base_years()
    {
        // k = 2 from 2021 to 2024: 2/4, 2/3, 2/3 ({ana, chloé, dan} -> ana, dan), 3/4: the year-over-year loyalty rises.
        var table = Retention.MultiYearRetention(Purchases);
        var trend = table.Trend(2);
        Assert.Equal([2021, 2022, 2023, 2024], trend.Select(p => p.BaseYear));
        Assert.Equal([0.5m, 2m / 3m, 2m / 3m, 0.75m], trend.Select(p => p.Rate.Value.Fraction));
        Assert.Equal(ChangeAssessment.Improved, Change.Between(trend[0].Rate.Value, trend[^1].Rate.Value).Assess(Direction.HigherIsBetter));

        // k = 3: 2021 1/4, 2022 2/3, 2023 1/3 ({ana, chloé, dan}: only ana bought 2023-2025).
        Assert.Equal([0.25m, 2m / 3m, 1m / 3m], table.Trend(3).Select(p => p.Rate.Value.Fraction));
        Assert.Single(table.Trend(5));
    }

    [Fact]
    [KpiTest(KpiIds.RetentionRate)]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void Two_years_in_a_row_is_the_year_over_year_retention_rate()
    {
        var table = Retention.MultiYearRetention(Purchases);
        string[] customers2023 = ["ana", "chloé", "dan"];
        string[] customers2024 = ["ana", "ben", "dan", "eve"];
        Assert.Equal(Retention.RetentionRate(customers2023, customers2024).Value, table.RetentionRate(2023, 2).Value);
    }

    [Fact]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void A_year_without_customers_inside_the_range_has_undefined_rates()
    {
        // 2020: a, b; 2022: a. Nobody bought in 2021.
        var table = Retention.MultiYearRetention([("a", 2020), ("b", 2020), ("a", 2022)]);
        Assert.Equal([2020, 2021, 2022], table.Years);
        Assert.Equal(0, table.Customers(2021));
        Assert.Equal(Rate.Zero, table.RetentionRate(2020, 2).Value);                 // nobody bought in 2020 and 2021
        var empty = table.RetentionRate(2021, 2);
        Assert.Equal(UndefinedReason.ZeroDenominator, empty.Reason);
        Assert.Equal(KpiIds.MultiYearRetention, empty.KpiId);
        Assert.Equal(0, table.CustomersBuyingEveryYear(2021, 2));
        Assert.False(table.Trend(2)[1].Rate.IsDefined);
    }

    [Fact]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void No_purchase_gives_an_empty_table()
    {
        var table = Retention.MultiYearRetention(Array.Empty<(int, int)>());
        Assert.True(table.IsEmpty);
        Assert.Empty(table.Years);
        Assert.Empty(table.Trend(2));
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => table.Customers(2024)).ParamName);
        Assert.Equal("baseYear", Assert.Throws<ArgumentOutOfRangeException>(() => table.RetentionRate(2024, 2)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void Invalid_input_and_arguments_throw_naming_the_parameter()
    {
        Assert.Equal("purchases", Assert.Throws<ArgumentNullException>(() => Retention.MultiYearRetention<string>(null!)).ParamName);
        Assert.Equal("purchases", Assert.Throws<ArgumentException>(() => Retention.MultiYearRetention([("a", 2024), (null!, 2024)])).ParamName);
        Assert.Equal("purchases", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.MultiYearRetention([("a", 0)])).ParamName);
        Assert.Equal("purchases", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.MultiYearRetention([("a", 10_000)])).ParamName);
        Assert.Equal("maxConsecutiveYears", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.MultiYearRetention([("a", 2024)], 1)).ParamName);

        var table = Retention.MultiYearRetention(Purchases, maxConsecutiveYears: 3);
        Assert.Equal("baseYear", Assert.Throws<ArgumentOutOfRangeException>(() => table.RetentionRate(2020, 2)).ParamName);
        Assert.Equal("baseYear", Assert.Throws<ArgumentOutOfRangeException>(() => table.IsObserved(2026, 1)).ParamName);
        Assert.Equal("consecutiveYears", Assert.Throws<ArgumentOutOfRangeException>(() => table.RetentionRate(2021, 0)).ParamName);
        Assert.Equal("consecutiveYears", Assert.Throws<ArgumentOutOfRangeException>(() => table.RetentionRate(2021, 4)).ParamName);
        Assert.Equal("consecutiveYears", Assert.Throws<ArgumentOutOfRangeException>(() => table.Trend(4)).ParamName);
        Assert.Equal(Rate.FromPercent(25m), table.RetentionRate(2021, 3).Value);
    }

    [KpiProperty]
    [KpiTest(KpiIds.MultiYearRetention)]
    public Property The_table_matches_a_brute_force_count_and_its_rates_never_rise_with_the_run_length()
    {
        var purchases = Gen.ListOf(
            from customer in Gen.Choose(0, 15)
            from year in Gen.Choose(2018, 2026)
            select (customer, year));
        return Prop.ForAll(
            purchases.ToArbitrary(),
            Gen.Choose(2, 6).ToArbitrary(),
            (list, maxYears) =>
            {
                var table = Retention.MultiYearRetention(list, maxYears);
                if (list.Count == 0)
                {
                    return table.IsEmpty;
                }

                var years = list.Select(p => p.year).ToList();
                var (first, last) = (years.Min(), years.Max());
                var yearsByCustomer = list.GroupBy(p => p.customer).ToDictionary(g => g.Key, g => g.Select(p => p.year).ToHashSet());
                for (var y = first; y <= last; y++)
                {
                    var baseCustomers = yearsByCustomer.Where(c => c.Value.Contains(y)).ToList();
                    var previous = Rate.One;
                    for (var k = 1; k <= maxYears; k++)
                    {
                        var rate = table.RetentionRate(y, k);
                        if (y + k - 1 > last)
                        {
                            if (rate.Reason != UndefinedReason.NotYetObserved || table.IsObserved(y, k))
                            {
                                return false;
                            }

                            continue;
                        }

                        var run = Enumerable.Range(y, k).ToList();
                        var expected = baseCustomers.Count(c => run.All(c.Value.Contains));
                        if (table.CustomersBuyingEveryYear(y, k) != expected)
                        {
                            return false;
                        }

                        if (baseCustomers.Count == 0)
                        {
                            if (rate.Reason != UndefinedReason.ZeroDenominator)
                            {
                                return false;
                            }

                            continue;
                        }

                        if (rate.Value.Fraction != (decimal)expected / baseCustomers.Count || !rate.Value.IsProportion || rate.Value > previous)
                        {
                            return false;
                        }

                        previous = rate.Value;
                    }
                }

                return true;
            });
    }

    [Fact]
    [KpiTest(KpiIds.MultiYearRetention)]
    public void Works_with_any_customer_id_type()
    {
        var table = Retention.MultiYearRetention(new List<(Guid, int)> { (Guid.Empty, 2024), (Guid.Empty, 2025) });
        Assert.Equal(Rate.One, table.RetentionRate(2024, 2).Value);
    }
}
