using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KpiFormulas.Benchmarks.Aggregation.Infrastructure;

/// <summary>
/// The row counts the aggregation benchmarks run at: 1 000 / 100 000 / 10 000 000, or only 1 000 in
/// smoke mode (CI's <c>--job dry</c>) so that a smoke run neither allocates gigabytes nor takes minutes.
/// </summary>
public static class AggregationSizes
{
    /// <summary>Comma-separated row counts that replace the defaults (e.g. <c>KPI_BENCH_SIZES=100000</c>).</summary>
    public const string SizesVariable = "KPI_BENCH_SIZES";

    /// <summary>Set to 1 for smoke mode; <see cref="Program"/> sets it when the job is <c>dry</c>.</summary>
    public const string SmokeVariable = "KPI_BENCH_SMOKE";

    /// <summary>The longs summed by the memory-bandwidth probe: 100 million (800 MB), 1 million (8 MB) in smoke mode.</summary>
    public static IEnumerable<int> BandwidthLongs => IsSmoke ? [1_000_000] : [100_000_000];

    /// <summary>Whether this is a smoke run.</summary>
    public static bool IsSmoke => Environment.GetEnvironmentVariable(SmokeVariable) == "1";

    /// <summary>The row counts for <see cref="AggregationBenchmark.Rows"/>.</summary>
    public static IEnumerable<int> Rows
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(SizesVariable);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(size => int.Parse(size, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))
                    .ToArray();
            }

            return IsSmoke ? [1_000] : [1_000, 100_000, 10_000_000];
        }
    }
}
