using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KpiFormulas.Arrow.Internal;
using Parquet;

namespace KpiFormulas.Arrow;

/// <summary>
/// Feeds Parquet files (read with Parquet.Net) into the accumulators of <c>KpiFormulas.Aggregation</c>,
/// one row group at a time: memory holds the named columns of one row group, never the file.
/// </summary>
/// <remarks>
/// <para>Columns are read as <see cref="ArrowAggregation"/> reads Arrow arrays: INT64 minor units,
/// DECIMAL amounts with a scale of 28 or less (exact <see cref="decimal"/>), integer keys and ids (the
/// accumulator's type read as decoded, other widths checked), DATE and TIMESTAMP dates. A TIMESTAMP is
/// dated as stored: a UTC-adjusted one in UTC (Parquet keeps no zone name), a local one as written.
/// Parquet's own dictionary encoding of a column is decoded by the reader; a text column (a channel
/// name) is not a key: map it to integer keys first.</para>
/// <para>Nulls follow <see cref="NullRows"/>, per row group. Errors name the column, the row (counted
/// in its row group) and the row group; rows of earlier row groups are already added then: discard
/// the accumulator.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var file = File.OpenRead("orders.parquet");
/// var revenue = new RevenueAccumulator(Currency.EUR, keyCount: 4);
/// await revenue.AddParquetAsync(file, new RevenueColumns(amount: "amount", key: "channel"));
///
/// // One partition of a distributed job: row group 2 only, merged with the other row groups' accumulators later.
/// await partition.AddParquetAsync(file, new RevenueColumns("amount", "channel"), rowGroups: [2]);
/// </code>
/// </example>
public static class ParquetAggregation
{
    /// <summary>Adds the rows of every row group of a Parquet file, or of the row groups chosen, to the accumulator, one row group at a time.</summary>
    /// <typeparam name="TAccumulator">The accumulator type.</typeparam>
    /// <param name="accumulator">The accumulator.</param>
    /// <param name="file">The Parquet file: a readable, seekable stream, left open.</param>
    /// <param name="columns">The columns to read, by name (top-level columns).</param>
    /// <param name="nulls">What a null in a column read does: refused (default) or its row skipped.</param>
    /// <param name="rowGroups">The row groups to read, by index from 0, in this order; null (default) reads every row group of the file.
    /// A worker that aggregates one partition of a file passes its own row group; the accumulators of all the row groups, merged, equal the whole file's.</param>
    /// <param name="cancellationToken">Stops between columns and row groups.</param>
    /// <returns>The number of rows read (skipped null rows included).</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">A column is missing, of a type the accumulator cannot read, repeated, or holds a null under <see cref="NullRows.Refuse"/>; or the stream is not a readable, seekable Parquet file; or <paramref name="rowGroups"/> names a row group twice.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">A value is refused; the message names the column, row and row group. Or an index of <paramref name="rowGroups"/> is not a row group of the file (nothing is read then).</exception>
    /// <exception cref="System.InvalidOperationException">The accumulator refuses the call itself.</exception>
    /// <exception cref="System.OverflowException">A total is beyond the range of its type.</exception>
    /// <exception cref="IOException">The file cannot be read as Parquet.</exception>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<long> AddParquetAsync<TAccumulator>(this TAccumulator accumulator, Stream file, ColumnMap<TAccumulator> columns, NullRows nulls = NullRows.Refuse, IReadOnlyList<int>? rowGroups = null, CancellationToken cancellationToken = default)
        where TAccumulator : class
    {
        ColumnErrors.NotNull(accumulator, nameof(accumulator));
        ColumnErrors.NotNull(file, nameof(file));
        ColumnErrors.NotNull(columns, nameof(columns));
        ColumnErrors.Defined(nulls, nameof(nulls));
        var options = new ParquetOptions { UseDateOnlyTypeForDates = true, UseBigDecimal = false };
        await using var reader = await ParquetReader.CreateAsync(file, options, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
        // Checked against the file before any row is read: a bad index leaves the accumulator unchanged.
        var chosen = rowGroups is null ? null : ColumnErrors.RowGroups(rowGroups, reader.RowGroupCount, nameof(rowGroups));
        var count = chosen?.Length ?? reader.RowGroupCount;
        long rows = 0;
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = chosen is null ? i : chosen[i];
            using var source = await ParquetColumnSource.ReadAsync(reader, index, columns.Names, nulls, cancellationToken).ConfigureAwait(false);
            columns.Add(accumulator, source);
            rows += source.Length;
        }

        return rows;
    }
}
