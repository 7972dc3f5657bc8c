using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;

namespace KpiFormulas.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/KpiFormulas.Benchmarks -- --filter '*'</c>.</summary>
/// <remarks>
/// <para>Before timing anything it checks that every side of every aggregation benchmark gives the
/// same figures. With <c>--job dry</c> (CI's smoke run) the aggregation benchmarks run at their
/// smallest size only and the memory-bandwidth probe sums 8 MB instead of 800 MB; the environment
/// variable <c>KPI_BENCH_SIZES</c> (e.g. <c>100000,10000000</c>) picks other sizes.</para>
/// <para>DuckDB is reached through DuckDB.NET's ADO.NET provider, whose package brings the native
/// engine: the project copies only this machine's build of it (its runtime identifier).</para>
/// </remarks>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switches).</summary>
    /// <returns>0 on success; 1 when the verification failed or a benchmark produced no result.</returns>
    public static int Main(string[] args)
    {
        if (IsDryJob(args))
        {
            Environment.SetEnvironmentVariable(AggregationSizes.SmokeVariable, "1");
        }

        Console.WriteLine($"DuckDB {InMemoryDuckDb.Version}");

        var listingOnly = args.Any(arg => arg is "--list" or "--help" or "-h" or "--info" or "--version");
        if (!listingOnly && !Verification.Run(Console.Out))
        {
            return 1;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, Config).ToList();
        AggregationReport.Write(summaries, Console.Out);

        // A benchmark that threw or crashed has no result: fail the run (CI's smoke run relies on it).
        var failed = summaries
            .SelectMany(summary => summary.BenchmarksCases.Where(benchmark => summary[benchmark]?.ResultStatistics is null)
                .Select(benchmark => benchmark.DisplayInfo))
            .Concat(summaries.Where(summary => summary.HasCriticalValidationErrors).Select(summary => $"{summary.Title}: validation errors"))
            .ToList();
        foreach (var failure in failed)
        {
            Console.Error.WriteLine($"Benchmark without a result: {failure}");
        }

        return failed.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// BenchmarkDotNet's defaults with a longer build timeout: each run builds a generated project
    /// that rebuilds this one with its analyzers, which on two busy cores takes longer than the
    /// default two minutes.
    /// </summary>
    private static IConfig Config => ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));

    private static bool IsDryJob(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if ((args[i] is "--job" or "-j") && i + 1 < args.Length && args[i + 1].Equals("dry", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (args[i].Equals("--job=dry", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
