using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KpiFormulas.Aggregation;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>Funnel stage counts (leads that reached each of five stages) from each lead's furthest stage (1 byte a row).</summary>
[InputBytes(1)]
public class FunnelBenchmarks : AggregationBenchmark
{
    private LeadData data = null!;
    private Lead[] records = null!;
    private DuckDbSession? duck;

    /// <summary>Data and the records LINQ reads.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetUpLinq()
    {
        data = LeadData.Generate(Rows);
        records = data.ToRecords();
    }

    /// <summary>Data loaded into DuckDB (not timed: <see cref="DuckDbLoad"/> times the load).</summary>
    [GlobalSetup(Targets = [DuckDbQueryMethod, DuckDbLoadMethod])]
    public void SetUpDuckDb()
    {
        data = LeadData.Generate(Rows);
        duck = new DuckDbSession();
        Load(duck, "leads", data);
    }

    /// <summary>Data only.</summary>
    [GlobalSetup]
    public void SetUp() => data = LeadData.Generate(Rows);

    /// <inheritdoc/>
    public override void SetUpAll()
    {
        SetUpLinq();
        if (DuckDbLibrary.IsAvailable)
        {
            duck = new DuckDbSession();
            Load(duck, "leads", data);
        }
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public override void CleanUpAll()
    {
        duck?.Dispose();
        duck = null;
    }

    /// <summary>What a user writes: <c>GroupBy</c> furthest stage and <c>Count</c>, then a running total from the last stage back.</summary>
    [Benchmark(Baseline = true)]
    public long[] Linq()
    {
        var reached = new long[LeadData.StageCount];
        foreach (var group in records.GroupBy(lead => lead.FurthestStage).Select(g => (Stage: g.Key, Leads: g.LongCount())))
        {
            reached[group.Stage] = group.Leads;
        }

        return Accumulate(reached);
    }

    /// <summary>A plain loop counting each furthest stage, then the running total.</summary>
    [Benchmark]
    public long[] HandLoop()
    {
        var reached = new long[LeadData.StageCount];
        foreach (var stage in data.FurthestStages)
        {
            reached[stage]++;
        }

        return Accumulate(reached);
    }

    /// <summary>DuckDB: <c>GROUP BY stage</c> with <c>count(*)</c>, then the running total.</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public long[] DuckDbQuery()
    {
        var reached = new long[LeadData.StageCount];
        using var rows = duck!.Query("SELECT stage, count(*) FROM leads GROUP BY stage");
        for (var row = 0L; row < rows.RowCount; row++)
        {
            reached[rows.Int64(0, row)] = rows.Int64(1, row);
        }

        return Accumulate(reached);
    }

    /// <summary>DuckDB: loading the column with the appender (UTINYINT).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public void DuckDbLoad() => Load(duck!, "leads_load", data);

    /// <summary>KpiFormulas: <see cref="FunnelAccumulator"/> over the byte stage column, to a <see cref="Funnel"/> (step rates, bottleneck).</summary>
    [Benchmark]
    public Funnel KpiFormulas()
    {
        var funnel = new FunnelAccumulator(LeadData.StageNames);
        funnel.Add(data.FurthestStages);
        return funnel.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/>.</summary>
    [Benchmark]
    public Funnel KpiFormulasParallel()
    {
        var stages = data.FurthestStages;
        return Partitioned.Aggregate(
            stages.Length,
            () => new FunnelAccumulator(LeadData.StageNames),
            (funnel, rows) => funnel.Add(stages.AsSpan(rows))).Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result) => result is Funnel funnel
        ? funnel.Stages.Select(stage => (decimal)stage.Count).ToList()
        : ((long[])result!).Select(count => (decimal)count).ToList();

    /// <summary>Leads whose furthest stage is s, to leads that reached stage s (s or further).</summary>
    public static long[] Accumulate(long[] furthest)
    {
        for (var stage = furthest.Length - 2; stage >= 0; stage--)
        {
            furthest[stage] += furthest[stage + 1];
        }

        return furthest;
    }

    private static void Load(DuckDbSession session, string table, LeadData data)
    {
        session.Execute($"CREATE OR REPLACE TABLE {table} (stage UTINYINT NOT NULL)");
        using var appender = session.CreateAppender(table);
        foreach (var stage in data.FurthestStages)
        {
            appender.Append(stage);
            appender.EndRow();
        }
    }
}
