using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using KpiFormulas.Benchmarks.Aggregation.Infrastructure;

namespace KpiFormulas.Benchmarks.Aggregation;

/// <summary>
/// This machine's memory bandwidth, measured in the same run as the aggregations: a vectorised sum
/// over a <c>long[]</c> of 100 million values (800 MB, far beyond the caches; 1 million in smoke mode).
/// The GB/s column is the read bandwidth; a hot path's ns/row can be set against it.
/// </summary>
[InputBytes(sizeof(long))]
[MemoryDiagnoser]
[Config(typeof(AggregationConfig))]
public class MemoryBandwidthBenchmarks
{
    private long[] values = [];

    /// <summary>The array lengths.</summary>
    public static IEnumerable<int> Sizes => AggregationSizes.BandwidthLongs;

    /// <summary>Longs summed (the "rows": 8 bytes each).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Rows { get; set; }

    /// <summary>Allocates and writes every element, so that every page is really mapped.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        values = GC.AllocateUninitializedArray<long>(Rows);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i & 0xFFFF;
        }
    }

    /// <summary>One core: a vectorised sum with four independent accumulators.</summary>
    [Benchmark(Baseline = true)]
    public long SumOneCore() => Sum(values);

    /// <summary>All cores: one vectorised sum per core over contiguous ranges.</summary>
    [Benchmark]
    public long SumAllCores()
    {
        var parts = Environment.ProcessorCount;
        var sums = new long[parts];
        var chunk = (values.Length + parts - 1) / parts;
        Parallel.For(0, parts, part =>
        {
            var start = Math.Min(values.Length, part * chunk);
            var length = Math.Min(chunk, values.Length - start);
            sums[part] = Sum(values.AsSpan(start, length));
        });
        var total = 0L;
        foreach (var sum in sums)
        {
            total += sum;
        }

        return total;
    }

    /// <summary>
    /// The vectorised sum (wrapping: the values are small, and only the reading matters): 512-bit
    /// vectors where the hardware has them (on this machine's AVX-512 they read about a quarter faster
    /// than <see cref="Vector{T}"/>'s 256 bits), four independent accumulators.
    /// </summary>
    public static long Sum(ReadOnlySpan<long> span) =>
        Vector512.IsHardwareAccelerated ? Sum512(span) : SumVector(span);

    private static long Sum512(ReadOnlySpan<long> span)
    {
        var vectors = MemoryMarshal.Cast<long, Vector512<long>>(span);
        Vector512<long> a = default, b = default, c = default, d = default;
        var i = 0;
        for (; i + 4 <= vectors.Length; i += 4)
        {
            a += vectors[i];
            b += vectors[i + 1];
            c += vectors[i + 2];
            d += vectors[i + 3];
        }

        for (; i < vectors.Length; i++)
        {
            a += vectors[i];
        }

        var total = Vector512.Sum(a + b + c + d);
        for (var j = vectors.Length * Vector512<long>.Count; j < span.Length; j++)
        {
            total += span[j];
        }

        return total;
    }

    private static long SumVector(ReadOnlySpan<long> span)
    {
        var vectors = MemoryMarshal.Cast<long, Vector<long>>(span);
        Vector<long> a = default, b = default, c = default, d = default;
        var i = 0;
        for (; i + 4 <= vectors.Length; i += 4)
        {
            a += vectors[i];
            b += vectors[i + 1];
            c += vectors[i + 2];
            d += vectors[i + 3];
        }

        for (; i < vectors.Length; i++)
        {
            a += vectors[i];
        }

        var total = Vector.Sum(a + b + c + d);
        for (var j = vectors.Length * Vector<long>.Count; j < span.Length; j++)
        {
            total += span[j];
        }

        return total;
    }
}
