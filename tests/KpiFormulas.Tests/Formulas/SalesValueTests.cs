using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class SalesValueTests
{
    /// <summary>A non-negative amount with up to 4 decimals below about 215 000: sums of a few hundred stay exact in decimal.</summary>
    private static Gen<decimal> WonAmount() =>
        from units in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 4)
        select new decimal(units, 0, 0, false, (byte)scale) / 10_000m;

    private static Gen<Money[]> WonAmounts(Currency currency) =>
        Gen.ArrayOf(WonAmount().Select(a => new Money(a, currency)));

    // ---- revenue ------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_adds_the_won_amounts()
    {
        // Hand calculation: 12 000 + 4 500 + 800 = 17 300.
        var revenue = SalesValue.Revenue([Money.Euros(12_000m), Money.Euros(4_500m), Money.Euros(800m)], Currency.EUR);
        Assert.Equal(Money.Euros(17_300m), revenue);
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_is_exact_to_the_last_digit()
    {
        // 0.1 + 0.2 is exactly 0.3 in decimal (0.30000000000000004 in double); sub-cent amounts are kept, not rounded.
        Assert.Equal(Money.Euros(0.3m), SalesValue.Revenue([Money.Euros(0.1m), Money.Euros(0.2m)], Currency.EUR));
        Assert.Equal(0.0015m, SalesValue.Revenue([Money.Euros(0.0005m), Money.Euros(0.001m)], Currency.EUR).Amount);
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_of_no_sale_is_zero_in_the_requested_currency()
    {
        // No won deal is a revenue of 0, a real sum, not an undefined result.
        var euros = SalesValue.Revenue([], Currency.EUR);
        Assert.True(euros.IsZero);
        Assert.Equal(Currency.EUR, euros.Currency);
        Assert.Equal(Money.Zero(Currency.JPY), SalesValue.Revenue(ReadOnlySpan<Money>.Empty, Currency.JPY));
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_refuses_amounts_in_another_currency_naming_both()
    {
        var e = Assert.Throws<CurrencyMismatchException>(() => SalesValue.Revenue([Money.Euros(1m), Money.UsDollars(1m)], Currency.EUR));
        Assert.Equal("wonAmounts", e.ParamName);
        Assert.Equal(Currency.EUR, e.Expected);
        Assert.Equal(Currency.USD, e.Actual);

        // Every amount is checked against the requested currency, the first one included.
        var first = Assert.Throws<CurrencyMismatchException>(() => SalesValue.Revenue([Money.UsDollars(1m)], Currency.EUR));
        Assert.Equal(Currency.USD, first.Actual);
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_rejects_a_negative_won_amount()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.Revenue([Money.Euros(100m), Money.Euros(-0.01m)], Currency.EUR));
        Assert.Equal("wonAmounts", e.ParamName);
        Assert.Equal(Money.Euros(-0.01m), e.ActualValue);            // the offending amount travels with the exception
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_of_a_concatenation_is_the_sum_of_the_revenues()
    {
        PropertyCheck.Holds(Prop.ForAll(
            WonAmounts(Currency.EUR).ToArbitrary(),
            WonAmounts(Currency.EUR).ToArbitrary(),
            (a, b) =>
                SalesValue.Revenue([.. a, .. b], Currency.EUR)
                == SalesValue.Revenue(a, Currency.EUR) + SalesValue.Revenue(b, Currency.EUR)));
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_keeps_the_currency_and_does_not_depend_on_order()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Generators.Currency().ToArbitrary(),
            Gen.ArrayOf(WonAmount()).ToArbitrary(),
            (currency, amounts) =>
            {
                var money = amounts.Select(a => new Money(a, currency)).ToArray();
                var reversed = money.Reverse().ToArray();
                var revenue = SalesValue.Revenue(money, currency);
                return revenue.Currency == currency
                    && revenue == SalesValue.Revenue(reversed, currency)
                    && revenue.Amount == amounts.Sum();
            }));
    }

    // Revenue per rep, team, product or channel is RevenueAccumulator.AggregateBy, with orders and AOV beside it.

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_by_rep_groups_in_order_of_first_appearance()
    {
        // Hand calculation: Alice 12 000 + 800 = 12 800; Bruno 4 500; Chloé 0 (a free pilot is still a won deal).
        (string Rep, Money Amount)[] deals =
            [("Alice", Money.Euros(12_000m)), ("Bruno", Money.Euros(4_500m)), ("Alice", Money.Euros(800m)), ("Chloé", Money.Euros(0m))];
        var byRep = RevenueAccumulator.AggregateBy(deals, d => d.Amount, d => d.Rep, Currency.EUR);
        Assert.Equal(["Alice", "Bruno", "Chloé"], byRep.Keys.ToArray());
        Assert.Equal(Money.Euros(12_800m), byRep["Alice"].Revenue);
        Assert.Equal(Money.Euros(4_500m), byRep["Bruno"].Revenue);
        Assert.Equal(Money.Euros(0m), byRep["Chloé"].Revenue);
        Assert.Equal(2, byRep["Alice"].Orders);
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_by_use_case_totals_document_003_metric_9()
    {
        // seed 003, lines 229-232: "+15k€/mois", "+8k€/mois", "+5k€/mois", "+12k€/mois" by use case.
        // The document prints no total; by hand 15 + 8 + 5 + 12 = 40 k€ a month.
        (string UseCase, Money Impact)[] impacts =
        [
            ("Prospection augmentée", Money.Euros(15_000m)),
            ("Personnalisation offres", Money.Euros(8_000m)),
            ("Upsell automatisé", Money.Euros(5_000m)),
            ("Réactivation clients", Money.Euros(12_000m)),
        ];
        var byUseCase = RevenueAccumulator.AggregateBy(impacts, i => i.Impact, i => i.UseCase, Currency.EUR);
        Assert.Equal(4, byUseCase.Count);
        Assert.Equal(Money.Euros(12_000m), byUseCase["Réactivation clients"].Revenue);
        Assert.Equal(Money.Euros(40_000m), SalesValue.Revenue(impacts.Select(i => i.Impact).ToArray(), Currency.EUR));
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_by_group_accepts_any_key_and_a_comparer()
    {
        // Products as integer ids; teams compared without case (the first spelling is kept).
        (int Product, Money Amount)[] products = [(7, Money.Euros(10m)), (3, Money.Euros(5m)), (7, Money.Euros(2.5m))];
        var byProduct = RevenueAccumulator.AggregateBy(products, p => p.Amount, p => p.Product, Currency.EUR);
        Assert.Equal([7, 3], byProduct.Keys.ToArray());
        Assert.Equal(Money.Euros(12.5m), byProduct[7].Revenue);

        (string Team, Money Amount)[] teams = [("North", Money.Euros(100m)), ("north", Money.Euros(50m))];
        var byTeam = RevenueAccumulator.AggregateBy(teams, t => t.Amount, t => t.Team, Currency.EUR, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["North"], byTeam.Keys.ToArray());
        Assert.Equal(Money.Euros(150m), byTeam["NORTH"].Revenue);

        Assert.Equal(2, RevenueAccumulator.AggregateBy(teams, t => t.Amount, t => t.Team, Currency.EUR).Count);
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_by_group_of_nothing_is_empty()
    {
        Assert.Empty(RevenueAccumulator.AggregateBy(Array.Empty<(string Key, Money Amount)>(), d => d.Amount, d => d.Key, Currency.EUR));
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_by_group_validates_its_input()
    {
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => RevenueAccumulator.AggregateBy<(string Key, Money Amount), string>(null!, d => d.Amount, d => d.Key, Currency.EUR)).ParamName);
        (string Key, Money Amount)[] nullKey = [("A", Money.Euros(1m)), (null!, Money.Euros(1m))];
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => RevenueAccumulator.AggregateBy(nullKey, d => d.Amount, d => d.Key, Currency.EUR)).ParamName);
        (string Key, Money Amount)[] dollars = [("A", Money.Euros(1m)), ("B", Money.UsDollars(1m))];
        var mismatch = Assert.Throws<CurrencyMismatchException>(() => RevenueAccumulator.AggregateBy(dollars, d => d.Amount, d => d.Key, Currency.EUR));
        Assert.Equal("amount", mismatch.ParamName);
        Assert.Equal(Currency.USD, mismatch.Actual);
        (string Key, Money Amount)[] negative = [("A", Money.Euros(-1m))];
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => RevenueAccumulator.AggregateBy(negative, d => d.Amount, d => d.Key, Currency.EUR)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.Revenue)]
    public void Revenue_by_group_adds_up_to_the_total_revenue()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.ArrayOf(Gen.Zip(Gen.Elements("Ads", "Events", "Referral", "Email", "Fairs"), WonAmount())).ToArbitrary(),
            deals =>
            {
                var tuples = deals.Select(d => (Channel: d.Item1, Amount: Money.Euros(d.Item2))).ToArray();
                var byChannel = RevenueAccumulator.AggregateBy(tuples, t => t.Amount, t => t.Channel, Currency.EUR);
                var groupTotal = SalesValue.Revenue(byChannel.Values.Select(g => g.Revenue).ToArray(), Currency.EUR);
                var total = SalesValue.Revenue(tuples.Select(t => t.Amount).ToArray(), Currency.EUR);
                var firstAppearance = deals.Select(d => d.Item1).Distinct().ToArray();
                return groupTotal == total && byChannel.Keys.SequenceEqual(firstAppearance);
            }));
    }

    // ---- average_order_value ------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.AverageOrderValue)]
    public void Average_order_value_divides_revenue_by_orders()
    {
        // Hand calculation: 25 000 / 200 = 125.
        var aov = SalesValue.AverageOrderValue(Money.Euros(25_000m), 200);
        Assert.Equal(Money.Euros(125m), aov.Value);
        Assert.Equal(KpiIds.AverageOrderValue, aov.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.AverageOrderValue)]
    public void Average_order_value_reproduces_the_rise_of_document_001()
    {
        // seed 001, line 41: "l'AOV a grimpé de 12 %"; seed 001, line 17: success threshold "+8 %".
        // Hand case: 25 000 € / 200 orders = 125 € before; 30 800 € / 220 orders = 140 € after; 140 / 125 = 1.12.
        var before = SalesValue.AverageOrderValue(Money.Euros(25_000m), 200).Value;
        var after = SalesValue.AverageOrderValue(Money.Euros(30_800m), 220).Value;
        var change = Change.Between(before, after);
        Assert.Equal(Rate.FromPercent(12m), change.Relative.Value);
        Assert.Equal(Money.Euros(15m), change.Absolute);
        Assert.True(change.Relative.Value >= Rate.FromPercent(8m));   // the +8 % success mark is met
        Assert.Equal(ChangeAssessment.Improved, change.Assess(Direction.HigherIsBetter));
    }

    [Fact]
    [KpiTest(KpiIds.AverageOrderValue)]
    public void Average_order_value_keeps_full_precision()
    {
        // 1 000 / 3 = 333.333... EUR; rounded to cents for display: 333.33.
        var aov = SalesValue.AverageOrderValue(Money.Euros(1_000m), 3).Value;
        Assert.Equal(1_000m / 3m, aov.Amount);
        Assert.Equal(Money.Euros(333.33m), aov.Round());
    }

    [Fact]
    [KpiTest(KpiIds.AverageOrderValue)]
    public void Average_order_value_without_orders_is_undefined_and_rejects_negatives()
    {
        var none = SalesValue.AverageOrderValue(Money.Euros(0m), 0);
        Assert.False(none.IsDefined);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.AverageOrderValue, none.KpiId);
        Assert.Equal("revenue", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.AverageOrderValue(Money.Euros(-1m), 1)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.AverageOrderValue(Money.Euros(1m), -1)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.AverageOrderValue)]
    [KpiTest(KpiIds.Revenue)]
    public void Average_order_value_lies_between_the_smallest_and_largest_order()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Generators.CurrencyWithMinorUnits().ToArbitrary(),
            Gen.NonEmptyListOf(WonAmount()).ToArbitrary(),
            (currency, amounts) =>
            {
                var orders = amounts.Select(a => new Money(a, currency)).ToArray();
                var aov = SalesValue.AverageOrderValue(SalesValue.Revenue(orders, currency), orders.Length).Value;
                return aov.Currency == currency && aov.Amount >= amounts.Min() && aov.Amount <= amounts.Max();
            }));
    }

    // ---- average_deal_size ---------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.AverageDealSize)]
    public void Average_deal_size_divides_won_revenue_by_won_deals()
    {
        // Hand calculation: 96 000 / 8 = 12 000; 100 000 / 7 = 14 285.714285... (display 14 285.71).
        var size = SalesValue.AverageDealSize(Money.Euros(96_000m), 8);
        Assert.Equal(Money.Euros(12_000m), size.Value);
        Assert.Equal(KpiIds.AverageDealSize, size.KpiId);
        Assert.Equal(Money.Euros(14_285.71m), SalesValue.AverageDealSize(Money.Euros(100_000m), 7).Value.Round());
    }

    [Fact]
    [KpiTest(KpiIds.AverageDealSize)]
    public void Average_deal_size_without_won_deals_is_undefined_and_rejects_negatives()
    {
        var none = SalesValue.AverageDealSize(Money.Euros(0m), 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.AverageDealSize, none.KpiId);
        Assert.Equal("wonRevenue", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.AverageDealSize(Money.Euros(-5m), 1)).ParamName);
        Assert.Equal("wonDeals", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.AverageDealSize(Money.Euros(5m), -1)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.AverageDealSize)]
    public void Average_deal_size_of_identical_deals_is_that_deal()
    {
        PropertyCheck.Holds(Prop.ForAll(
            WonAmount().ToArbitrary(),
            Gen.Choose(1, 500).ToArbitrary(),
            (amount, deals) =>
                SalesValue.AverageDealSize(Money.UsDollars(amount * deals), deals).Value == Money.UsDollars(amount)));
    }

    // ---- customer_lifetime_value ---------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    public void Lifetime_value_reproduces_document_004()
    {
        // seed 004, line 166: "un client dépense en moyenne 2 000 € par an et reste fidèle pendant 5 ans, sa LTV est de 10 000 €".
        // The example gives the yearly spend (basket x purchases per year), not a basket:
        Assert.Equal(Money.Euros(10_000m), SalesValue.CustomerLifetimeValue(Money.Euros(2_000m), 5m));
        // ... which is the three-factor formula of line 164 with one purchase of 2 000 € a year,
        Assert.Equal(Money.Euros(10_000m), SalesValue.CustomerLifetimeValue(Money.Euros(2_000m), 1m, 5m));
        // ... or with four purchases of 500 € a year.
        Assert.Equal(Money.Euros(10_000m), SalesValue.CustomerLifetimeValue(Money.Euros(500m), 4m, 5m));
    }

    [Fact]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    public void Lifetime_value_is_exact_with_fractional_frequency_and_length()
    {
        // Hand calculation: 45.50 x 2.5 purchases a year x 3.5 years = 113.75 x 3.5 = 398.125 (display 398.13).
        var ltv = SalesValue.CustomerLifetimeValue(Money.Euros(45.50m), 2.5m, 3.5m);
        Assert.Equal(398.125m, ltv.Amount);
        Assert.Equal(Money.Euros(398.13m), ltv.Round());
        // A customer who buys once every two years for 6 years: 3 purchases of 80 = 240.
        Assert.Equal(Money.Euros(240m), SalesValue.CustomerLifetimeValue(Money.Euros(80m), 0.5m, 6m));
        Assert.True(SalesValue.CustomerLifetimeValue(Money.Euros(80m), 0m, 6m).IsZero);
    }

    [Fact]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    public void Lifetime_value_rejects_negative_inputs_naming_the_parameter()
    {
        Assert.Equal("averageBasket", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.CustomerLifetimeValue(Money.Euros(-1m), 1m, 1m)).ParamName);
        Assert.Equal("purchasesPerYear", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.CustomerLifetimeValue(Money.Euros(1m), -1m, 1m)).ParamName);
        Assert.Equal("relationshipYears", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.CustomerLifetimeValue(Money.Euros(1m), 1m, -0.5m)).ParamName);
        Assert.Equal("annualValue", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.CustomerLifetimeValue(Money.Euros(-1m), 1m)).ParamName);
        Assert.Equal("relationshipYears", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.CustomerLifetimeValue(Money.Euros(1m), -1m)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    public void Lifetime_value_from_a_basket_equals_lifetime_value_from_the_yearly_spend()
    {
        PropertyCheck.Holds(Prop.ForAll(
            WonAmount().ToArbitrary(),
            Gen.Choose(0, 5_200).Select(p => p / 100m).ToArbitrary(),
            Gen.Choose(0, 400).Select(y => y / 10m).ToArbitrary(),
            (basket, purchasesPerYear, years) =>
            {
                var fromBasket = SalesValue.CustomerLifetimeValue(Money.Euros(basket), purchasesPerYear, years);
                var fromYearly = SalesValue.CustomerLifetimeValue(Money.Euros(basket * purchasesPerYear), years);
                return fromBasket == fromYearly && fromBasket.Currency == Currency.EUR;
            }));
    }

    [Fact]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    public void Every_extra_year_adds_one_yearly_spend()
    {
        // The lifetime value is linear in the relationship length (document 004, line 166: "chaque année de plus ... augmente").
        PropertyCheck.Holds(Prop.ForAll(
            WonAmount().ToArbitrary(),
            Gen.Choose(0, 400).Select(y => y / 10m).ToArbitrary(),
            (yearly, years) =>
                SalesValue.CustomerLifetimeValue(Money.Euros(yearly), years + 1m)
                == SalesValue.CustomerLifetimeValue(Money.Euros(yearly), years) + Money.Euros(yearly)));
    }

    // ---- additional_revenue_from_capacity ------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.AdditionalRevenueFromCapacity)]
    public void Additional_revenue_reproduces_document_003_metric_10()
    {
        // seed 003, lines 242-249: 8 -> 11 clients a month, "Panier moyen : 3 500€", "CA additionnel : 3 × 3 500€ = 10 500€/mois".
        Assert.Equal(Money.Euros(10_500m), SalesValue.AdditionalRevenueFromCapacity(3m, Money.Euros(3_500m)));
        Assert.Equal(Money.Euros(10_500m), SalesValue.AdditionalRevenueFromCapacity(8m, 11m, Money.Euros(3_500m)));
        // seed 003, line 244: "+37% de capacité" is 3 / 8 = 37.5 % exactly; the document truncates it.
        var increase = Change.Between(8m, 11m).Relative.Value;
        Assert.Equal(Rate.FromPercent(37.5m), increase);
        Assert.Equal(37m, decimal.Truncate(increase.Percent));
    }

    [Fact]
    [KpiTest(KpiIds.AdditionalRevenueFromCapacity)]
    public void Additional_revenue_handles_fractional_units_and_lost_capacity()
    {
        // Hand calculation: 10.5 -> 12 files a month at 420 € = 1.5 x 420 = 630 €.
        Assert.Equal(Money.Euros(630m), SalesValue.AdditionalRevenueFromCapacity(10.5m, 12m, Money.Euros(420m)));
        // Capacity falling from 11 to 8 clients is revenue lost: -3 x 3 500 = -10 500 €.
        Assert.Equal(Money.Euros(-10_500m), SalesValue.AdditionalRevenueFromCapacity(11m, 8m, Money.Euros(3_500m)));
        Assert.Equal(Money.Euros(-10_500m), SalesValue.AdditionalRevenueFromCapacity(-3m, Money.Euros(3_500m)));
        Assert.True(SalesValue.AdditionalRevenueFromCapacity(8m, 8m, Money.Euros(3_500m)).IsZero);
    }

    [Fact]
    [KpiTest(KpiIds.AdditionalRevenueFromCapacity)]
    public void Additional_revenue_rejects_negative_baskets_and_unit_counts()
    {
        Assert.Equal("averageBasket", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.AdditionalRevenueFromCapacity(3m, Money.Euros(-1m))).ParamName);
        Assert.Equal("averageBasket", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.AdditionalRevenueFromCapacity(8m, 11m, Money.Euros(-1m))).ParamName);
        Assert.Equal("unitsBefore", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.AdditionalRevenueFromCapacity(-1m, 11m, Money.Euros(1m))).ParamName);
        Assert.Equal("unitsAfter", Assert.Throws<ArgumentOutOfRangeException>(() => SalesValue.AdditionalRevenueFromCapacity(8m, -1m, Money.Euros(1m))).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.AdditionalRevenueFromCapacity)]
    public void Additional_revenue_chains_from_step_to_step()
    {
        // From a to b, then b to c, adds up to a to c; and the two overloads agree.
        var units = Gen.Choose(0, 100_000).Select(u => u / 10m);
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Three(units).ToArbitrary(),
            WonAmount().ToArbitrary(),
            (abc, basket) =>
            {
                var (a, b, c) = abc;
                var price = Money.Euros(basket);
                var stepwise = SalesValue.AdditionalRevenueFromCapacity(a, b, price) + SalesValue.AdditionalRevenueFromCapacity(b, c, price);
                return stepwise == SalesValue.AdditionalRevenueFromCapacity(a, c, price)
                    && SalesValue.AdditionalRevenueFromCapacity(a, c, price) == SalesValue.AdditionalRevenueFromCapacity(c - a, price);
            }));
    }
}
