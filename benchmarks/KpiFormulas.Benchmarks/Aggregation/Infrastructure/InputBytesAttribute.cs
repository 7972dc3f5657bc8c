using System;

namespace KpiFormulas.Benchmarks.Aggregation.Infrastructure;

/// <summary>
/// The bytes of input one row carries for a hot path: the columns it reads, at their in-memory size
/// (a decimal 16, a long or DateTime 8, an int or DateOnly 4, a byte 1). The GB/s column divides them by
/// the time per row, whatever the side actually reads (LINQ reads larger records, DuckDB its own
/// compressed columns): it is the rate at which the same logical input is consumed.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class InputBytesAttribute : Attribute
{
    /// <summary>Declares the bytes per row.</summary>
    public InputBytesAttribute(double bytesPerRow) => BytesPerRow = bytesPerRow;

    /// <summary>The bytes per row.</summary>
    public double BytesPerRow { get; }
}
