using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using KpiFormulas.Aggregation;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;
using KpiFormulas.Formulas;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>
/// The monthly cohort retention matrix over a year of orders (about one customer per ten orders):
/// cohort = month of a customer's first order, offset = months since, cell = distinct active customers.
/// Input: a customer id and a date, 8 bytes a row.
/// </summary>
[InputBytes(8)]
public class CohortRetentionBenchmarks : RecordBenchmark<OrderData, Order>
{
    /// <summary>Months in the Data: the matrix is 12 x 12 (offsets 0 .. 11 - cohort).</summary>
    public const int Months = 12;

    /// <inheritdoc/>
    protected override string Table => "orders";

    /// <inheritdoc/>
    protected override OrderData Generate(int rows) => OrderData.Generate(rows);

    /// <inheritdoc/>
    protected override Order[] ToRecords(OrderData data) => data.ToRecords();

    /// <summary>
    /// What a user writes: group orders by customer, take the distinct months and the first one, then
    /// group the (cohort, offset) pairs and count them.
    /// </summary>
    [Benchmark(Baseline = true)]
    public long[][] Linq()
    {
        var cells = Records
            .GroupBy(order => order.CustomerId)
            .Select(customer =>
            {
                var months = customer.Select(order => MonthIndex(order.Date)).Distinct().ToList();
                var cohort = months.Min();
                return (Cohort: cohort, Months: months);
            })
            .SelectMany(customer => customer.Months.Select(month => (customer.Cohort, Offset: month - customer.Cohort)))
            .GroupBy(cell => cell)
            .Select(cell => (cell.Key.Cohort, cell.Key.Offset, Customers: cell.LongCount()));

        var matrix = NewMatrix();
        foreach (var (cohort, offset, customers) in cells)
        {
            matrix[cohort][offset] = customers;
        }

        return matrix;
    }

    /// <summary>
    /// A plain one-pass loop: a bitmask of active months per customer (month looked up from the day),
    /// then the lowest bit is the cohort and every bit a cell.
    /// </summary>
    [Benchmark]
    public long[][] HandLoop()
    {
        var masks = new uint[Data.Customers];
        var customers = Data.CustomerIds;
        var dates = Data.Dates;
        var monthOfDay = Calendar.MonthOfDay;
        var firstDay = Calendar.FirstDay.DayNumber;
        for (var i = 0; i < customers.Length; i++)
        {
            masks[customers[i]] |= 1u << monthOfDay[dates[i].DayNumber - firstDay];
        }

        var matrix = NewMatrix();
        foreach (var mask in masks)
        {
            if (mask == 0)
            {
                continue;
            }

            var cohort = BitOperations.TrailingZeroCount(mask);
            for (var rest = mask >> cohort; rest != 0; rest &= rest - 1)
            {
                matrix[cohort][BitOperations.TrailingZeroCount(rest)]++;
            }
        }

        return matrix;
    }

    /// <summary>
    /// DuckDB: distinct (customer, month), first month per customer, join and count per (cohort, offset),
    /// the first month of the data bound as a parameter.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public long[][] DuckDbQuery()
    {
        const string sql = """
            WITH activity AS (
                SELECT DISTINCT customer_id, date_trunc('month', order_date) AS month FROM orders),
            cohorts AS (
                SELECT customer_id, min(month) AS cohort FROM activity GROUP BY customer_id)
            SELECT datediff('month', $first_month, c.cohort) AS cohort_index,
                   datediff('month', c.cohort, a.month) AS month_offset,
                   count(*) AS customers
            FROM activity a JOIN cohorts c USING (customer_id)
            GROUP BY ALL
            """;
        var matrix = NewMatrix();
        using var command = Duck!.Command(sql, new DuckDBParameter("first_month", Calendar.FirstDay));
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            matrix[rows.GetInt64(0)][rows.GetInt64(1)] = rows.GetInt64(2);
        }

        return matrix;
    }

    /// <summary>DuckDB: loading the two columns with the appender (INTEGER customer, DATE).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public void DuckDbLoad() => Load(Duck!, "orders_load");

    /// <summary>KpiFormulas: <see cref="CohortRetentionAccumulator"/> (monthly cohorts over 2025) to a <see cref="CohortRetentionTable"/>.</summary>
    [Benchmark]
    public CohortRetentionTable KpiFormulas()
    {
        var cohorts = new CohortRetentionAccumulator(Data.Customers, Period.Month(2025, 1), Months);
        cohorts.Add(Data.CustomerIds, Data.Dates);
        return cohorts.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/> (each partition holds its own per-customer masks, 32-bit for these 12 months, merged by a vector OR).</summary>
    [Benchmark]
    public CohortRetentionTable KpiFormulasParallel()
    {
        var customers = Data.CustomerIds;
        var dates = Data.Dates;
        var customerCount = Data.Customers;
        return Partitioned.Aggregate(
            customers.Length,
            () => new CohortRetentionAccumulator(customerCount, Period.Month(2025, 1), Months),
            (cohorts, rows) => cohorts.Add(customers.AsSpan(rows), dates.AsSpan(rows))).Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result)
    {
        var matrix = result as long[][];
        if (result is CohortRetentionTable table)
        {
            matrix = NewMatrix();
            for (var c = 0; c < table.Cohorts.Count; c++)
            {
                var start = table.Cohorts[c].Start;
                var month = ((start.Year - Calendar.FirstDay.Year) * 12) + start.Month - 1;
                for (var offset = 0; offset < table.OffsetCount(c); offset++)
                {
                    matrix[month][offset] = table.ActiveCustomers(c, offset);
                }
            }
        }

        return matrix!.SelectMany(row => row).Select(cell => (decimal)cell).ToList();
    }

    /// <summary>An empty 12 x 12 matrix.</summary>
    public static long[][] NewMatrix()
    {
        var matrix = new long[Months][];
        for (var cohort = 0; cohort < Months; cohort++)
        {
            matrix[cohort] = new long[Months];
        }

        return matrix;
    }

    private static int MonthIndex(DateOnly date) => ((date.Year - Calendar.FirstDay.Year) * 12) + date.Month - 1;

    private protected override void Load(DuckDBConnection connection, string table)
    {
        connection.Execute($"CREATE OR REPLACE TABLE {table} (customer_id INTEGER NOT NULL, order_date DATE NOT NULL)");
        using var appender = connection.CreateAppender(table);
        for (var i = 0; i < Data.Rows; i++)
        {
            appender.CreateRow().AppendValue(Data.CustomerIds[i]).AppendValue(Data.Dates[i]).EndRow();
        }
    }
}
