using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using KpiFormulas.Aggregation;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;
using KpiFormulas.Formulas;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>
/// The MRR movements of December 2025 (opening, new, expansion, reactivation, contraction, churned,
/// closing) from a year of subscription rows: per customer, November's and December's MRR (their lines
/// added up) and whether they paid before November. Input: a 64-bit customer id, a month (a 12-byte
/// <see cref="Period"/>) and a decimal MRR, 36 bytes a row.
/// </summary>
[InputBytes(36)]
public class MrrMovementsBenchmarks : RecordBenchmark<SubscriptionData, MrrRow>
{
    private static readonly Period Report = SubscriptionData.ReportMonth;
    private static readonly Period Previous = SubscriptionData.ReportMonth.Previous();

    /// <inheritdoc/>
    protected override string Table => "subscriptions";

    /// <inheritdoc/>
    protected override SubscriptionData Generate(int rows) => SubscriptionData.Generate(rows);

    /// <inheritdoc/>
    protected override MrrRow[] ToRecords(SubscriptionData data) => data.ToRecords();

    /// <summary>
    /// What a user writes: group the rows up to December by customer, sum November and December, look for
    /// an earlier payment, then classify each customer and add up.
    /// </summary>
    [Benchmark(Baseline = true)]
    public Movements Linq()
    {
        var customers = Records
            .Where(row => row.Month <= Report)
            .GroupBy(row => row.CustomerId)
            .Select(customer => (
                Previous: customer.Where(row => row.Month == Previous).Sum(row => row.Mrr),
                Current: customer.Where(row => row.Month == Report).Sum(row => row.Mrr),
                PaidBefore: customer.Any(row => row.Month < Previous && row.Mrr > 0m)));
        var movements = new Movements();
        foreach (var (previous, current, paidBefore) in customers)
        {
            movements.Add(previous, current, paidBefore);
        }

        return movements;
    }

    /// <summary>A plain one-pass loop over the columns: a dictionary from customer id to the two months' MRR and the flag, then the classification.</summary>
    [Benchmark]
    public Movements HandLoop()
    {
        var table = new Dictionary<long, (decimal Previous, decimal Current, bool PaidBefore)>();
        var customers = Data.CustomerIds;
        var months = Data.Months;
        var amounts = Data.Amounts;
        var reportDay = Report.Start.DayNumber;
        var previousDay = Previous.Start.DayNumber;
        for (var i = 0; i < customers.Length; i++)
        {
            var day = months[i].Start.DayNumber;
            var amount = amounts[i];
            if (amount == 0m || day > reportDay)
            {
                continue;
            }

            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(table, customers[i], out _);
            if (day == reportDay)
            {
                entry.Current += amount;
            }
            else if (day == previousDay)
            {
                entry.Previous += amount;
            }
            else
            {
                entry.PaidBefore = true;
            }
        }

        var movements = new Movements();
        foreach (var (previous, current, paidBefore) in table.Values)
        {
            movements.Add(previous, current, paidBefore);
        }

        return movements;
    }

    /// <summary>
    /// DuckDB: per customer, November's and December's cents with filtered sums and the earlier payment
    /// with <c>bool_or</c>, then one row of conditional sums; the two months bound as parameters.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public Movements DuckDbQuery()
    {
        const string sql = """
            WITH customers AS (
                SELECT customer_id,
                       coalesce(sum(mrr_cents) FILTER (WHERE month = $previous), 0) AS p,
                       coalesce(sum(mrr_cents) FILTER (WHERE month = $report), 0) AS c,
                       coalesce(bool_or(month < $previous AND mrr_cents > 0), false) AS paid_before
                FROM subscriptions
                WHERE month <= $report
                GROUP BY customer_id)
            SELECT coalesce(sum(p), 0)::BIGINT AS opening,
                   coalesce(sum(CASE WHEN p = 0 AND NOT paid_before THEN c ELSE 0 END), 0)::BIGINT AS new_mrr,
                   coalesce(sum(CASE WHEN p > 0 AND c > p THEN c - p ELSE 0 END), 0)::BIGINT AS expansion,
                   coalesce(sum(CASE WHEN p = 0 AND paid_before THEN c ELSE 0 END), 0)::BIGINT AS reactivation,
                   coalesce(sum(CASE WHEN p > 0 AND c > 0 AND c < p THEN p - c ELSE 0 END), 0)::BIGINT AS contraction,
                   coalesce(sum(CASE WHEN p > 0 AND c = 0 THEN p ELSE 0 END), 0)::BIGINT AS churned,
                   coalesce(sum(c), 0)::BIGINT AS closing
            FROM customers
            """;
        using var command = Duck!.Command(
            sql,
            new DuckDBParameter("previous", Previous.Start),
            new DuckDBParameter("report", Report.Start));
        using var rows = command.ExecuteReader();
        rows.Read();
        return new Movements
        {
            Opening = rows.GetInt64(0) / 100m,
            New = rows.GetInt64(1) / 100m,
            Expansion = rows.GetInt64(2) / 100m,
            Reactivation = rows.GetInt64(3) / 100m,
            Contraction = rows.GetInt64(4) / 100m,
            Churned = rows.GetInt64(5) / 100m,
            Closing = rows.GetInt64(6) / 100m,
        };
    }

    /// <summary>DuckDB: loading the three columns with the appender (BIGINT customer, DATE month, BIGINT cents).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public void DuckDbLoad() => Load(Duck!, "subscriptions_load");

    /// <summary>KpiFormulas: <see cref="MrrMovementsAccumulator"/> over the decimal columns, to <see cref="MrrMovements"/>.</summary>
    [Benchmark]
    public MrrMovements KpiFormulas()
    {
        var december = new MrrMovementsAccumulator(Currency.EUR, Report);
        december.Add(Data.CustomerIds, Data.Months, Data.Amounts);
        return december.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/> (each partition keeps its own customers; the merge adds them up).</summary>
    [Benchmark]
    public MrrMovements KpiFormulasParallel()
    {
        var customers = Data.CustomerIds;
        var months = Data.Months;
        var amounts = Data.Amounts;
        return Partitioned.Aggregate(
            customers.Length,
            () => new MrrMovementsAccumulator(Currency.EUR, Report),
            (december, rows) => december.Add(customers.AsSpan(rows), months.AsSpan(rows), amounts.AsSpan(rows))).Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result) => result switch
    {
        MrrMovements m => [m.Opening.Amount, m.New.Amount, m.Expansion.Amount, m.Reactivation.Amount, m.Contraction.Amount, m.Churned.Amount, m.Closing.Amount],
        Movements m => [m.Opening, m.New, m.Expansion, m.Reactivation, m.Contraction, m.Churned, m.Closing],
        _ => [],
    };

    private protected override void Load(DuckDBConnection connection, string table)
    {
        connection.Execute($"CREATE OR REPLACE TABLE {table} (customer_id BIGINT NOT NULL, month DATE NOT NULL, mrr_cents BIGINT NOT NULL)");
        using var appender = connection.CreateAppender(table);
        for (var i = 0; i < Data.Rows; i++)
        {
            appender.CreateRow().AppendValue(Data.CustomerIds[i]).AppendValue(Data.Months[i].Start).AppendValue(Data.AmountMinorUnits[i]).EndRow();
        }
    }

    /// <summary>The month's movements as the LINQ, hand-loop and DuckDB sides compute them, in decimal euros.</summary>
    public sealed class Movements
    {
        public decimal Opening { get; set; }

        public decimal New { get; set; }

        public decimal Expansion { get; set; }

        public decimal Reactivation { get; set; }

        public decimal Contraction { get; set; }

        public decimal Churned { get; set; }

        public decimal Closing { get; set; }

        /// <summary>Classifies one customer as the subscription analytics vendors define it and adds it up.</summary>
        public void Add(decimal previous, decimal current, bool paidBefore)
        {
            Opening += previous;
            Closing += current;
            if (previous == 0m)
            {
                if (paidBefore)
                {
                    Reactivation += current;
                }
                else
                {
                    New += current;
                }
            }
            else if (current == 0m)
            {
                Churned += previous;
            }
            else if (current > previous)
            {
                Expansion += current - previous;
            }
            else
            {
                Contraction += previous - current;
            }
        }
    }
}
