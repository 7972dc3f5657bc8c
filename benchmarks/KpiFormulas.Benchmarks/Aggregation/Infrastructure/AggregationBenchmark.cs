using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace KpiFormulas.Benchmarks.Aggregation.Infrastructure;

/// <summary>
/// The shape shared by every aggregation benchmark: a row count from <see cref="AggregationSizes"/>,
/// the aggregation config (custom job, ns/row, GB/s and DuckDB columns), and a way for
/// the verification to check that every side computes the same figures.
/// </summary>
/// <remarks>
/// The methods of a class, by convention: <c>Linq</c> (baseline: what a user writes over records),
/// <c>HandLoop</c> (a plain loop over the columns), <c>DuckDbQuery</c> (the query on data loaded in the
/// setup), <c>DuckDbLoad</c> (loading the same columns with DuckDB's appender, reported apart),
/// <c>KpiFormulas</c> (the accumulator over the columns) and <c>KpiFormulasParallel</c>
/// (<c>Partitioned.Aggregate</c> on all cores).
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(AggregationConfig))]
public abstract class AggregationBenchmark
{
    /// <summary>The method names, used by the report and the verification.</summary>
    public const string DuckDbQueryMethod = "DuckDbQuery";

    /// <summary>The DuckDB load method name.</summary>
    public const string DuckDbLoadMethod = "DuckDbLoad";

    /// <summary>The benchmark category every DuckDB method carries (<c>--anyCategories DuckDB</c> runs only them).</summary>
    public const string DuckDbCategory = "DuckDB";

    /// <summary>The sizes for <see cref="Rows"/>.</summary>
    public static IEnumerable<int> Sizes => AggregationSizes.Rows;

    /// <summary>Rows of input.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>Prepares everything every method needs (data, records, DuckDB tables): used by the verification.</summary>
    public abstract void SetUpAll();

    /// <summary>Releases what <see cref="SetUpAll"/> or a targeted setup took (DuckDB).</summary>
    public virtual void CleanUpAll()
    {
    }

    /// <summary>The figures a method's result holds, in a fixed order, for comparing the sides exactly (decimal equality ignores scale).</summary>
    public abstract IReadOnlyList<decimal> Figures(object? result);

    /// <summary>Flattens numbers into a figure list.</summary>
    protected static List<decimal> Flatten(params ReadOnlySpan<long> values)
    {
        var list = new List<decimal>(values.Length);
        foreach (var value in values)
        {
            list.Add(value);
        }

        return list;
    }
}
