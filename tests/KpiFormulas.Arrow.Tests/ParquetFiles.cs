using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace KpiFormulas.Arrow.Tests;

/// <summary>Parquet files written by Parquet.Net for the tests, with row groups of the sizes asked.</summary>
internal static class ParquetFiles
{
    /// <summary>One column: its field and its values (a T[] or a T?[] for a nullable field).</summary>
    public sealed record ParquetColumn(DataField Field, Array Values);

    public static async Task<MemoryStream> WriteAsync(IReadOnlyList<int> rowGroupSizes, params ParquetColumn[] columns)
    {
        var file = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(Array.ConvertAll(columns, c => (Field)c.Field)), file))
        {
            var start = 0;
            foreach (var size in rowGroupSizes)
            {
                using var group = writer.CreateRowGroup();
                foreach (var column in columns)
                {
                    await WriteSliceAsync(group, column, start, size);
                }

                start += size;
            }
        }

        file.Position = 0;
        return file;
    }

    private static Task WriteSliceAsync(ParquetRowGroupWriter group, ParquetColumn column, int start, int size) => column.Values switch
    {
        long[] v => group.WriteAsync<long>(column.Field, v.AsMemory(start, size)),
        long?[] v => group.WriteAsync<long>(column.Field, v.AsMemory(start, size)),
        int[] v => group.WriteAsync<int>(column.Field, v.AsMemory(start, size)),
        int?[] v => group.WriteAsync<int>(column.Field, v.AsMemory(start, size)),
        byte[] v => group.WriteAsync<byte>(column.Field, v.AsMemory(start, size)),
        decimal[] v => group.WriteAsync<decimal>(column.Field, v.AsMemory(start, size)),
        decimal?[] v => group.WriteAsync<decimal>(column.Field, v.AsMemory(start, size)),
        DateOnly[] v => group.WriteAsync<DateOnly>(column.Field, v.AsMemory(start, size)),
        DateTime[] v => group.WriteAsync<DateTime>(column.Field, v.AsMemory(start, size)),
        _ => throw new NotSupportedException(column.Values.GetType().Name),
    };
}
