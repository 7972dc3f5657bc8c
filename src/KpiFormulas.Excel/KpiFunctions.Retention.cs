using System.Collections.Generic;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.RETENTION_RATE</c>: the catalogue's <see cref="KpiIds.RetentionRate"/> in a cell.</summary>
    /// <param name="retainedCustomers">Customers of the previous period still active in this one: a whole number.</param>
    /// <param name="customersInPreviousPeriod">Customers of the previous period: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> when the previous period had no customer.</returns>
    [WorksheetFunction("KPI.RETENTION_RATE", KpiId = KpiIds.RetentionRate)]
    public static object RetentionRate(object? retainedCustomers, object? customersInPreviousPeriod) =>
        Share(Retention.RetentionRate, retainedCustomers, customersInPreviousPeriod);

    /// <summary><c>KPI.CHURN_RATE</c>: the catalogue's <see cref="KpiIds.ChurnRate"/> in a cell.</summary>
    /// <param name="customersLost">Customers of the start lost during the period: a whole number.</param>
    /// <param name="customersAtStart">Customers at the start of the period: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no customer at the start.</returns>
    [WorksheetFunction("KPI.CHURN_RATE", KpiId = KpiIds.ChurnRate)]
    public static object ChurnRate(object? customersLost, object? customersAtStart) =>
        Share(Retention.ChurnRate, customersLost, customersAtStart);

    /// <summary>
    /// <c>KPI.MULTI_YEAR_RETENTION</c>: one cell of the catalogue's <see cref="KpiIds.MultiYearRetention"/>
    /// table (a base year and a run length), from a table of purchases.
    /// </summary>
    /// <param name="customers">The customer of each purchase: a range of ids (text or numbers).</param>
    /// <param name="years">The calendar year of the same purchase: a range of the same shape, whole numbers from 1 to 9998.</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="consecutiveYears">Years in a row counting the base year (2 = this year and the next), at least 1.</param>
    /// <returns>The share as a fraction; <c>#N/A</c> when the run ends after the data or the base year is outside it; <c>#DIV/0!</c> when nobody bought in the base year.</returns>
    [WorksheetFunction("KPI.MULTI_YEAR_RETENTION", KpiId = KpiIds.MultiYearRetention)]
    public static object MultiYearRetention(object?[,] customers, object?[,] years, object? baseYear, object? consecutiveYears) =>
        Run(() =>
        {
            var (ids, purchaseYears) = Cells.Pairs(customers, RangeOf.Text, Cells.Text, years, RangeOf.Numbers, Cells.Count);
            var run = Cells.Count(consecutiveYears);
            var year = Cells.WholeNumber(baseYear);
            if (run < 1 || run > 9999)
            {
                return WorksheetErrors.Value;
            }

            var purchases = new List<(string Customer, int Year)>(ids.Count);
            for (var i = 0; i < ids.Count; i++)
            {
                if (purchaseYears[i] is < 1 or > 9998)
                {
                    return WorksheetErrors.Number;
                }

                purchases.Add((ids[i], (int)purchaseYears[i]));
            }

            var table = Retention.MultiYearRetention(purchases, (int)System.Math.Max(2, run));
            return table.IsEmpty || year < table.Years[0] || year > table.Years[^1]
                ? WorksheetErrors.NotAvailable
                : Out(table.RetentionRate((int)year, (int)run));
        });

    /// <summary>
    /// <c>KPI.COHORT_RETENTION</c>: one cell of the catalogue's <see cref="KpiIds.CohortRetention"/> table, the
    /// share of a cohort active some periods after its own, from a table of counts.
    /// </summary>
    /// <param name="activeCounts">
    /// One row per cohort: its size, then its customers active 1, 2... periods later. Blank cells at the end of
    /// a row are periods not reached yet; a blank row is a cohort with no data.
    /// </param>
    /// <param name="cohort">The cohort's row in the range, from 1.</param>
    /// <param name="offset">Periods after the cohort's own, from 0 (the size column, always 100% for a non-empty cohort).</param>
    /// <returns>
    /// The rate as a fraction; <c>#N/A</c> where the data does not reach; <c>#DIV/0!</c> for an empty cohort;
    /// <c>#VALUE!</c> for a count above the size or a blank inside a row.
    /// </returns>
    [WorksheetFunction("KPI.COHORT_RETENTION", KpiId = KpiIds.CohortRetention)]
    public static object CohortRetention(object?[,] activeCounts, object? cohort, object? offset) =>
        Run(() =>
        {
            var rates = CohortRates(activeCounts);
            var row = Cells.Count(cohort);
            var column = Cells.Count(offset);
            if (row < 1)
            {
                return WorksheetErrors.Value;
            }

            return row > rates.GetLength(0) || column >= rates.GetLength(1)
                ? WorksheetErrors.NotAvailable
                : rates[row - 1, column];
        });

    /// <summary>
    /// <c>KPI.COHORT_RETENTION_TABLE</c>: the whole cohort retention table of rates, the shape of the counts,
    /// as an array that spills in Excel 365.
    /// </summary>
    /// <param name="activeCounts"><inheritdoc cref="CohortRetention(object?[,], object?, object?)"/></param>
    /// <returns>Each cell its rate as a fraction or its own error (<c>#N/A</c> where the data does not reach, <c>#DIV/0!</c> for an empty cohort); <c>#VALUE!</c> when a row is invalid.</returns>
    [WorksheetFunction("KPI.COHORT_RETENTION_TABLE")]
    public static object CohortRetentionTable(object?[,] activeCounts) =>
        Run(() => CohortRates(activeCounts));

    private static object[,] CohortRates(object?[,]? activeCounts)
    {
        var table = Cells.Table(activeCounts);
        int rowCount = table.GetLength(0), columnCount = table.GetLength(1);
        int firstRow = table.GetLowerBound(0), firstColumn = table.GetLowerBound(1);
        var periods = new List<Period>();
        var rows = new List<long[]>();
        var tableRowOf = new List<int>();
        for (var r = 0; r < rowCount; r++)
        {
            var last = -1;
            for (var c = 0; c < columnCount; c++)
            {
                if (!Cells.IsIgnored(table[firstRow + r, firstColumn + c], RangeOf.Numbers))
                {
                    last = c;
                }
            }

            if (last < 0)
            {
                continue;
            }

            var counts = new long[last + 1];
            for (var c = 0; c <= last; c++)
            {
                var cell = table[firstRow + r, firstColumn + c];
                counts[c] = Cells.IsIgnored(cell, RangeOf.Numbers) ? throw new CellException(WorksheetErrors.Value) : Cells.Count(cell);
            }

            // The rates do not depend on the cohorts' dates: consecutive months stand for the rows.
            periods.Add(Period.Month(2000, 1).Offset(r));
            rows.Add(counts);
            tableRowOf.Add(r);
        }

        var cohorts = Retention.CohortRetention(periods, [.. rows]);
        var rates = new object[rowCount, columnCount];
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                rates[r, c] = WorksheetErrors.NotAvailable;
            }
        }

        for (var i = 0; i < tableRowOf.Count; i++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                rates[tableRowOf[i], c] = Out(cohorts.RetentionRate(i, c));
            }
        }

        return rates;
    }
}
