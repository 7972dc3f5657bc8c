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
/// Spend, leads and new customers for each of 16 channels, then CAC (spend / new customers) and CPL
/// (spend / leads) per channel. Rows = spend lines (a decimal cost and a byte channel); the leads
/// (Rows / 10) and new customers (Rows / 50) add a byte channel each: 17.12 bytes per spend line.
/// </summary>
[InputBytes(17.12)]
public class AcquisitionCostBenchmarks : AggregationBenchmark
{
    private MarketingData data = null!;
    private SpendLine[] spendRecords = null!;
    private Signup[] leadRecords = null!;
    private Signup[] customerRecords = null!;
    private DuckDBConnection? duck;

    /// <summary>Data and the records LINQ reads.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetUpLinq()
    {
        data = MarketingData.Generate(Rows);
        spendRecords = data.SpendRecords();
        leadRecords = MarketingData.SignupRecords(data.LeadChannels);
        customerRecords = MarketingData.SignupRecords(data.CustomerChannels);
    }

    /// <summary>Data loaded into DuckDB (not timed: <see cref="DuckDbLoad"/> times the load).</summary>
    [GlobalSetup(Targets = [DuckDbQueryMethod, DuckDbLoadMethod])]
    public void SetUpDuckDb()
    {
        data = MarketingData.Generate(Rows);
        duck = InMemoryDuckDb.Open();
        Load(duck, string.Empty, data);
    }

    /// <summary>Data, with the int channel columns the accumulator takes built before timing.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        data = MarketingData.Generate(Rows);
        _ = (data.SpendChannelIds, data.LeadChannelIds, data.CustomerChannelIds);
    }

    /// <inheritdoc/>
    public override void SetUpAll()
    {
        SetUpLinq();
        duck = InMemoryDuckDb.Open();
        Load(duck, string.Empty, data);
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public override void CleanUpAll()
    {
        duck?.Dispose();
        duck = null;
    }

    /// <summary>What a user writes: a <c>GroupBy</c> channel with <c>Sum</c> over the spend, and with <c>Count</c> over leads and over customers.</summary>
    [Benchmark(Baseline = true)]
    public AcquisitionTotals Linq()
    {
        var result = new AcquisitionTotals(MarketingData.ChannelCount);
        foreach (var group in spendRecords.GroupBy(line => line.Channel).Select(g => (Channel: g.Key, Spend: g.Sum(line => line.Cost))))
        {
            result.Spend[group.Channel] = group.Spend;
        }

        foreach (var group in leadRecords.GroupBy(lead => lead.Channel).Select(g => (Channel: g.Key, Count: g.LongCount())))
        {
            result.Leads[group.Channel] = group.Count;
        }

        foreach (var group in customerRecords.GroupBy(customer => customer.Channel).Select(g => (Channel: g.Key, Count: g.LongCount())))
        {
            result.Customers[group.Channel] = group.Count;
        }

        return result;
    }

    /// <summary>Plain loops into per-channel arrays.</summary>
    [Benchmark]
    public AcquisitionTotals HandLoop()
    {
        var result = new AcquisitionTotals(MarketingData.ChannelCount);
        var costs = data.Costs;
        var channels = data.SpendChannels;
        for (var i = 0; i < costs.Length; i++)
        {
            result.Spend[channels[i]] += costs[i];
        }

        foreach (var channel in data.LeadChannels)
        {
            result.Leads[channel]++;
        }

        foreach (var channel in data.CustomerChannels)
        {
            result.Customers[channel]++;
        }

        return result;
    }

    /// <summary>DuckDB: three <c>GROUP BY channel</c> aggregates (sum of cents, counts) joined on the channel, the channel count bound as a parameter.</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public AcquisitionTotals DuckDbQuery()
    {
        var result = new AcquisitionTotals(MarketingData.ChannelCount);
        using var command = duck!.Command(
            """
            WITH s AS (SELECT channel, sum(cost_cents) AS spend FROM spend GROUP BY channel),
                 l AS (SELECT channel, count(*) AS leads FROM leads GROUP BY channel),
                 c AS (SELECT channel, count(*) AS customers FROM customers GROUP BY channel)
            SELECT ch.channel, coalesce(s.spend, 0), coalesce(l.leads, 0), coalesce(c.customers, 0)
            FROM (SELECT range::UTINYINT AS channel FROM range($channels)) ch
            LEFT JOIN s USING (channel) LEFT JOIN l USING (channel) LEFT JOIN c USING (channel)
            """,
            new DuckDBParameter("channels", (long)MarketingData.ChannelCount));
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            var channel = rows.GetByte(0);
            result.Spend[channel] = rows.GetInt64(1) / 100m;
            result.Leads[channel] = rows.GetInt64(2);
            result.Customers[channel] = rows.GetInt64(3);
        }

        return result;
    }

    /// <summary>DuckDB: loading the three tables with the appender (UTINYINT channel, BIGINT cents; UTINYINT channels).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    [InputBytes(9.12)]
    public void DuckDbLoad() => Load(duck!, "_load", data);

    /// <summary>
    /// KpiFormulas: <see cref="AcquisitionCostAccumulator"/> over the spend, lead and customer columns. Its
    /// channel columns are <c>int</c> (no byte overload): 4 bytes a channel, 20.48 bytes per spend line.
    /// </summary>
    [Benchmark]
    [InputBytes(20.48)]
    public AcquisitionCostResult KpiFormulas()
    {
        var acquisition = new AcquisitionCostAccumulator(Currency.EUR, MarketingData.ChannelCount);
        acquisition.AddSpend(data.Costs, data.SpendChannelIds);
        acquisition.AddLeads(data.LeadChannelIds);
        acquisition.AddCustomers(data.CustomerChannelIds);
        return acquisition.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/> over the spend lines, then over the leads and over the customers, merged.</summary>
    [Benchmark]
    [InputBytes(20.48)]
    public AcquisitionCostResult KpiFormulasParallel()
    {
        var costs = data.Costs;
        var channels = data.SpendChannelIds;
        var leads = data.LeadChannelIds;
        var customers = data.CustomerChannelIds;
        static AcquisitionCostAccumulator Create() => new(Currency.EUR, MarketingData.ChannelCount);
        var acquisition = Partitioned.Aggregate(costs.Length, Create, (partial, rows) => partial.AddSpend(costs.AsSpan(rows), channels.AsSpan(rows)));
        acquisition.Merge(Partitioned.Aggregate(leads.Length, Create, (partial, rows) => partial.AddLeads(leads.AsSpan(rows))));
        acquisition.Merge(Partitioned.Aggregate(customers.Length, Create, (partial, rows) => partial.AddCustomers(customers.AsSpan(rows))));
        return acquisition.Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result)
    {
        if (result is AcquisitionCostResult acquisition)
        {
            var totals = new AcquisitionTotals(acquisition.Channels.Count);
            for (var c = 0; c < acquisition.Channels.Count; c++)
            {
                totals.Spend[c] = acquisition.Channels[c].Spend.Amount;
                totals.Leads[c] = acquisition.Channels[c].Leads;
                totals.Customers[c] = acquisition.Channels[c].NewCustomers;
            }

            // The accumulator's own CAC and CPL must be what the scalar calculators give on its totals.
            var figures = totals.Figures();
            for (var c = 0; c < acquisition.Channels.Count; c++)
            {
                if (acquisition.Channels[c].CustomerAcquisitionCost.Select(cac => cac.Amount).GetValueOrDefault(0m) != figures[(c * 5) + 3]
                    || acquisition.Channels[c].CostPerLead.Select(cpl => cpl.Amount).GetValueOrDefault(0m) != figures[(c * 5) + 4])
                {
                    throw new InvalidOperationException($"Channel {c}: the accumulator's CAC or CPL differs from the calculators'.");
                }
            }

            return figures;
        }

        return ((AcquisitionTotals)result!).Figures();
    }

    private static void Load(DuckDBConnection connection, string suffix, MarketingData data)
    {
        connection.Execute($"CREATE OR REPLACE TABLE spend{suffix} (channel UTINYINT NOT NULL, cost_cents BIGINT NOT NULL)");
        using (var appender = connection.CreateAppender($"spend{suffix}"))
        {
            for (var i = 0; i < data.Rows; i++)
            {
                appender.CreateRow().AppendValue(data.SpendChannels[i]).AppendValue(data.CostMinorUnits[i]).EndRow();
            }
        }

        LoadChannels(connection, $"leads{suffix}", data.LeadChannels);
        LoadChannels(connection, $"customers{suffix}", data.CustomerChannels);
    }

    private static void LoadChannels(DuckDBConnection connection, string table, byte[] channels)
    {
        connection.Execute($"CREATE OR REPLACE TABLE {table} (channel UTINYINT NOT NULL)");
        using var appender = connection.CreateAppender(table);
        foreach (var channel in channels)
        {
            appender.CreateRow().AppendValue(channel).EndRow();
        }
    }
}

/// <summary>Spend, leads and new customers per channel, and the CAC and CPL they give, as every side reports them.</summary>
public sealed class AcquisitionTotals
{
    /// <summary>Empty totals for a number of channels.</summary>
    public AcquisitionTotals(int channels)
    {
        Spend = new decimal[channels];
        Leads = new long[channels];
        Customers = new long[channels];
    }

    /// <summary>Spend per channel.</summary>
    public decimal[] Spend { get; }

    /// <summary>Leads per channel.</summary>
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
