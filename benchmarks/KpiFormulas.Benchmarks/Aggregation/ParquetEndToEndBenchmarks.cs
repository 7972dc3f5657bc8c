using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using KpiFormulas.Aggregation;
using KpiFormulas.Arrow;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;
using KpiFormulas.Formulas;
using Parquet;
using Parquet.Schema;
using Calendar = KpiFormulas.Benchmarks.Aggregation.Data.Calendar;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>
/// End to end from a Parquet file of orders to revenue by channel (exact decimals) and the monthly
/// cohort table: KpiFormulas.Arrow reading the file row group by row group into the accumulators,
/// against DuckDB's SQL over the same file (<c>read_parquet</c>), each from the file on disk.
/// </summary>
/// <remarks>
/// The file holds the orders of <see cref="OrderData.Generate"/> (seeded) as DECIMAL(18, 2) amount,
/// UINT8 channel, INT32 customer and DATE columns in row groups of 1 M rows, written by Parquet.Net
/// once per size into the temporary folder and reused by later runs. The input bytes are the four
/// columns once decoded (16 + 1 + 4 + 4).
/// </remarks>
[InputBytes(25)]
public class ParquetEndToEndBenchmarks : AggregationBenchmark
{
    private const int RowGroupRows = 1 << 20;

    private string path = "";
    private DuckDBConnection? duck;
    private int customers;

    /// <summary>DuckDB: revenue and orders per channel, then the cohort table, both in SQL over <c>read_parquet</c> (DuckDB's threads: all cores unless <see cref="InMemoryDuckDb.ThreadsVariable"/> says otherwise).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(DuckDbCategory)]
    public ParquetFigures DuckDbQuery()
    {
        var figures = new ParquetFigures();
        using (var command = duck!.Command($"SELECT channel, sum(amount), count(*) FROM read_parquet('{path}') GROUP BY channel"))
        using (var rows = command.ExecuteReader())
        {
            while (rows.Read())
            {
                var channel = Convert.ToInt32(rows.GetValue(0), CultureInfo.InvariantCulture);
                figures.Revenue[channel] = rows.GetDecimal(1);
                figures.Orders[channel] = rows.GetInt64(2);
            }
        }

        var sql = $"""
            WITH activity AS (
                SELECT DISTINCT customer_id, date_trunc('month', order_date) AS month FROM read_parquet('{path}')),
            cohorts AS (
                SELECT customer_id, min(month) AS cohort FROM activity GROUP BY customer_id)
            SELECT datediff('month', $first_month, c.cohort) AS cohort_index,
                   datediff('month', c.cohort, a.month) AS month_offset,
                   count(*) AS customers
            FROM activity a JOIN cohorts c USING (customer_id)
            GROUP BY ALL
            """;
        using (var command = duck!.Command(sql, new DuckDBParameter("first_month", Calendar.FirstDay)))
        using (var rows = command.ExecuteReader())
        {
            while (rows.Read())
            {
                figures.Cohorts[rows.GetInt64(0)][rows.GetInt64(1)] = rows.GetInt64(2);
            }
        }

        return figures;
    }

    /// <summary>KpiFormulas.Arrow on one core: the file read twice, once per accumulator, each reading its two columns.</summary>
    [Benchmark]
    public ParquetFigures KpiFormulas() =>
        Task.Run(async () =>
        {
            var revenue = await Revenue().ConfigureAwait(false);
            var cohorts = await Cohorts().ConfigureAwait(false);
            return ParquetFigures.Of(revenue, cohorts);
        }).GetAwaiter().GetResult();

    /// <summary>KpiFormulas.Arrow on two cores: the two accumulators read the file at the same time.</summary>
    [Benchmark]
    public ParquetFigures KpiFormulasParallel()
    {
        var revenue = Task.Run(Revenue);
        var cohorts = Task.Run(Cohorts);
        return ParquetFigures.Of(revenue.GetAwaiter().GetResult(), cohorts.GetAwaiter().GetResult());
    }

    /// <inheritdoc/>
    [GlobalSetup]
    public override void SetUpAll()
    {
        customers = Math.Max(1, Rows / 10); // OrderData's customer count
        path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"kpiformulas-orders-{Rows}-seed20250101.parquet"));
        if (!File.Exists(path))
        {
            WriteAsync(OrderData.Generate(Rows), path).GetAwaiter().GetResult();
        }

        duck = InMemoryDuckDb.Open();
    }

    /// <inheritdoc/>
    [GlobalCleanup]
    public override void CleanUpAll()
    {
        duck?.Dispose();
        duck = null;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result)
    {
        var figures = (ParquetFigures)result!;
        return [.. figures.Revenue, .. figures.Orders.Select(o => (decimal)o), .. figures.Cohorts.SelectMany(row => row).Select(cell => (decimal)cell)];
    }

    private async Task<RevenueResult> Revenue()
    {
        var revenue = new RevenueAccumulator(Currency.EUR, OrderData.ChannelCount);
        var file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
        {
            await revenue.AddParquetAsync(file, new RevenueColumns("amount", "channel")).ConfigureAwait(false);
        }

        return revenue.Result();
    }

    private async Task<CohortRetentionTable> Cohorts()
    {
        var cohorts = new CohortRetentionAccumulator(customers, Period.Month(2025, 1), CohortRetentionBenchmarks.Months);
        var file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
        {
            await cohorts.AddParquetAsync(file, new CohortRetentionColumns("customer_id", "order_date")).ConfigureAwait(false);
        }

        return cohorts.Result();
    }

    private static async Task WriteAsync(OrderData data, string target)
    {
        var temporary = target + ".partial";
        DataField amount = new DecimalDataField("amount", 18, 2);
        DataField channel = new DataField<byte>("channel");
        DataField customer = new DataField<int>("customer_id");
        DataField date = new DataField<DateOnly>("order_date");
        var stream = File.Create(temporary);
        await using (stream.ConfigureAwait(false))
        {
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(amount, channel, customer, date), stream).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                for (var start = 0; start < data.Rows; start += RowGroupRows)
                {
                    var count = Math.Min(RowGroupRows, data.Rows - start);
                    using var group = writer.CreateRowGroup();
                    await group.WriteAsync<decimal>(amount, data.Amounts.AsMemory(start, count)).ConfigureAwait(false);
                    await group.WriteAsync<byte>(channel, data.Channels.AsMemory(start, count)).ConfigureAwait(false);
                    await group.WriteAsync<int>(customer, data.CustomerIds.AsMemory(start, count)).ConfigureAwait(false);
                    await group.WriteAsync<DateOnly>(date, data.Dates.AsMemory(start, count)).ConfigureAwait(false);
                }
            }
        }

        File.Move(temporary, target, overwrite: true);
    }
}

/// <summary>What both sides compute: revenue and orders per channel, and the 12 × 12 cohort matrix.</summary>
public sealed class ParquetFigures
{
    /// <summary>Revenue per channel.</summary>
    public decimal[] Revenue { get; } = new decimal[OrderData.ChannelCount];

    /// <summary>Orders per channel.</summary>
    public long[] Orders { get; } = new long[OrderData.ChannelCount];

    /// <summary>Active customers per cohort month and month offset.</summary>
    public long[][] Cohorts { get; } = CohortRetentionBenchmarks.NewMatrix();

    /// <summary>The figures of the accumulators' results.</summary>
    public static ParquetFigures Of(RevenueResult revenue, CohortRetentionTable table)
    {
        var figures = new ParquetFigures();
        for (var channel = 0; channel < revenue.Groups.Count; channel++)
        {
            figures.Revenue[channel] = revenue.Groups[channel].Revenue.Amount;
            figures.Orders[channel] = revenue.Groups[channel].Orders;
        }

        for (var c = 0; c < table.Cohorts.Count; c++)
        {
            var start = table.Cohorts[c].Start;
            var month = ((start.Year - Calendar.FirstDay.Year) * 12) + start.Month - 1;
            for (var offset = 0; offset < table.OffsetCount(c); offset++)
            {
                figures.Cohorts[month][offset] = table.ActiveCustomers(c, offset);
            }
        }

        return figures;
    }
}
