using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace KpiFormulas.Benchmarks.Aggregation.Infrastructure;

/// <summary>
/// After a run, one table across every aggregation benchmark of the run: ns/row, GB/s, and ratios
/// against LINQ, DuckDB's query and the memory bandwidth measured in the same run. Written to
/// <c>BenchmarkDotNet.Artifacts/results/aggregation-summary.md</c> and to the console; docs/performance.md
/// is built from it.
/// </summary>
internal static class AggregationReport
{
    private const string Namespace = "KpiFormulas.Benchmarks.Aggregation";

    public static void Write(IEnumerable<Summary> summaries, TextWriter console)
    {
        var cases = summaries
            .SelectMany(summary => summary.BenchmarksCases.Select(benchmark => (Summary: summary, Case: benchmark)))
            .Where(pair => pair.Case.Descriptor.Type.Namespace == Namespace && pair.Summary[pair.Case]?.ResultStatistics is not null)
            .ToList();
        if (cases.Count == 0)
        {
            return;
        }

        var bandwidth = cases
            .Where(pair => pair.Case.Descriptor.Type == typeof(MemoryBandwidthBenchmarks))
            .OrderByDescending(pair => AggregationConfig.RowsOf(pair.Case))
            .Select(pair => (Method: pair.Case.Descriptor.WorkloadMethod.Name, GBps: GigabytesPerSecond(pair.Summary, pair.Case)))
            .Where(pair => pair.GBps is not null)
            .GroupBy(pair => pair.Method)
            .ToDictionary(group => group.Key, group => group.First().GBps!.Value);
        var oneCore = bandwidth.TryGetValue(nameof(MemoryBandwidthBenchmarks.SumOneCore), out var gbps) ? gbps : (double?)null;

        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine("# Aggregation benchmarks: one run");
        text.AppendLine();
        foreach (var (method, value) in bandwidth.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.AppendLine(culture, $"Memory bandwidth ({method}, {nameof(MemoryBandwidthBenchmarks)}): {value:0.0} GB/s");
        }

        text.AppendLine();
        text.AppendLine("| Hot path | Method | Rows | ns/row | GB/s | x LINQ | x DuckDB query | % of 1-core bandwidth | Allocated/op |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var pair in cases
                     .OrderBy(pair => pair.Case.Descriptor.Type.Name, StringComparer.Ordinal)
                     .ThenBy(pair => AggregationConfig.RowsOf(pair.Case))
                     .ThenBy(pair => pair.Case.Descriptor.MethodIndex))
        {
            var benchmark = pair.Case;
            var summary = pair.Summary;
            var mean = summary[benchmark]!.ResultStatistics!.Mean;
            var linq = Peer(summary, benchmark, isBaseline: true);
            var duck = Peer(summary, benchmark, isBaseline: false);
            var rate = GigabytesPerSecond(summary, benchmark);
            var allocated = summary[benchmark]!.GcStats.GetBytesAllocatedPerOperation(benchmark);
            text.AppendLine(culture, $"| {benchmark.Descriptor.Type.Name.Replace("Benchmarks", string.Empty, StringComparison.Ordinal)} " +
                                     $"| {benchmark.Descriptor.WorkloadMethod.Name} " +
                                     $"| {AggregationConfig.RowsOf(benchmark):N0} " +
                                     $"| {Format(AggregationConfig.NanosecondsPerRow(summary, benchmark), "0.###")} " +
                                     $"| {Format(rate, "0.00")} " +
                                     $"| {Format(linq / mean, "0.0")} " +
                                     $"| {Format(duck / mean, "0.00")} " +
                                     $"| {Format(rate / oneCore * 100, "0")} " +
                                     $"| {Bytes(allocated)} |");
        }

        var directory = summaries.First().ResultsDirectoryPath;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "aggregation-summary.md");
        File.WriteAllText(path, text.ToString());
        console.WriteLine();
        console.WriteLine(text.ToString());
        console.WriteLine($"Aggregation summary written to {path}");
    }

    private static double? GigabytesPerSecond(Summary summary, BenchmarkCase benchmark) =>
        AggregationConfig.NanosecondsPerRow(summary, benchmark) is { } ns && AggregationConfig.BytesPerRowOf(benchmark) is { } bytes && ns > 0
            ? bytes / ns
            : null;

    /// <summary>The mean of the LINQ baseline, or of DuckDB's query, for the same class and rows.</summary>
    private static double? Peer(Summary summary, BenchmarkCase benchmark, bool isBaseline)
    {
        var peer = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.Type == benchmark.Descriptor.Type
            && AggregationConfig.RowsOf(other) == AggregationConfig.RowsOf(benchmark)
            && (isBaseline ? other.Descriptor.Baseline : other.Descriptor.WorkloadMethod.Name == AggregationBenchmark.DuckDbQueryMethod));
        return peer is null ? null : summary[peer]?.ResultStatistics?.Mean;
    }

    private static string Format(double? value, string format) =>
        value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "-",
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KB",
        < 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.0} MB",
        _ => $"{bytes / (1024.0 * 1024 * 1024):0.00} GB",
    };
}
