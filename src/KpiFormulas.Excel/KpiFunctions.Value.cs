using System;
using System.Collections.Generic;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.REVENUE</c>: the sum of the won amounts of a range (catalogue id <c>revenue</c>).</summary>
    /// <param name="wonAmounts">The amount of each won deal or order; blank cells are skipped; none negative.</param>
    /// <returns>The exact sum in the sheet's currency (0 for a range with no amount); <c>#VALUE!</c> for a negative amount or text.</returns>
    [WorksheetFunction("KPI.REVENUE", "Revenue generated: the sum of the won amounts, in the sheet's currency.")]
    public static object Revenue(
        [WorksheetArgument("won_amounts", "The amount of each won deal or order (a range; blank cells skipped).")] object[,] wonAmounts) =>
        Run(() => Out(SalesValue.Revenue([.. Cells.List(wonAmounts, Cells.Amount)], Currency.XXX)));

    /// <summary>
    /// <c>KPI.AVERAGE_ORDER_VALUE</c>: revenue / orders (catalogue id <c>average_order_value</c>), from a
    /// total and a count, or from the amount of each order.
    /// </summary>
    /// <param name="revenue">The revenue of the period, or a range of order amounts (summed, blank cells skipped).</param>
    /// <param name="orders">The number of orders; optional: when left out, the number of amounts in <paramref name="revenue"/>, so that a range of order amounts gives their mean.</param>
    /// <returns>The mean amount per order; <c>#DIV/0!</c> for no order.</returns>
    [WorksheetFunction("KPI.AVERAGE_ORDER_VALUE", "Average order value: revenue / orders; with a range of order amounts and no count, their mean.")]
    public static object AverageOrderValue(
        [WorksheetArgument("revenue", "The revenue of the period, or a range of order amounts.")] object revenue,
        [WorksheetArgument("orders", "The number of orders; optional, the number of amounts when left out.")] object orders) =>
        Run(() =>
        {
            var (total, count) = TotalAndCount(revenue, orders);
            return Out(SalesValue.AverageOrderValue(Cells.Money(total), count));
        });

    /// <summary>
    /// <c>KPI.AVERAGE_DEAL_SIZE</c>: won revenue / won deals (catalogue id <c>average_deal_size</c>), from a
    /// total and a count, or from the amount of each won deal.
    /// </summary>
    /// <param name="wonRevenue">The revenue of the won deals, or a range of won deal amounts (summed, blank cells skipped).</param>
    /// <param name="wonDeals">The number of won deals; optional: the number of amounts when left out.</param>
    /// <returns>The mean amount per won deal; <c>#DIV/0!</c> for no deal.</returns>
    [WorksheetFunction("KPI.AVERAGE_DEAL_SIZE", "Average deal size: won revenue / won deals; with a range of deal amounts and no count, their mean.")]
    public static object AverageDealSize(
        [WorksheetArgument("won_revenue", "The revenue of the won deals, or a range of won deal amounts.")] object wonRevenue,
        [WorksheetArgument("won_deals", "The number of won deals; optional, the number of amounts when left out.")] object wonDeals) =>
        Run(() =>
        {
            var (total, count) = TotalAndCount(wonRevenue, wonDeals);
            return Out(SalesValue.AverageDealSize(Cells.Money(total), count));
        });

    /// <summary>
    /// <c>KPI.CUSTOMER_LIFETIME_VALUE</c>: average basket x purchases per year x relationship years
    /// (catalogue id <c>customer_lifetime_value</c>). For a yearly spend, give 1 purchase a year.
    /// </summary>
    /// <param name="averageBasket">The average amount of one purchase, not negative.</param>
    /// <param name="purchasesPerYear">Purchases per customer per year, may be fractional, not negative.</param>
    /// <param name="relationshipYears">The average relationship length in years, may be fractional, not negative.</param>
    /// <returns>The lifetime value in the sheet's currency; <c>#NUM!</c> on overflow.</returns>
    [WorksheetFunction("KPI.CUSTOMER_LIFETIME_VALUE", "Customer lifetime value: average basket x purchases per year x relationship years.")]
    public static object CustomerLifetimeValue(
        [WorksheetArgument("average_basket", "The average amount of one purchase (or the yearly spend with purchases_per_year = 1).")] object averageBasket,
        [WorksheetArgument("purchases_per_year", "Purchases per customer per year (may be fractional).")] object purchasesPerYear,
        [WorksheetArgument("relationship_years", "The average length of the relationship, in years (may be fractional).")] object relationshipYears) =>
        Run(() => Out(SalesValue.CustomerLifetimeValue(Cells.Amount(averageBasket), Cells.NotNegative(purchasesPerYear), Cells.NotNegative(relationshipYears))));

    /// <summary>
    /// <c>KPI.ADDITIONAL_REVENUE_FROM_CAPACITY</c>: (units after − units before) x average basket
    /// (catalogue id <c>additional_revenue_from_capacity</c>).
    /// </summary>
    /// <param name="unitsBefore">Units handled per period before, not negative.</param>
    /// <param name="unitsAfter">Units handled per period after, not negative.</param>
    /// <param name="averageBasket">The average revenue of one unit, not negative.</param>
    /// <returns>The extra revenue per period; negative when capacity fell.</returns>
    [WorksheetFunction("KPI.ADDITIONAL_REVENUE_FROM_CAPACITY", "Additional revenue from added capacity: (units after - units before) x average basket.")]
    public static object AdditionalRevenueFromCapacity(
        [WorksheetArgument("units_before", "Units (clients, projects) handled per period before.")] object unitsBefore,
        [WorksheetArgument("units_after", "Units handled per period after.")] object unitsAfter,
        [WorksheetArgument("average_basket", "The average revenue of one unit.")] object averageBasket) =>
        Run(() => Out(SalesValue.AdditionalRevenueFromCapacity(Cells.NotNegative(unitsBefore), Cells.NotNegative(unitsAfter), Cells.Amount(averageBasket))));

    /// <summary>
    /// The total of a "total or range" argument (a number, or a range whose non-blank cells are summed)
    /// and the count to divide it by: the given count, or, when left out, the number of values.
    /// </summary>
    private static (decimal Total, long Count) TotalAndCount(object? totalOrValues, object? count)
    {
        var values = ValuesOf(totalOrValues, Cells.NotNegative);
        var total = 0m;
        foreach (var value in values)
        {
            total += value;
        }

        return (total, Cells.CountOr(count, values.Count));
    }

    /// <summary>The values of a "number or range" argument: a range's non-blank cells, or one value (none for a blank cell).</summary>
    private static List<T> ValuesOf<T>(object? numberOrRange, Func<object?, T> read)
    {
        if (numberOrRange is Array)
        {
            return Cells.List(numberOrRange, read);
        }

        if (Cells.IsMissing(numberOrRange))
        {
            throw new CellException(WorksheetErrors.Value);
        }

        return Cells.List(Cells.IsBlank(numberOrRange) ? new object?[] { null } : numberOrRange, read);
    }
}
