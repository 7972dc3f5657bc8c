using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class ProfitabilityTests
{
    // ---- catalogue entries ------------------------------------------------------------------------

    [Fact]
    public void The_family_holds_its_six_kpis_in_order_with_their_directions()
    {
        Assert.Equal(
            ["gross_margin_rate", "contribution_margin", "markup_rate", "break_even_revenue", "break_even_units", "margin_of_safety"],
            KpiCatalog.InFamily(KpiFamily.Profitability).Select(d => d.Id));
        Assert.False(KpiCatalog.TryGet(KpiIds.ContributionMarginRatio, out _));   // a companion ratio, not an entry
        Assert.Equal(Direction.HigherIsBetter, KpiCatalog.Get(KpiIds.GrossMarginRate).Direction);
        Assert.Equal(Direction.HigherIsBetter, KpiCatalog.Get(KpiIds.MarginOfSafety).Direction);
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.BreakEvenRevenue).Direction);
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.BreakEvenUnits).Direction);
    }

    [Fact]
    public void The_French_names_keep_margin_on_the_price_and_markup_on_the_cost_apart()
    {
        // In French commerce « taux de marque » is the margin on the selling price and « taux de marge »
        // the markup on the cost: each name says its base, so neither reads as the other.
        var margin = KpiCatalog.Get(KpiIds.GrossMarginRate);
        var markup = KpiCatalog.Get(KpiIds.MarkupRate);
        Assert.Contains("taux de marque", margin.FrenchName, StringComparison.Ordinal);
        Assert.Contains("chiffre d'affaires", margin.FrenchName, StringComparison.Ordinal);
        Assert.Equal("Taux de marge sur coût d'achat", markup.FrenchName);
        Assert.DoesNotContain("marque", markup.FrenchName, StringComparison.Ordinal);
        Assert.Equal("share of revenue", margin.Unit);
        Assert.Equal("share of cost", markup.Unit);
        Assert.Equal("Marge sur coûts variables", KpiCatalog.Get(KpiIds.ContributionMargin).FrenchName);
        Assert.All(KpiCatalog.InFamily(KpiFamily.Profitability), d => Assert.NotEmpty(d.References));
    }

    // ---- worked examples: Formulas/Cases/Profitability.json --------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Profitability");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    public static TheoryData<ReferenceChange> Changes => Cases.Changes();

    /// <summary>The calculator of a case: its KPI, and its inputs (or its calculator's name) where the KPI has several.</summary>
    private static object Calculate(ReferenceCase c) => c.Kpi switch
    {
        KpiIds.GrossMarginRate when c.Has("markupRate") => Profitability.GrossMarginRateFromMarkup(c.Input<Rate>("markupRate")),
        KpiIds.GrossMarginRate => Profitability.GrossMarginRate(c.Input<Money>("revenue"), c.Input<Money>("costOfGoodsSold")),
        KpiIds.ContributionMargin => Profitability.ContributionMargin(c.Input<Money>("revenue"), c.Input<Money>("variableCosts")),
        KpiIds.ContributionMarginRatio => Profitability.ContributionMarginRatio(c.Input<Money>("revenue"), c.Input<Money>("variableCosts")),
        KpiIds.MarkupRate when c.Has("grossMarginRate") => Profitability.MarkupRateFromGrossMargin(c.Input<Rate>("grossMarginRate")),
        KpiIds.MarkupRate => Profitability.MarkupRate(c.Input<Money>("price"), c.Input<Money>("cost")),
        KpiIds.BreakEvenRevenue when c.Has("contributionMarginRatio") =>
            Profitability.BreakEvenRevenue(c.Input<Money>("fixedCosts"), c.Input<Rate>("contributionMarginRatio")),
        KpiIds.BreakEvenRevenue =>
            Profitability.BreakEvenRevenue(c.Input<Money>("fixedCosts"), c.Input<Money>("revenue"), c.Input<Money>("variableCosts")),
        KpiIds.BreakEvenUnits =>
            Profitability.BreakEvenUnits(c.Input<Money>("fixedCosts"), c.Input<Money>("unitPrice"), c.Input<Money>("variableCostPerUnit")),
        KpiIds.MarginOfSafety when c.Calculator == nameof(Profitability.MarginOfSafetyAmount) =>
            Profitability.MarginOfSafetyAmount(c.Input<Money>("revenue"), c.Input<Money>("breakEvenRevenue")),
        KpiIds.MarginOfSafety => Profitability.MarginOfSafety(c.Input<Money>("revenue"), c.Input<Money>("breakEvenRevenue")),
        _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Changes_between_worked_examples(ReferenceChange change) =>
        change.AssertBetween(Calculate(change.Before), Calculate(change.After));

    // Amounts in cents up to 10 million euros, and rates in hundredths of a percent: the scales of a
    // small business, where every identity below holds to decimal's precision.
    private static Gen<Money> Euros(int minCents, int maxCents) => Gen.Choose(minCents, maxCents).Select(cents => Money.FromMinorUnits(cents, Currency.EUR));

    private static Gen<Rate> Rates(int minBasisPoints, int maxBasisPoints) => Gen.Choose(minBasisPoints, maxBasisPoints).Select(bp => Rate.FromFraction(bp / 10_000m));

    /// <summary>|actual − expected| within 1e-20 of the expected value's magnitude (or of 1 below it): far below any printed digit.</summary>
    private static bool Close(decimal actual, decimal expected) => Math.Abs(actual - expected) <= 1e-20m * Math.Max(1m, Math.Abs(expected));

    // ---- gross_margin_rate -------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.GrossMarginRate)]
    [MemberData(nameof(CasesOf), KpiIds.GrossMarginRate)]
    public void Gross_margin_rate_is_the_share_of_revenue_left_after_the_goods_sold(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.GrossMarginRate)]
    public void Gross_margin_rate_without_revenue_or_from_a_markup_of_minus_100_percent_is_undefined()
    {
        var noSales = Profitability.GrossMarginRate(Money.Euros(0m), Money.Euros(500m));
        Assert.False(noSales.IsDefined);
        Assert.Equal(UndefinedReason.ZeroDenominator, noSales.Reason);
        Assert.Equal(KpiIds.GrossMarginRate, noSales.KpiId);
        Assert.Contains("revenue", noSales.Explanation, StringComparison.Ordinal);

        // A markup of -100 % is a selling price of zero: there is no margin on a price of zero.
        var givenAway = Profitability.GrossMarginRateFromMarkup(Rate.FromPercent(-100m));
        Assert.Equal(UndefinedReason.ZeroDenominator, givenAway.Reason);
        Assert.Equal(KpiIds.GrossMarginRate, givenAway.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.GrossMarginRate)]
    public void Gross_margin_rate_rejects_negative_amounts_mixed_currencies_and_markups_below_minus_100_percent()
    {
        Assert.Equal("revenue", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.GrossMarginRate(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("costOfGoodsSold", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.GrossMarginRate(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        var mixed = Assert.Throws<CurrencyMismatchException>(() => Profitability.GrossMarginRate(Money.Euros(100m), Money.UsDollars(60m)));
        Assert.Equal("costOfGoodsSold", mixed.ParamName);
        Assert.Equal(Currency.EUR, mixed.Expected);
        Assert.Equal(Currency.USD, mixed.Actual);
        var belowMinus100 = Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.GrossMarginRateFromMarkup(Rate.FromPercent(-100.01m)));
        Assert.Equal("markupRate", belowMinus100.ParamName);
        Assert.Equal(Rate.FromPercent(-100.01m), belowMinus100.ActualValue);
    }

    [KpiProperty]
    [KpiTest(KpiIds.GrossMarginRate)]
    public Property Gross_margin_rate_is_at_most_100_percent_negative_exactly_below_cost_and_agrees_with_the_markup() =>
        Prop.ForAll(
            Euros(1, 1_000_000_000).ToArbitrary(),
            Euros(0, 1_000_000_000).ToArbitrary(),
            (revenue, cost) =>
            {
                var margin = Profitability.GrossMarginRate(revenue, cost).Value;
                var bounded = margin.Fraction <= 1m && (margin == Rate.One) == cost.IsZero && (margin.Fraction < 0m) == (cost > revenue);

                // The margin from the amounts and the margin from their markup are one number.
                return bounded && (cost.IsZero || Close(Profitability.GrossMarginRateFromMarkup(Profitability.MarkupRate(revenue, cost).Value).Value.Fraction, margin.Fraction));
            });

    // ---- contribution_margin (and its ratio, contribution_margin_ratio) -----------------------

    [Theory]
    [KpiTest(KpiIds.ContributionMargin)]
    [MemberData(nameof(CasesOf), KpiIds.ContributionMargin)]
    public void Contribution_margin_is_revenue_minus_variable_costs_for_a_period_or_a_unit(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Theory]
    [KpiTest(KpiIds.ContributionMargin)]
    [MemberData(nameof(CasesOf), KpiIds.ContributionMarginRatio)]
    public void Contribution_margin_ratio_is_the_contribution_as_a_share_of_revenue(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.ContributionMargin)]
    public void Contribution_margin_ratio_without_revenue_is_undefined_and_carries_its_own_id()
    {
        var none = Profitability.ContributionMarginRatio(Money.Euros(0m), Money.Euros(0m));
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.ContributionMarginRatio, none.KpiId);
        Assert.Equal(KpiIds.ContributionMarginRatio, Profitability.ContributionMarginRatio(Money.Euros(10m), Money.Euros(4m)).KpiId);
        Assert.False(KpiCatalog.TryGet(KpiIds.ContributionMarginRatio, out _));

        // The amount itself is never undefined: no revenue and some variable costs is a loss.
        Assert.Equal(Money.Euros(-250m), Profitability.ContributionMargin(Money.Euros(0m), Money.Euros(250m)));
    }

    [Fact]
    [KpiTest(KpiIds.ContributionMargin)]
    public void Contribution_margin_and_its_ratio_reject_negative_amounts_and_mixed_currencies()
    {
        Assert.Equal("revenue", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.ContributionMargin(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("variableCosts", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.ContributionMargin(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("variableCosts", Assert.Throws<CurrencyMismatchException>(() => Profitability.ContributionMargin(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
        Assert.Equal("revenue", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.ContributionMarginRatio(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("variableCosts", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.ContributionMarginRatio(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("variableCosts", Assert.Throws<CurrencyMismatchException>(() => Profitability.ContributionMarginRatio(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.ContributionMargin)]
    public Property Contribution_margin_of_n_units_is_n_unit_margins_and_its_ratio_times_revenue_gives_it_back() =>
        Prop.ForAll(
            Euros(1, 100_000_000).ToArbitrary(),
            Euros(0, 100_000_000).ToArbitrary(),
            Gen.Choose(1, 10_000).ToArbitrary(),
            (price, unitCost, units) =>
            {
                var perUnit = Profitability.ContributionMargin(price, unitCost);
                var total = Profitability.ContributionMargin(price * units, unitCost * units);
                var ratio = Profitability.ContributionMarginRatio(price * units, unitCost * units).Value;
                return total == perUnit * units
                    && Close(ratio.Fraction, Profitability.ContributionMarginRatio(price, unitCost).Value.Fraction)
                    && Close((price * units * ratio).Amount, total.Amount);
            });

    // ---- markup_rate and the margin/markup conversions -----------------------------------------

    [Theory]
    [KpiTest(KpiIds.MarkupRate)]
    [MemberData(nameof(CasesOf), KpiIds.MarkupRate)]
    public void Markup_rate_is_the_margin_as_a_share_of_the_cost(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.MarkupRate)]
    public void A_25_percent_markup_is_a_20_percent_margin_and_a_40_percent_margin_needs_a_66_67_percent_markup()
    {
        // The two figures small businesses confuse, by hand: 0.25 / 1.25 = 0.2, and 0.4 / 0.6 = 0.666..., printed 66.67 %.
        Assert.Equal(0.2m, Profitability.GrossMarginRateFromMarkup(Rate.FromPercent(25m)).Value.Fraction);
        var markup = Profitability.MarkupRateFromGrossMargin(Rate.FromPercent(40m)).Value;
        Assert.Equal(0.4m / 0.6m, markup.Fraction);
        Assert.Equal(66.67m, decimal.Round(markup.Percent, 2, MidpointRounding.AwayFromZero));
        Assert.Equal(KpiIds.MarkupRate, Profitability.MarkupRateFromGrossMargin(Rate.FromPercent(40m)).KpiId);
        Assert.Equal(KpiIds.GrossMarginRate, Profitability.GrossMarginRateFromMarkup(Rate.FromPercent(25m)).KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.MarkupRate)]
    public void Markup_rate_on_a_free_cost_or_for_a_100_percent_margin_is_undefined()
    {
        var free = Profitability.MarkupRate(Money.Euros(20m), Money.Euros(0m));
        Assert.Equal(UndefinedReason.ZeroDenominator, free.Reason);
        Assert.Equal(KpiIds.MarkupRate, free.KpiId);
        Assert.Contains("cost", free.Explanation, StringComparison.Ordinal);
        var wholePrice = Profitability.MarkupRateFromGrossMargin(Rate.One);
        Assert.Equal(UndefinedReason.ZeroDenominator, wholePrice.Reason);
        Assert.Equal(KpiIds.MarkupRate, wholePrice.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.MarkupRate)]
    public void Markup_rate_rejects_negative_amounts_mixed_currencies_and_margins_above_100_percent()
    {
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.MarkupRate(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("cost", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.MarkupRate(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("cost", Assert.Throws<CurrencyMismatchException>(() => Profitability.MarkupRate(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
        var aboveWhole = Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.MarkupRateFromGrossMargin(Rate.FromPercent(100.01m)));
        Assert.Equal("grossMarginRate", aboveWhole.ParamName);
        Assert.Equal(Rate.FromPercent(100.01m), aboveWhole.ActualValue);
    }

    [KpiProperty]
    [KpiTest(KpiIds.MarkupRate)]
    [KpiTest(KpiIds.GrossMarginRate)]
    public Property Margin_to_markup_and_back_gives_the_margin_again() =>
        Prop.ForAll(
            Rates(-100_000, 9_999).ToArbitrary(),
            margin =>
            {
                var markup = Profitability.MarkupRateFromGrossMargin(margin).Value;
                return Close(Profitability.GrossMarginRateFromMarkup(markup).Value.Fraction, margin.Fraction);
            });

    [KpiProperty]
    [KpiTest(KpiIds.MarkupRate)]
    [KpiTest(KpiIds.GrossMarginRate)]
    public Property Markup_to_margin_and_back_gives_the_markup_again() =>
        Prop.ForAll(
            Rates(-9_999, 1_000_000).ToArbitrary(),
            markup =>
            {
                var margin = Profitability.GrossMarginRateFromMarkup(markup).Value;
                return Close(Profitability.MarkupRateFromGrossMargin(margin).Value.Fraction, markup.Fraction);
            });

    [KpiProperty]
    [KpiTest(KpiIds.MarkupRate)]
    [KpiTest(KpiIds.GrossMarginRate)]
    public Property The_margin_is_below_the_markup_for_any_markup_but_0_percent_and_a_positive_markup_is_a_margin_between_0_and_100_percent() =>
        Prop.ForAll(
            Rates(-9_999, 1_000_000).ToArbitrary(),
            markup =>
            {
                var margin = Profitability.GrossMarginRateFromMarkup(markup).Value;
                var ordered = markup == Rate.Zero ? margin == Rate.Zero : margin < markup;
                return ordered && (markup <= Rate.Zero || (margin > Rate.Zero && margin < Rate.One));
            });

    // ---- break_even_revenue ----------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.BreakEvenRevenue)]
    [MemberData(nameof(CasesOf), KpiIds.BreakEvenRevenue)]
    public void Break_even_revenue_is_the_fixed_costs_over_the_contribution_margin_ratio(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.BreakEvenRevenue)]
    public void Break_even_revenue_never_breaks_even_without_a_positive_contribution()
    {
        foreach (var ratio in new[] { Rate.Zero, Rate.FromPercent(-12m) })
        {
            var never = Profitability.BreakEvenRevenue(Money.Euros(10_800m), ratio);
            Assert.False(never.IsDefined);
            Assert.Equal(UndefinedReason.NeverBreaksEven, never.Reason);
            Assert.Equal(KpiIds.BreakEvenRevenue, never.KpiId);
        }

        // From the amounts: variable costs equal to or above the revenue never break even, and no revenue has no ratio.
        Assert.Equal(UndefinedReason.NeverBreaksEven, Profitability.BreakEvenRevenue(Money.Euros(10_800m), Money.Euros(5_000m), Money.Euros(5_000m)).Reason);
        Assert.Equal(UndefinedReason.NeverBreaksEven, Profitability.BreakEvenRevenue(Money.Euros(0m), Money.Euros(5_000m), Money.Euros(5_600m)).Reason);
        var noRevenue = Profitability.BreakEvenRevenue(Money.Euros(10_800m), Money.Euros(0m), Money.Euros(0m));
        Assert.Equal(UndefinedReason.ZeroDenominator, noRevenue.Reason);
        Assert.Equal(KpiIds.BreakEvenRevenue, noRevenue.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.BreakEvenRevenue)]
    public void Break_even_revenue_rejects_negative_amounts_ratios_above_100_percent_and_mixed_currencies()
    {
        Assert.Equal("fixedCosts", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.BreakEvenRevenue(Money.Euros(-1m), Rate.FromPercent(30m))).ParamName);
        var aboveWhole = Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.BreakEvenRevenue(Money.Euros(1m), Rate.FromPercent(100.5m)));
        Assert.Equal("contributionMarginRatio", aboveWhole.ParamName);
        Assert.Equal(Rate.FromPercent(100.5m), aboveWhole.ActualValue);
        Assert.Equal("fixedCosts", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.BreakEvenRevenue(Money.Euros(-1m), Money.Euros(2m), Money.Euros(1m))).ParamName);
        Assert.Equal("revenue", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.BreakEvenRevenue(Money.Euros(1m), Money.Euros(-2m), Money.Euros(1m))).ParamName);
        Assert.Equal("variableCosts", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.BreakEvenRevenue(Money.Euros(1m), Money.Euros(2m), Money.Euros(-1m))).ParamName);
        Assert.Equal("revenue", Assert.Throws<CurrencyMismatchException>(() => Profitability.BreakEvenRevenue(Money.Euros(1m), Money.UsDollars(2m), Money.Euros(1m))).ParamName);
        Assert.Equal("variableCosts", Assert.Throws<CurrencyMismatchException>(() => Profitability.BreakEvenRevenue(Money.Euros(1m), Money.Euros(2m), Money.UsDollars(1m))).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.BreakEvenRevenue)]
    public void Break_even_revenue_from_amounts_whose_product_passes_decimal_stays_defined()
    {
        // 4e27 x 8e27 passes decimal's 7.9e28: the calculator divides first. By hand, 4e27 x 8e27 / 4e27 = 8e27.
        var huge = Profitability.BreakEvenRevenue(Money.Euros(4e27m), Money.Euros(8e27m), Money.Euros(4e27m));
        Assert.Equal(Money.Euros(8e27m), huge.Value);
    }

    [KpiProperty]
    [KpiTest(KpiIds.BreakEvenRevenue)]
    public Property Break_even_revenue_times_the_contribution_margin_ratio_is_the_fixed_costs() =>
        Prop.ForAll(
            Euros(0, 1_000_000_000).ToArbitrary(),
            Rates(1, 10_000).ToArbitrary(),
            (fixedCosts, ratio) =>
            {
                var breakEven = Profitability.BreakEvenRevenue(fixedCosts, ratio).Value;
                return breakEven.Currency == Currency.EUR && breakEven >= fixedCosts && Close((breakEven * ratio).Amount, fixedCosts.Amount);
            });

    [KpiProperty]
    [KpiTest(KpiIds.BreakEvenRevenue)]
    public Property Break_even_revenue_from_the_amounts_equals_the_ratio_form_when_the_ratio_is_exact()
    {
        // Variable costs of revenue x (1 - ratio), the ratio in hundredths of a percent: the ratio of
        // the amounts is exactly that ratio, so the two forms divide the same numbers.
        var period = from revenue in Euros(1, 1_000_000_000)
                     from ratio in Rates(1, 10_000)
                     select (Revenue: revenue, Ratio: ratio, VariableCosts: revenue - (revenue * ratio));
        return Prop.ForAll(
            Euros(0, 1_000_000_000).ToArbitrary(),
            period.ToArbitrary(),
            (fixedCosts, p) =>
                Profitability.ContributionMarginRatio(p.Revenue, p.VariableCosts).Value == p.Ratio
                && Close(Profitability.BreakEvenRevenue(fixedCosts, p.Revenue, p.VariableCosts).Value.Amount, Profitability.BreakEvenRevenue(fixedCosts, p.Ratio).Value.Amount));
    }

    // ---- break_even_units ----------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.BreakEvenUnits)]
    [MemberData(nameof(CasesOf), KpiIds.BreakEvenUnits)]
    public void Break_even_units_divide_the_fixed_costs_by_the_unit_contribution_exactly(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.BreakEvenUnits)]
    public void Break_even_units_never_break_even_when_a_unit_sells_at_or_below_its_variable_cost()
    {
        var atCost = Profitability.BreakEvenUnits(Money.Euros(10_800m), Money.Euros(84m), Money.Euros(84m));
        Assert.Equal(UndefinedReason.NeverBreaksEven, atCost.Reason);
        Assert.Equal(KpiIds.BreakEvenUnits, atCost.KpiId);
        Assert.Equal(UndefinedReason.NeverBreaksEven, Profitability.BreakEvenUnits(Money.Euros(10_800m), Money.Euros(80m), Money.Euros(84m)).Reason);
        // Even with no fixed costs, selling more never turns a loss into a profit.
        Assert.Equal(UndefinedReason.NeverBreaksEven, Profitability.BreakEvenUnits(Money.Euros(0m), Money.Euros(80m), Money.Euros(84m)).Reason);
    }

    [Fact]
    [KpiTest(KpiIds.BreakEvenUnits)]
    public void Break_even_units_reject_negative_amounts_and_mixed_currencies()
    {
        Assert.Equal("fixedCosts", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.BreakEvenUnits(Money.Euros(-1m), Money.Euros(2m), Money.Euros(1m))).ParamName);
        Assert.Equal("unitPrice", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.BreakEvenUnits(Money.Euros(1m), Money.Euros(-2m), Money.Euros(1m))).ParamName);
        Assert.Equal("variableCostPerUnit", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.BreakEvenUnits(Money.Euros(1m), Money.Euros(2m), Money.Euros(-1m))).ParamName);
        Assert.Equal("unitPrice", Assert.Throws<CurrencyMismatchException>(() => Profitability.BreakEvenUnits(Money.Euros(1m), Money.UsDollars(2m), Money.Euros(1m))).ParamName);
        Assert.Equal("variableCostPerUnit", Assert.Throws<CurrencyMismatchException>(() => Profitability.BreakEvenUnits(Money.Euros(1m), Money.Euros(2m), Money.UsDollars(1m))).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.BreakEvenUnits)]
    public Property The_ceiling_of_the_break_even_units_is_the_least_whole_number_of_units_that_covers_the_fixed_costs()
    {
        var unit = from variableCost in Euros(0, 100_000_000)
                   from margin in Euros(1, 100_000_000)
                   select (Price: variableCost + margin, VariableCost: variableCost, Margin: margin);
        return Prop.ForAll(
            Euros(0, 1_000_000_000).ToArbitrary(),
            unit.ToArbitrary(),
            (fixedCosts, u) =>
            {
                var units = Profitability.BreakEvenUnits(fixedCosts, u.Price, u.VariableCost).Value;
                var whole = decimal.Ceiling(units);
                var covers = u.Margin * whole >= fixedCosts;
                var least = whole == 0m || u.Margin * (whole - 1m) < fixedCosts;
                var sameRevenue = Close(units * u.Price.Amount, Profitability.BreakEvenRevenue(fixedCosts, u.Price, u.VariableCost).Value.Amount);
                return covers && least && sameRevenue;
            });
    }

    // ---- margin_of_safety ----------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.MarginOfSafety)]
    [MemberData(nameof(CasesOf), KpiIds.MarginOfSafety)]
    public void Margin_of_safety_is_the_share_of_revenue_above_break_even(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.MarginOfSafety)]
    public void Margin_of_safety_without_revenue_is_undefined_while_its_amount_is_not()
    {
        var none = Profitability.MarginOfSafety(Money.Euros(0m), Money.Euros(36_000m));
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.MarginOfSafety, none.KpiId);
        Assert.Equal(Money.Euros(-36_000m), Profitability.MarginOfSafetyAmount(Money.Euros(0m), Money.Euros(36_000m)));
    }

    [Fact]
    [KpiTest(KpiIds.MarginOfSafety)]
    public void Margin_of_safety_rejects_negative_amounts_and_mixed_currencies()
    {
        Assert.Equal("revenue", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.MarginOfSafety(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("breakEvenRevenue", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.MarginOfSafety(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("breakEvenRevenue", Assert.Throws<CurrencyMismatchException>(() => Profitability.MarginOfSafety(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
        Assert.Equal("revenue", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.MarginOfSafetyAmount(Money.Euros(-1m), Money.Euros(1m))).ParamName);
        Assert.Equal("breakEvenRevenue", Assert.Throws<ArgumentOutOfRangeException>(() => Profitability.MarginOfSafetyAmount(Money.Euros(1m), Money.Euros(-1m))).ParamName);
        Assert.Equal("breakEvenRevenue", Assert.Throws<CurrencyMismatchException>(() => Profitability.MarginOfSafetyAmount(Money.Euros(1m), Money.UsDollars(1m))).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.MarginOfSafety)]
    [KpiTest(KpiIds.BreakEvenRevenue)]
    public Property Margin_of_safety_is_zero_at_break_even_and_otherwise_the_profit_over_the_contribution_margin()
    {
        // A period's revenue, its variable costs below it, and fixed costs that are sometimes exactly its
        // contribution margin (the period is then at break-even).
        var period = from revenueCents in Gen.Choose(1, 1_000_000_000)
                     from variableCents in Gen.Choose(0, revenueCents - 1)
                     from fixedCents in Gen.Choose(0, 1_000_000_000)
                     from atBreakEven in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
                     select (
                         Revenue: Money.FromMinorUnits(revenueCents, Currency.EUR),
                         VariableCosts: Money.FromMinorUnits(variableCents, Currency.EUR),
                         FixedCosts: Money.FromMinorUnits(atBreakEven ? revenueCents - variableCents : fixedCents, Currency.EUR));
        return Prop.ForAll(
            period.ToArbitrary(),
            p =>
            {
                var margin = p.Revenue - p.VariableCosts;
                var breakEven = Profitability.BreakEvenRevenue(p.FixedCosts, p.Revenue, p.VariableCosts).Value;
                var safety = Profitability.MarginOfSafety(p.Revenue, breakEven).Value;
                var profit = margin - p.FixedCosts;
                var identity = Close(safety.Fraction, profit.Amount / margin.Amount);
                var sign = profit.IsZero ? safety == Rate.Zero && Profitability.MarginOfSafetyAmount(p.Revenue, breakEven).IsZero : Math.Sign(safety.Fraction) == Math.Sign(profit.Amount);
                return identity && sign;
            });
    }
}
