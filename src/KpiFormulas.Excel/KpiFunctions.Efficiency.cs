using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary>
    /// <c>KPI.SALES_CYCLE_LENGTH</c>: the mean number of days from first contact to closing over the won
    /// deals, from two ranges of dates (catalogue id <c>sales_cycle_length</c>).
    /// </summary>
    /// <param name="firstContact">The first-contact date of each won deal (the time of day is ignored).</param>
    /// <param name="closed">The closing date of the same deal, a range of the same shape; not before its first contact.</param>
    /// <returns>The mean cycle in days (an Excel duration: 45 is 45 days); <c>#DIV/0!</c> for no deal; <c>#VALUE!</c> for a deal closed before its first contact.</returns>
    [WorksheetFunction("KPI.SALES_CYCLE_LENGTH", "Sales cycle length: mean days from first contact to closing over the won deals.")]
    public static object SalesCycleLength(
        [WorksheetArgument("first_contact", "The first-contact date of each won deal (a range of dates).")] object[,] firstContact,
        [WorksheetArgument("closed", "The closing date of the same deal (a range of the same shape).")] object[,] closed) =>
        Run(() =>
        {
            var (first, last) = Cells.Pairs(firstContact, Cells.Day, closed, Cells.Day);
            return OutDays(Efficiency.SalesCycleLength(first.ToArray(), last.ToArray()));
        });

    /// <summary><c>KPI.LTV_TO_CAC</c>: lifetime value / acquisition cost, x of x : 1 (catalogue id <c>ltv_to_cac</c>).</summary>
    /// <param name="lifetimeValue">The customer lifetime value, not negative.</param>
    /// <param name="acquisitionCost">The customer acquisition cost, not negative.</param>
    /// <returns>x (3 for 3 : 1); <c>#DIV/0!</c> for a zero cost.</returns>
    [WorksheetFunction("KPI.LTV_TO_CAC", "LTV/CAC ratio: lifetime value / acquisition cost, as x of x:1.")]
    public static object LtvToCac(
        [WorksheetArgument("lifetime_value", "The customer lifetime value.")] object lifetimeValue,
        [WorksheetArgument("acquisition_cost", "The customer acquisition cost.")] object acquisitionCost) =>
        Run(() => Out(Efficiency.LifetimeValueToAcquisitionCost(Cells.Amount(lifetimeValue), Cells.Amount(acquisitionCost))));

    /// <summary>
    /// <c>KPI.AVERAGE_HANDLING_TIME</c>: total processing time / items processed, in Excel time (catalogue
    /// id <c>average_handling_time</c>), from a total and a count or from each item's time.
    /// </summary>
    /// <param name="totalProcessingTime">The total processing time as an Excel duration, or a range of each item's time (blank cells skipped).</param>
    /// <param name="itemsProcessed">The items processed; optional: the number of times when left out.</param>
    /// <returns>The mean time per item as an Excel duration; <c>#DIV/0!</c> for no item.</returns>
    [WorksheetFunction("KPI.AVERAGE_HANDLING_TIME", "Average handling time: total processing time / items, as an Excel duration; with a range of times and no count, their mean.")]
    public static object AverageHandlingTime(
        [WorksheetArgument("total_processing_time", "The total processing time (Excel duration), or a range of each item's time.")] object totalProcessingTime,
        [WorksheetArgument("items_processed", "The items processed; optional, the number of times when left out.")] object itemsProcessed) =>
        Run(() =>
        {
            var (total, count) = TotalAndCount(totalProcessingTime, itemsProcessed);
            return OutDays(Efficiency.AverageHandlingTime(Cells.Days(total), count));
        });

    /// <summary>
    /// <c>KPI.AVERAGE_RESPONSE_TIME</c>: total time to first response / requests, in Excel time
    /// (catalogue id <c>average_response_time</c>).
    /// </summary>
    /// <param name="totalTimeToFirstResponse">The summed time to first response, as an Excel duration (4:00 is 1/6).</param>
    /// <param name="requests">The requests answered.</param>
    /// <returns>The mean time to first response as an Excel duration; <c>#DIV/0!</c> for no request.</returns>
    [WorksheetFunction("KPI.AVERAGE_RESPONSE_TIME", "Average response time: total time to first response / requests, as an Excel duration.")]
    public static object AverageResponseTime(
        [WorksheetArgument("total_time_to_first_response", "The summed time to first response (Excel duration).")] object totalTimeToFirstResponse,
        [WorksheetArgument("requests", "The requests answered (a whole number).")] object requests) =>
        Run(() => OutDays(Efficiency.AverageResponseTime(Cells.Days(totalTimeToFirstResponse), Cells.Count(requests))));

    /// <summary><c>KPI.SELF_SERVICE_RATE</c>: tickets resolved with no human / tickets (catalogue id <c>self_service_rate</c>).</summary>
    /// <param name="resolvedWithoutHuman">Tickets resolved with no human intervention.</param>
    /// <param name="tickets">All tickets of the period.</param>
    /// <returns>The share as a fraction; <c>#DIV/0!</c> for no ticket.</returns>
    [WorksheetFunction("KPI.SELF_SERVICE_RATE", "Share of tickets resolved with no human: resolved without human / tickets, as a fraction.")]
    public static object SelfServiceRate(
        [WorksheetArgument("resolved_without_human", "Tickets resolved with no human intervention (a whole number).")] object resolvedWithoutHuman,
        [WorksheetArgument("tickets", "All tickets of the period (a whole number).")] object tickets) =>
        Share(Efficiency.SelfServiceRate, resolvedWithoutHuman, tickets);

    /// <summary><c>KPI.FOLLOW_UPS_PER_INVOICE</c>: reminder calls / invoices (catalogue id <c>follow_ups_per_invoice</c>).</summary>
    /// <param name="reminderCalls">Reminder calls made in the period.</param>
    /// <param name="invoices">Invoices issued in the period.</param>
    /// <returns>Calls per invoice (1.2, not rounded); <c>#DIV/0!</c> for no invoice.</returns>
    [WorksheetFunction("KPI.FOLLOW_UPS_PER_INVOICE", "Reminder calls per invoice: reminder calls / invoices.")]
    public static object FollowUpsPerInvoice(
        [WorksheetArgument("reminder_calls", "Reminder calls made in the period (a whole number).")] object reminderCalls,
        [WorksheetArgument("invoices", "Invoices issued in the period (a whole number).")] object invoices) =>
        Run(() => Out(Efficiency.FollowUpsPerInvoice(Cells.Count(reminderCalls), Cells.Count(invoices))));
}
