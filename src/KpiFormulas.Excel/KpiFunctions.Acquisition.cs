using System;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary>
    /// <c>KPI.CAC</c>: customer acquisition cost, (sales costs + marketing costs) / new customers
    /// (catalogue id <c>cac</c>, <see cref="Acquisition.CustomerAcquisitionCost(Money, Money, long)"/>).
    /// </summary>
    /// <param name="salesCosts">Sales costs of the period, not negative; blank is 0.</param>
    /// <param name="marketingCosts">Marketing costs of the same period, not negative; optional, 0 when left out (put every cost in <paramref name="salesCosts"/>).</param>
    /// <param name="newCustomers">New customers acquired in the period: a whole number, not negative.</param>
    /// <returns>The cost per new customer in the sheet's currency; <c>#DIV/0!</c> for no new customer.</returns>
    [WorksheetFunction("KPI.CAC", "Customer acquisition cost: (sales costs + marketing costs) / new customers, in the sheet's currency.")]
    public static object Cac(
        [WorksheetArgument("sales_costs", "Sales costs of the period (salaries, commissions, tools, events).")] object salesCosts,
        [WorksheetArgument("marketing_costs", "Marketing costs of the same period; optional, 0 when left out.")] object marketingCosts,
        [WorksheetArgument("new_customers", "New customers acquired in the period (a whole number).")] object newCustomers) =>
        Run(() => Out(Acquisition.CustomerAcquisitionCost(Cells.Amount(salesCosts), Cells.AmountOr(marketingCosts, 0m), Cells.Count(newCustomers))));

    /// <summary>
    /// <c>KPI.CAC_BY_CHANNEL</c>: the CAC of each channel, spend / new customers cell by cell
    /// (catalogue id <c>cac_by_channel</c>): an array the shape of the ranges, which spills in Excel 365.
    /// </summary>
    /// <param name="spendByChannel">The spend of each channel.</param>
    /// <param name="newCustomersByChannel">The new customers of each channel, a range of the same shape.</param>
    /// <returns>
    /// An array of the ranges' shape: each channel's CAC, or its own error (<c>#DIV/0!</c> for a channel with
    /// no customer); an empty text where both cells are blank. <c>#VALUE!</c> when the shapes differ.
    /// </returns>
    [WorksheetFunction("KPI.CAC_BY_CHANNEL", "CAC of each channel: spend / new customers cell by cell; returns an array the shape of the ranges.")]
    public static object CacByChannel(
        [WorksheetArgument("spend_by_channel", "The spend of each channel (a range).")] object[,] spendByChannel,
        [WorksheetArgument("new_customers_by_channel", "The new customers of each channel (a range of the same shape).")] object[,] newCustomersByChannel) =>
        Run(() => CellByCell(spendByChannel, newCustomersByChannel, (spend, customers) =>
            Out(Acquisition.CustomerAcquisitionCost(Cells.Amount(spend), Cells.Count(customers)))));

    /// <summary>
    /// <c>KPI.CAC_FROM_LEAD_COST</c>: CAC from the cost of a qualified lead and the lead-to-customer
    /// conversion rate (catalogue id <c>cac_from_lead_cost</c>).
    /// </summary>
    /// <param name="costPerQualifiedLead">What one qualified lead costs, not negative.</param>
    /// <param name="leadToCustomerRate">The share of qualified leads that become customers, a fraction from 0 to 1 (12 % is 0.12); <c>#NUM!</c> outside.</param>
    /// <returns>cost per lead / rate; <c>#DIV/0!</c> for a rate of 0.</returns>
    [WorksheetFunction("KPI.CAC_FROM_LEAD_COST", "CAC from the cost of a qualified lead and the lead-to-customer conversion rate: cost / rate.")]
    public static object CacFromLeadCost(
        [WorksheetArgument("cost_per_qualified_lead", "What one qualified lead costs.")] object costPerQualifiedLead,
        [WorksheetArgument("lead_to_customer_rate", "Share of qualified leads that become customers, from 0 to 1 (12% is 0.12).")] object leadToCustomerRate) =>
        Run(() => Out(Acquisition.CustomerAcquisitionCostFromLeadCost(Cells.Amount(costPerQualifiedLead), Cells.Proportion(leadToCustomerRate))));

    /// <summary><c>KPI.CPL</c>: cost per lead, spend / leads (catalogue id <c>cpl</c>).</summary>
    /// <param name="spend">What the campaign cost, not negative.</param>
    /// <param name="leads">Leads it generated: a whole number, not negative.</param>
    /// <returns>The cost per lead; <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.CPL", "Cost per lead: spend / leads generated, in the sheet's currency.")]
    public static object Cpl(
        [WorksheetArgument("spend", "What the campaign cost.")] object spend,
        [WorksheetArgument("leads", "Leads the campaign generated (a whole number).")] object leads) =>
        Run(() => Out(Acquisition.CostPerLead(Cells.Amount(spend), Cells.Count(leads))));

    /// <summary><c>KPI.COST_PER_QUALIFIED_LEAD</c>: spend / qualified leads (catalogue id <c>cost_per_qualified_lead</c>).</summary>
    /// <param name="spend">What the prospecting cost, not negative.</param>
    /// <param name="qualifiedLeads">Qualified leads: a whole number, not negative.</param>
    /// <returns>The cost per qualified lead; <c>#DIV/0!</c> for no qualified lead.</returns>
    [WorksheetFunction("KPI.COST_PER_QUALIFIED_LEAD", "Cost per qualified lead: spend / qualified leads, in the sheet's currency.")]
    public static object CostPerQualifiedLead(
        [WorksheetArgument("spend", "What the prospecting cost.")] object spend,
        [WorksheetArgument("qualified_leads", "Qualified leads (a whole number).")] object qualifiedLeads) =>
        Run(() => Out(Acquisition.CostPerQualifiedLead(Cells.Amount(spend), Cells.Count(qualifiedLeads))));

    /// <summary><c>KPI.TIME_PER_LEAD</c>: sales time per lead, in Excel time (catalogue id <c>time_per_lead</c>).</summary>
    /// <param name="salesTime">Total sales time spent on leads, as an Excel duration (1 = one day; 30:00 is 1.25).</param>
    /// <param name="leadsHandled">Leads handled in that time: a whole number, not negative.</param>
    /// <returns>The time per lead as an Excel duration (0:45 is 0.03125; format it as [h]:mm); <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.TIME_PER_LEAD", "Sales time per lead: sales time / leads handled, as an Excel duration (format [h]:mm).")]
    public static object TimePerLead(
        [WorksheetArgument("sales_time", "Total sales time, as an Excel duration (1 = one day).")] object salesTime,
        [WorksheetArgument("leads_handled", "Leads handled in that time (a whole number).")] object leadsHandled) =>
        Run(() => OutDays(Acquisition.TimePerLead(Cells.Days(salesTime), Cells.Count(leadsHandled))));

    /// <summary>
    /// <c>KPI.TIME_TO_CONVERT</c>: the mean time from lead creation to first payment over the converted
    /// leads, from two ranges of dates (catalogue id <c>time_to_convert</c>).
    /// </summary>
    /// <param name="leadCreated">When each converted lead was created (dates or date-times).</param>
    /// <param name="firstPayment">When the same lead first paid, a range of the same shape; not before its creation.</param>
    /// <returns>The mean delay in days (Excel duration); <c>#DIV/0!</c> when no lead is given, <c>#VALUE!</c> for a payment before its lead or ranges of different shapes.</returns>
    [WorksheetFunction("KPI.TIME_TO_CONVERT", "Mean time from lead creation to first payment, in days, from two ranges of dates.")]
    public static object TimeToConvert(
        [WorksheetArgument("lead_created", "When each converted lead was created (a range of dates).")] object[,] leadCreated,
        [WorksheetArgument("first_payment", "When the same lead first paid (a range of the same shape).")] object[,] firstPayment) =>
        Run(() =>
        {
            var (created, paid) = Cells.Pairs(leadCreated, Cells.Date, firstPayment, Cells.Date);
            return OutDays(Acquisition.TimeToConvert(created.ToArray(), paid.ToArray()));
        });

    /// <summary>Applies a function cell by cell to two ranges of one shape; each cell gets its own result or error.</summary>
    private static object[,] CellByCell(object[,]? first, object[,]? second, Func<object?, object?, object> cell)
    {
        var left = Cells.Table(first);
        var right = Cells.Table(second);
        if (left.GetLength(0) != right.GetLength(0) || left.GetLength(1) != right.GetLength(1))
        {
            throw new CellException(WorksheetErrors.Value);
        }

        var result = new object[left.GetLength(0), left.GetLength(1)];
        for (var r = 0; r < result.GetLength(0); r++)
        {
            for (var c = 0; c < result.GetLength(1); c++)
            {
                var a = left[r + left.GetLowerBound(0), c + left.GetLowerBound(1)];
                var b = right[r + right.GetLowerBound(0), c + right.GetLowerBound(1)];
                result[r, c] = Blank(a) && Blank(b) ? string.Empty : Run(() => cell(a, b));
            }
        }

        return result;
    }

    private static bool Blank(object? value) => Cells.IsBlank(value) || Cells.IsMissing(value);
}
