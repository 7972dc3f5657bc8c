using System;
using System.Buffers;

namespace KpiFormulas.Arrow.Internal;

/// <summary>One column of one batch or row group, as the accumulators read it: rows, nulls, and values chunk by chunk.</summary>
internal abstract class Column : IDisposable
{
    protected Column(string name, Where where, int length)
    {
        Name = name;
        Where = where;
        Length = length;
    }

    /// <summary>The column's name in the batch or file.</summary>
    public string Name { get; }

    /// <summary>The batch the column belongs to, for messages.</summary>
    public Where Where { get; }

    /// <summary>The number of rows.</summary>
    public int Length { get; }

    /// <summary>True when at least one row is null.</summary>
    public abstract bool HasNulls { get; }

    /// <summary>True when row <paramref name="row"/> is null; only asked when <see cref="HasNulls"/> is true.</summary>
    public abstract bool IsNull(int row);

    /// <summary>The first null row, or −1.</summary>
    public int FirstNull()
    {
        if (!HasNulls)
        {
            return -1;
        }

        for (var row = 0; row < Length; row++)
        {
            if (IsNull(row))
            {
                return row;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Returns pooled buffers.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>A column whose values the accumulators take as a span of <typeparamref name="T"/>.</summary>
internal abstract class Column<T> : Column
    where T : unmanaged
{
    protected Column(string name, Where where, int length)
        : base(name, where, length)
    {
    }

    /// <summary>
    /// The values of rows [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>):
    /// the column's own memory when its layout is the span's, else a conversion valid until the next call.
    /// A null row's value is unspecified.
    /// </summary>
    public abstract ReadOnlySpan<T> Read(int start, int count);
}

/// <summary>A column converted chunk by chunk into one pooled buffer (a Decimal128 to <see cref="decimal"/>, a Date32 to a day number).</summary>
internal abstract class ConvertedColumn<T> : Column<T>
    where T : unmanaged
{
    private T[]? buffer;

    protected ConvertedColumn(string name, Where where, int length)
        : base(name, where, length)
    {
    }

    /// <inheritdoc />
    public sealed override ReadOnlySpan<T> Read(int start, int count)
    {
        if (buffer is null || buffer.Length < count)
        {
            ReturnBuffer();
            buffer = ArrayPool<T>.Shared.Rent(count);
        }

        var destination = buffer.AsSpan(0, count);
        Convert(start, destination);
        return destination;
    }

    /// <summary>Writes the values of rows [<paramref name="start"/>, start + destination.Length); a null row gets <c>default</c> and is not checked.</summary>
    protected abstract void Convert(int start, Span<T> destination);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        ReturnBuffer();
        base.Dispose(disposing);
    }

    private void ReturnBuffer()
    {
        if (buffer is not null)
        {
            ArrayPool<T>.Shared.Return(buffer);
            buffer = null;
        }
    }
}
