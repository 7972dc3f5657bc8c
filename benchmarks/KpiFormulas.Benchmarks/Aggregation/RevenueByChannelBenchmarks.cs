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

/// <summary>Revenue, order count and AOV for each of 16 channels (a decimal amount and a byte channel: 17 bytes a row).</summary>
[InputBytes(17)]
public class RevenueByChannelBenchmarks : RecordBenchmark<OrderData, Order>
{
    /// <inheritdoc/>
    protected override string Table => "orders";

    /// <inheritdoc/>
    protected override OrderData Generate(int rows) => OrderData.Generate(rows);

    /// <inheritdoc/>
    protected override Order[] ToRecords(OrderData data) => data.ToRecords();

    /// <summary>What a user writes: <c>GroupBy</c> channel, then <c>Sum</c>, <c>Count</c> and <c>Average</c> per group.</summary>
    [Benchmark(Baseline = true)]
    public ChannelRevenue Linq()
    {
        var result = new ChannelRevenue(OrderData.ChannelCount);
        foreach (var group in Records
                     .GroupBy(order => order.Channel)
                     .Select(g => new { Channel = g.Key, Revenue = g.Sum(o => o.Amount), Orders = g.LongCount(), Average = g.Average(o => o.Amount) }))
        {
            result.Revenue[group.Channel] = group.Revenue;
            result.Orders[group.Channel] = group.Orders;
            result.AverageOrderValue[group.Channel] = group.Average;
        }

        return result;
    }

    /// <summary>A plain loop into per-channel arrays, then one division per channel.</summary>
    [Benchmark]
    public ChannelRevenue HandLoop()
    {
        var result = new ChannelRevenue(OrderData.ChannelCount);
        var amounts = Data.Amounts;
        var channels = Data.Channels;
        for (var i = 0; i < amounts.Length; i++)
        {
            result.Revenue[channels[i]] += amounts[i];
            result.Orders[channels[i]]++;
        }

        result.ComputeAverages();
        return result;
    }

    /// <summary>DuckDB: <c>GROUP BY channel</c> with <c>sum(amount_cents)</c> and <c>count(*)</c>; AOV = sum / count per channel.</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public ChannelRevenue DuckDbQuery()
    {
        var result = new ChannelRevenue(OrderData.ChannelCount);
        using var command = Duck!.Command("SELECT channel, sum(amount_cents), count(*) FROM orders GROUP BY channel");
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            var channel = rows.GetByte(0);
            result.Revenue[channel] = rows.GetInt64(1) / 100m;
            result.Orders[channel] = rows.GetInt64(2);
        }

        result.ComputeAverages();
        return result;
    }

    /// <summary>DuckDB: loading the two columns with the appender (UTINYINT channel, BIGINT cents).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    [InputBytes(9)]
    public void DuckDbLoad() => Load(Duck!, "orders_load");

    /// <summary>KpiFormulas: <see cref="RevenueAccumulator"/> keyed by the byte channel column.</summary>
    [Benchmark]
    public RevenueResult KpiFormulas()
    {
        var revenue = new RevenueAccumulator(Currency.EUR, OrderData.ChannelCount);
        revenue.Add(Data.Amounts, Data.Channels);
        return revenue.Result();
    }

    /// <summary>KpiFormulas: the same over cents (<see cref="RevenueAccumulator.AddMinorUnits(System.ReadOnlySpan{long}, System.ReadOnlySpan{byte})"/>).</summary>
    [Benchmark]
    [InputBytes(9)]
    public RevenueResult KpiFormulasMinorUnits()
    {
        var revenue = new RevenueAccumulator(Currency.EUR, OrderData.ChannelCount);
        revenue.AddMinorUnits(Data.AmountMinorUnits, Data.Channels);
        return revenue.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/> over the decimal and channel columns.</summary>
    [Benchmark]
    public RevenueResult KpiFormulasParallel()
    {
        var amounts = Data.Amounts;
        var channels = Data.Channels;
        return Partitioned.Aggregate(
            amounts.Length,
            () => new RevenueAccumulator(Currency.EUR, OrderData.ChannelCount),
            (revenue, rows) => revenue.Add(amounts.AsSpan(rows), channels.AsSpan(rows))).Result();
    }

    /// <summary>KpiFormulas on all cores over cents: <see cref="Partitioned.Aggregate"/> over the minor-unit and channel columns.</summary>
    [Benchmark]
    [InputBytes(9)]
    public RevenueResult KpiFormulasMinorUnitsParallel()
    {
        var cents = Data.AmountMinorUnits;
        var channels = Data.Channels;
        return Partitioned.Aggregate(
            cents.Length,
            () => new RevenueAccumulator(Currency.EUR, OrderData.ChannelCount),
            (revenue, rows) => revenue.AddMinorUnits(cents.AsSpan(rows), channels.AsSpan(rows))).Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result)
    {
        if (result is RevenueResult revenue)
        {
            var totals = new ChannelRevenue(revenue.Groups.Count);
            for (var c = 0; c < revenue.Groups.Count; c++)
            {
                totals.Revenue[c] = revenue.Groups[c].Revenue.Amount;
                totals.Orders[c] = revenue.Groups[c].Orders;
                totals.AverageOrderValue[c] = revenue.Groups[c].AverageOrderValue.Select(aov => aov.Amount).GetValueOrDefault(0m);
            }

            return totals.Figures();
        }

        return ((ChannelRevenue)result!).Figures();
    }

    private protected override void Load(DuckDBConnection connection, string table)
    {
        connection.Execute($"CREATE OR REPLACE TABLE {table} (channel UTINYINT NOT NULL, amount_cents BIGINT NOT NULL)");
        using var appender = connection.CreateAppender(table);
        for (var i = 0; i < Data.Rows; i++)
        {
            appender.CreateRow().AppendValue(Data.Channels[i]).AppendValue(Data.AmountMinorUnits[i]).EndRow();
        }
    }
}

/// <summary>Revenue, orders and AOV per channel, as every side of <see cref="RevenueByChannelBenchmarks"/> reports them.</summary>
public sealed class ChannelRevenue
{
    /// <summary>Empty totals for a number of channels.</summary>
    public ChannelRevenue(int channels)
    {
        Revenue = new decimal[channels];
        Orders = new long[channels];
        AverageOrderValue = new decimal[channels];
    }

    /// <summary>Revenue per channel.</summary>
    public decimal[] Revenue { get; }

    /// <summary>Orders per channel.</summary>
    public long[] Orders { get; }

    /// <summary>Revenue / orders per channel (0 for a channel without orders).</summary>
    public decimal[] AverageOrderValue { get; }

    /// <summary>Fills <see cref="AverageOrderValue"/> from the totals.</summary>
    public void ComputeAverages()
    {
        for (var c = 0; c < Revenue.Length; c++)
        {
            AverageOrderValue[c] = Orders[c] == 0 ? 0m : Revenue[c] / Orders[c];
        }
    }

    /// <summary>Every figure, channel by channel.</summary>
    public IReadOnlyList<decimal> Figures()
    {
        var figures = new List<decimal>();
        for (var c = 0; c < Revenue.Length; c++)
        {
            figures.Add(Revenue[c]);
            figures.Add(Orders[c]);
            figures.Add(AverageOrderValue[c]);
        }

        return figures;
    }
}
