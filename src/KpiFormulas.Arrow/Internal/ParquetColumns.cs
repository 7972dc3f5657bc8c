using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace KpiFormulas.Arrow.Internal;

/// <summary>A column of one Parquet row group, read into a pooled array; its null flags, when it has any, in another.</summary>
internal sealed class ParquetArrayColumn<T> : Column<T>
    where T : unmanaged
{
    private T[]? values;
    private bool[]? nulls;

    internal ParquetArrayColumn(string name, Where where, int length, T[] values, bool[]? nulls)
        : base(name, where, length)
    {
        this.values = values;
        this.nulls = nulls;
    }

    public override bool HasNulls => nulls is not null;

    public override bool IsNull(int row) => nulls![row];

    public override ReadOnlySpan<T> Read(int start, int count) => values.AsSpan(start, count);

    internal T[] Values => values!;

    protected override void Dispose(bool disposing)
    {
        if (values is not null)
        {
            ArrayPool<T>.Shared.Return(values);
            values = null;
        }

        if (nulls is not null)
        {
            ArrayPool<bool>.Shared.Return(nulls);
            nulls = null;
        }

        base.Dispose(disposing);
    }
}

/// <summary>A Parquet column of another type than the accumulator's (an Int64 id, a date), converted chunk by chunk with each value checked.</summary>
internal sealed class ParquetConvertedColumn<TSource, T>(ParquetArrayColumn<TSource> source, Func<TSource, int, ParquetConvertedColumn<TSource, T>, T> convert)
    : ConvertedColumn<T>(source.Name, source.Where, source.Length)
    where TSource : unmanaged
    where T : unmanaged
{
    public override bool HasNulls => source.HasNulls;

    public override bool IsNull(int row) => source.IsNull(row);

    protected override void Convert(int start, Span<T> destination)
    {
        var values = source.Values.AsSpan(start, destination.Length);
        var nulls = HasNulls;
        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = nulls && IsNull(start + i) ? default : convert(values[i], start + i, this);
        }
    }

    protected override void Dispose(bool disposing)
    {
        source.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>The columns of one Parquet row group, read before the accumulator takes them (Parquet decodes a column chunk at once).</summary>
internal sealed class ParquetColumnSource : ColumnSource
{
    private readonly Dictionary<string, Column> columns;

    private ParquetColumnSource(Where where, NullRows nulls, int length, Dictionary<string, Column> columns)
        : base(where, nulls, length)
    {
        this.columns = columns;
        foreach (var column in columns.Values)
        {
            Own(column);
        }
    }

    /// <summary>Reads the named columns of row group <paramref name="index"/>.</summary>
    internal static async Task<ParquetColumnSource> ReadAsync(ParquetReader reader, int index, IReadOnlyList<string> names, NullRows nulls, CancellationToken cancellationToken)
    {
        var where = new Where("file", string.Create(CultureInfo.InvariantCulture, $"row group {index} of the Parquet file"));
        var group = reader.OpenRowGroupReader(index);
        var length = checked((int)group.RowCount);
        var read = new Dictionary<string, Column>(StringComparer.Ordinal);
        try
        {
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                var field = reader.Schema.DataFields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal) && f.Path.ToList().Count == 1);
                if (field is null)
                {
                    ColumnErrors.MissingColumn(where, name, string.Join(", ", reader.Schema.DataFields.Select(f => $"'{f.Name}'")));
                }

                read[name] = await ReadColumnAsync(group, field, where, length, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            foreach (var column in read.Values)
            {
                column.Dispose();
            }

            throw;
        }

        return new ParquetColumnSource(where, nulls, length, read);
    }

    public override Column Amounts(string name) => Get(name) switch
    {
        Column<decimal> exact => exact,
        Column<long> minor => minor,
        var other => Wrong(other, "INT64 (minor units) or DECIMAL with a scale of 28 or less"),
    };

    public override Column Keys(string name) => Get(name) switch
    {
        Column<byte> bytes => bytes,
        var other => ToInt(other),
    };

    public override Column<int> Indexes(string name) => ToInt(Get(name));

    public override Column<byte> Scores(string name) => Get(name) switch
    {
        ParquetArrayColumn<byte> bytes => bytes,
        ParquetArrayColumn<sbyte> a => Converted<sbyte, byte>(a),
        ParquetArrayColumn<short> a => Converted<short, byte>(a),
        ParquetArrayColumn<ushort> a => Converted<ushort, byte>(a),
        ParquetArrayColumn<int> a => Converted<int, byte>(a),
        ParquetArrayColumn<uint> a => Converted<uint, byte>(a),
        ParquetArrayColumn<long> a => Converted<long, byte>(a),
        var other => (Column<byte>)Wrong(other, "an integer column"),
    };

    public override Column<int> Days(string name) => Get(name) switch
    {
        ParquetArrayColumn<DateOnly> dates => Swap(dates, new ParquetConvertedColumn<DateOnly, int>(dates, static (date, _, _) => date.DayNumber)),

        // A UTC-adjusted timestamp is dated in UTC (even if the reader hands it over in the machine's
        // local time: the date must not depend on the machine), a local one as written.
        ParquetArrayColumn<DateTime> times => Swap(times, new ParquetConvertedColumn<DateTime, int>(times, static (time, _, _) => DateOnly.FromDateTime(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time).DayNumber)),

        // The same column named twice (a cycle that starts and ends on one date column) is converted once.
        ParquetConvertedColumn<DateOnly, int> days => days,
        ParquetConvertedColumn<DateTime, int> days => days,
        var other => (Column<int>)Wrong(other, "DATE or TIMESTAMP"),
    };

    private Column<int> ToInt(Column column) => column switch
    {
        ParquetArrayColumn<int> ints => ints,
        ParquetArrayColumn<byte> a => Converted<byte, int>(a),
        ParquetArrayColumn<sbyte> a => Converted<sbyte, int>(a),
        ParquetArrayColumn<short> a => Converted<short, int>(a),
        ParquetArrayColumn<ushort> a => Converted<ushort, int>(a),
        ParquetArrayColumn<uint> a => Converted<uint, int>(a),
        ParquetArrayColumn<long> a => Converted<long, int>(a),
        ParquetArrayColumn<ulong> a => Converted<ulong, int>(a),
        _ => (Column<int>)Wrong(column, "an integer column"),
    };

    private Column<T> Converted<TSource, T>(ParquetArrayColumn<TSource> source)
        where TSource : unmanaged, IBinaryInteger<TSource>
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T> =>
        Swap(source, new ParquetConvertedColumn<TSource, T>(source, static (value, row, column) =>
        {
            if (Int128.CreateTruncating(value) < Int128.CreateTruncating(T.MinValue) || Int128.CreateTruncating(value) > Int128.CreateTruncating(T.MaxValue))
            {
                ColumnErrors.OutOfRange(column.Where, column.Name, row, value, string.Create(CultureInfo.InvariantCulture, $"the value {value} is outside [{T.MinValue}, {T.MaxValue}]."));
            }

            return T.CreateTruncating(value);
        }));

    /// <summary>Replaces a read column by its conversion, which now owns the array.</summary>
    private TColumn Swap<TColumn>(Column read, TColumn converted)
        where TColumn : Column
    {
        columns[read.Name] = converted;
        return Own(converted);
    }

    private Column Get(string name) => columns[name];

    private Column Wrong(Column column, string accepted)
    {
        var type = column.GetType().GetGenericArguments()[0].Name;
        ColumnErrors.WrongType(Where, column.Name, type, accepted);
        return null!;
    }

    private static async Task<Column> ReadColumnAsync(ParquetRowGroupReader group, DataField field, Where where, int length, CancellationToken cancellationToken)
    {
        if (field is DecimalDataField { Scale: > ArrowDecimalColumn.MaxScale } wide)
        {
            ColumnErrors.UnexactDecimal(where, field.Name, string.Create(CultureInfo.InvariantCulture, $"DECIMAL({wide.Precision}, {wide.Scale})"), "a decimal holds a scale from 0 to 28 exactly; cast the column to a scale of 28 or less first.");
        }

        var type = field.ClrType;
        return type switch
        {
            _ when type == typeof(decimal) => await ReadAsync<decimal>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(long) => await ReadAsync<long>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(int) => await ReadAsync<int>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(short) => await ReadAsync<short>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(sbyte) => await ReadAsync<sbyte>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(byte) => await ReadAsync<byte>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(ushort) => await ReadAsync<ushort>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(uint) => await ReadAsync<uint>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(ulong) => await ReadAsync<ulong>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(DateOnly) => await ReadAsync<DateOnly>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ when type == typeof(DateTime) => await ReadAsync<DateTime>(group, field, where, length, cancellationToken).ConfigureAwait(false),
            _ => Unreadable(field, where),
        };
    }

    private static Column Unreadable(DataField field, Where where)
    {
        ColumnErrors.WrongType(where, field.Name, field.ClrType.Name, "an integer, DECIMAL, DATE or TIMESTAMP column");
        return null!;
    }

    private static async Task<Column> ReadAsync<T>(ParquetRowGroupReader group, DataField field, Where where, int length, CancellationToken cancellationToken)
        where T : unmanaged
    {
        if (field.IsArray)
        {
            ColumnErrors.WrongType(where, field.Name, "a repeated field", "a column of one value a row");
        }

        var values = ArrayPool<T>.Shared.Rent(Math.Max(length, 1));
        if (!field.IsNullable)
        {
            await group.ReadAsync(field, values.AsMemory(0, length), null, cancellationToken).ConfigureAwait(false);
            return new ParquetArrayColumn<T>(field.Name, where, length, values, null);
        }

        var nullable = ArrayPool<T?>.Shared.Rent(Math.Max(length, 1));
        try
        {
            await group.ReadAsync(field, nullable.AsMemory(0, length), null, cancellationToken).ConfigureAwait(false);
            var flags = ArrayPool<bool>.Shared.Rent(Math.Max(length, 1));
            var any = false;
            for (var i = 0; i < length; i++)
            {
                var value = nullable[i];
                flags[i] = !value.HasValue;
                any |= !value.HasValue;
                values[i] = value.GetValueOrDefault();
            }

            if (!any)
            {
                ArrayPool<bool>.Shared.Return(flags);
                flags = null;
            }

            return new ParquetArrayColumn<T>(field.Name, where, length, values, flags);
        }
        finally
        {
            ArrayPool<T?>.Shared.Return(nullable);
        }
    }
}
