using System.Runtime.InteropServices;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.NPV</c>: the catalogue's <see cref="KpiIds.Npv"/> as the spreadsheet's NPV, first flow at the end of period 1.</summary>
    /// <param name="discountRate">The discount rate per period as a fraction (0.08 for 8%), above -1.</param>
    /// <param name="cashFlows">The flows, one per period, outflows negative: a range (blank cells and text are skipped).</param>
    /// <returns>The present value in the sheet's currency, each flow discounted from the end of its period; <c>#DIV/0!</c> for no flow; <c>#NUM!</c> for a rate of -1 or below.</returns>
    [WorksheetFunction("KPI.NPV", KpiId = KpiIds.Npv)]
    public static object Npv(object? discountRate, object?[,] cashFlows) =>
        Run(() => Out(Investment.Npv(RateAboveMinusOne(discountRate), [.. Cells.List(cashFlows, RangeOf.Numbers, Cells.Number)])));

    /// <summary><c>KPI.NPV_FROM_TIME_ZERO</c>: the catalogue's <see cref="KpiIds.Npv"/> with the first flow today, undiscounted (=A1 + NPV(rate, A2:An)).</summary>
    /// <param name="discountRate">The discount rate per period as a fraction (0.08 for 8%), above -1.</param>
    /// <param name="cashFlows">The flows, one per period, the first today (usually the outlay, negative).</param>
    /// <returns>The present value in the sheet's currency, today; <c>#DIV/0!</c> for no flow; <c>#NUM!</c> for a rate of -1 or below.</returns>
    [WorksheetFunction("KPI.NPV_FROM_TIME_ZERO", KpiId = KpiIds.Npv)]
    public static object NpvFromTimeZero(object? discountRate, object?[,] cashFlows) =>
        Run(() => Out(Investment.NpvFromTimeZero(RateAboveMinusOne(discountRate), [.. Cells.List(cashFlows, RangeOf.Numbers, Cells.Number)])));

    /// <summary><c>KPI.XNPV</c>: the catalogue's <see cref="KpiIds.Xnpv"/> as the spreadsheet's XNPV.</summary>
    /// <param name="discountRate">The discount rate per year as a fraction, above -1.</param>
    /// <param name="cashFlows">The flows, outflows negative.</param>
    /// <param name="dates">The date of each flow, a range of the same shape; none before the first.</param>
    /// <returns>The present value at the first date, per year of 365 days; <c>#DIV/0!</c> for no flow; <c>#NUM!</c> for a rate of -1 or below; <c>#VALUE!</c> for a date before the first.</returns>
    [WorksheetFunction("KPI.XNPV", KpiId = KpiIds.Xnpv)]
    public static object Xnpv(object? discountRate, object?[,] cashFlows, object?[,] dates) =>
        Run(() =>
        {
            var rate = RateAboveMinusOne(discountRate);
            var (flows, days) = Cells.Pairs(cashFlows, RangeOf.Numbers, Cells.Number, dates, RangeOf.Numbers, Cells.Day);
            return Out(Investment.Xnpv(rate, [.. flows], [.. days]));
        });

    /// <summary><c>KPI.IRR</c>: the catalogue's <see cref="KpiIds.Irr"/> as the spreadsheet's IRR, found by bracketing.</summary>
    /// <param name="cashFlows">The flows, one per period, the first today.</param>
    /// <param name="guess">Of several rates of return, the one nearest to this fraction; optional: 0.1 when left out.</param>
    /// <returns>The rate per period as a fraction; <c>#NUM!</c> when the flows have no rate of return (they never change sign); <c>#DIV/0!</c> for no flow.</returns>
    [WorksheetFunction("KPI.IRR", KpiId = KpiIds.Irr)]
    public static object Irr(object?[,] cashFlows, [Optional] object? guess) =>
        Run(() => Out(Investment.Irr([.. Cells.List(cashFlows, RangeOf.Numbers, Cells.Number)], Rate.FromFraction(Cells.NumberOr(guess, 0.1m)))));

    /// <summary><c>KPI.XIRR</c>: the catalogue's <see cref="KpiIds.Xirr"/> as the spreadsheet's XIRR, found by bracketing.</summary>
    /// <param name="cashFlows">The flows, outflows negative.</param>
    /// <param name="dates">The date of each flow, a range of the same shape; none before the first.</param>
    /// <param name="guess">Of several rates of return, the one nearest to this fraction; optional: 0.1 when left out.</param>
    /// <returns>The rate per year as a fraction; <c>#NUM!</c> when the flows have no rate of return; <c>#DIV/0!</c> for no flow; <c>#VALUE!</c> for a date before the first.</returns>
    [WorksheetFunction("KPI.XIRR", KpiId = KpiIds.Xirr)]
    public static object Xirr(object?[,] cashFlows, object?[,] dates, [Optional] object? guess) =>
        Run(() =>
        {
            var (flows, days) = Cells.Pairs(cashFlows, RangeOf.Numbers, Cells.Number, dates, RangeOf.Numbers, Cells.Day);
            return Out(Investment.Xirr([.. flows], [.. days], Rate.FromFraction(Cells.NumberOr(guess, 0.1m))));
        });

    /// <summary><c>KPI.MIRR</c>: the catalogue's <see cref="KpiIds.Mirr"/> as the spreadsheet's MIRR.</summary>
    /// <param name="cashFlows">The flows, one per period, the first today.</param>
    /// <param name="financeRate">The rate paid on the outflows as a fraction, above -1.</param>
    /// <param name="reinvestRate">The rate earned on the reinvested inflows as a fraction, above -1.</param>
    /// <returns>The rate per period as a fraction; <c>#DIV/0!</c> without both an inflow and an outflow, as the spreadsheet's MIRR; <c>#NUM!</c> for a rate of -1 or below.</returns>
    [WorksheetFunction("KPI.MIRR", KpiId = KpiIds.Mirr)]
    public static object Mirr(object?[,] cashFlows, object? financeRate, object? reinvestRate) =>
        Run(() =>
        {
            var result = Investment.Mirr([.. Cells.List(cashFlows, RangeOf.Numbers, Cells.Number)], RateAboveMinusOne(financeRate), RateAboveMinusOne(reinvestRate));
            return result.IsDefined ? Out(result) : WorksheetErrors.DivisionByZero;
        });

    /// <summary><c>KPI.DISCOUNTED_PAYBACK</c>: the catalogue's <see cref="KpiIds.DiscountedPayback"/> in a cell.</summary>
    /// <param name="discountRate">The discount rate per period as a fraction, above -1.</param>
    /// <param name="cashFlows">The flows, one per period, the first today (usually the outlay, negative).</param>
    /// <returns>The periods until the discounted flows pay the outlay back, with a fraction; <c>#NUM!</c> when they never do; <c>#DIV/0!</c> for no flow.</returns>
    [WorksheetFunction("KPI.DISCOUNTED_PAYBACK", KpiId = KpiIds.DiscountedPayback)]
    public static object DiscountedPayback(object? discountRate, object?[,] cashFlows) =>
        Run(() => Out(Investment.DiscountedPayback(RateAboveMinusOne(discountRate), [.. Cells.List(cashFlows, RangeOf.Numbers, Cells.Number)])));

    /// <summary><c>KPI.CAGR</c>: the catalogue's <see cref="KpiIds.Cagr"/> in a cell, as =RRI(periods, beginning, ending).</summary>
    /// <param name="beginningValue">The value at the start, not negative.</param>
    /// <param name="endingValue">The value at the end, not negative.</param>
    /// <param name="periods">The periods between them (years for an annual rate), above 0.</param>
    /// <returns>The rate per period as a fraction; <c>#DIV/0!</c> for a beginning value of 0; <c>#VALUE!</c> for a negative value; <c>#NUM!</c> for periods of 0 or less.</returns>
    [WorksheetFunction("KPI.CAGR", KpiId = KpiIds.Cagr)]
    public static object Cagr(object? beginningValue, object? endingValue, object? periods) =>
        Run(() =>
        {
            var beginning = Cells.NotNegative(beginningValue);
            var ending = Cells.NotNegative(endingValue);
            var count = Cells.Number(periods);
            return count <= 0m ? WorksheetErrors.Number : Out(Investment.Cagr(beginning, ending, count));
        });

    /// <summary>A discount, finance or reinvestment rate: above -1 (<c>#NUM!</c> otherwise, where discounting divides by zero).</summary>
    private static Rate RateAboveMinusOne(object? value)
    {
        var rate = Cells.Rate(value);
        return rate.Fraction <= -1m ? throw new CellException(WorksheetErrors.Number) : rate;
    }
}
