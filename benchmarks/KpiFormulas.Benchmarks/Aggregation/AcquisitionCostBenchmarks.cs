using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>
/// Spend, leads and new customers for each of 16 channels from paid touches, then CAC (spend / customers)
/// and CPL (spend / leads) per channel. Input: a decimal cost, a byte channel and a byte outcome, 18 bytes a row.
/// </summary>
[InputBytes(18)]
public class AcquisitionCostBenchmarks : AggregationBenchmark
{
    private TouchData data = null!;
    private Touch[] records = null!;
    private DuckDbSession? duck;

    /// <summary>Data and the records LINQ reads.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetUpLinq()
    {
        data = TouchData.Generate(Rows);
        records = data.ToRecords();
    }

    /// <summary>Data loaded into DuckDB (not timed: <see cref="DuckDbLoad"/> times the load).</summary>
    [GlobalSetup(Targets = [DuckDbQueryMethod, DuckDbLoadMethod])]
    public void SetUpDuckDb()
    {
        data = TouchData.Generate(Rows);
        duck = new DuckDbSession();
        Load(duck, "touches", data);
    }

    /// <summary>Data only.</summary>
    [GlobalSetup]
    public void SetUp() => data = TouchData.Generate(Rows);

    /// <inheritdoc/>
    public override void SetUpAll()
    {
        SetUpLinq();
        if (DuckDbLibrary.IsAvailable)
        {
            duck = new DuckDbSession();
            Load(duck, "touches", data);
        }
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public override void CleanUpAll()
    {
        duck?.Dispose();
        duck = null;
    }

    /// <summary>What a user writes: <c>GroupBy</c> channel, a <c>Sum</c> and two <c>Count</c>s per group.</summary>
    [Benchmark(Baseline = true)]
    public ChannelAcquisition Linq()
    {
        var result = new ChannelAcquisition(TouchData.ChannelCount);
        foreach (var group in records
                     .GroupBy(touch => touch.Channel)
                     .Select(g => new { Channel = g.Key, Spend = g.Sum(t => t.Cost), Leads = g.LongCount(t => t.Outcome >= 1), Customers = g.LongCount(t => t.Outcome == 2) }))
        {
            result.Spend[group.Channel] = group.Spend;
            result.Leads[group.Channel] = group.Leads;
            result.Customers[group.Channel] = group.Customers;
        }

        return result;
    }

    /// <summary>A plain loop into per-channel arrays.</summary>
    [Benchmark]
    public ChannelAcquisition HandLoop()
    {
        var result = new ChannelAcquisition(TouchData.ChannelCount);
        var costs = data.Costs;
        var channels = data.Channels;
        var outcomes = data.Outcomes;
        for (var i = 0; i < costs.Length; i++)
        {
            var channel = channels[i];
            result.Spend[channel] += costs[i];
            if (outcomes[i] != 0)
            {
                result.Leads[channel]++;
                if (outcomes[i] == 2)
                {
                    result.Customers[channel]++;
                }
            }
        }

        return result;
    }

    /// <summary>DuckDB: <c>GROUP BY channel</c> with <c>sum(cost_cents)</c> and two filtered counts.</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public ChannelAcquisition DuckDbQuery()
    {
        var result = new ChannelAcquisition(TouchData.ChannelCount);
        using var rows = duck!.Query("""
            SELECT channel, sum(cost_cents), count(*) FILTER (outcome >= 1), count(*) FILTER (outcome = 2)
            FROM touches GROUP BY channel
            """);
        for (var row = 0L; row < rows.RowCount; row++)
        {
            var channel = (int)rows.Int64(0, row);
            result.Spend[channel] = rows.Int64(1, row) / 100m;
            result.Leads[channel] = rows.Int64(2, row);
            result.Customers[channel] = rows.Int64(3, row);
        }

        return result;
    }

    /// <summary>DuckDB: loading the three columns with the appender (UTINYINT channel, BIGINT cents, UTINYINT outcome).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    [InputBytes(10)]
    public void DuckDbLoad() => Load(duck!, "touches_load", data);

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result) => ((ChannelAcquisition)result!).Figures();

    private static void Load(DuckDbSession session, string table, TouchData data)
    {
        session.Execute($"CREATE OR REPLACE TABLE {table} (channel UTINYINT NOT NULL, cost_cents BIGINT NOT NULL, outcome UTINYINT NOT NULL)");
        using var appender = session.CreateAppender(table);
        for (var i = 0; i < data.Rows; i++)
        {
            appender.Append(data.Channels[i]);
            appender.Append(data.CostMinorUnits[i]);
            appender.Append(data.Outcomes[i]);
            appender.EndRow();
        }
    }
}

/// <summary>Spend, leads and customers per channel, and the CAC and CPL they give, as every side reports them.</summary>
public sealed class ChannelAcquisition
{
    /// <summary>Empty totals for a number of channels.</summary>
    public ChannelAcquisition(int channels)
    {
        Spend = new decimal[channels];
        Leads = new long[channels];
        Customers = new long[channels];
    }

    /// <summary>Spend per channel.</summary>
    public decimal[] Spend { get; }

    /// <summary>Leads per channel (customers included).</summary>
    public long[] Leads { get; }

    /// <summary>New customers per channel.</summary>
    public long[] Customers { get; }

    /// <summary>Every figure, channel by channel: spend, leads, customers, CAC and CPL (0 when undefined).</summary>
    public IReadOnlyList<decimal> Figures()
    {
        var figures = new List<decimal>();
        for (var c = 0; c < Spend.Length; c++)
        {
            var spend = Money.Euros(Spend[c]);
            figures.Add(Spend[c]);
            figures.Add(Leads[c]);
            figures.Add(Customers[c]);
            figures.Add(Acquisition.CustomerAcquisitionCost(spend, Customers[c]).Select(cac => cac.Amount).GetValueOrDefault(0m));
            figures.Add(Acquisition.CostPerLead(spend, Leads[c]).Select(cpl => cpl.Amount).GetValueOrDefault(0m));
        }

        return figures;
    }
}
