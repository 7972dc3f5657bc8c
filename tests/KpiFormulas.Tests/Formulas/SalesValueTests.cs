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

    // ---- worked examples: Formulas/Cases/SalesValue.json --------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("SalesValue");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    public static TheoryData<ReferenceChange> Changes => Cases.Changes();

    /// <summary>The calculator of a case: its KPI, and its inputs where the KPI has several overloads.</summary>
    private static object Calculate(ReferenceCase c) => c.Kpi switch
    {
        KpiIds.Revenue => SalesValue.Revenue(c.Input<Money[]>("wonAmounts"), c.Input<Currency>("currency")),
        KpiIds.AverageOrderValue => SalesValue.AverageOrderValue(c.Input<Money>("revenue"), c.Input<long>("orders")),
        KpiIds.AverageDealSize => SalesValue.AverageDealSize(c.Input<Money>("wonRevenue"), c.Input<long>("wonDeals")),
        KpiIds.CustomerLifetimeValue when c.Has("annualValue") =>
            SalesValue.CustomerLifetimeValue(c.Input<Money>("annualValue"), c.Input<decimal>("relationshipYears")),
        KpiIds.CustomerLifetimeValue =>
            SalesValue.CustomerLifetimeValue(c.Input<Money>("averageBasket"), c.Input<decimal>("purchasesPerYear"), c.Input<decimal>("relationshipYears")),
        KpiIds.AdditionalRevenueFromCapacity when c.Has("extraUnits") =>
            SalesValue.AdditionalRevenueFromCapacity(c.Input<decimal>("extraUnits"), c.Input<Money>("averageBasket")),
        KpiIds.AdditionalRevenueFromCapacity =>
            SalesValue.AdditionalRevenueFromCapacity(c.Input<decimal>("unitsBefore"), c.Input<decimal>("unitsAfter"), c.Input<Money>("averageBasket")),
        _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Changes_between_worked_examples(ReferenceChange change) =>
        change.AssertBetween(Calculate(change.Before), Calculate(change.After));

    // ---- revenue ------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.Revenue)]
    [MemberData(nameof(CasesOf), KpiIds.Revenue)]
    public void Revenue_adds_the_won_amounts_exactly_to_the_last_digit(ReferenceCase c) => c.AssertResult(Calculate(c));

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

    [KpiProperty]
    [KpiTest(KpiIds.Revenue)]
    public Property Revenue_of_a_concatenation_is_the_sum_of_the_revenues() =>
        Prop.ForAll(
            WonAmounts(Currency.EUR).ToArbitrary(),
            WonAmounts(Currency.EUR).ToArbitrary(),
            (a, b) =>
                SalesValue.Revenue([.. a, .. b], Currency.EUR)
                == SalesValue.Revenue(a, Currency.EUR) + SalesValue.Revenue(b, Currency.EUR));

    [KpiProperty]
    [KpiTest(KpiIds.Revenue)]
    public Property Revenue_keeps_the_currency_and_does_not_depend_on_order(Currency currency) =>
        Prop.ForAll(
            Gen.ArrayOf(WonAmount()).ToArbitrary(),
            amounts =>
            {
                var money = amounts.Select(a => new Money(a, currency)).ToArray();
                var reversed = money.Reverse().ToArray();
                var revenue = SalesValue.Revenue(money, currency);
                return revenue.Currency == currency
                    && revenue == SalesValue.Revenue(reversed, currency)
                    && revenue.Amount == amounts.Sum();
            });

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
    public void Revenue_by_use_case_keeps_one_line_per_use_case()
    {
        // The extra revenue a month of four automated use cases (the worked example "revenue of four
        // automated use cases" of SalesValue.json gives their total).
        (string UseCase, Money Impact)[] impacts =
        [
            ("Augmented prospecting", Money.Euros(15_000m)),
            ("Personalised offers", Money.Euros(8_000m)),
            ("Automated upsell", Money.Euros(5_000m)),
            ("Customer reactivation", Money.Euros(12_000m)),
        ];
        var byUseCase = RevenueAccumulator.AggregateBy(impacts, i => i.Impact, i => i.UseCase, Currency.EUR);
        Assert.Equal(4, byUseCase.Count);
        Assert.Equal(Money.Euros(12_000m), byUseCase["Customer reactivation"].Revenue);
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

    [KpiProperty]
    [KpiTest(KpiIds.Revenue)]
    public Property Revenue_by_group_adds_up_to_the_total_revenue() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Zip(Gen.Elements("Ads", "Events", "Referral", "Email", "Fairs"), WonAmount())).ToArbitrary(),
            deals =>
            {
                var tuples = deals.Select(d => (Channel: d.Item1, Amount: Money.Euros(d.Item2))).ToArray();
                var byChannel = RevenueAccumulator.AggregateBy(tuples, t => t.Amount, t => t.Channel, Currency.EUR);
                var groupTotal = SalesValue.Revenue(byChannel.Values.Select(g => g.Revenue).ToArray(), Currency.EUR);
                var total = SalesValue.Revenue(tuples.Select(t => t.Amount).ToArray(), Currency.EUR);
                var firstAppearance = deals.Select(d => d.Item1).Distinct().ToArray();
                return groupTotal == total && byChannel.Keys.SequenceEqual(firstAppearance);
            });

    // ---- average_order_value ------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.AverageOrderValue)]
    [MemberData(nameof(CasesOf), KpiIds.AverageOrderValue)]
    public void Average_order_value_divides_revenue_by_orders_keeping_full_precision(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.AverageOrderValue)]
    public void Average_order_value_rise_meets_the_8_percent_success_mark()
    {
        // An improvement project succeeds on the average order value from +8 %; the worked example rose by 12 %.
        var before = (KpiResult<Money>)Calculate(Cases.Case("aov before the rise"));
        var after = (KpiResult<Money>)Calculate(Cases.Case("aov after the rise"));
        Assert.True(Change.Between(before.Value, after.Value).Relative.Value >= Rate.FromPercent(8m));
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

    [KpiProperty(typeof(CurrenciesWithMinorUnits))]
    [KpiTest(KpiIds.AverageOrderValue)]
    [KpiTest(KpiIds.Revenue)]
    public Property Average_order_value_lies_between_the_smallest_and_largest_order(Currency currency) =>
        Prop.ForAll(
            Gen.NonEmptyListOf(WonAmount()).ToArbitrary(),
            amounts =>
            {
                var orders = amounts.Select(a => new Money(a, currency)).ToArray();
                var aov = SalesValue.AverageOrderValue(SalesValue.Revenue(orders, currency), orders.Length).Value;
                return aov.Currency == currency && aov.Amount >= amounts.Min() && aov.Amount <= amounts.Max();
            });

    // ---- average_deal_size ---------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.AverageDealSize)]
    [MemberData(nameof(CasesOf), KpiIds.AverageDealSize)]
    public void Average_deal_size_divides_won_revenue_by_won_deals(ReferenceCase c) => c.AssertResult(Calculate(c));

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

    [KpiProperty]
    [KpiTest(KpiIds.AverageDealSize)]
    public Property Average_deal_size_of_identical_deals_is_that_deal() =>
        Prop.ForAll(
            WonAmount().ToArbitrary(),
            Gen.Choose(1, 500).ToArbitrary(),
            (amount, deals) =>
                SalesValue.AverageDealSize(Money.UsDollars(amount * deals), deals).Value == Money.UsDollars(amount));

    // ---- customer_lifetime_value ---------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    [MemberData(nameof(CasesOf), KpiIds.CustomerLifetimeValue)]
    public void Lifetime_value_is_the_yearly_spend_times_the_years_exactly(ReferenceCase c) => c.AssertResult(Calculate(c));

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

    [KpiProperty]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    public Property Lifetime_value_from_a_basket_equals_lifetime_value_from_the_yearly_spend() =>
        Prop.ForAll(
            WonAmount().ToArbitrary(),
            Gen.Choose(0, 5_200).Select(p => p / 100m).ToArbitrary(),
            Gen.Choose(0, 400).Select(y => y / 10m).ToArbitrary(),
            (basket, purchasesPerYear, years) =>
            {
                var fromBasket = SalesValue.CustomerLifetimeValue(Money.Euros(basket), purchasesPerYear, years);
                var fromYearly = SalesValue.CustomerLifetimeValue(Money.Euros(basket * purchasesPerYear), years);
                return fromBasket == fromYearly && fromBasket.Currency == Currency.EUR;
            });

    [KpiProperty]
    [KpiTest(KpiIds.CustomerLifetimeValue)]
    public Property Every_extra_year_adds_one_yearly_spend() =>
        // The lifetime value is linear in the relationship length: every extra year adds one yearly spend.
        Prop.ForAll(
            WonAmount().ToArbitrary(),
            Gen.Choose(0, 400).Select(y => y / 10m).ToArbitrary(),
            (yearly, years) =>
                SalesValue.CustomerLifetimeValue(Money.Euros(yearly), years + 1m)
                == SalesValue.CustomerLifetimeValue(Money.Euros(yearly), years) + Money.Euros(yearly));

    // ---- additional_revenue_from_capacity ------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.AdditionalRevenueFromCapacity)]
    [MemberData(nameof(CasesOf), KpiIds.AdditionalRevenueFromCapacity)]
    public void Additional_revenue_is_the_extra_units_times_the_basket_fractional_or_lost(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.AdditionalRevenueFromCapacity)]
    public void Three_extra_clients_on_eight_are_a_capacity_rise_of_37_5_percent_printed_37()
    {
        // 8 to 11 clients a month: (11 - 8) / 8 = 37.5 % exactly, printed truncated as +37 %.
        var increase = Change.Between(8m, 11m).Relative.Value;
        Assert.Equal(Rate.FromPercent(37.5m), increase);
        Assert.Equal(37m, decimal.Truncate(increase.Percent));
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

    [KpiProperty]
    [KpiTest(KpiIds.AdditionalRevenueFromCapacity)]
    public Property Additional_revenue_chains_from_step_to_step()
    {
        // From a to b, then b to c, adds up to a to c; and the two overloads agree.
        var units = Gen.Choose(0, 100_000).Select(u => u / 10m);
        return Prop.ForAll(
            Gen.Three(units).ToArbitrary(),
            WonAmount().ToArbitrary(),
            (abc, basket) =>
            {
                var (a, b, c) = abc;
                var price = Money.Euros(basket);
                var stepwise = SalesValue.AdditionalRevenueFromCapacity(a, b, price) + SalesValue.AdditionalRevenueFromCapacity(b, c, price);
                return stepwise == SalesValue.AdditionalRevenueFromCapacity(a, c, price)
                    && SalesValue.AdditionalRevenueFromCapacity(a, c, price) == SalesValue.AdditionalRevenueFromCapacity(c - a, price);
            });
    }
}
