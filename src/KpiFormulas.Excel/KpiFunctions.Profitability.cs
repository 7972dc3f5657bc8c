using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.GROSS_MARGIN_RATE</c>: the catalogue's <see cref="KpiIds.GrossMarginRate"/> in a cell.</summary>
    /// <param name="revenue">Revenue excluding taxes, or one selling price, not negative.</param>
    /// <param name="costOfGoodsSold">What the goods sold cost, or one item's cost, not negative.</param>
    /// <returns>The margin as a fraction of revenue (0.375 for 37.5%), negative when selling below cost; <c>#DIV/0!</c> for no revenue.</returns>
    [WorksheetFunction("KPI.GROSS_MARGIN_RATE", KpiId = KpiIds.GrossMarginRate)]
    public static object GrossMarginRate(object? revenue, object? costOfGoodsSold) =>
        Run(() => Out(Profitability.GrossMarginRate(Cells.Amount(revenue), Cells.Amount(costOfGoodsSold))));

    /// <summary><c>KPI.GROSS_MARGIN_RATE_FROM_MARKUP</c>: the catalogue's <see cref="KpiIds.GrossMarginRate"/> from a markup on the cost.</summary>
    /// <param name="markupRate">A markup on the cost as a fraction (0.25 for 25%), not below -1.</param>
    /// <returns>The margin on the selling price, markup / (1 + markup), as a fraction (0.2 for a markup of 0.25); <c>#DIV/0!</c> for a markup of -1 (a price of zero); <c>#NUM!</c> below -1.</returns>
    [WorksheetFunction("KPI.GROSS_MARGIN_RATE_FROM_MARKUP", KpiId = KpiIds.GrossMarginRate)]
    public static object GrossMarginRateFromMarkup(object? markupRate) =>
        Run(() => Out(Profitability.GrossMarginRateFromMarkup(RateNotBelowMinusOne(markupRate))));

    /// <summary><c>KPI.CONTRIBUTION_MARGIN</c>: the catalogue's <see cref="KpiIds.ContributionMargin"/> in a cell, for a period or for one unit.</summary>
    /// <param name="revenue">Revenue excluding taxes, or one unit's price, not negative.</param>
    /// <param name="variableCosts">The costs that grow with sales (goods, shipping, fees), or one unit's variable cost, not negative.</param>
    /// <returns>The contribution margin in the sheet's currency; negative when the variable costs exceed the revenue.</returns>
    [WorksheetFunction("KPI.CONTRIBUTION_MARGIN", KpiId = KpiIds.ContributionMargin)]
    public static object ContributionMargin(object? revenue, object? variableCosts) =>
        Run(() => Out(Profitability.ContributionMargin(Cells.Amount(revenue), Cells.Amount(variableCosts))));

    /// <summary>
    /// <c>KPI.CONTRIBUTION_MARGIN_RATIO</c>: the contribution margin as a share of revenue, (revenue -
    /// variable costs) / revenue, the ratio that KPI.BREAK_EVEN_REVENUE takes.
    /// </summary>
    /// <inheritdoc cref="ContributionMargin(object?, object?)" path="/param"/>
    /// <returns>The ratio as a fraction (0.3 for 30%), negative when each sale loses money; <c>#DIV/0!</c> for no revenue.</returns>
    [WorksheetFunction("KPI.CONTRIBUTION_MARGIN_RATIO")]
    public static object ContributionMarginRatio(object? revenue, object? variableCosts) =>
        Run(() => Out(Profitability.ContributionMarginRatio(Cells.Amount(revenue), Cells.Amount(variableCosts))));

    /// <summary><c>KPI.MARKUP_RATE</c>: the catalogue's <see cref="KpiIds.MarkupRate"/> in a cell.</summary>
    /// <param name="price">The selling price excluding taxes, or the revenue of a period, not negative.</param>
    /// <param name="cost">The cost of what is sold, not negative.</param>
    /// <returns>The markup as a fraction of the cost (0.25 for 25%), negative when selling below cost; <c>#DIV/0!</c> for a cost of zero.</returns>
    [WorksheetFunction("KPI.MARKUP_RATE", KpiId = KpiIds.MarkupRate)]
    public static object MarkupRate(object? price, object? cost) =>
        Run(() => Out(Profitability.MarkupRate(Cells.Amount(price), Cells.Amount(cost))));

    /// <summary><c>KPI.MARKUP_RATE_FROM_GROSS_MARGIN</c>: the catalogue's <see cref="KpiIds.MarkupRate"/> that a margin on the selling price needs.</summary>
    /// <param name="grossMarginRate">A margin on the selling price as a fraction (0.4 for 40%), not above 1; may be negative.</param>
    /// <returns>The markup on the cost, margin / (1 - margin), as a fraction (0.6667 for a margin of 0.4); <c>#DIV/0!</c> for a margin of 1 (a cost of zero); <c>#NUM!</c> above 1.</returns>
    [WorksheetFunction("KPI.MARKUP_RATE_FROM_GROSS_MARGIN", KpiId = KpiIds.MarkupRate)]
    public static object MarkupRateFromGrossMargin(object? grossMarginRate) =>
        Run(() => Out(Profitability.MarkupRateFromGrossMargin(RateNotAboveOne(grossMarginRate))));

    /// <summary><c>KPI.BREAK_EVEN_REVENUE</c>: the catalogue's <see cref="KpiIds.BreakEvenRevenue"/> in a cell.</summary>
    /// <param name="fixedCosts">The fixed costs of the period (rent, salaries, subscriptions), not negative.</param>
    /// <param name="contributionMarginRatio">The contribution margin as a fraction of revenue (see KPI.CONTRIBUTION_MARGIN_RATIO), not above 1.</param>
    /// <returns>The break-even revenue in the sheet's currency; <c>#NUM!</c> for a ratio of 0 or less (sales never cover the fixed costs) or above 1.</returns>
    [WorksheetFunction("KPI.BREAK_EVEN_REVENUE", KpiId = KpiIds.BreakEvenRevenue)]
    public static object BreakEvenRevenue(object? fixedCosts, object? contributionMarginRatio) =>
        Run(() => Out(Profitability.BreakEvenRevenue(Cells.Amount(fixedCosts), RateNotAboveOne(contributionMarginRatio))));

    /// <summary><c>KPI.BREAK_EVEN_UNITS</c>: the catalogue's <see cref="KpiIds.BreakEvenUnits"/> in a cell.</summary>
    /// <param name="fixedCosts"><inheritdoc cref="BreakEvenRevenue(object?, object?)"/></param>
    /// <param name="unitPrice">The selling price of one unit excluding taxes, not negative.</param>
    /// <param name="variableCostPerUnit">The variable cost of one unit, not negative.</param>
    /// <returns>The units, not rounded (277.78: ROUNDUP(x, 0) gives the 278 to sell); <c>#NUM!</c> when the price does not exceed the variable cost.</returns>
    [WorksheetFunction("KPI.BREAK_EVEN_UNITS", KpiId = KpiIds.BreakEvenUnits)]
    public static object BreakEvenUnits(object? fixedCosts, object? unitPrice, object? variableCostPerUnit) =>
        Run(() => Out(Profitability.BreakEvenUnits(Cells.Amount(fixedCosts), Cells.Amount(unitPrice), Cells.Amount(variableCostPerUnit))));

    /// <summary><c>KPI.MARGIN_OF_SAFETY</c>: the catalogue's <see cref="KpiIds.MarginOfSafety"/> in a cell.</summary>
    /// <param name="revenue">The actual or budgeted revenue, not negative.</param>
    /// <param name="breakEvenRevenue">The break-even revenue of the same period (see KPI.BREAK_EVEN_REVENUE), not negative.</param>
    /// <returns>The share of revenue above break-even as a fraction (0.25 for 25%), negative below break-even; <c>#DIV/0!</c> for no revenue.</returns>
    [WorksheetFunction("KPI.MARGIN_OF_SAFETY", KpiId = KpiIds.MarginOfSafety)]
    public static object MarginOfSafety(object? revenue, object? breakEvenRevenue) =>
        Run(() => Out(Profitability.MarginOfSafety(Cells.Amount(revenue), Cells.Amount(breakEvenRevenue))));

    /// <summary>A margin on the price or a contribution margin ratio: any sign, at most 1 (<c>#NUM!</c> above: the cost would be negative).</summary>
    private static Rate RateNotAboveOne(object? value)
    {
        var rate = Cells.Rate(value);
        return rate.Fraction > 1m ? throw new CellException(WorksheetErrors.Number) : rate;
    }

    /// <summary>A markup on the cost: at least -1 (<c>#NUM!</c> below: the price would be negative).</summary>
    private static Rate RateNotBelowMinusOne(object? value)
    {
        var rate = Cells.Rate(value);
        return rate.Fraction < -1m ? throw new CellException(WorksheetErrors.Number) : rate;
    }
}
