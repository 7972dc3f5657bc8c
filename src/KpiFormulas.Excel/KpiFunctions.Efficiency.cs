using System.Runtime.InteropServices;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.SALES_CYCLE_LENGTH</c>: the catalogue's <see cref="KpiIds.SalesCycleLength"/>, from two ranges of dates.</summary>
    /// <param name="firstContact">The first-contact date of each won deal: a range of dates (the time of day is ignored).</param>
    /// <param name="closed">The closing date of the same deal: a range of the same shape, not before its first contact.</param>
    /// <returns>The mean cycle in days (45 is 45 days); <c>#DIV/0!</c> for no deal; <c>#VALUE!</c> for a deal closed before its first contact.</returns>
    [WorksheetFunction("KPI.SALES_CYCLE_LENGTH", KpiId = KpiIds.SalesCycleLength)]
    public static object SalesCycleLength(object?[,] firstContact, object?[,] closed) =>
        Run(() =>
        {
            var (first, last) = Cells.Pairs(firstContact, RangeOf.Numbers, Cells.Day, closed, RangeOf.Numbers, Cells.Day);
            return OutDays(Efficiency.SalesCycleLength(first.ToArray(), last.ToArray()));
        });

    /// <summary><c>KPI.LTV_TO_CAC</c>: the catalogue's <see cref="KpiIds.LtvToCac"/> in a cell.</summary>
    /// <param name="lifetimeValue">The customer lifetime value, not negative.</param>
    /// <param name="acquisitionCost">The customer acquisition cost, not negative.</param>
    /// <returns>x of the ratio x:1 (3 for 3:1); <c>#DIV/0!</c> for a zero cost.</returns>
    [WorksheetFunction("KPI.LTV_TO_CAC", KpiId = KpiIds.LtvToCac)]
    public static object LtvToCac(object? lifetimeValue, object? acquisitionCost) =>
        Run(() => Out(Efficiency.LifetimeValueToAcquisitionCost(Cells.Amount(lifetimeValue), Cells.Amount(acquisitionCost))));

    /// <summary>
    /// <c>KPI.AVERAGE_HANDLING_TIME</c>: the catalogue's <see cref="KpiIds.AverageHandlingTime"/>, from a total
    /// and a count, or from each item's time.
    /// </summary>
    /// <param name="totalProcessingTime">The total processing time as an Excel duration, or a range of each item's time.</param>
    /// <param name="itemsProcessed">The items processed; optional: the number of times when left out.</param>
    /// <returns>The mean time per item as an Excel duration; <c>#DIV/0!</c> for no item.</returns>
    [WorksheetFunction("KPI.AVERAGE_HANDLING_TIME", KpiId = KpiIds.AverageHandlingTime)]
    public static object AverageHandlingTime(object? totalProcessingTime, [Optional] object? itemsProcessed) =>
        Run(() =>
        {
            var (total, count) = TotalAndCount(totalProcessingTime, itemsProcessed);
            return OutDays(Efficiency.AverageHandlingTime(Cells.Days(total), count));
        });

    /// <summary><c>KPI.AVERAGE_RESPONSE_TIME</c>: the catalogue's <see cref="KpiIds.AverageResponseTime"/> in a cell.</summary>
    /// <param name="totalTimeToFirstResponse">The summed time to first response, as an Excel duration (4:00 is 1/6).</param>
    /// <param name="requests">The requests answered: a whole number.</param>
    /// <returns>The mean time to first response as an Excel duration; <c>#DIV/0!</c> for no request.</returns>
    [WorksheetFunction("KPI.AVERAGE_RESPONSE_TIME", KpiId = KpiIds.AverageResponseTime)]
    public static object AverageResponseTime(object? totalTimeToFirstResponse, object? requests) =>
        Run(() => OutDays(Efficiency.AverageResponseTime(Cells.Days(totalTimeToFirstResponse), Cells.Count(requests))));

    /// <summary><c>KPI.SELF_SERVICE_RATE</c>: the catalogue's <see cref="KpiIds.SelfServiceRate"/> in a cell.</summary>
    /// <param name="resolvedWithoutHuman">Tickets resolved with no human intervention: a whole number.</param>
    /// <param name="tickets">All tickets of the period: a whole number.</param>
    /// <returns>The share as a fraction; <c>#DIV/0!</c> for no ticket.</returns>
    [WorksheetFunction("KPI.SELF_SERVICE_RATE", KpiId = KpiIds.SelfServiceRate)]
    public static object SelfServiceRate(object? resolvedWithoutHuman, object? tickets) =>
        Share(Efficiency.SelfServiceRate, resolvedWithoutHuman, tickets);

    /// <summary><c>KPI.FOLLOW_UPS_PER_INVOICE</c>: the catalogue's <see cref="KpiIds.FollowUpsPerInvoice"/> in a cell.</summary>
    /// <param name="reminderCalls">Reminder calls made in the period: a whole number.</param>
    /// <param name="invoices">Invoices issued in the period: a whole number.</param>
    /// <returns>Calls per invoice (1.2, not rounded); <c>#DIV/0!</c> for no invoice.</returns>
    [WorksheetFunction("KPI.FOLLOW_UPS_PER_INVOICE", KpiId = KpiIds.FollowUpsPerInvoice)]
    public static object FollowUpsPerInvoice(object? reminderCalls, object? invoices) =>
        Run(() => Out(Efficiency.FollowUpsPerInvoice(Cells.Count(reminderCalls), Cells.Count(invoices))));
}
