using System;
using System.Runtime.InteropServices;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.CAC</c>: the catalogue's <see cref="KpiIds.Cac"/> in a cell.</summary>
    /// <param name="salesCosts">Sales costs of the period (salaries, commissions, tools, events), not negative.</param>
    /// <param name="marketingCosts">Marketing costs of the same period, not negative; optional: 0 when left out (then put every cost in sales_costs).</param>
    /// <param name="newCustomers">New customers acquired in the period: a whole number, not negative.</param>
    /// <returns>The cost per new customer, in the sheet's currency; <c>#DIV/0!</c> for no new customer.</returns>
    [WorksheetFunction("KPI.CAC", KpiId = KpiIds.Cac)]
    public static object Cac(object? salesCosts, [Optional] object? marketingCosts, object? newCustomers) =>
        Run(() => Out(Acquisition.CustomerAcquisitionCost(Cells.Amount(salesCosts), Cells.AmountOr(marketingCosts, 0m), Cells.Count(newCustomers))));

    /// <summary>
    /// <c>KPI.CAC_BY_CHANNEL</c>: the catalogue's <see cref="KpiIds.CacByChannel"/>, cell by cell over two
    /// ranges of one shape, as an array that spills in Excel 365.
    /// </summary>
    /// <param name="spendByChannel">The spend of each channel (a range); each cell is read as a single value, as in =B2:B5/C2:C5.</param>
    /// <param name="newCustomersByChannel">The new customers of each channel: a range of the same shape, whole numbers.</param>
    /// <returns>
    /// An array the shape of the ranges, each cell a channel's CAC or its own error; <c>#DIV/0!</c> for a
    /// channel with no customer, an empty text where both cells are blank; <c>#VALUE!</c> when the shapes differ.
    /// </returns>
    [WorksheetFunction("KPI.CAC_BY_CHANNEL", KpiId = KpiIds.CacByChannel)]
    public static object CacByChannel(object?[,] spendByChannel, object?[,] newCustomersByChannel) =>
        Run(() => CellByCell(spendByChannel, newCustomersByChannel, (spend, customers) =>
            Out(Acquisition.CustomerAcquisitionCost(Cells.Amount(spend), Cells.Count(customers)))));

    /// <summary><c>KPI.CAC_FROM_LEAD_COST</c>: the catalogue's <see cref="KpiIds.CacFromLeadCost"/> in a cell.</summary>
    /// <param name="costPerQualifiedLead">What one qualified lead costs, not negative.</param>
    /// <param name="leadToCustomerRate">The share of qualified leads that become customers, from 0 to 1 (12% is 0.12).</param>
    /// <returns>The cost per new customer; <c>#DIV/0!</c> for a rate of 0, <c>#NUM!</c> for a rate outside 0 to 1.</returns>
    [WorksheetFunction("KPI.CAC_FROM_LEAD_COST", KpiId = KpiIds.CacFromLeadCost)]
    public static object CacFromLeadCost(object? costPerQualifiedLead, object? leadToCustomerRate) =>
        Run(() => Out(Acquisition.CustomerAcquisitionCostFromLeadCost(Cells.Amount(costPerQualifiedLead), Cells.Proportion(leadToCustomerRate))));

    /// <summary><c>KPI.CPL</c>: the catalogue's <see cref="KpiIds.Cpl"/> in a cell.</summary>
    /// <param name="spend">What the campaign cost, not negative.</param>
    /// <param name="leads">Leads the campaign generated: a whole number, not negative.</param>
    /// <returns>The cost per lead, in the sheet's currency; <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.CPL", KpiId = KpiIds.Cpl)]
    public static object Cpl(object? spend, object? leads) =>
        Run(() => Out(Acquisition.CostPerLead(Cells.Amount(spend), Cells.Count(leads))));

    /// <summary><c>KPI.COST_PER_QUALIFIED_LEAD</c>: the catalogue's <see cref="KpiIds.CostPerQualifiedLead"/> in a cell.</summary>
    /// <param name="spend">What the prospecting cost, not negative.</param>
    /// <param name="qualifiedLeads">Qualified leads: a whole number, not negative.</param>
    /// <returns>The cost per qualified lead, in the sheet's currency; <c>#DIV/0!</c> for no qualified lead.</returns>
    [WorksheetFunction("KPI.COST_PER_QUALIFIED_LEAD", KpiId = KpiIds.CostPerQualifiedLead)]
    public static object CostPerQualifiedLead(object? spend, object? qualifiedLeads) =>
        Run(() => Out(Acquisition.CostPerQualifiedLead(Cells.Amount(spend), Cells.Count(qualifiedLeads))));

    /// <summary><c>KPI.TIME_PER_LEAD</c>: the catalogue's <see cref="KpiIds.TimePerLead"/> in a cell.</summary>
    /// <param name="salesTime">Total sales time spent on leads, as an Excel duration (1 = one day; 30:00 is 1.25).</param>
    /// <param name="leadsHandled">Leads handled in that time: a whole number, not negative.</param>
    /// <returns>The time per lead as an Excel duration (0:45 is 0.03125; format it [h]:mm); <c>#DIV/0!</c> for no lead.</returns>
    [WorksheetFunction("KPI.TIME_PER_LEAD", KpiId = KpiIds.TimePerLead)]
    public static object TimePerLead(object? salesTime, object? leadsHandled) =>
        Run(() => OutDays(Acquisition.TimePerLead(Cells.Days(salesTime), Cells.Count(leadsHandled))));

    /// <summary><c>KPI.TIME_TO_CONVERT</c>: the catalogue's <see cref="KpiIds.TimeToConvert"/>, from two ranges of dates.</summary>
    /// <param name="leadCreated">When each converted lead was created: a range of dates or date-times.</param>
    /// <param name="firstPayment">When the same lead first paid: a range of the same shape, not before its creation.</param>
    /// <returns>The mean delay in days (an Excel duration); <c>#DIV/0!</c> for no lead; <c>#VALUE!</c> for a payment before its lead or ranges of different shapes.</returns>
    [WorksheetFunction("KPI.TIME_TO_CONVERT", KpiId = KpiIds.TimeToConvert)]
    public static object TimeToConvert(object?[,] leadCreated, object?[,] firstPayment) =>
        Run(() =>
        {
            var (created, paid) = Cells.Pairs(leadCreated, RangeOf.Numbers, Cells.Date, firstPayment, RangeOf.Numbers, Cells.Date);
            return OutDays(Acquisition.TimeToConvert(created.ToArray(), paid.ToArray()));
        });

    /// <summary>
    /// Applies a function cell by cell to two ranges of one shape, each cell read as a single value (as
    /// Excel's array arithmetic reads =B2:B5/C2:C5); each position gets its own result or error.
    /// </summary>
    private static object[,] CellByCell(object?[,]? first, object?[,]? second, Func<object?, object?, object> cell)
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
                result[r, c] = Cells.IsNothing(a) && Cells.IsNothing(b) ? string.Empty : Run(() => cell(a, b));
            }
        }

        return result;
    }
}
