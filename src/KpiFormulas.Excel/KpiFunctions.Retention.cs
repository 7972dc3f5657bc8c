using System.Collections.Generic;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.RETENTION_RATE</c>: customers of N−1 still active in N / customers of N−1 (catalogue id <c>retention_rate</c>).</summary>
    /// <param name="retainedCustomers">Customers of the previous period still active in this one.</param>
    /// <param name="customersInPreviousPeriod">Customers of the previous period.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> when the previous period had no customer.</returns>
    [WorksheetFunction("KPI.RETENTION_RATE", "Retention rate: previous period's customers still active / previous period's customers, as a fraction.")]
    public static object RetentionRate(
        [WorksheetArgument("retained_customers", "Customers of the previous period still active in this one (a whole number).")] object retainedCustomers,
        [WorksheetArgument("customers_in_previous_period", "Customers of the previous period (a whole number).")] object customersInPreviousPeriod) =>
        Share(Retention.RetentionRate, retainedCustomers, customersInPreviousPeriod);

    /// <summary><c>KPI.CHURN_RATE</c>: customers lost / customers at the start (catalogue id <c>churn_rate</c>).</summary>
    /// <param name="customersLost">Customers of the start lost during the period.</param>
    /// <param name="customersAtStart">Customers at the start of the period.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no customer at the start.</returns>
    [WorksheetFunction("KPI.CHURN_RATE", "Churn rate: customers lost / customers at the start of the period, as a fraction.")]
    public static object ChurnRate(
        [WorksheetArgument("customers_lost", "Customers of the start lost during the period (a whole number).")] object customersLost,
        [WorksheetArgument("customers_at_start", "Customers at the start of the period (a whole number).")] object customersAtStart) =>
        Share(Retention.ChurnRate, customersLost, customersAtStart);

    /// <summary>
    /// <c>KPI.MULTI_YEAR_RETENTION</c>: the share of a base year's customers who bought in each of
    /// <paramref name="consecutiveYears"/> years in a row from it, from a table of purchases (catalogue
    /// id <c>multi_year_retention</c>).
    /// </summary>
    /// <param name="customers">The customer of each purchase (text or number ids).</param>
    /// <param name="years">The calendar year of the same purchase, a range of the same shape (whole numbers 1 to 9998).</param>
    /// <param name="baseYear">The base year.</param>
    /// <param name="consecutiveYears">The run length counting the base year (2 = bought this year and the next), at least 1.</param>
    /// <returns>The rate as a fraction; <c>#N/A</c> when the run ends after the last year of the data or the base year is outside it; <c>#DIV/0!</c> when nobody bought in the base year.</returns>
    [WorksheetFunction("KPI.MULTI_YEAR_RETENTION", "Share of a base year's customers who bought k years in a row from it, from ranges of customers and purchase years.")]
    public static object MultiYearRetention(
        [WorksheetArgument("customers", "The customer id of each purchase (a range).")] object[,] customers,
        [WorksheetArgument("years", "The calendar year of the same purchase (a range of the same shape).")] object[,] years,
        [WorksheetArgument("base_year", "The base year.")] object baseYear,
        [WorksheetArgument("consecutive_years", "Years in a row counting the base year (2 = this year and the next).")] object consecutiveYears) =>
        Run(() =>
        {
            var (ids, purchaseYears) = Cells.Pairs(customers, Cells.Text, years, Cells.Count);
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
    /// <c>KPI.COHORT_RETENTION</c>: one cell of a cohort retention table, the share of a cohort active
    /// <paramref name="offset"/> periods after its own, from a table of counts (catalogue id <c>cohort_retention</c>).
    /// </summary>
    /// <param name="activeCounts">
    /// One row per cohort in order: the first column is the cohort's size, the next ones its customers
    /// active 1, 2, ... periods later. Blank cells at the end of a row are periods the data does not
    /// reach yet (a triangle); a blank row is a cohort with no data.
    /// </param>
    /// <param name="cohort">The cohort's row in the range, from 1.</param>
    /// <param name="offset">Periods after the cohort's own, from 0 (the first column, always 100 % for a non-empty cohort).</param>
    /// <returns>
    /// The rate as a fraction; <c>#N/A</c> for a cell the data does not reach (or a row or column outside the range);
    /// <c>#DIV/0!</c> for an empty cohort; <c>#VALUE!</c> for a count above the cohort size, a blank inside a row or a negative count.
    /// </returns>
    [WorksheetFunction("KPI.COHORT_RETENTION", "One cell of a cohort retention table: active customers at an offset / cohort size, from a table of counts.")]
    public static object CohortRetention(
        [WorksheetArgument("active_counts", "Rows of cohorts: the size, then the customers active 1, 2... periods later.")] object[,] activeCounts,
        [WorksheetArgument("cohort", "The cohort's row in the range, from 1.")] object cohort,
        [WorksheetArgument("offset", "Periods after the cohort's own, from 0 (the size column).")] object offset) =>
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
    /// <c>KPI.COHORT_RETENTION_TABLE</c>: the whole cohort retention table, the shape of the counts, as an
    /// array that spills in Excel 365: each cell a rate or its own error (<c>#N/A</c> where the data does
    /// not reach, <c>#DIV/0!</c> for an empty cohort).
    /// </summary>
    /// <param name="activeCounts">The counts, laid out as for <see cref="CohortRetention(object[,], object, object)"/>.</param>
    /// <returns>The table of rates; <c>#VALUE!</c> when a row is invalid.</returns>
    [WorksheetFunction("KPI.COHORT_RETENTION_TABLE", "The cohort retention table of rates, the shape of the counts (a dynamic array).")]
    public static object CohortRetentionTable(
        [WorksheetArgument("active_counts", "Rows of cohorts: the size, then the customers active 1, 2... periods later.")] object[,] activeCounts) =>
        Run(() => CohortRates(activeCounts));

    private static object[,] CohortRates(object[,]? activeCounts)
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
                if (!Blank(table[firstRow + r, firstColumn + c]))
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
                counts[c] = Blank(cell) ? throw new CellException(WorksheetErrors.Value) : Cells.Count(cell);
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
