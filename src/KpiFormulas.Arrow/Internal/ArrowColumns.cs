using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Apache.Arrow;
using Apache.Arrow.Arrays;
using Apache.Arrow.Types;

namespace KpiFormulas.Arrow.Internal;

/// <summary>An Arrow array whose buffer the accumulators read in place: Int64, Int32, UInt8, or the indices of a dictionary.</summary>
internal sealed class ArrowSpanColumn<T>(string name, Where where, IArrowArray validity, PrimitiveArray<T> values) : Column<T>(name, where, validity.Length)
    where T : unmanaged, IEquatable<T>
{
    public override bool HasNulls => validity.NullCount > 0;

    public override bool IsNull(int row) => validity.IsNull(row);

    public override ReadOnlySpan<T> Read(int start, int count) => values.Values.Slice(start, count);
}

/// <summary>An Arrow array converted chunk by chunk, skipping null rows (whose slots may hold anything).</summary>
internal abstract class ArrowConvertedColumn<T>(string name, Where where, IArrowArray validity) : ConvertedColumn<T>(name, where, validity.Length)
    where T : unmanaged
{
    public override bool HasNulls => validity.NullCount > 0;

    public override bool IsNull(int row) => validity.IsNull(row);
}

/// <summary>An integer array of another width than the accumulator's (Int8, Int16, UInt16, UInt32, Int64...), each value checked to fit.</summary>
internal sealed class ArrowIntegerColumn<TSource, T>(string name, Where where, IArrowArray validity, PrimitiveArray<TSource> values)
    : ArrowConvertedColumn<T>(name, where, validity)
    where TSource : unmanaged, IBinaryInteger<TSource>
    where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
{
    protected override void Convert(int start, Span<T> destination)
    {
        var source = values.Values.Slice(start, destination.Length);
        var nulls = HasNulls;
        for (var i = 0; i < source.Length; i++)
        {
            if (nulls && IsNull(start + i))
            {
                destination[i] = T.Zero;
                continue;
            }

            var value = source[i];
            if (Int128.CreateTruncating(value) < Int128.CreateTruncating(T.MinValue) || Int128.CreateTruncating(value) > Int128.CreateTruncating(T.MaxValue))
            {
                ColumnErrors.OutOfRange(Where, Name, start + i, value, string.Create(CultureInfo.InvariantCulture, $"the value {value} is outside [{T.MinValue}, {T.MaxValue}]."));
            }

            destination[i] = T.CreateTruncating(value);
        }
    }
}

/// <summary>Dates of an Arrow array as day numbers (<see cref="DateOnly.DayNumber"/>).</summary>
internal sealed class ArrowDayColumn : ArrowConvertedColumn<int>
{
    /// <summary>The day number of 1970-01-01, Arrow's epoch.</summary>
    internal const int EpochDayNumber = 719_162;

    private readonly IArrowArray array;
    private readonly long unitsPerDay;
    private readonly long offsetUnits;
    private readonly TimeZoneInfo? zone;

    private ArrowDayColumn(string name, Where where, IArrowArray array, long unitsPerDay, long offsetUnits, TimeZoneInfo? zone)
        : base(name, where, array)
    {
        this.array = array;
        this.unitsPerDay = unitsPerDay;
        this.offsetUnits = offsetUnits;
        this.zone = zone;
    }

    internal static Column<int>? TryCreate(string name, Where where, IArrowArray array) => array switch
    {
        Date32Array date32 => new ArrowDayColumn(name, where, date32, 1, 0, null),
        Date64Array date64 => new ArrowDayColumn(name, where, date64, 86_400_000, 0, null),
        TimestampArray timestamps => Timestamps(name, where, timestamps),
        _ => null,
    };

    private static ArrowDayColumn Timestamps(string name, Where where, TimestampArray timestamps)
    {
        var type = (TimestampType)timestamps.Data.DataType;
        var unitsPerSecond = type.Unit switch
        {
            TimeUnit.Second => 1L,
            TimeUnit.Millisecond => 1_000L,
            TimeUnit.Microsecond => 1_000_000L,
            _ => 1_000_000_000L,
        };
        var unitsPerDay = unitsPerSecond * 86_400;

        // Arrow: a timestamp without a zone is a wall-clock time, its date is read as written; with a
        // zone it is an instant (counted from the UTC epoch), dated in that zone, as the data says.
        var zoneName = type.Timezone;
        if (string.IsNullOrEmpty(zoneName) || zoneName is "UTC" or "Etc/UTC" or "Z" or "+00:00" or "-00:00")
        {
            return new ArrowDayColumn(name, where, timestamps, unitsPerDay, 0, null);
        }

        if (TimeSpan.TryParseExact(zoneName.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture, out var offset) && zoneName[0] is '+' or '-')
        {
            var seconds = (long)offset.TotalSeconds * (zoneName[0] == '-' ? -1 : 1);
            return new ArrowDayColumn(name, where, timestamps, unitsPerDay, seconds * unitsPerSecond, null);
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneName);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            ColumnErrors.UnknownTimeZone(where, name, zoneName, e);
            throw;
        }

        return new ArrowDayColumn(name, where, timestamps, unitsPerDay, 0, zone);
    }

    protected override void Convert(int start, Span<int> destination)
    {
        var nulls = HasNulls;
        switch (array)
        {
            case Date32Array date32:
            {
                var days = date32.Values.Slice(start, destination.Length);
                for (var i = 0; i < days.Length; i++)
                {
                    destination[i] = nulls && IsNull(start + i) ? 0 : DayNumber(days[i], start + i);
                }

                break;
            }

            case PrimitiveArray<long> ticks:
            {
                var values = ticks.Values.Slice(start, destination.Length);
                for (var i = 0; i < values.Length; i++)
                {
                    destination[i] = nulls && IsNull(start + i) ? 0 : DayOf(values[i], start + i);
                }

                break;
            }
        }
    }

    private int DayOf(long value, int row)
    {
        if (zone is null)
        {
            // Days first, then the offset on the remainder: adding the offset to a value near Int64's limits would overflow.
            var (days, remainder) = Math.DivRem(value, unitsPerDay);
            if (remainder < 0)
            {
                days--;
                remainder += unitsPerDay;
            }

            var shifted = remainder + offsetUnits; // within ±2 days of units: no overflow
            days += Math.DivRem(shifted, unitsPerDay) is var (carry, rest) && rest < 0 ? carry - 1 : carry;
            return DayNumber(days, row);
        }

        var secondsFromEpoch = Math.DivRem(value, unitsPerDay / 86_400) is var (q, r) && r < 0 ? q - 1 : q;
        if (secondsFromEpoch < -62_135_596_800L || secondsFromEpoch > 253_402_300_799L)
        {
            ColumnErrors.OutOfRange(Where, Name, row, value, "the timestamp is outside the years 1 to 9999 that a date can hold.");
        }

        DateTimeOffset local;
        try
        {
            local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(secondsFromEpoch), zone);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The instant is within years 1 to 9999 in UTC but its local time in the zone is not.
            ColumnErrors.OutOfRange(Where, Name, row, value, "the timestamp's local date in its time zone is outside the years 1 to 9999 that a date can hold.");
            throw;
        }

        return DateOnly.FromDateTime(local.DateTime).DayNumber;
    }

    private int DayNumber(long daysFromEpoch, int row)
    {
        if (daysFromEpoch < -EpochDayNumber || daysFromEpoch > DateOnly.MaxValue.DayNumber - EpochDayNumber)
        {
            ColumnErrors.OutOfRange(Where, Name, row, daysFromEpoch, "the date is outside the years 1 to 9999 that a date can hold.");
        }

        return (int)daysFromEpoch + EpochDayNumber;
    }
}

/// <summary>Decimal128, Decimal64 and Decimal32 arrays as <see cref="decimal"/>, converted exactly from their unscaled integers.</summary>
internal sealed class ArrowDecimalColumn : ArrowConvertedColumn<decimal>
{
    /// <summary>The largest scale a <see cref="decimal"/> holds.</summary>
    internal const int MaxScale = 28;

    /// <summary>The largest precision whose every value fits a <see cref="decimal"/>'s 96-bit mantissa (10^28 − 1 &lt; 2^96).</summary>
    internal const int MaxExactPrecision = 28;

    private readonly FixedSizeBinaryArray array;
    private readonly int width;
    private readonly byte scale;

    private ArrowDecimalColumn(string name, Where where, FixedSizeBinaryArray array, int width, int scale)
        : base(name, where, array)
    {
        this.array = array;
        this.width = width;
        this.scale = (byte)scale;
    }

    internal static Column<decimal>? TryCreate(string name, Where where, IArrowArray array)
    {
        var (width, precision, scale) = array switch
        {
            Decimal128Array d => (16, d.Precision, d.Scale),
            Decimal64Array d => (8, d.Precision, d.Scale),
            Decimal32Array d => (4, d.Precision, d.Scale),
            _ => (0, 0, 0),
        };
        if (width == 0)
        {
            return null;
        }

        if (scale is < 0 or > MaxScale)
        {
            ColumnErrors.UnexactDecimal(where, name, string.Create(CultureInfo.InvariantCulture, $"decimal({precision}, {scale})"), "a decimal holds a scale from 0 to 28 exactly; cast the column to a scale of 28 or less first.");
        }

        return new ArrowDecimalColumn(name, where, (FixedSizeBinaryArray)array, width, scale);
    }

    protected override void Convert(int start, Span<decimal> destination)
    {
        var bytes = array.ValueBuffer.Span.Slice((array.Offset + start) * width, destination.Length * width);
        var nulls = HasNulls;
        for (var i = 0; i < destination.Length; i++)
        {
            if (nulls && IsNull(start + i))
            {
                destination[i] = 0m;
                continue;
            }

            var value = bytes.Slice(i * width, width);
            destination[i] = width switch
            {
                16 => Of(new Int128(BinaryPrimitives.ReadUInt64LittleEndian(value[8..]), BinaryPrimitives.ReadUInt64LittleEndian(value)), start + i),
                8 => Of(BinaryPrimitives.ReadInt64LittleEndian(value), start + i),
                _ => Of(BinaryPrimitives.ReadInt32LittleEndian(value), start + i),
            };
        }
    }

    private decimal Of(Int128 unscaled, int row)
    {
        var negative = unscaled < 0;
        var magnitude = negative ? (UInt128)(-unscaled) : (UInt128)unscaled;
        if (unscaled == Int128.MinValue || (magnitude >> 96) != 0)
        {
            ColumnErrors.OutOfRange(Where, Name, row, unscaled, "the value is beyond the 96-bit range of a decimal (79 228 162 514 264 337 593 543 950 335 units of its scale).");
        }

        unchecked
        {
            var low = (ulong)magnitude;
            var high = (uint)(magnitude >> 64);
            return new decimal((int)low, (int)(low >> 32), (int)high, negative, scale);
        }
    }
}

/// <summary>Resolves the arrays of a record batch into the columns an accumulator reads.</summary>
internal sealed class ArrowColumnSource(RecordBatch batch, Where where, NullRows nulls) : ColumnSource(where, nulls, batch.Length)
{
    private const string IntegerTypes = "an integer column (Int32 or UInt8 read in place; Int8, Int16, UInt16, UInt32, Int64 checked) or a dictionary-encoded column with integer indices";

    public override Column Amounts(string name)
    {
        var array = Array(name);
        Column? column = array is Int64Array minor ? new ArrowSpanColumn<long>(name, Where, minor, minor) : ArrowDecimalColumn.TryCreate(name, Where, array);
        return Own(column ?? Wrong(name, array, "Int64 (minor units) or Decimal128, Decimal64, Decimal32 with a scale of 28 or less"));
    }

    public override Column Keys(string name)
    {
        var array = Array(name);
        var values = array is DictionaryArray dictionary ? dictionary.Indices : array;
        Column? column = values is UInt8Array bytes ? new ArrowSpanColumn<byte>(name, Where, array, bytes) : Integers<int>(name, array, values);
        return Own(column ?? Wrong(name, array, IntegerTypes));
    }

    public override Column<int> Indexes(string name)
    {
        var array = Array(name);
        var values = array is DictionaryArray dictionary ? dictionary.Indices : array;
        return Own(Integers<int>(name, array, values) ?? Wrong<int>(name, array, IntegerTypes));
    }

    public override Column<byte> Scores(string name)
    {
        var array = Array(name);
        return Own(array switch
        {
            UInt8Array bytes => new ArrowSpanColumn<byte>(name, Where, array, bytes),
            _ => Integers<byte>(name, array, array),
        } ?? Wrong<byte>(name, array, "an integer column (UInt8 read in place, other integer types checked)"));
    }

    public override Column<int> Days(string name)
    {
        var array = Array(name);
        return Own(ArrowDayColumn.TryCreate(name, Where, array) ?? Wrong<int>(name, array, "Date32, Date64 or Timestamp"));
    }

    private Column<T>? Integers<T>(string name, IArrowArray validity, IArrowArray values)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T> => values switch
        {
            PrimitiveArray<T> same when values is not (Date32Array or Time32Array) => new ArrowSpanColumn<T>(name, Where, validity, same),
            Int8Array a => new ArrowIntegerColumn<sbyte, T>(name, Where, validity, a),
            UInt8Array a => new ArrowIntegerColumn<byte, T>(name, Where, validity, a),
            Int16Array a => new ArrowIntegerColumn<short, T>(name, Where, validity, a),
            UInt16Array a => new ArrowIntegerColumn<ushort, T>(name, Where, validity, a),
            Int32Array a => new ArrowIntegerColumn<int, T>(name, Where, validity, a),
            UInt32Array a => new ArrowIntegerColumn<uint, T>(name, Where, validity, a),
            Int64Array a => new ArrowIntegerColumn<long, T>(name, Where, validity, a),
            UInt64Array a => new ArrowIntegerColumn<ulong, T>(name, Where, validity, a),
            _ => null,
        };

    private IArrowArray Array(string name)
    {
        var index = batch.Schema.GetFieldIndex(name, StringComparer.Ordinal);
        if (index < 0)
        {
            ColumnErrors.MissingColumn(Where, name, string.Join(", ", batch.Schema.FieldsList.Select(f => $"'{f.Name}'")));
        }

        var array = batch.Column(index);
        if (array.Length != batch.Length)
        {
            ColumnErrors.WrongLength(Where, name, array.Length, batch.Length);
        }

        return array;
    }

    private Column Wrong(string name, IArrowArray array, string accepted)
    {
        ColumnErrors.WrongType(Where, name, array.Data.DataType.Name, accepted);
        return null!;
    }

    private Column<T> Wrong<T>(string name, IArrowArray array, string accepted)
        where T : unmanaged
    {
        ColumnErrors.WrongType(Where, name, array.Data.DataType.Name, accepted);
        return null!;
    }
}
