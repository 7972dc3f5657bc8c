using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.PROJECT_ROI</c>: the catalogue's <see cref="KpiIds.ProjectRoi"/> in a cell.</summary>
    /// <param name="gains">What the project brought, not negative.</param>
    /// <param name="costs">What the project cost, not negative.</param>
    /// <returns>x of the ratio x:1 (2.4 for 2.4:1); <c>#DIV/0!</c> for zero costs.</returns>
    [WorksheetFunction("KPI.PROJECT_ROI", KpiId = KpiIds.ProjectRoi)]
    public static object ProjectRoi(object? gains, object? costs) =>
        Run(() => Out(ReturnOnInvestment.ProjectRoi(Cells.Amount(gains), Cells.Amount(costs))));

    /// <summary><c>KPI.NET_ROI</c>: net return on investment, (gains - costs) / costs, the percent form of ROI.</summary>
    /// <inheritdoc cref="ProjectRoi(object?, object?)" path="/param"/>
    /// <returns>The net ROI as a fraction (1.4 for +140%); <c>#DIV/0!</c> for zero costs.</returns>
    [WorksheetFunction("KPI.NET_ROI")]
    public static object NetRoi(object? gains, object? costs) =>
        Run(() => Out(ReturnOnInvestment.NetRoi(Cells.Amount(gains), Cells.Amount(costs))));

    /// <summary><c>KPI.MARKETING_ROI</c>: the catalogue's <see cref="KpiIds.MarketingRoi"/> in a cell.</summary>
    /// <param name="revenueGenerated">Revenue attributed to the marketing actions, not negative.</param>
    /// <param name="actionCosts">What the actions cost, not negative.</param>
    /// <returns>x of the ratio x:1; <c>#DIV/0!</c> for zero costs.</returns>
    [WorksheetFunction("KPI.MARKETING_ROI", KpiId = KpiIds.MarketingRoi)]
    public static object MarketingRoi(object? revenueGenerated, object? actionCosts) =>
        Run(() => Out(ReturnOnInvestment.MarketingRoi(Cells.Amount(revenueGenerated), Cells.Amount(actionCosts))));

    /// <summary><c>KPI.ROI_MONTHLY</c>: the catalogue's <see cref="KpiIds.RoiMonthly"/> in a cell.</summary>
    /// <param name="valuedGainsOfMonth">The month's gains in money (hours saved x hourly value...), not negative.</param>
    /// <param name="costsOfMonth">The month's costs (licences, amortised training), not negative.</param>
    /// <returns>x of the ratio x:1; <c>#DIV/0!</c> for a month that cost nothing.</returns>
    [WorksheetFunction("KPI.ROI_MONTHLY", KpiId = KpiIds.RoiMonthly)]
    public static object RoiMonthly(object? valuedGainsOfMonth, object? costsOfMonth) =>
        Run(() => Out(ReturnOnInvestment.MonthlyRoi(Cells.Amount(valuedGainsOfMonth), Cells.Amount(costsOfMonth))));

    /// <summary><c>KPI.COST_PER_HOUR_SAVED</c>: the catalogue's <see cref="KpiIds.CostPerHourSaved"/> in a cell.</summary>
    /// <param name="totalToolCost">The tool's total cost over the period, not negative.</param>
    /// <param name="hoursSaved">The hours saved over the same period, in hours (50 for 50 h), not negative.</param>
    /// <returns>The cost per hour saved, in the sheet's currency; <c>#DIV/0!</c> when no hour was saved.</returns>
    [WorksheetFunction("KPI.COST_PER_HOUR_SAVED", KpiId = KpiIds.CostPerHourSaved)]
    public static object CostPerHourSaved(object? totalToolCost, object? hoursSaved) =>
        Run(() => Out(ReturnOnInvestment.CostPerHourSaved(Cells.Amount(totalToolCost), Cells.Hours(hoursSaved, allowNegative: false))));

    /// <summary><c>KPI.VALUE_OF_TIME_SAVED</c>: the catalogue's <see cref="KpiIds.ValueOfTimeSaved"/> in a cell.</summary>
    /// <param name="hoursSaved">The time saved, in hours; may be negative (a tool that slows work down).</param>
    /// <param name="hourlyValue">The value of one hour (a loaded hourly wage), not negative.</param>
    /// <returns>The value in the sheet's currency.</returns>
    [WorksheetFunction("KPI.VALUE_OF_TIME_SAVED", KpiId = KpiIds.ValueOfTimeSaved)]
    public static object ValueOfTimeSaved(object? hoursSaved, object? hourlyValue) =>
        Run(() => Out(ReturnOnInvestment.ValueOfTimeSaved(Cells.Hours(hoursSaved, allowNegative: true), Cells.Amount(hourlyValue))));

    /// <summary><c>KPI.NET_MONTHLY_SAVING</c>: the catalogue's <see cref="KpiIds.NetMonthlySaving"/> in a cell.</summary>
    /// <param name="hoursSavedPerMonth">Hours saved per month, in hours; may be negative.</param>
    /// <param name="hourlyValue"><inheritdoc cref="ValueOfTimeSaved(object?, object?)"/></param>
    /// <param name="monthlyCost">The tool's monthly cost, not negative.</param>
    /// <returns>The net saving per month in the sheet's currency; negative when the tool costs more than it saves.</returns>
    [WorksheetFunction("KPI.NET_MONTHLY_SAVING", KpiId = KpiIds.NetMonthlySaving)]
    public static object NetMonthlySaving(object? hoursSavedPerMonth, object? hourlyValue, object? monthlyCost) =>
        Run(() => Out(ReturnOnInvestment.NetMonthlySaving(Cells.Hours(hoursSavedPerMonth, allowNegative: true), Cells.Amount(hourlyValue), Cells.Amount(monthlyCost))));

    /// <summary><c>KPI.PAYBACK_PERIOD</c>: the catalogue's <see cref="KpiIds.PaybackPeriod"/> in a cell.</summary>
    /// <param name="initialInvestment">The one-off investment (training, set-up), not negative.</param>
    /// <param name="netMonthlySaving">The net saving per month (see KPI.NET_MONTHLY_SAVING); may be negative.</param>
    /// <returns>Months, fractional (0.97); <c>#NUM!</c> when the net saving is zero or negative: never paid back, as Excel's NPER says.</returns>
    [WorksheetFunction("KPI.PAYBACK_PERIOD", KpiId = KpiIds.PaybackPeriod)]
    public static object PaybackPeriod(object? initialInvestment, object? netMonthlySaving) =>
        Run(() => Out(ReturnOnInvestment.PaybackPeriodInMonths(Cells.Amount(initialInvestment), Cells.SignedAmount(netMonthlySaving))));

    /// <summary><c>KPI.TIME_SAVED</c>: the catalogue's <see cref="KpiIds.TimeSaved"/> in a cell, in hours.</summary>
    /// <param name="hoursBefore">How long one repetition took before, in hours (0.25 for 15 min), not negative.</param>
    /// <param name="hoursAfter">How long one repetition takes now, in hours, not negative.</param>
    /// <param name="repetitions">How many times the task is done in the period; may be fractional, not negative.</param>
    /// <returns>Hours saved in the period; negative when the task got slower.</returns>
    [WorksheetFunction("KPI.TIME_SAVED", KpiId = KpiIds.TimeSaved)]
    public static object TimeSaved(object? hoursBefore, object? hoursAfter, object? repetitions) =>
        Run(() => Cells.ToHours(Productivity.TimeSaved(Cells.Hours(hoursBefore, allowNegative: false), Cells.Hours(hoursAfter, allowNegative: false), Cells.NotNegative(repetitions))));

    /// <summary><c>KPI.ERRORS_AVOIDED</c>: the catalogue's <see cref="KpiIds.ErrorsAvoided"/>, for one error type or summed over a range of types.</summary>
    /// <param name="errorsBefore">Errors in a period before: one count, or a range with one cell per error type.</param>
    /// <param name="errorsAfter">Errors in an equivalent period after, the same shape; a type blank in both is skipped.</param>
    /// <returns>The errors avoided; negative when errors rose; <c>#VALUE!</c> for ranges of different shapes.</returns>
    [WorksheetFunction("KPI.ERRORS_AVOIDED", KpiId = KpiIds.ErrorsAvoided)]
    public static object ErrorsAvoided(object? errorsBefore, object? errorsAfter) =>
        Run(() =>
        {
            var (before, after) = Cells.Pairs(errorsBefore, RangeOf.Numbers, Cells.Count, errorsAfter, RangeOf.Numbers, Cells.Count);
            return (double)Productivity.ErrorsAvoided(before.ToArray(), after.ToArray());
        });

    /// <summary><c>KPI.ERRORS_AVOIDED_VALUE</c>: the catalogue's <see cref="KpiIds.ErrorsAvoidedValue"/> in a cell.</summary>
    /// <param name="errorsAvoided">Errors avoided: a whole number, negative when errors rose.</param>
    /// <param name="averageErrorCost">The average cost of one error, not negative.</param>
    /// <returns>The value in the sheet's currency.</returns>
    [WorksheetFunction("KPI.ERRORS_AVOIDED_VALUE", KpiId = KpiIds.ErrorsAvoidedValue)]
    public static object ErrorsAvoidedValue(object? errorsAvoided, object? averageErrorCost) =>
        Run(() => Out(Productivity.ErrorsAvoidedValue(Cells.WholeNumber(errorsAvoided), Cells.Amount(averageErrorCost))));

    /// <summary><c>KPI.CAPACITY_INCREASE</c>: the catalogue's <see cref="KpiIds.CapacityIncrease"/> in a cell.</summary>
    /// <param name="unitsBefore">Units (clients, projects, files) handled per period before, not negative.</param>
    /// <param name="unitsAfter">Units handled per period after, not negative.</param>
    /// <returns>The relative change as a fraction (0.375 for +37.5%); <c>#DIV/0!</c> for nothing handled before.</returns>
    [WorksheetFunction("KPI.CAPACITY_INCREASE", KpiId = KpiIds.CapacityIncrease)]
    public static object CapacityIncrease(object? unitsBefore, object? unitsAfter) =>
        Run(() => Out(Productivity.CapacityIncrease(Cells.NotNegative(unitsBefore), Cells.NotNegative(unitsAfter))));

    /// <summary>
    /// <c>KPI.TIME_REINVESTMENT_MIX</c>: the catalogue's <see cref="KpiIds.TimeReinvestmentMix"/>, as an array
    /// the shape of the times, rounded so that the shares add up to exactly 1.
    /// </summary>
    /// <param name="timeSpent">The time spent on each use: a range in any one unit (hours, or Excel durations), not negative.</param>
    /// <param name="decimals">Decimals of each share, 0 to 18; optional: 4 (0.4500 is 45.00%) when left out.</param>
    /// <returns>The shares as fractions, an empty cell where the time is blank; <c>#DIV/0!</c> when no time was given or all of it is zero.</returns>
    [WorksheetFunction("KPI.TIME_REINVESTMENT_MIX", KpiId = KpiIds.TimeReinvestmentMix)]
    public static object TimeReinvestmentMix(object?[,] timeSpent, [Optional] object? decimals) =>
        Run(() =>
        {
            var table = Cells.Table(timeSpent);
            var places = Cells.CountOr(decimals, 4);
            if (places > Productivity.MaximumShareDecimals)
            {
                return WorksheetErrors.Number;
            }

            int rows = table.GetLength(0), columns = table.GetLength(1);
            var uses = new List<string>();
            var times = new List<TimeSpan>();
            var positions = new List<(int Row, int Column)>();
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    var cell = table[table.GetLowerBound(0) + r, table.GetLowerBound(1) + c];
                    if (!Cells.IsIgnored(cell, RangeOf.Numbers))
                    {
                        uses.Add(positions.Count.ToString(CultureInfo.InvariantCulture));
                        times.Add(Cells.Hours(cell, allowNegative: false));
                        positions.Add((r, c));
                    }
                }
            }

            var mix = Productivity.TimeReinvestmentMix([.. uses], [.. times], (int)places);
            if (!mix.TryGetValue(out var shares))
            {
                return Undefined(mix.Reason);
            }

            var result = new object[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    result[r, c] = string.Empty;
                }
            }

            for (var i = 0; i < positions.Count; i++)
            {
                result[positions[i].Row, positions[i].Column] = Out(shares[i].Share);
            }

            return result;
        });
}
