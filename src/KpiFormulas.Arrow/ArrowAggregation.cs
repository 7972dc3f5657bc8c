using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using KpiFormulas.Arrow.Internal;

namespace KpiFormulas.Arrow;

/// <summary>
/// Feeds Apache Arrow record batches, and streams of them, straight into the accumulators of
/// <c>KpiFormulas.Aggregation</c>: the columns named by a <see cref="ColumnMap{TAccumulator}"/> are read
/// from the Arrow buffers as spans and passed to the accumulator's span overloads.
/// </summary>
/// <remarks>
/// <para><b>In place where the layout allows.</b> Int64 minor units, Int32 and UInt8 keys and ids,
/// the integer indices of a dictionary-encoded column are handed to the accumulator as spans over the
/// Arrow buffers, without a copy or a per-row object. A column whose layout differs from the
/// accumulator's (a Decimal128 amount, a Date32 date, an Int64 customer id) is converted 64 K rows at a
/// time into one pooled buffer: exactly, each value checked (a decimal beyond <see cref="decimal"/>'s
/// 96 bits, an id beyond <see cref="int"/>, a date beyond the year 9999 is refused with its row).</para>
/// <para><b>Decimals</b> keep their scale: a Decimal128(18, 2) value 1250 is 12.50, never a
/// <see cref="double"/>. A scale above 28 (what <see cref="decimal"/> holds) is refused for the whole
/// column; a precision above 28 is accepted and each value checked.</para>
/// <para><b>Dates.</b> Date32 and Date64 are calendar dates. A Timestamp without a time zone is a
/// wall-clock time and is dated as written; a Timestamp with a time zone is an instant, dated in
/// that zone (UTC and fixed offsets such as <c>+01:00</c> by arithmetic, a named zone such as
/// <c>Europe/Paris</c> through <see cref="System.TimeZoneInfo"/>), which is the date a reader of the data sees.
/// Any unit (seconds to nanoseconds) is accepted.</para>
/// <para><b>Nulls</b> follow <see cref="NullRows"/>: refused (the default: the exception names the
/// column and the row, and nothing of the batch is added) or skipped (a row with a null in any column
/// read is left out).</para>
/// <para><b>Errors.</b> A missing column, a column of a type the accumulator cannot read exactly, a
/// column of another length than the batch, or a value the accumulator refuses (a key out of range,
/// a negative amount, a date outside its window) throws an <see cref="System.ArgumentException"/>
/// naming the column and the row in the batch. The batch is read 64 K rows at a time and an
/// accumulator validates each chunk before adding it, so rows of earlier chunks (and earlier batches of
/// a stream) may already be added: discard the accumulator after such an exception.</para>
/// </remarks>
/// <example>
/// <code>
/// var revenue = new RevenueAccumulator(Currency.EUR, keyCount: 4);
/// revenue.Add(batch, new RevenueColumns(amount: "amount_cents", key: "channel"));
///
/// using var reader = new ArrowStreamReader(File.OpenRead("orders.arrows"));
/// var cohorts = new CohortRetentionAccumulator(customerCount, Period.Month(2026, 1), 12);
/// await cohorts.AddAsync(reader, new CohortRetentionColumns("customer_id", "order_date"));
/// </code>
/// </example>
public static class ArrowAggregation
{
    /// <summary>Adds the rows of one record batch to the accumulator.</summary>
    /// <typeparam name="TAccumulator">The accumulator type.</typeparam>
    /// <param name="accumulator">The accumulator.</param>
    /// <param name="batch">The record batch; only the columns named by <paramref name="columns"/> are read.</param>
    /// <param name="columns">The columns to read, by name.</param>
    /// <param name="nulls">What a null in a column read does: refused (default) or its row skipped.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">A column is missing, of a type the accumulator cannot read, of another length than the batch, or holds a null under <see cref="NullRows.Refuse"/>.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">A value is refused (out of range for its type or the accumulator); the message names the column and row.</exception>
    /// <exception cref="System.InvalidOperationException">The accumulator refuses the call itself (a keyed <see cref="KpiFormulas.Aggregation.RevenueAccumulator"/> without a key column, minor units for a currency without them).</exception>
    /// <exception cref="System.OverflowException">A total is beyond the range of its type.</exception>
    public static void Add<TAccumulator>(this TAccumulator accumulator, RecordBatch batch, ColumnMap<TAccumulator> columns, NullRows nulls = NullRows.Refuse)
        where TAccumulator : class
    {
        ColumnErrors.NotNull(accumulator, nameof(accumulator));
        ColumnErrors.NotNull(batch, nameof(batch));
        ColumnErrors.NotNull(columns, nameof(columns));
        ColumnErrors.Defined(nulls, nameof(nulls));
        using var source = new ArrowColumnSource(batch, new Where(nameof(batch), "record batch"), nulls);
        columns.Add(accumulator, source);
    }

    /// <summary>Adds the rows of every remaining batch of an Arrow stream (an <see cref="ArrowStreamReader"/>, a C data interface stream...) to the accumulator, one batch at a time.</summary>
    /// <typeparam name="TAccumulator">The accumulator type.</typeparam>
    /// <param name="accumulator">The accumulator.</param>
    /// <param name="stream">The stream of batches; read to its end, not disposed.</param>
    /// <param name="columns">The columns to read, by name.</param>
    /// <param name="nulls">What a null in a column read does: refused (default) or its row skipped.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>The number of rows read (skipped null rows included).</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">As <see cref="Add{TAccumulator}(TAccumulator, RecordBatch, ColumnMap{TAccumulator}, NullRows)"/>; the message names the batch (counted from 0).</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">A value is refused; the message names the column, row and batch.</exception>
    /// <exception cref="System.InvalidOperationException">The accumulator refuses the call itself.</exception>
    /// <exception cref="System.OverflowException">A total is beyond the range of its type.</exception>
    /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<long> AddAsync<TAccumulator>(this TAccumulator accumulator, IArrowArrayStream stream, ColumnMap<TAccumulator> columns, NullRows nulls = NullRows.Refuse, CancellationToken cancellationToken = default)
        where TAccumulator : class
    {
        ColumnErrors.NotNull(accumulator, nameof(accumulator));
        ColumnErrors.NotNull(stream, nameof(stream));
        ColumnErrors.NotNull(columns, nameof(columns));
        ColumnErrors.Defined(nulls, nameof(nulls));
        long rows = 0;
        for (var index = 0; ; index++)
        {
            using var batch = await stream.ReadNextRecordBatchAsync(cancellationToken).ConfigureAwait(false);
            if (batch is null)
            {
                return rows;
            }

            var where = new Where(nameof(stream), string.Create(CultureInfo.InvariantCulture, $"batch {index} of the stream"));
            using (var source = new ArrowColumnSource(batch, where, nulls))
            {
                columns.Add(accumulator, source);
            }

            rows += batch.Length;
        }
    }
}
