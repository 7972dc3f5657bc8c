using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using KpiFormulas.Aggregation;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;
using KpiFormulas.Formulas;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>
/// The customer summaries of the customer-base models over a year of orders (about ten orders a
/// customer): per customer first seen by the calibration end (30 September 2025), the repeat purchase
/// days x, the recency t_x and time observed T in weeks, the repeat value, and the purchase days and
/// value of the holdout window (to 31 December 2025). Purchases of one customer on one day count once.
/// Input: a customer id, a date and a decimal amount, 24 bytes a row.
/// </summary>
[InputBytes(24)]
public class CustomerSummaryBenchmarks : RecordBenchmark<OrderData, Order>
{
    private static readonly DateOnly CalibrationEnd = new(2025, 9, 30);
    private static readonly DateOnly HoldoutEnd = new(2025, 12, 31);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly int CalibrationDay = CalibrationEnd.DayNumber;

    /// <inheritdoc/>
    protected override string Table => "purchases";

    /// <inheritdoc/>
    protected override OrderData Generate(int rows) => OrderData.Generate(rows);

    /// <inheritdoc/>
    protected override Order[] ToRecords(OrderData data) => data.ToRecords();

    /// <summary>
    /// What a user writes: group the orders by customer, then by day (summing the day's amounts), and
    /// count and sum the days after the first one on either side of the calibration end.
    /// </summary>
    [Benchmark(Baseline = true)]
    public SummaryRow[] Linq() =>
        Records
            .GroupBy(order => order.CustomerId)
            .Select(customer =>
            {
                var days = customer
                    .GroupBy(order => order.Date.DayNumber)
                    .Select(day => (Day: day.Key, Amount: day.Sum(order => order.Amount)))
                    .OrderBy(day => day.Day)
                    .ToList();
                var first = days[0].Day;
                var repeats = days.Skip(1).Where(day => day.Day <= CalibrationDay).ToList();
                var holdout = days.Where(day => day.Day > CalibrationDay).ToList();
                return new SummaryRow(
                    customer.Key,
                    first,
                    repeats.Count,
                    repeats.Count == 0 ? 0 : repeats[^1].Day - first,
                    CalibrationDay - first,
                    repeats.Sum(day => day.Amount),
                    holdout.Count,
                    holdout.Sum(day => day.Amount));
            })
            .Where(row => row.FirstDay <= CalibrationDay)
            .OrderBy(row => row.Customer)
            .ToArray();

    /// <summary>
    /// A plain one-pass loop that relies on the log being in time order (the accumulator does not):
    /// per customer the first and the latest purchase day, so that a row on the latest day is a
    /// same-day purchase and any other row a new purchase day.
    /// </summary>
    [Benchmark]
    public SummaryRow[] HandLoop()
    {
        var customerCount = Data.Customers;
        var firstDay = new int[customerCount];
        var latestDay = new int[customerCount];
        var repeats = new long[customerCount];
        var lastRepeat = new int[customerCount];
        var repeatValue = new decimal[customerCount];
        var holdout = new long[customerCount];
        var holdoutValue = new decimal[customerCount];
        var customers = Data.CustomerIds;
        var dates = Data.Dates;
        var amounts = Data.Amounts;
        for (var i = 0; i < customers.Length; i++)
        {
            var c = customers[i];
            var day = dates[i].DayNumber;
            if (firstDay[c] == 0)
            {
                firstDay[c] = latestDay[c] = lastRepeat[c] = day;
                continue;
            }

            if (day == firstDay[c])
            {
                continue;
            }

            var newDay = day != latestDay[c];
            latestDay[c] = day;
            if (day <= CalibrationDay)
            {
                repeats[c] += newDay ? 1 : 0;
                repeatValue[c] += amounts[i];
                lastRepeat[c] = day;
            }
            else
            {
                holdout[c] += newDay ? 1 : 0;
                holdoutValue[c] += amounts[i];
            }
        }

        var rows = new List<SummaryRow>(customerCount);
        for (var c = 0; c < customerCount; c++)
        {
            if (firstDay[c] != 0 && firstDay[c] <= CalibrationDay)
            {
                rows.Add(new SummaryRow(c, firstDay[c], repeats[c], lastRepeat[c] - firstDay[c], CalibrationDay - firstDay[c], repeatValue[c], holdout[c], holdoutValue[c]));
            }
        }

        return [.. rows];
    }

    /// <summary>
    /// DuckDB: purchase days (summed per customer and day), each customer's first day, then filtered
    /// counts, maxima and sums on either side of the calibration end, bound as a parameter.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public SummaryRow[] DuckDbQuery()
    {
        const string sql = """
            WITH days AS (
                SELECT customer_id, purchase_date AS day, sum(amount_cents) AS cents FROM purchases GROUP BY ALL),
            firsts AS (
                SELECT customer_id, min(day) AS first_day FROM days GROUP BY customer_id)
            SELECT d.customer_id,
                   datediff('day', DATE '0001-01-01', f.first_day) AS first_day_number,
                   count(*) FILTER (WHERE d.day > f.first_day AND d.day <= $calibration_end) AS repeats,
                   coalesce(datediff('day', f.first_day, max(d.day) FILTER (WHERE d.day > f.first_day AND d.day <= $calibration_end)), 0) AS recency_days,
                   coalesce(sum(d.cents) FILTER (WHERE d.day > f.first_day AND d.day <= $calibration_end), 0) AS repeat_cents,
                   count(*) FILTER (WHERE d.day > $calibration_end) AS holdout,
                   coalesce(sum(d.cents) FILTER (WHERE d.day > $calibration_end), 0) AS holdout_cents
            FROM days d JOIN firsts f USING (customer_id)
            WHERE f.first_day <= $calibration_end
            GROUP BY d.customer_id, f.first_day
            ORDER BY d.customer_id
            """;
        var rows = new List<SummaryRow>();
        using var command = Duck!.Command(sql, new DuckDBParameter("calibration_end", CalibrationEnd));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var first = (int)reader.GetInt64(1);
            rows.Add(new SummaryRow(
                reader.GetInt32(0),
                first,
                reader.GetInt64(2),
                (int)reader.GetInt64(3),
                CalibrationDay - first,
                reader.GetInt64(4) / 100m,
                reader.GetInt64(5),
                reader.GetInt64(6) / 100m));
        }

        return [.. rows];
    }

    /// <summary>DuckDB: loading the three columns with the appender (INTEGER customer, DATE, BIGINT cents).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public void DuckDbLoad() => Load(Duck!, "purchases_load");

    /// <summary>KpiFormulas: <see cref="CustomerSummaryAccumulator"/> (weeks) to the <see cref="CustomerSummary"/> of each customer.</summary>
    [Benchmark]
    public IReadOnlyDictionary<int, CustomerSummary> KpiFormulas()
    {
        var summaries = new CustomerSummaryAccumulator(Data.Customers, Currency.EUR, CalibrationEnd, HoldoutEnd, Week);
        summaries.Add(Data.CustomerIds, Data.Dates, Data.Amounts);
        return summaries.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/> (each partition keeps the purchase days of its rows; the merge folds them).</summary>
    [Benchmark]
    public IReadOnlyDictionary<int, CustomerSummary> KpiFormulasParallel()
    {
        var customers = Data.CustomerIds;
        var dates = Data.Dates;
        var amounts = Data.Amounts;
        var customerCount = Data.Customers;
        return Partitioned.Aggregate(
            customers.Length,
            () => new CustomerSummaryAccumulator(customerCount, Currency.EUR, CalibrationEnd, HoldoutEnd, Week),
            (summaries, rows) => summaries.Add(customers.AsSpan(rows), dates.AsSpan(rows), amounts.AsSpan(rows))).Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result)
    {
        // Per customer in id order: id, x, t_x and T in weeks (days over the unit, as the library divides), repeat value, holdout days and value.
        var ticksPerWeek = (decimal)Week.Ticks;
        decimal Weeks(int days) => days * (decimal)TimeSpan.TicksPerDay / ticksPerWeek;
        var figures = new List<decimal>();
        if (result is IReadOnlyDictionary<int, CustomerSummary> summaries)
        {
            foreach (var (customer, s) in summaries.OrderBy(pair => pair.Key))
            {
                figures.AddRange([customer, s.RepeatPurchases, s.Recency, s.TimeObserved, s.RepeatValue.Amount, s.HoldoutPurchases, s.HoldoutValue.Amount]);
            }

            return figures;
        }

        foreach (var row in (SummaryRow[])result!)
        {
            figures.AddRange([row.Customer, row.RepeatPurchases, Weeks(row.RecencyDays), Weeks(row.TimeObservedDays), row.RepeatValue, row.HoldoutPurchases, row.HoldoutValue]);
        }

        return figures;
    }

    private protected override void Load(DuckDBConnection connection, string table)
    {
        connection.Execute($"CREATE OR REPLACE TABLE {table} (customer_id INTEGER NOT NULL, purchase_date DATE NOT NULL, amount_cents BIGINT NOT NULL)");
        using var appender = connection.CreateAppender(table);
        for (var i = 0; i < Data.Rows; i++)
        {
            appender.CreateRow().AppendValue(Data.CustomerIds[i]).AppendValue(Data.Dates[i]).AppendValue(Data.AmountMinorUnits[i]).EndRow();
        }
    }

    /// <summary>One customer's summary with times in days, as LINQ, the hand loop and SQL produce it.</summary>
    /// <param name="Customer">The customer id.</param>
    /// <param name="FirstDay">The day number of the first purchase.</param>
    /// <param name="RepeatPurchases">Purchase days after the first, up to the calibration end.</param>
    /// <param name="RecencyDays">Days from the first purchase to the last repeat purchase (0 without one).</param>
    /// <param name="TimeObservedDays">Days from the first purchase to the calibration end.</param>
    /// <param name="RepeatValue">The value of the repeat purchases.</param>
    /// <param name="HoldoutPurchases">Purchase days after the calibration end.</param>
    /// <param name="HoldoutValue">Their value.</param>
    public readonly record struct SummaryRow(int Customer, int FirstDay, long RepeatPurchases, int RecencyDays, int TimeObservedDays, decimal RepeatValue, long HoldoutPurchases, decimal HoldoutValue);
}
