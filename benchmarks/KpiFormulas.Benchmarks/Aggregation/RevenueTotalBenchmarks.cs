using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using KpiFormulas.Aggregation;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>Total revenue over a column of decimal amounts (16 bytes a row; 8 as minor units).</summary>
[InputBytes(16)]
public class RevenueTotalBenchmarks : RecordBenchmark<OrderData, Order>
{
    /// <inheritdoc/>
    protected override string Table => "orders";

    /// <inheritdoc/>
    protected override OrderData Generate(int rows) => OrderData.Generate(rows);

    /// <inheritdoc/>
    protected override Order[] ToRecords(OrderData data) => data.ToRecords();

    /// <summary>What a user writes over Records: <c>Sum</c> with a selector.</summary>
    [Benchmark(Baseline = true)]
    public decimal Linq() => Records.Sum(order => order.Amount);

    /// <summary>LINQ's <c>Sum</c> over the decimal column itself (no record, no selector).</summary>
    [Benchmark]
    public decimal LinqOverColumn() => Data.Amounts.Sum();

    /// <summary>A plain loop adding decimals.</summary>
    [Benchmark]
    public decimal HandLoop()
    {
        var total = 0m;
        foreach (var amount in Data.Amounts)
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
        foreach (var cents in Data.AmountMinorUnits)
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
        using var command = Duck!.Command("SELECT sum(amount_cents) FROM orders");
        using var rows = command.ExecuteReader();
        rows.Read();
        return rows.GetInt64(0) / 100m;
    }

    /// <summary>DuckDB: loading the column with the appender (BIGINT cents).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    [InputBytes(8)]
    public void DuckDbLoad() => Load(Duck!, "orders_load");

    /// <summary>KpiFormulas: <see cref="RevenueAccumulator"/> over the decimal column (exact; vector fast path when the scales agree).</summary>
    [Benchmark]
    public RevenueResult KpiFormulas()
    {
        var revenue = new RevenueAccumulator(Currency.EUR);
        revenue.Add(Data.Amounts);
        return revenue.Result();
    }

    /// <summary>KpiFormulas: <see cref="RevenueAccumulator.AddMinorUnits(System.ReadOnlySpan{long})"/> over the cents (checked).</summary>
    [Benchmark]
    [InputBytes(8)]
    public RevenueResult KpiFormulasMinorUnits()
    {
        var revenue = new RevenueAccumulator(Currency.EUR);
        revenue.AddMinorUnits(Data.AmountMinorUnits);
        return revenue.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/> over the decimal column.</summary>
    [Benchmark]
    public RevenueResult KpiFormulasParallel()
    {
        var amounts = Data.Amounts;
        return Partitioned.Aggregate(
            amounts.Length,
            () => new RevenueAccumulator(Currency.EUR),
            (revenue, rows) => revenue.Add(amounts.AsSpan(rows))).Result();
    }

    /// <summary>KpiFormulas on all cores over cents: <see cref="Partitioned.Aggregate"/> over the minor-unit column.</summary>
    [Benchmark]
    [InputBytes(8)]
    public RevenueResult KpiFormulasMinorUnitsParallel()
    {
        var cents = Data.AmountMinorUnits;
        return Partitioned.Aggregate(
            cents.Length,
            () => new RevenueAccumulator(Currency.EUR),
            (revenue, rows) => revenue.AddMinorUnits(cents.AsSpan(rows))).Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result) => result switch
    {
        RevenueResult revenue => [revenue.Total.Revenue.Amount],
        _ => [(decimal)result!],
    };

    private protected override void Load(DuckDBConnection connection, string table)
    {
        connection.Execute($"CREATE OR REPLACE TABLE {table} (amount_cents BIGINT NOT NULL)");
        using var appender = connection.CreateAppender(table);
        foreach (var cents in Data.AmountMinorUnits)
        {
            appender.CreateRow().AppendValue(cents).EndRow();
        }
    }
}
