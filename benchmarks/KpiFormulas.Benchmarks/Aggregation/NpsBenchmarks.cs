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

/// <summary>NPS over 0..10 byte scores: promoter, passive and detractor counts, then the score (1 byte a row).</summary>
[InputBytes(1)]
public class NpsBenchmarks : RecordBenchmark<AnswerData, Answer>
{
    /// <summary>The lowest promoter score (the NPS definition: 9 and 10 promote).</summary>
    public const byte PromoterMinimum = 9;

    /// <summary>The highest detractor score (0 to 6 detract).</summary>
    public const byte DetractorMaximum = 6;

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
        var promoters = Records.LongCount(answer => answer.Score >= PromoterMinimum);
        var detractors = Records.LongCount(answer => answer.Score <= DetractorMaximum);
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

    /// <summary>DuckDB: three filtered counts over a UTINYINT column, the score bounds bound as parameters.</summary>
    [Benchmark]
    [BenchmarkCategory(DuckDbCategory)]
    public NpsCounts DuckDbQuery()
    {
        using var command = Duck!.Command(
            """
            SELECT count(*) FILTER (score >= $promoter_minimum),
                   count(*) FILTER (score > $detractor_maximum AND score < $promoter_minimum),
                   count(*) FILTER (score <= $detractor_maximum)
            FROM answers
            """,
            new DuckDBParameter("promoter_minimum", PromoterMinimum),
            new DuckDBParameter("detractor_maximum", DetractorMaximum));
        using var rows = command.ExecuteReader();
        rows.Read();
        return new NpsCounts(rows.GetInt64(0), rows.GetInt64(1), rows.GetInt64(2));
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

    private protected override void Load(DuckDBConnection connection, string table)
    {
        connection.Execute($"CREATE OR REPLACE TABLE {table} (score UTINYINT NOT NULL)");
        using var appender = connection.CreateAppender(table);
        foreach (var score in Data.Scores)
        {
            appender.CreateRow().AppendValue(score).EndRow();
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
