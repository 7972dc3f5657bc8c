using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KpiFormulas.Benchmarks.Aggregation.Infrastructure;

/// <summary>
/// The aggregation benchmarks' config: a bounded job (the slowest LINQ cases take seconds per
/// operation at 10 million rows) and the ns/row, GB/s and DuckDB columns.
/// </summary>
/// <remarks>
/// The job is marked as a default: a job given on the command line (<c>--job dry</c> in CI,
/// <c>--job short</c>...) replaces it.
/// </remarks>
public sealed class AggregationConfig : ManualConfig
{
    /// <summary>Builds the config.</summary>
    public AggregationConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Aggregation").AsDefault());
        AddColumn(new NsPerRowColumn(), new GigabytesPerSecondColumn(), new SpeedUpColumn());
    }

    /// <summary>The input rows of a benchmark case (its <c>Rows</c> parameter), or null.</summary>
    public static long? RowsOf(BenchmarkCase benchmark)
    {
        var item = benchmark.Parameters.Items.FirstOrDefault(p => p.Name == nameof(AggregationBenchmark.Rows));
        return item?.Value is int rows ? rows : null;
    }

    /// <summary>The input bytes per row declared on the method or its class, or null.</summary>
    public static double? BytesPerRowOf(BenchmarkCase benchmark) =>
        (benchmark.Descriptor.WorkloadMethod.GetCustomAttribute<InputBytesAttribute>()
         ?? benchmark.Descriptor.Type.GetCustomAttribute<InputBytesAttribute>())?.BytesPerRow;

    /// <summary>Mean nanoseconds per row of a case in a summary, or null when it did not run.</summary>
    public static double? NanosecondsPerRow(Summary summary, BenchmarkCase benchmark)
    {
        var mean = summary[benchmark]?.ResultStatistics?.Mean;
        var rows = RowsOf(benchmark);
        return mean is null || rows is null or 0 ? null : mean.Value / rows.Value;
    }

    private abstract class CustomColumn : IColumn
    {
        public abstract string Id { get; }

        public abstract string ColumnName { get; }

        public abstract string Legend { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public abstract int PriorityInCategory { get; }

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

        public override string ToString() => ColumnName;
    }

    private sealed class NsPerRowColumn : CustomColumn
    {
        public override string Id => "KpiFormulas.NsPerRow";

        public override string ColumnName => "ns/row";

        public override string Legend => "Mean time divided by the rows of input";

        public override int PriorityInCategory => 0;

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            NanosecondsPerRow(summary, benchmarkCase) is { } ns ? ns.ToString("0.###", style.CultureInfo) : "-";
    }

    private sealed class GigabytesPerSecondColumn : CustomColumn
    {
        public override string Id => "KpiFormulas.GBps";

        public override string ColumnName => "GB/s";

        public override string Legend => "Input bytes per row (the columns the path reads) / ns per row, in 10^9 bytes per second";

        public override int PriorityInCategory => 1;

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            NanosecondsPerRow(summary, benchmarkCase) is { } ns && BytesPerRowOf(benchmarkCase) is { } bytes && ns > 0
                ? (bytes / ns).ToString("0.00", style.CultureInfo)
                : "-";
    }

    private sealed class SpeedUpColumn : CustomColumn
    {
        public override string Id => "KpiFormulas.VsDuckDb";

        public override string ColumnName => "vs DuckDB";

        public override string Legend => "DuckDB query time / this time, same class and rows (above 1: faster than DuckDB's query)";

        public override int PriorityInCategory => 2;

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var duck = summary.BenchmarksCases.FirstOrDefault(other =>
                other.Descriptor.Type == benchmarkCase.Descriptor.Type
                && other.Descriptor.WorkloadMethod.Name == AggregationBenchmark.DuckDbQueryMethod
                && RowsOf(other) == RowsOf(benchmarkCase)
                && other.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo);
            var duckMean = duck is null ? null : summary[duck]?.ResultStatistics?.Mean;
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return duckMean is null || mean is null or 0 ? "-" : (duckMean.Value / mean.Value).ToString("0.00", style.CultureInfo) + "x";
        }
    }
}
