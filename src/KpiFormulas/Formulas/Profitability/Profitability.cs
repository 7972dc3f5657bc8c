using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Profitability KPIs (« rentabilité »): how much of each sale is left once the goods and the
/// variable costs are paid (gross margin rate, contribution margin, markup), how much must be sold to
/// cover the fixed costs (break-even revenue and units), and how far sales stand above that point
/// (margin of safety).
/// </summary>
/// <remarks>
/// <para><b>Margin or markup: the trap.</b> The same amount of margin gives two rates, depending on
/// what it is divided by. The <b>margin rate</b> divides it by the selling price (or the revenue):
/// <see cref="GrossMarginRate(Money, Money)"/>. The <b>markup</b> divides it by the cost:
/// <see cref="MarkupRate(Money, Money)"/>. An item bought 60 € and sold 100 € leaves 40 € of margin:
/// a margin rate of 40 % and a markup of 66.67 %. For any item sold above its cost the markup is
/// the larger of the two, so quoting one for the other overstates or understates the margin.</para>
/// <para>French names them the other way round from what an English reader expects: the
/// « <b>taux de marque</b> » is the margin on the selling price (this library's gross margin rate),
/// while the « <b>taux de marge</b> » is the markup on the cost (this library's markup rate). The
/// words « taux de marge brute » are met on either base, and INSEE's « taux de marge » of a company
/// is yet another ratio (gross operating surplus / value added, Insee Références, « Les entreprises en
/// France », fiche « Taux de marge »). Always check the denominator before comparing two rates.</para>
/// <list type="table">
/// <listheader><term>rate</term><description>formula, French name, calculator</description></listheader>
/// <item><term>margin on the selling price</term><description>(price − cost) / price, « taux de marque »
/// (taux de marge brute sur chiffre d'affaires): <see cref="GrossMarginRate(Money, Money)"/></description></item>
/// <item><term>markup on the cost</term><description>(price − cost) / cost, « taux de marge » (sur coût
/// d'achat): <see cref="MarkupRate(Money, Money)"/></description></item>
/// <item><term>from markup to margin</term><description>margin = markup / (1 + markup): a 25 % markup is a
/// 20 % margin (<see cref="GrossMarginRateFromMarkup(Rate)"/>)</description></item>
/// <item><term>from margin to markup</term><description>markup = margin / (1 − margin): a 40 % margin needs
/// a 66.67 % markup (<see cref="MarkupRateFromGrossMargin(Rate)"/>)</description></item>
/// </list>
/// <para>Cost-volume-profit: the contribution margin (revenue − variable costs) pays the fixed costs
/// first; the break-even point is where it pays them exactly, and the margin of safety is how far
/// revenue may fall before a loss. Amounts are <see cref="Money"/> of one currency, not negative;
/// margins, markups and margins of safety are <see cref="Rate"/>s that may be negative (selling below
/// cost, revenue below break-even): a loss is a negative rate, never an error.</para>
/// </remarks>
/// <example>An online shop's month: 400 orders, 48 000 € of revenue, 30 000 € of goods sold, 3 600 € of
/// other variable costs (packaging, shipping, payment fees) and 10 800 € of fixed costs:
/// <code>
/// var revenue = Money.Euros(48_000m);
/// Profitability.GrossMarginRate(revenue, Money.Euros(30_000m)).Value;                      // 37.5 %
/// Profitability.MarkupRate(revenue, Money.Euros(30_000m)).Value;                           // 60 %
/// Profitability.ContributionMargin(revenue, Money.Euros(33_600m));                        // 14 400 EUR
/// var ratio = Profitability.ContributionMarginRatio(revenue, Money.Euros(33_600m)).Value;  // 30 %
/// var breakEven = Profitability.BreakEvenRevenue(Money.Euros(10_800m), ratio).Value;       // 36 000 EUR
/// Profitability.BreakEvenUnits(Money.Euros(10_800m), Money.Euros(120m), Money.Euros(84m)).Value; // 300 orders
/// Profitability.MarginOfSafety(revenue, breakEven).Value;                                  // 25 %
/// </code></example>
public static partial class Profitability
{
    /// <summary>
    /// Gross margin rate (« taux de marge brute sur chiffre d'affaires », in French commerce the
    /// « taux de marque »): the share of revenue left once the goods sold are paid for.
    /// </summary>
    /// <param name="revenue">Revenue of the period excluding taxes (or one selling price), not negative.</param>
    /// <param name="costOfGoodsSold">What the goods sold cost (purchases adjusted for the change in stock, or one item's cost), not negative, same currency.</param>
    /// <returns>(revenue − cost of goods sold) / revenue, exact to decimal precision; at most 100 %, negative when
    /// selling below cost; undefined when the revenue is zero.</returns>
    /// <remarks>
    /// <para>Formula: (revenue − cost of goods sold) / revenue. Unit: rate, a share of revenue.
    /// Direction: higher is better.</para>
    /// <para>A loss is a negative rate (<see cref="Rate"/> may be negative): 10 000 € of sales for 12 500 € of
    /// goods is −25 %, never an error and never clamped to 0 %. 100 % means the goods cost nothing.</para>
    /// <para>This is the margin on the selling price, not the markup on the cost, which French calls
    /// « taux de marge » and this library <see cref="MarkupRate(Money, Money)"/>: see the remarks of
    /// <see cref="Profitability"/>.</para>
    /// <para>Undefined: <paramref name="revenue"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>), even
    /// when goods were bought: nothing was sold, so no share of sales exists.</para>
    /// <para>Catalogue id <c>gross_margin_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the cost of goods sold is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The revenue and the cost are in different currencies.</exception>
    /// <example>A shop sells 48 000 € of goods that cost it 30 000 €: 18 000 € of gross margin, 37.5 % of
    /// revenue (and a 60 % markup on the cost). A clearance month selling 10 000 € of stock bought 12 500 € is
    /// −25 %.</example>
    /// <example>
    /// <code>
    /// Profitability.GrossMarginRate(Money.Euros(48_000m), Money.Euros(30_000m)).Value; // 37.5 %
    /// Profitability.GrossMarginRate(Money.Euros(10_000m), Money.Euros(12_500m)).Value; // -25 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> GrossMarginRate(Money revenue, Money costOfGoodsSold)
    {
        Preconditions.NotNegative(revenue);
        Preconditions.NotNegative(costOfGoodsSold);
        Preconditions.SameCurrency(revenue, costOfGoodsSold, nameof(costOfGoodsSold));
        return revenue.IsZero
            ? KpiResult.Undefined<Rate>(KpiIds.GrossMarginRate, UndefinedReason.ZeroDenominator, "'revenue' is zero: nothing was sold, so no share of sales exists.")
            : KpiResult.Defined(KpiIds.GrossMarginRate, Rate.FromFraction((revenue.Amount - costOfGoodsSold.Amount) / revenue.Amount));
    }

    /// <summary>
    /// Contribution margin (« marge sur coûts variables »): what sales leave to pay the fixed costs
    /// once the costs that grow with each sale are paid. Per unit, it is the price minus the variable
    /// cost per unit (« marge sur coût variable unitaire »).
    /// </summary>
    /// <param name="revenue">Revenue of the period excluding taxes, not negative; for the unit form, one unit's selling price.</param>
    /// <param name="variableCosts">The costs that grow with sales (goods, packaging, shipping, commissions, payment fees), not negative,
    /// same currency; for the unit form, the variable cost of one unit.</param>
    /// <returns>revenue − variable costs, exact; negative when the variable costs exceed the revenue.</returns>
    /// <remarks>
    /// <para>Formula: revenue − variable costs; per unit, price − variable cost per unit. Unit: money
    /// (money per unit for the unit form). Direction: higher is better.</para>
    /// <para>The two forms are the same subtraction, so one call serves both: pass totals for the
    /// period's margin, or a price and a unit cost for the margin of one unit, the denominator of
    /// <see cref="BreakEvenUnits(Money, Money, Money)"/>. As a share of revenue it is
    /// <see cref="ContributionMarginRatio(Money, Money)"/>.</para>
    /// <para>Unlike the gross margin, which subtracts only the goods sold, it subtracts every variable
    /// cost. Undefined: never; a negative margin is a valid answer (each sale loses money).</para>
    /// <para>Catalogue id <c>contribution_margin</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the variable costs are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The revenue and the variable costs are in different currencies.</exception>
    /// <example>The shop's 48 000 € month had 30 000 € of goods and 3 600 € of packaging, shipping and fees: 33 600 €
    /// of variable costs leave 14 400 € to pay the fixed costs. One order sold 120 € with 84 € of variable
    /// costs contributes 36 €.</example>
    /// <example>
    /// <code>
    /// Profitability.ContributionMargin(Money.Euros(48_000m), Money.Euros(33_600m)); // 14 400 EUR for the month
    /// Profitability.ContributionMargin(Money.Euros(120m), Money.Euros(84m));        // 36 EUR per order
    /// </code>
    /// </example>
    public static Money ContributionMargin(Money revenue, Money variableCosts)
    {
        Preconditions.NotNegative(revenue);
        Preconditions.NotNegative(variableCosts);
        Preconditions.SameCurrency(revenue, variableCosts, nameof(variableCosts));
        return revenue - variableCosts;
    }

    /// <summary>
    /// Contribution margin ratio (« taux de marge sur coûts variables »): the contribution margin as a
    /// share of revenue, what each euro of sales leaves to pay the fixed costs.
    /// </summary>
    /// <param name="revenue">Revenue of the period excluding taxes (or one unit's price), not negative.</param>
    /// <param name="variableCosts">The variable costs of that revenue (or of that unit), not negative, same currency.</param>
    /// <returns>(revenue − variable costs) / revenue, exact to decimal precision; at most 100 %, negative when each
    /// sale loses money; undefined when the revenue is zero. The result carries the id
    /// <see cref="KpiIds.ContributionMarginRatio"/>, which is not a catalogue entry.</returns>
    /// <remarks>
    /// <para>Formula: (revenue − variable costs) / revenue = contribution margin / revenue. Unit: rate,
    /// a share of revenue. Direction: higher is better.</para>
    /// <para>It is the denominator of the break-even revenue (fixed costs / this ratio), and the same
    /// whether computed on totals or on one unit when the price and the unit cost do not change with
    /// volume.</para>
    /// <para>Undefined: <paramref name="revenue"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the variable costs are negative.</exception>
    /// <exception cref="CurrencyMismatchException">The revenue and the variable costs are in different currencies.</exception>
    /// <example>14 400 € of contribution on 48 000 € of revenue is 30 %: each 100 € of sales leaves 30 € for the
    /// fixed costs. One order at 120 € with 84 € of variable costs gives the same 30 %. See
    /// <see cref="ContributionMargin(Money, Money)"/> for the amounts.</example>
    /// <example>
    /// <code>
    /// Profitability.ContributionMarginRatio(Money.Euros(48_000m), Money.Euros(33_600m)).Value; // 30 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> ContributionMarginRatio(Money revenue, Money variableCosts)
    {
        var margin = ContributionMargin(revenue, variableCosts);
        return revenue.IsZero
            ? KpiResult.Undefined<Rate>(KpiIds.ContributionMarginRatio, UndefinedReason.ZeroDenominator, "'revenue' is zero: nothing was sold, so no share of sales exists.")
            : KpiResult.Defined(KpiIds.ContributionMarginRatio, Rate.FromFraction(margin.Amount / revenue.Amount));
    }

    /// <summary>
    /// Markup rate (« taux de marge » in French commerce, « taux de marge sur coût d'achat »): the
    /// margin as a share of the cost, what is added to the cost to make the selling price.
    /// </summary>
    /// <param name="price">The selling price excluding taxes (or the revenue of a period), not negative.</param>
    /// <param name="cost">The purchase or production cost of what is sold (or the cost of goods sold), not negative, same currency.</param>
    /// <returns>(price − cost) / cost, exact to decimal precision; from −100 % (given away) upwards, without upper
    /// bound; negative when selling below cost; undefined when the cost is zero.</returns>
    /// <remarks>
    /// <para>Formula: (price − cost) / cost. Unit: rate, a share of the cost. Direction: higher is better.</para>
    /// <para><b>Not the margin rate.</b> In French, « taux de marge » is this markup on the cost, while the
    /// margin on the selling price is the « taux de marque ». The two convert into each other without
    /// the amounts: <see cref="GrossMarginRateFromMarkup(Rate)"/> (margin = markup / (1 + markup)) and
    /// <see cref="MarkupRateFromGrossMargin(Rate)"/> (markup = margin / (1 − margin)). For an item sold
    /// above its cost the markup is always the larger: a 25 % markup is only a 20 % margin.</para>
    /// <para>The selling price excluding taxes is the cost × (1 + markup): a 25 % markup on an 80 € cost is a 100 € price.</para>
    /// <para>Undefined: <paramref name="cost"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>): a
    /// markup on nothing does not exist.</para>
    /// <para>Catalogue id <c>markup_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The price or the cost is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The price and the cost are in different currencies.</exception>
    /// <example>A lamp bought 80 € and sold 100 €: 20 € of margin, a markup of 25 % on the cost (and a margin of
    /// 20 % of the price). A bicycle bought 300 € and sold 500 € has a markup of 66.67 %, a margin of 40 %.
    /// Clearing stock bought 10 € at 8 € is a markup of −20 %.</example>
    /// <example>
    /// <code>
    /// Profitability.MarkupRate(Money.Euros(100m), Money.Euros(80m)).Value; // 25 %
    /// Profitability.MarkupRate(Money.Euros(500m), Money.Euros(300m)).Value; // 66.666... %
    /// </code>
    /// </example>
    public static KpiResult<Rate> MarkupRate(Money price, Money cost)
    {
        Preconditions.NotNegative(price);
        Preconditions.NotNegative(cost);
        Preconditions.SameCurrency(price, cost, nameof(cost));
        return cost.IsZero
            ? KpiResult.Undefined<Rate>(KpiIds.MarkupRate, UndefinedReason.ZeroDenominator, "'cost' is zero: a markup on nothing does not exist.")
            : KpiResult.Defined(KpiIds.MarkupRate, Rate.FromFraction((price.Amount - cost.Amount) / cost.Amount));
    }

    /// <summary>
    /// The margin on the selling price that a markup on the cost gives (from « taux de marge » to
    /// « taux de marque »): margin = markup / (1 + markup).
    /// </summary>
    /// <param name="markupRate">A markup on the cost, as from <see cref="MarkupRate(Money, Money)"/>; not below −100 %
    /// (a price of zero).</param>
    /// <returns>The margin rate on the selling price, exact to decimal precision, carrying the id
    /// <c>KpiIds.GrossMarginRate</c>; smaller than the markup for any markup other than 0 %; undefined for a
    /// markup of −100 %.</returns>
    /// <remarks>
    /// <para>Formula: markup / (1 + markup), since (price − cost) / price = (price − cost) / cost × cost / price
    /// and price / cost = 1 + markup. Unit: rate, a share of the selling price. Direction: higher is better.</para>
    /// <para>Undefined: a markup of exactly −100 % (<see cref="UndefinedReason.ZeroDenominator"/>): the price
    /// is zero, so there is no margin on it.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="markupRate"/> is below −100 %: the selling price would be negative.</exception>
    /// <example>A 25 % markup is a 20 % margin (0.25 / 1.25); a 100 % markup (the price is twice the cost) is a
    /// 50 % margin; a −20 % markup (selling 10 € stock at 8 €) is a −25 % margin.</example>
    /// <example>
    /// <code>
    /// Profitability.GrossMarginRateFromMarkup(Rate.FromPercent(25m)).Value;  // 20 %
    /// Profitability.GrossMarginRateFromMarkup(Rate.FromPercent(100m)).Value; // 50 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> GrossMarginRateFromMarkup(Rate markupRate)
    {
        Preconditions.ArgumentInRange(markupRate.Fraction >= -1m, markupRate, nameof(markupRate), "The markup must not be below -100 %, which would make the selling price negative.");

        var priceOverCost = 1m + markupRate.Fraction;
        return priceOverCost == 0m
            ? KpiResult.Undefined<Rate>(KpiIds.GrossMarginRate, UndefinedReason.ZeroDenominator, "'markupRate' is -100 %: the selling price is zero, so there is no margin on it.")
            : KpiResult.Defined(KpiIds.GrossMarginRate, Rate.FromFraction(markupRate.Fraction / priceOverCost));
    }

    /// <summary>
    /// The markup on the cost that a margin on the selling price needs (from « taux de marque » to
    /// « taux de marge »): markup = margin / (1 − margin).
    /// </summary>
    /// <param name="grossMarginRate">A margin on the selling price, not above 100 % (a cost of zero); may be negative.</param>
    /// <returns>The markup on the cost, exact to decimal precision, carrying the id <see cref="KpiIds.MarkupRate"/>;
    /// larger than the margin for any margin other than 0 %; undefined for a margin of 100 %.</returns>
    /// <remarks>
    /// <para>Formula: margin / (1 − margin), the inverse of <see cref="GrossMarginRateFromMarkup(Rate)"/>.
    /// Unit: rate, a share of the cost. Direction: higher is better.</para>
    /// <para>The pricing question « what must I add to my cost to keep 40 % of the price? » is answered here:
    /// 66.67 %, not 40 %. Adding 40 % to the cost keeps only 28.57 % of the price.</para>
    /// <para>Undefined: a margin of exactly 100 % (<see cref="UndefinedReason.ZeroDenominator"/>): the cost is
    /// zero, so no markup on it exists.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grossMarginRate"/> is above 100 %: the cost would be negative.</exception>
    /// <example>A 40 % margin needs a 66.67 % markup (0.4 / 0.6 = 2/3); a 20 % margin a 25 % markup; a 50 % margin
    /// a 100 % markup, a price twice the cost.</example>
    /// <example>
    /// <code>
    /// Profitability.MarkupRateFromGrossMargin(Rate.FromPercent(40m)).Value; // 66.666... %
    /// Profitability.MarkupRateFromGrossMargin(Rate.FromPercent(20m)).Value; // 25 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> MarkupRateFromGrossMargin(Rate grossMarginRate)
    {
        Preconditions.ArgumentInRange(grossMarginRate.Fraction <= 1m, grossMarginRate, nameof(grossMarginRate), "The margin must not be above 100 % of the selling price, which would make the cost negative.");

        var costOverPrice = 1m - grossMarginRate.Fraction;
        return costOverPrice == 0m
            ? KpiResult.Undefined<Rate>(KpiIds.MarkupRate, UndefinedReason.ZeroDenominator, "'grossMarginRate' is 100 %: the cost is zero, so no markup on it exists.")
            : KpiResult.Defined(KpiIds.MarkupRate, Rate.FromFraction(grossMarginRate.Fraction / costOverPrice));
    }

    /// <summary>
    /// Break-even revenue (« seuil de rentabilité » in revenue, « chiffre d'affaires critique »): the
    /// revenue whose contribution margin pays the fixed costs exactly, with neither profit nor loss.
    /// </summary>
    /// <param name="fixedCosts">The fixed costs of the period (rent, salaries, subscriptions), not negative.</param>
    /// <param name="contributionMarginRatio">The contribution margin as a share of revenue, as from
    /// <see cref="ContributionMarginRatio(Money, Money)"/>; at most 100 %.</param>
    /// <returns>fixed costs / ratio, in the fixed costs' currency, exact to decimal precision; undefined when the
    /// ratio is zero or negative.</returns>
    /// <remarks>
    /// <para>Formula: fixed costs / contribution margin ratio. Unit: money of revenue over the period of the
    /// fixed costs. Direction: lower is better (less to sell before a profit).</para>
    /// <para>Undefined: a ratio of zero or less (<see cref="UndefinedReason.NeverBreaksEven"/>): sales add
    /// nothing to cover the fixed costs, or lose money, so no revenue breaks even, however large.</para>
    /// <para>Zero fixed costs break even at zero revenue. A ratio rounded for display (33.3 % for a third)
    /// moves the result: prefer the ratio as computed, or the form from the amounts,
    /// <see cref="BreakEvenRevenue(Money, Money, Money)"/>, exact whenever decimal can hold the result.</para>
    /// <para>Catalogue id <c>break_even_revenue</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The fixed costs are negative, or the ratio is above 100 % (the variable costs would be negative).</exception>
    /// <example>The shop's 10 800 € of monthly fixed costs at a 30 % contribution margin ratio break even at 36 000 € of
    /// monthly revenue: 30 % of 36 000 € is 10 800 €.</example>
    /// <example>
    /// <code>
    /// Profitability.BreakEvenRevenue(Money.Euros(10_800m), Rate.FromPercent(30m)).Value; // 36 000 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> BreakEvenRevenue(Money fixedCosts, Rate contributionMarginRatio)
    {
        Preconditions.NotNegative(fixedCosts);
        Preconditions.ArgumentInRange(contributionMarginRatio.Fraction <= 1m, contributionMarginRatio, nameof(contributionMarginRatio), "The contribution margin ratio must not be above 100 %, which would mean negative variable costs.");

        return contributionMarginRatio.Fraction <= 0m
            ? KpiResult.Undefined<Money>(KpiIds.BreakEvenRevenue, UndefinedReason.NeverBreaksEven, "'contributionMarginRatio' is zero or negative: sales never cover the fixed costs.")
            : KpiResult.Defined(KpiIds.BreakEvenRevenue, fixedCosts / contributionMarginRatio.Fraction);
    }

    /// <summary>
    /// Break-even revenue (« seuil de rentabilité ») from the period's amounts: fixed costs × revenue /
    /// (revenue − variable costs), the same as <see cref="BreakEvenRevenue(Money, Rate)"/> without
    /// rounding the ratio first.
    /// </summary>
    /// <param name="fixedCosts">The fixed costs of the period, not negative.</param>
    /// <param name="revenue">The revenue of a period (actual or budgeted), not negative, same currency.</param>
    /// <param name="variableCosts">The variable costs of that revenue, not negative, same currency.</param>
    /// <returns>The break-even revenue, exact whenever decimal can hold it; undefined when the revenue is zero or
    /// does not exceed the variable costs.</returns>
    /// <remarks>
    /// <para>Formula: fixed costs / ((revenue − variable costs) / revenue), computed as fixed costs × revenue /
    /// (revenue − variable costs). Unit: money. Direction: lower is better.</para>
    /// <para>Undefined: <paramref name="revenue"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>: no
    /// ratio exists); the variable costs are at least the revenue (<see cref="UndefinedReason.NeverBreaksEven"/>).</para>
    /// <para>Catalogue id <c>break_even_revenue</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <example>Fixed costs of 100 € and a revenue of 300 € with 200 € of variable costs (a ratio of one third)
    /// break even at exactly 300 €, where dividing by the ratio rounded to 28 digits gives
    /// 300.000...0003 €.</example>
    /// <example>
    /// <code>
    /// Profitability.BreakEvenRevenue(Money.Euros(10_800m), Money.Euros(48_000m), Money.Euros(33_600m)).Value; // 36 000 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> BreakEvenRevenue(Money fixedCosts, Money revenue, Money variableCosts)
    {
        Preconditions.NotNegative(fixedCosts);
        Preconditions.NotNegative(revenue);
        Preconditions.NotNegative(variableCosts);
        Preconditions.SameCurrency(fixedCosts, revenue, nameof(revenue));
        Preconditions.SameCurrency(fixedCosts, variableCosts, nameof(variableCosts));
        if (revenue.IsZero)
        {
            return KpiResult.Undefined<Money>(KpiIds.BreakEvenRevenue, UndefinedReason.ZeroDenominator, "'revenue' is zero: the contribution margin ratio does not exist.");
        }

        var margin = revenue.Amount - variableCosts.Amount;
        if (margin <= 0m)
        {
            return KpiResult.Undefined<Money>(KpiIds.BreakEvenRevenue, UndefinedReason.NeverBreaksEven, "'variableCosts' are at least 'revenue': sales never cover the fixed costs.");
        }

        // Multiplying first keeps the result exact; only a product beyond decimal's range divides first.
        var amount = fixedCosts.Amount <= decimal.MaxValue / revenue.Amount
            ? fixedCosts.Amount * revenue.Amount / margin
            : fixedCosts.Amount / margin * revenue.Amount;
        return KpiResult.Defined(KpiIds.BreakEvenRevenue, new Money(amount, fixedCosts.Currency));
    }

    /// <summary>
    /// Break-even units (« seuil de rentabilité en quantité »): how many units must be sold for their
    /// contribution to pay the fixed costs exactly.
    /// </summary>
    /// <param name="fixedCosts">The fixed costs of the period, not negative.</param>
    /// <param name="unitPrice">The selling price of one unit excluding taxes, not negative, same currency.</param>
    /// <param name="variableCostPerUnit">The variable cost of one unit, not negative, same currency.</param>
    /// <returns>fixed costs / (unit price − variable cost per unit) as an exact decimal number of units (277.77...,
    /// not rounded); undefined when a unit contributes nothing or loses money.</returns>
    /// <remarks>
    /// <para>Formula: fixed costs / (unit price − variable cost per unit), the fixed costs over the unit
    /// contribution margin (<see cref="ContributionMargin(Money, Money)"/> of one unit). Unit: units of product
    /// over the period of the fixed costs. Direction: lower is better.</para>
    /// <para><b>Whole units.</b> The result is exact and usually fractional. A business sells whole units and
    /// breaks even only once the fixed costs are covered, so the number to reach is the next whole number
    /// up: <c>decimal.Ceiling(units)</c> (<c>=ROUNDUP(x, 0)</c> in a sheet). The ceiling is the least whole
    /// number of units whose contribution covers the fixed costs; an exact whole result stays as it is.</para>
    /// <para>Undefined: the unit price does not exceed the variable cost per unit
    /// (<see cref="UndefinedReason.NeverBreaksEven"/>), whatever the fixed costs: selling more never turns a loss
    /// into a profit. With zero fixed costs and a unit that sells above its variable cost, the break-even
    /// is 0 units.</para>
    /// <para>Catalogue id <c>break_even_units</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <example>Orders at 120 € with 84 € of variable costs contribute 36 € each: 10 800 € of fixed costs need
    /// 300 orders exactly; 10 000 € need 277.77... orders, so 278 whole orders
    /// (<c>decimal.Ceiling</c>), whose 10 008 € of contribution is the first to cover them.</example>
    /// <example>
    /// <code>
    /// var units = Profitability.BreakEvenUnits(Money.Euros(10_000m), Money.Euros(120m), Money.Euros(84m)).Value; // 277.77...
    /// decimal.Ceiling(units);                                                                                     // 278 orders to sell
    /// </code>
    /// </example>
    public static KpiResult<decimal> BreakEvenUnits(Money fixedCosts, Money unitPrice, Money variableCostPerUnit)
    {
        Preconditions.NotNegative(fixedCosts);
        Preconditions.NotNegative(unitPrice);
        Preconditions.NotNegative(variableCostPerUnit);
        Preconditions.SameCurrency(fixedCosts, unitPrice, nameof(unitPrice));
        Preconditions.SameCurrency(fixedCosts, variableCostPerUnit, nameof(variableCostPerUnit));
        var unitMargin = unitPrice.Amount - variableCostPerUnit.Amount;
        return unitMargin <= 0m
            ? KpiResult.Undefined<decimal>(KpiIds.BreakEvenUnits, UndefinedReason.NeverBreaksEven, "'unitPrice' does not exceed 'variableCostPerUnit': no unit sold contributes to the fixed costs.")
            : KpiResult.Defined(KpiIds.BreakEvenUnits, fixedCosts.Amount / unitMargin);
    }

    /// <summary>
    /// Margin of safety (« indice de sécurité », the « marge de sécurité » over revenue): the share of
    /// revenue that could be lost before reaching the break-even point.
    /// </summary>
    /// <param name="revenue">The actual or budgeted revenue, not negative.</param>
    /// <param name="breakEvenRevenue">The break-even revenue of the same period, as from
    /// <see cref="BreakEvenRevenue(Money, Rate)"/>; not negative, same currency.</param>
    /// <returns>(revenue − break-even revenue) / revenue, exact to decimal precision; 0 % at break-even, negative
    /// below it, at most 100 %; undefined when the revenue is zero.</returns>
    /// <remarks>
    /// <para>Formula: (revenue − break-even revenue) / revenue. Unit: rate, a share of revenue. Direction:
    /// higher is better.</para>
    /// <para>A negative margin of safety is a valid answer: revenue is below break-even by that share of
    /// itself, and the period makes a loss. The amount, revenue − break-even revenue, is
    /// <see cref="MarginOfSafetyAmount(Money, Money)"/>.</para>
    /// <para>Undefined: <paramref name="revenue"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>). When the
    /// break-even revenue itself is undefined (sales never break even), so is this: pass only a defined one.</para>
    /// <para>Catalogue id <c>margin_of_safety</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the break-even revenue is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The two amounts are in different currencies.</exception>
    /// <example>The shop sells 48 000 € a month and breaks even at 36 000 €: its margin of safety is 12 000 €, 25 % of
    /// its revenue; sales may fall by a quarter before it loses money. A month at 30 000 € is 6 000 € short of
    /// break-even: −20 %.</example>
    /// <example>
    /// <code>
    /// Profitability.MarginOfSafety(Money.Euros(48_000m), Money.Euros(36_000m)).Value; // 25 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> MarginOfSafety(Money revenue, Money breakEvenRevenue)
    {
        var amount = MarginOfSafetyAmount(revenue, breakEvenRevenue);
        return revenue.IsZero
            ? KpiResult.Undefined<Rate>(KpiIds.MarginOfSafety, UndefinedReason.ZeroDenominator, "'revenue' is zero: no share of sales exists.")
            : KpiResult.Defined(KpiIds.MarginOfSafety, Rate.FromFraction(amount.Amount / revenue.Amount));
    }

    /// <summary>
    /// Margin of safety in money (« marge de sécurité »): how much revenue could be lost before reaching
    /// the break-even point.
    /// </summary>
    /// <param name="revenue">The actual or budgeted revenue, not negative.</param>
    /// <param name="breakEvenRevenue">The break-even revenue of the same period, not negative, same currency.</param>
    /// <returns>revenue − break-even revenue, exact; negative below break-even.</returns>
    /// <remarks>
    /// <para>Formula: revenue − break-even revenue. Unit: money. Direction: higher is better. Never undefined.</para>
    /// <para>The share of revenue is <see cref="MarginOfSafety(Money, Money)"/>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the break-even revenue is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The two amounts are in different currencies.</exception>
    /// <example>48 000 € of revenue against a break-even of 36 000 € leaves 12 000 € of margin of safety; 30 000 € is
    /// −6 000 €, the revenue still missing.</example>
    /// <example>
    /// <code>
    /// Profitability.MarginOfSafetyAmount(Money.Euros(48_000m), Money.Euros(36_000m)); // 12 000 EUR
    /// </code>
    /// </example>
    public static Money MarginOfSafetyAmount(Money revenue, Money breakEvenRevenue)
    {
        Preconditions.NotNegative(revenue);
        Preconditions.NotNegative(breakEvenRevenue);
        Preconditions.SameCurrency(revenue, breakEvenRevenue, nameof(breakEvenRevenue));
        return revenue - breakEvenRevenue;
    }
}
