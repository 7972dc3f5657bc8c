using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using KpiFormulas.Aggregation;
using Xunit;

namespace KpiFormulas.Arrow.Tests;

/// <summary>Arrow arrays and batches built from plain values, for the tests.</summary>
internal static class Arrays
{
    public static Int64Array Int64(IEnumerable<long?> values) => Build(new Int64Array.Builder(), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static Int32Array Int32(IEnumerable<int?> values) => Build(new Int32Array.Builder(), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static Int16Array Int16(IEnumerable<short?> values) => Build(new Int16Array.Builder(), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static UInt8Array UInt8(IEnumerable<byte?> values) => Build(new UInt8Array.Builder(), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static Int8Array Int8(IEnumerable<sbyte?> values) => Build(new Int8Array.Builder(), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static Decimal128Array Decimal128(int precision, int scale, IEnumerable<decimal?> values) =>
        Build(new Decimal128Array.Builder(new Decimal128Type(precision, scale)), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static Decimal64Array Decimal64(int precision, int scale, IEnumerable<decimal?> values) =>
        Build(new Decimal64Array.Builder(new Decimal64Type(precision, scale)), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static Date32Array Date32(IEnumerable<DateOnly?> values) => Build(new Date32Array.Builder(), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static Date64Array Date64(IEnumerable<DateOnly?> values) => Build(new Date64Array.Builder(), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static TimestampArray Timestamps(TimeUnit unit, string? zone, IEnumerable<DateTimeOffset?> values) =>
        Build(new TimestampArray.Builder(new TimestampType(unit, zone)), values, (b, v) => b.Append(v), b => b.AppendNull()).Build();

    public static DictionaryArray Dictionary(IArrowArray indices, params string[] names)
    {
        var dictionary = new StringArray.Builder().AppendRange(names).Build();
        return new DictionaryArray(new DictionaryType(indices.Data.DataType, StringType.Default, false), indices, dictionary);
    }

    public static RecordBatch Batch(params (string Name, IArrowArray Array)[] columns)
    {
        var schema = new Schema.Builder();
        foreach (var (name, array) in columns)
        {
            schema.Field(f => f.Name(name).DataType(array.Data.DataType).Nullable(true));
        }

        return new RecordBatch(schema.Build(), columns.Select(c => c.Array), columns.Length == 0 ? 0 : columns[0].Array.Length);
    }

    private static TBuilder Build<TBuilder, T>(TBuilder builder, IEnumerable<T?> values, Action<TBuilder, T> append, Action<TBuilder> appendNull)
        where T : struct
    {
        foreach (var value in values)
        {
            if (value is { } v)
            {
                append(builder, v);
            }
            else
            {
                appendNull(builder);
            }
        }

        return builder;
    }
}

/// <summary>A stream of batches written to Arrow's IPC stream format and read back by <see cref="ArrowStreamReader"/>.</summary>
internal static class IpcStreams
{
    public static ArrowStreamReader Of(IReadOnlyList<RecordBatch> batches, Schema schema)
    {
        var bytes = new MemoryStream();
        using (var writer = new ArrowStreamWriter(bytes, schema, leaveOpen: true))
        {
            foreach (var batch in batches)
            {
                writer.WriteRecordBatch(batch);
            }

            writer.WriteEnd();
        }

        bytes.Position = 0;
        return new ArrowStreamReader(bytes);
    }
}

/// <summary>Accumulators compared as their serialized states: every total, count and bit, decimals with their scale.</summary>
internal static class Same
{
    public static void State<T>(T expected, T actual)
        where T : class
    {
        var state = typeof(T).GetProperty("State")!;
        Assert.Equal(JsonSerializer.Serialize(state.GetValue(expected)), JsonSerializer.Serialize(state.GetValue(actual)));
    }

    public static void Revenue(RevenueAccumulator expected, RevenueAccumulator actual)
    {
        State(expected, actual);
        var a = expected.Result();
        var b = actual.Result();
        Assert.Equal(decimal.GetBits(a.Total.Revenue.Amount), decimal.GetBits(b.Total.Revenue.Amount));
        Assert.Equal(a.Total.Orders, b.Total.Orders);
        Assert.Equal(a.Groups.Select(g => (g.Orders, decimal.GetBits(g.Revenue.Amount)[3], g.Revenue.Amount)), b.Groups.Select(g => (g.Orders, decimal.GetBits(g.Revenue.Amount)[3], g.Revenue.Amount)));
    }
}

/// <summary>Test values.</summary>
internal static class Support
{
    /// <summary>Cents as a decimal of scale 2 (1990 is 19.90, not 19.9): the value a DECIMAL(18, 2) column holds.</summary>
    public static decimal Hundredths(long cents) => cents * 0.01m; // a product keeps the scales' sum: 1990 × 0.01 = 19.90
}
