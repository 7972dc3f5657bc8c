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

/// <summary>Funnel stage counts (leads that reached each of five stages) from each lead's furthest stage (1 byte a row).</summary>
[InputBytes(1)]
public class FunnelBenchmarks : RecordBenchmark<LeadData, Lead>
{
    /// <inheritdoc/>
    protected override string Table => "leads";

    /// <inheritdoc/>
    protected override LeadData Generate(int rows) => LeadData.Generate(rows);

    /// <inheritdoc/>
    protected override Lead[] ToRecords(LeadData data) => data.ToRecords();

    /// <summary>What a user writes: <c>GroupBy</c> furthest stage and <c>Count</c>, then a running total from the last stage back.</summary>
    [Benchmark(Baseline = true)]
    public long[] Linq()
    {
        var reached = new long[LeadData.StageCount];
        foreach (var group in Records.GroupBy(lead => lead.FurthestStage).Select(g => (Stage: g.Key, Leads: g.LongCount())))
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
        foreach (var stage in Data.FurthestStages)
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
        using var command = Duck!.Command("SELECT stage, count(*) FROM leads GROUP BY stage");
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            reached[rows.GetByte(0)] = rows.GetInt64(1);
        }

        return Accumulate(reached);
    }

    /// <summary>DuckDB: loading the column with the appender (UTINYINT).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public void DuckDbLoad() => Load(Duck!, "leads_load");

    /// <summary>KpiFormulas: <see cref="FunnelAccumulator"/> over the byte stage column, to a <see cref="Funnel"/> (step rates, bottleneck).</summary>
    [Benchmark]
    public Funnel KpiFormulas()
    {
        var funnel = new FunnelAccumulator(LeadData.StageNames);
        funnel.Add(Data.FurthestStages);
        return funnel.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/>.</summary>
    [Benchmark]
    public Funnel KpiFormulasParallel()
    {
        var stages = Data.FurthestStages;
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

    private protected override void Load(DuckDBConnection connection, string table)
    {
        connection.Execute($"CREATE OR REPLACE TABLE {table} (stage UTINYINT NOT NULL)");
        using var appender = connection.CreateAppender(table);
        foreach (var stage in Data.FurthestStages)
        {
            appender.CreateRow().AppendValue(stage).EndRow();
        }
    }
}
