using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KpiFormulas.Aggregation;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>Total revenue over a column of decimal amounts (16 bytes a row; 8 as minor units).</summary>
[InputBytes(16)]
public class RevenueTotalBenchmarks : AggregationBenchmark
{
    private OrderData data = null!;
    private Order[] records = null!;
    private DuckDbSession? duck;

    /// <summary>Data and the records LINQ reads.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetUpLinq()
    {
        data = OrderData.Generate(Rows);
        records = data.ToRecords();
    }

    /// <summary>Data loaded into DuckDB (not timed: <see cref="DuckDbLoad"/> times the load).</summary>
    [GlobalSetup(Targets = [DuckDbQueryMethod, DuckDbLoadMethod])]
    public void SetUpDuckDb()
    {
        data = OrderData.Generate(Rows);
        duck = new DuckDbSession();
        Load(duck, "orders", data);
    }

    /// <summary>Data only.</summary>
    [GlobalSetup]
    public void SetUp() => data = OrderData.Generate(Rows);

    /// <inheritdoc/>
    public override void SetUpAll()
    {
        SetUpLinq();
        if (DuckDbLibrary.IsAvailable)
        {
            duck = new DuckDbSession();
            Load(duck, "orders", data);
        }
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public override void CleanUpAll()
    {
        duck?.Dispose();
        duck = null;
    }

    /// <summary>What a user writes over records: <c>Sum</c> with a selector.</summary>
    [Benchmark(Baseline = true)]
    public decimal Linq() => records.Sum(order => order.Amount);

    /// <summary>LINQ's <c>Sum</c> over the decimal column itself (no record, no selector).</summary>
    [Benchmark]
    public decimal LinqOverColumn() => data.Amounts.Sum();

    /// <summary>A plain loop adding decimals.</summary>
    [Benchmark]
    public decimal HandLoop()
    {
        var total = 0m;
        foreach (var amount in data.Amounts)
        {
            total += amount;
        }

        return total;
    }

    /// <summary>A plain checked loop over the amounts as cents.</summary>
    [Benchmark]
    [InputBytes(8)]
    public decimal HandLoopMinorUnits()
    {
        long total = 0;
        foreach (var cents in data.AmountMinorUnits)
        {
            total = checked(total + cents);
        }

        return total / 100m;
    }

    /// <summary>DuckDB: <c>SELECT sum(amount_cents)</c> over a BIGINT column of cents.</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public decimal DuckDbQuery()
    {
        using var result = duck!.Query("SELECT sum(amount_cents) FROM orders");
        return result.Int64(0, 0) / 100m;
    }

    /// <summary>DuckDB: loading the column with the appender (BIGINT cents).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    [InputBytes(8)]
    public void DuckDbLoad() => Load(duck!, "orders_load", data);

    /// <summary>KpiFormulas: <see cref="RevenueAccumulator"/> over the decimal column (exact; vector fast path when the scales agree).</summary>
    [Benchmark]
    public RevenueResult KpiFormulas()
    {
        var revenue = new RevenueAccumulator(Currency.EUR);
        revenue.Add(data.Amounts);
        return revenue.Result();
    }

    /// <summary>KpiFormulas: <see cref="RevenueAccumulator.AddMinorUnits(System.ReadOnlySpan{long})"/> over the cents (checked).</summary>
    [Benchmark]
    [InputBytes(8)]
    public RevenueResult KpiFormulasMinorUnits()
    {
        var revenue = new RevenueAccumulator(Currency.EUR);
        revenue.AddMinorUnits(data.AmountMinorUnits);
        return revenue.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/> over the decimal column.</summary>
    [Benchmark]
    public RevenueResult KpiFormulasParallel()
    {
        var amounts = data.Amounts;
        return Partitioned.Aggregate(
            amounts.Length,
            () => new RevenueAccumulator(Currency.EUR),
            (revenue, rows) => revenue.Add(amounts.AsSpan(rows))).Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result) => result switch
    {
        RevenueResult revenue => [revenue.Total.Revenue.Amount],
        _ => [(decimal)result!],
    };

    private static void Load(DuckDbSession session, string table, OrderData data)
    {
        session.Execute($"CREATE OR REPLACE TABLE {table} (amount_cents BIGINT NOT NULL)");
        using var appender = session.CreateAppender(table);
        foreach (var cents in data.AmountMinorUnits)
        {
            appender.Append(cents);
            appender.EndRow();
        }
    }
}
