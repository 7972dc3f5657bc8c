using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.REVENUE</c>: the catalogue's <see cref="KpiIds.Revenue"/>, the sum of a range of won amounts.</summary>
    /// <param name="wonAmounts">The amount of each won deal or order (a range), none negative.</param>
    /// <returns>The exact sum in the sheet's currency, 0 for a range with no amount; <c>#VALUE!</c> for a negative amount.</returns>
    [WorksheetFunction("KPI.REVENUE", KpiId = KpiIds.Revenue)]
    public static object Revenue(object?[,] wonAmounts) =>
        Run(() => Out(SalesValue.Revenue([.. Cells.List(wonAmounts, RangeOf.Numbers, Cells.Amount)], Currency.XXX)));

    /// <summary>
    /// <c>KPI.AVERAGE_ORDER_VALUE</c>: the catalogue's <see cref="KpiIds.AverageOrderValue"/>, from a total and
    /// a count, or from the amount of each order.
    /// </summary>
    /// <param name="revenue">The revenue of the period, or a range of order amounts (summed).</param>
    /// <param name="orders">The number of orders; optional: when left out, the number of amounts in revenue, so that a range of amounts gives their mean.</param>
    /// <returns>The mean amount per order, in the sheet's currency; <c>#DIV/0!</c> for no order.</returns>
    [WorksheetFunction("KPI.AVERAGE_ORDER_VALUE", KpiId = KpiIds.AverageOrderValue)]
    public static object AverageOrderValue(object? revenue, [Optional] object? orders) =>
        Run(() =>
        {
            var (total, count) = TotalAndCount(revenue, orders);
            return Out(SalesValue.AverageOrderValue(Cells.Money(total), count));
        });

    /// <summary>
    /// <c>KPI.AVERAGE_DEAL_SIZE</c>: the catalogue's <see cref="KpiIds.AverageDealSize"/>, from a total and a
    /// count, or from the amount of each won deal.
    /// </summary>
    /// <param name="wonRevenue">The revenue of the won deals, or a range of won deal amounts (summed).</param>
    /// <param name="wonDeals">The number of won deals; optional: the number of amounts in won_revenue when left out.</param>
    /// <returns>The mean amount per won deal, in the sheet's currency; <c>#DIV/0!</c> for no deal.</returns>
    [WorksheetFunction("KPI.AVERAGE_DEAL_SIZE", KpiId = KpiIds.AverageDealSize)]
    public static object AverageDealSize(object? wonRevenue, [Optional] object? wonDeals) =>
        Run(() =>
        {
            var (total, count) = TotalAndCount(wonRevenue, wonDeals);
            return Out(SalesValue.AverageDealSize(Cells.Money(total), count));
        });

    /// <summary><c>KPI.CUSTOMER_LIFETIME_VALUE</c>: the catalogue's <see cref="KpiIds.CustomerLifetimeValue"/> in a cell.</summary>
    /// <param name="averageBasket">The average amount of one purchase (or the yearly spend, with 1 purchase a year), not negative.</param>
    /// <param name="purchasesPerYear">Purchases per customer per year, may be fractional, not negative.</param>
    /// <param name="relationshipYears">The average length of the relationship in years, may be fractional, not negative.</param>
    /// <returns>The lifetime value in the sheet's currency; <c>#NUM!</c> on overflow.</returns>
    [WorksheetFunction("KPI.CUSTOMER_LIFETIME_VALUE", KpiId = KpiIds.CustomerLifetimeValue)]
    public static object CustomerLifetimeValue(object? averageBasket, object? purchasesPerYear, object? relationshipYears) =>
        Run(() => Out(SalesValue.CustomerLifetimeValue(Cells.Amount(averageBasket), Cells.NotNegative(purchasesPerYear), Cells.NotNegative(relationshipYears))));

    /// <summary><c>KPI.ADDITIONAL_REVENUE_FROM_CAPACITY</c>: the catalogue's <see cref="KpiIds.AdditionalRevenueFromCapacity"/> in a cell.</summary>
    /// <param name="unitsBefore"><inheritdoc cref="CapacityIncrease(object?, object?)"/></param>
    /// <param name="unitsAfter"><inheritdoc cref="CapacityIncrease(object?, object?)"/></param>
    /// <param name="averageBasket">The average revenue of one unit, not negative.</param>
    /// <returns>The extra revenue per period, (units after - units before) x average basket; negative when capacity fell.</returns>
    [WorksheetFunction("KPI.ADDITIONAL_REVENUE_FROM_CAPACITY", KpiId = KpiIds.AdditionalRevenueFromCapacity)]
    public static object AdditionalRevenueFromCapacity(object? unitsBefore, object? unitsAfter, object? averageBasket) =>
        Run(() => Out(SalesValue.AdditionalRevenueFromCapacity(Cells.NotNegative(unitsBefore), Cells.NotNegative(unitsAfter), Cells.Amount(averageBasket))));

    /// <summary>
    /// The total of a "total or range" argument (a number, or a range whose numbers are summed) and the
    /// count to divide it by: the given count, or, when left out, the number of values.
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

    /// <summary>
    /// The values of a "number or range" argument: a range's numbers (what a range ignores skipped), or one
    /// value read as a direct argument (none for a blank cell).
    /// </summary>
    private static List<T> ValuesOf<T>(object? numberOrRange, Func<object?, T> read)
    {
        if (numberOrRange is Array)
        {
            return Cells.List(numberOrRange, RangeOf.Numbers, read);
        }

        if (Cells.IsMissing(numberOrRange))
        {
            throw new CellException(WorksheetErrors.Value);
        }

        return Cells.IsBlank(numberOrRange) ? [] : [read(numberOrRange)];
    }
}
