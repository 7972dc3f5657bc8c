using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace KpiFormulas.Benchmarks.Aggregation.Infrastructure;

/// <summary>
/// Before anything is timed, checks that every side of every aggregation benchmark (LINQ, hand loop,
/// DuckDB, KpiFormulas) gives exactly the same figures on the same data, at a few small sizes, and
/// that the memory-bandwidth probe's sums (one core, all cores) are the closed-form total of the
/// values it reads: a benchmark that compares different answers measures nothing.
/// </summary>
internal static class Verification
{
    /// <summary>Sizes checked: a small odd one (vector tails), and one large enough for Partitioned.Aggregate to split it across cores.</summary>
    private static readonly int[] Sizes = [997, 200_003];

    /// <summary>Runs every check; writes what failed; returns whether all passed.</summary>
    public static bool Run(TextWriter output)
    {
        var classes = typeof(AggregationBenchmark).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(AggregationBenchmark)) && !type.IsAbstract)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToList();
        var failures = new List<string>();
        var checkedMethods = 0;
        foreach (var type in classes)
        {
            foreach (var rows in Sizes)
            {
                checkedMethods += Check(type, rows, failures);
            }
        }

        var bandwidthRuns = 0;
        foreach (var rows in Sizes)
        {
            bandwidthRuns += CheckBandwidthProbe(rows, failures);
        }

        foreach (var failure in failures)
        {
            output.WriteLine($"VERIFICATION FAILED: {failure}");
        }

        if (failures.Count == 0)
        {
            output.WriteLine(
                $"Verified {classes.Count} aggregation benchmarks at {string.Join(" and ", Sizes)} rows: " +
                $"{checkedMethods} method runs give the baseline's figures exactly, DuckDB's included.");
            output.WriteLine(
                $"Verified the memory-bandwidth probe at {string.Join(" and ", Sizes)} values: " +
                $"{bandwidthRuns} sums give the closed-form total.");
        }

        return failures.Count == 0;
    }

    /// <summary>
    /// The probe's sums against the closed form of its values (element i holds i mod 65 536): whole
    /// blocks of 0 .. 65 535 sum to 65 535 x 65 536 / 2 each, the last partial block of r values to r (r - 1) / 2.
    /// </summary>
    private static int CheckBandwidthProbe(int rows, List<string> failures)
    {
        const long Block = 65_536;
        long blocks = rows / Block, rest = rows % Block;
        var expected = (blocks * (Block - 1) * Block / 2) + (rest * (rest - 1) / 2);
        var probe = new MemoryBandwidthBenchmarks { Rows = rows };
        probe.SetUp();
        var sums = new (string Method, long Sum)[]
        {
            (nameof(MemoryBandwidthBenchmarks.SumOneCore), probe.SumOneCore()),
            (nameof(MemoryBandwidthBenchmarks.SumAllCores), probe.SumAllCores()),
        };
        foreach (var (method, sum) in sums.Where(pair => pair.Sum != expected))
        {
            failures.Add($"{nameof(MemoryBandwidthBenchmarks)}.{method} at {rows} values is {sum} instead of {expected}");
        }

        return sums.Length;
    }

    private static int Check(Type type, int rows, List<string> failures)
    {
        var benchmark = (AggregationBenchmark)Activator.CreateInstance(type)!;
        benchmark.Rows = rows;
        benchmark.SetUpAll();
        try
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Select(method => (Method: method, Attribute: method.GetCustomAttribute<BenchmarkAttribute>()))
                .Where(pair => pair.Attribute is not null && pair.Method.ReturnType != typeof(void))
                .ToList();
            var baseline = methods.Single(pair => pair.Attribute!.Baseline).Method;
            var expected = benchmark.Figures(baseline.Invoke(benchmark, null));
            foreach (var (method, _) in methods.Where(pair => pair.Method != baseline))
            {
                var actual = benchmark.Figures(method.Invoke(benchmark, null));
                var mismatch = FirstMismatch(expected, actual);
                if (mismatch is not null)
                {
                    failures.Add($"{type.Name}.{method.Name} at {rows} rows differs from {baseline.Name}: {mismatch}");
                }
            }

            return methods.Count;
        }
        finally
        {
            benchmark.CleanUpAll();
        }
    }

    private static string? FirstMismatch(IReadOnlyList<decimal> expected, IReadOnlyList<decimal> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"{actual.Count} figures instead of {expected.Count}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i] != actual[i])
            {
                return $"figure {i} is {actual[i]} instead of {expected[i]}";
            }
        }

        return null;
    }
}
