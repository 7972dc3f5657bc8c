using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using KpiFormulas.Benchmarks.Aggregation.DuckDb;

namespace KpiFormulas.Benchmarks.Aggregation.Infrastructure;

/// <summary>
/// Before anything is timed, checks that every side of every aggregation benchmark (LINQ, hand loop,
/// DuckDB, KpiFormulas) gives exactly the same figures on the same data, at a few small sizes: a
/// benchmark that compares different answers measures nothing.
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

        foreach (var failure in failures)
        {
            output.WriteLine($"VERIFICATION FAILED: {failure}");
        }

        if (failures.Count == 0)
        {
            output.WriteLine(
                $"Verified {classes.Count} aggregation benchmarks at {string.Join(" and ", Sizes)} rows: " +
                $"{checkedMethods} method runs give the baseline's figures exactly" +
                (DuckDbLibrary.IsAvailable ? "." : " (DuckDB not checked: library absent)."));
        }

        return failures.Count == 0;
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
                .Where(pair => DuckDbLibrary.IsAvailable || !IsDuckDb(pair.Method))
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

    private static bool IsDuckDb(MethodInfo method) =>
        method.GetCustomAttributes<BenchmarkCategoryAttribute>().Any(category => category.Categories.Contains(AggregationBenchmark.DuckDbCategory));

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
