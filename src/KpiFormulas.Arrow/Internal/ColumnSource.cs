using System;
using System.Buffers;
using System.Collections.Generic;

namespace KpiFormulas.Arrow.Internal;

/// <summary>A span action over one column chunk.</summary>
internal delegate void SpanAction<T>(ReadOnlySpan<T> values);

/// <summary>A span action over two column chunks of the same rows.</summary>
internal delegate void SpanAction<T1, T2>(ReadOnlySpan<T1> first, ReadOnlySpan<T2> second);

/// <summary>
/// The rows of one record batch or Parquet row group, with its columns by role; it owns the
/// columns it hands out (their pooled buffers go back when it is disposed) and feeds them to an
/// accumulator's span overloads chunk by chunk.
/// </summary>
internal abstract class ColumnSource(Where where, NullRows nulls, int length) : IDisposable
{
    /// <summary>The rows an accumulator call takes at most: its conversion buffers stay in the core's cache (64 K rows, 1 MB of decimals).</summary>
    internal const int ChunkRows = 1 << 16;

    private readonly List<Column> owned = [];

    public Where Where { get; } = where;

    public int Length { get; } = length;

    /// <summary>Order amounts: a <see cref="Column{T}"/> of <see cref="decimal"/>, or of <see cref="long"/> minor units.</summary>
    public abstract Column Amounts(string name);

    /// <summary>Group keys (channels...): a <see cref="Column{T}"/> of <see cref="byte"/> or of <see cref="int"/>.</summary>
    public abstract Column Keys(string name);

    /// <summary>Dense ids (customers, users, stages) as <see cref="int"/>.</summary>
    public abstract Column<int> Indexes(string name);

    /// <summary>Small scores (0 to 10) as <see cref="byte"/>.</summary>
    public abstract Column<byte> Scores(string name);

    /// <summary>Dates as day numbers (<see cref="DateOnly.DayNumber"/>).</summary>
    public abstract Column<int> Days(string name);

    /// <summary>Feeds one column to <paramref name="add"/>, chunk by chunk, with the null rule.</summary>
    public void Feed<T>(Column<T> column, SpanAction<T> add, string parameter)
        where T : unmanaged
    {
        RefuseNulls(column);
        var skipping = nulls == NullRows.Skip && column.HasNulls;
        var kept = skipping ? ArrayPool<T>.Shared.Rent(Math.Min(Length, ChunkRows)) : null;
        var rows = skipping ? ArrayPool<int>.Shared.Rent(Math.Min(Length, ChunkRows)) : null;
        try
        {
            for (var start = 0; start < Length; start += ChunkRows)
            {
                var count = Math.Min(ChunkRows, Length - start);
                var values = column.Read(start, count);
                if (skipping)
                {
                    var n = 0;
                    for (var i = 0; i < count; i++)
                    {
                        if (!column.IsNull(start + i))
                        {
                            kept![n] = values[i];
                            rows![n++] = start + i;
                        }
                    }

                    values = kept.AsSpan(0, n);
                }

                try
                {
                    add(values);
                }
                catch (ArgumentException e) when (e.ParamName == parameter)
                {
                    var first = start;
                    throw ColumnErrors.Rejected(e, Where, column.Name, row => skipping ? rows![row] : first + row);
                }
            }
        }
        finally
        {
            Return(kept);
            Return(rows);
        }
    }

    /// <summary>Feeds two columns of the same rows to <paramref name="add"/>, chunk by chunk, with the null rule.</summary>
    public void Feed<T1, T2>(Column<T1> first, Column<T2> second, SpanAction<T1, T2> add, string firstParameter, string secondParameter)
        where T1 : unmanaged
        where T2 : unmanaged
    {
        RefuseNulls(first);
        RefuseNulls(second);
        var skipping = nulls == NullRows.Skip && (first.HasNulls || second.HasNulls);
        var keptFirst = skipping ? ArrayPool<T1>.Shared.Rent(Math.Min(Length, ChunkRows)) : null;
        var keptSecond = skipping ? ArrayPool<T2>.Shared.Rent(Math.Min(Length, ChunkRows)) : null;
        var rows = skipping ? ArrayPool<int>.Shared.Rent(Math.Min(Length, ChunkRows)) : null;
        try
        {
            for (var start = 0; start < Length; start += ChunkRows)
            {
                var count = Math.Min(ChunkRows, Length - start);
                var a = first.Read(start, count);
                var b = second.Read(start, count);
                if (skipping)
                {
                    var n = 0;
                    for (var i = 0; i < count; i++)
                    {
                        if (!(first.HasNulls && first.IsNull(start + i)) && !(second.HasNulls && second.IsNull(start + i)))
                        {
                            keptFirst![n] = a[i];
                            keptSecond![n] = b[i];
                            rows![n++] = start + i;
                        }
                    }

                    a = keptFirst.AsSpan(0, n);
                    b = keptSecond.AsSpan(0, n);
                }

                try
                {
                    add(a, b);
                }
                catch (ArgumentException e) when (e.ParamName == firstParameter || e.ParamName == secondParameter)
                {
                    var chunkStart = start;
                    throw ColumnErrors.Rejected(e, Where, e.ParamName == firstParameter ? first.Name : second.Name, row => skipping ? rows![row] : chunkStart + row);
                }
            }
        }
        finally
        {
            Return(keptFirst);
            Return(keptSecond);
            Return(rows);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var column in owned)
        {
            column.Dispose();
        }

        owned.Clear();
    }

    /// <summary>Keeps <paramref name="column"/> to dispose it with the source.</summary>
    protected TColumn Own<TColumn>(TColumn column)
        where TColumn : Column
    {
        owned.Add(column);
        return column;
    }

    private void RefuseNulls(Column column)
    {
        if (nulls == NullRows.Refuse && column.FirstNull() is var row and >= 0)
        {
            ColumnErrors.Null(Where, column.Name, row);
        }
    }

    private static void Return<T>(T[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<T>.Shared.Return(buffer);
        }
    }
}
