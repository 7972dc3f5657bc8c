using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KpiFormulas.Aggregation;
using KpiFormulas.Benchmarks.Aggregation.Data;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;
using KpiFormulas.Formulas;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>NPS over 0..10 byte scores: promoter, passive and detractor counts, then the score (1 byte a row).</summary>
[InputBytes(1)]
public class NpsBenchmarks : RecordBenchmark<AnswerData, Answer>
{
    /// <inheritdoc/>
    protected override string Table => "answers";

    /// <inheritdoc/>
    protected override AnswerData Generate(int rows) => AnswerData.Generate(rows);

    /// <inheritdoc/>
    protected override Answer[] ToRecords(AnswerData data) => data.ToRecords();

    /// <summary>What a user writes: two <c>Count</c>s with predicates.</summary>
    [Benchmark(Baseline = true)]
    public NpsCounts Linq()
    {
        var promoters = Records.LongCount(answer => answer.Score >= 9);
        var detractors = Records.LongCount(answer => answer.Score <= 6);
        return new NpsCounts(promoters, Records.Length - promoters - detractors, detractors);
    }

    /// <summary>A plain loop counting each score, then summing the score ranges.</summary>
    [Benchmark]
    public NpsCounts HandLoop()
    {
        var counts = new long[11];
        foreach (var score in Data.Scores)
        {
            counts[score]++;
        }

        return new NpsCounts(counts[9] + counts[10], counts[7] + counts[8], counts[..7].Sum());
    }

    /// <summary>DuckDB: three filtered counts over a UTINYINT column.</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public NpsCounts DuckDbQuery()
    {
        using var rows = Duck!.Query("SELECT count(*) FILTER (score >= 9), count(*) FILTER (score BETWEEN 7 AND 8), count(*) FILTER (score <= 6) FROM answers");
        return new NpsCounts(rows.Int64(0, 0), rows.Int64(1, 0), rows.Int64(2, 0));
    }

    /// <summary>DuckDB: loading the column with the appender (UTINYINT).</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public void DuckDbLoad() => Load(Duck!, "answers_load");

    /// <summary>KpiFormulas: <see cref="NpsAccumulator"/> over the byte scores.</summary>
    [Benchmark]
    public NpsResult KpiFormulas()
    {
        var nps = new NpsAccumulator();
        nps.Add(Data.Scores);
        return nps.Result();
    }

    /// <summary>KpiFormulas on all cores: <see cref="Partitioned.Aggregate"/>.</summary>
    [Benchmark]
    public NpsResult KpiFormulasParallel()
    {
        var scores = Data.Scores;
        return Partitioned.Aggregate(scores.Length, () => new NpsAccumulator(), (nps, rows) => nps.Add(scores.AsSpan(rows))).Result();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<decimal> Figures(object? result)
    {
        if (result is NpsResult nps)
        {
            return [nps.Promoters, nps.Passives, nps.Detractors, nps.Score.Value];
        }

        var counts = (NpsCounts)result!;
        return [counts.Promoters, counts.Passives, counts.Detractors, counts.Score()];
    }

    private protected override void Load(DuckDbSession session, string table)
    {
        session.Execute($"CREATE OR REPLACE TABLE {table} (score UTINYINT NOT NULL)");
        using var appender = session.CreateAppender(table);
        foreach (var score in Data.Scores)
        {
            appender.Append(score);
            appender.EndRow();
        }
    }
}

/// <summary>Promoters (9-10), passives (7-8) and detractors (0-6).</summary>
/// <param name="Promoters">Answers of 9 or 10.</param>
/// <param name="Passives">Answers of 7 or 8.</param>
/// <param name="Detractors">Answers of 0 to 6.</param>
public readonly record struct NpsCounts(long Promoters, long Passives, long Detractors)
{
    /// <summary>The score, by the library's calculator (the same last step for every side).</summary>
    public decimal Score() => Satisfaction.NetPromoterScore(Promoters, Passives, Detractors).Value;
}
