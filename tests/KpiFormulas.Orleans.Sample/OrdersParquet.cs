using System;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace KpiFormulas.Orleans.Sample;

/// <summary>
/// The Parquet layout of an orders data set, and the one place that reads it: a row group at a time
/// into <see cref="OrderColumns"/>, so that a worker holds one partition in memory, never the file.
/// </summary>
/// <remarks>
/// Reading stays this small on purpose: it decodes each column into an array and hands the arrays
/// to the accumulators' span <c>Add</c>. A package of its own (KpiFormulas.Arrow) is to take this
/// role for any Parquet or Arrow source.
/// </remarks>
public static class OrdersParquet
{
    /// <summary>The order amount: a Parquet decimal of precision 18 and scale 2 (exact, never a double).</summary>
    public static DecimalDataField Amount { get; } = new("amount", precision: 18, scale: 2);

    /// <summary>The sales channel, a dense id from 0.</summary>
    public static DataField<byte> Channel { get; } = new("channel");

    /// <summary>The customer, a dense id from 0 shared by every file of the data set.</summary>
    public static DataField<int> Customer { get; } = new("customer");

    /// <summary>The order date, a Parquet date.</summary>
    public static DataField<DateOnly> OrderDate { get; } = new("order_date");

    /// <summary>The 0 to 10 answer of the order's post-purchase survey.</summary>
    public static DataField<byte> Score { get; } = new("nps_score");

    /// <summary>The schema of every file of the data set, in this column order.</summary>
    public static ParquetSchema Schema { get; } = new(Amount, Channel, Customer, OrderDate, Score);

    /// <summary>The number of row groups of a file: the partitions it offers.</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The row group count.</returns>
    public static async Task<int> RowGroupCountAsync(string path, CancellationToken cancellationToken = default)
    {
        var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return reader.RowGroupCount;
        }
    }

    /// <summary>Reads one row group of a file into columns.</summary>
    /// <param name="path">The Parquet file, with <see cref="Schema"/>.</param>
    /// <param name="rowGroup">The row group, from 0.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The row group's orders.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowGroup"/> is not a row group of the file.</exception>
    public static async Task<OrderColumns> ReadRowGroupAsync(string path, int rowGroup, CancellationToken cancellationToken = default)
    {
        var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            ArgumentOutOfRangeException.ThrowIfNegative(rowGroup);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rowGroup, reader.RowGroupCount);
            using var group = reader.OpenRowGroupReader(rowGroup);
            var rows = checked((int)group.RowCount);
            var amounts = new decimal[rows];
            var channels = new byte[rows];
            var customers = new int[rows];
            var dates = new DateOnly[rows];
            var scores = new byte[rows];
            await group.ReadAsync<decimal>(Amount, amounts, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync<byte>(Channel, channels, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync<int>(Customer, customers, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync<DateOnly>(OrderDate, dates, cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync<byte>(Score, scores, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new OrderColumns(amounts, channels, customers, dates, scores);
        }
    }
}
