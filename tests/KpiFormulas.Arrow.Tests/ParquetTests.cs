using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DuckDB.NET.Data;
using KpiFormulas.Aggregation;
using Parquet.Schema;
using Xunit;

namespace KpiFormulas.Arrow.Tests;

/// <summary>Parquet files, written by Parquet.Net and by DuckDB, read row group by row group into the accumulators.</summary>
public sealed class ParquetTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kpiformulas-arrow-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_Parquet_Net_file_of_several_row_groups_gives_the_span_results()
    {
        long[] cents = [1990, 500, 12000, 3550, 0, 99, 250_000, 1, 7];
        byte[] channels = [0, 2, 1, 3, 0, 2, 2, 1, 3];
        int[] customers = [0, 1, 0, 2, 1, 2, 0, 3, 3];
        DateOnly[] dates = [new(2026, 1, 5), new(2026, 1, 31), new(2026, 2, 1), new(2026, 3, 15), new(2026, 3, 31), new(2026, 4, 1), new(2026, 4, 30), new(2026, 2, 2), new(2026, 4, 4)];
        var amounts = cents.Select(Support.Hundredths).ToArray();
        using var file = await ParquetFiles.WriteAsync(
            [4, 1, 4],
            new(new DataField<long>("cents"), cents),
            new(new DecimalDataField("amount", 18, 2), amounts),
            new(new DataField<byte>("channel"), channels),
            new(new DataField<int>("customer"), customers),
            new(new DataField<DateOnly>("date"), dates));

        var expected = new RevenueAccumulator(Currency.EUR, 4);
        expected.AddMinorUnits(cents, channels);
        var actual = new RevenueAccumulator(Currency.EUR, 4);
        Assert.Equal(9, await actual.AddParquetAsync(file, new RevenueColumns("cents", "channel")));
        Same.Revenue(expected, actual);

        file.Position = 0;
        var expectedDecimals = new RevenueAccumulator(Currency.EUR, 4);
        expectedDecimals.Add(amounts, channels);
        var decimals = new RevenueAccumulator(Currency.EUR, 4);
        await decimals.AddParquetAsync(file, new RevenueColumns("amount", "channel"));
        Same.Revenue(expectedDecimals, decimals);

        file.Position = 0;
        var cohorts = new CohortRetentionAccumulator(4, Period.Month(2026, 1), 4);
        cohorts.Add(customers, dates);
        var fromFile = new CohortRetentionAccumulator(4, Period.Month(2026, 1), 4);
        await fromFile.AddParquetAsync(file, new CohortRetentionColumns("customer", "date"));
        Same.State(cohorts, fromFile);
    }

    [Fact]
    public async Task Each_row_group_read_alone_gives_its_rows_and_merged_they_give_the_whole_file()
    {
        // Row groups of 4, 1 and 4 rows: group 0 is rows 0-3, group 1 is row 4, group 2 is rows 5-8.
        long[] cents = [1990, 500, 12000, 3550, 0, 99, 250_000, 1, 7];
        byte[] channels = [0, 2, 1, 3, 0, 2, 2, 1, 3];
        (int Start, int Length)[] groups = [(0, 4), (4, 1), (5, 4)];
        using var file = await ParquetFiles.WriteAsync(
            [4, 1, 4],
            new(new DataField<long>("cents"), cents),
            new(new DataField<byte>("channel"), channels));
        var columns = new RevenueColumns("cents", "channel");

        var merged = new RevenueAccumulator(Currency.EUR, 4);
        for (var g = 0; g < groups.Length; g++)
        {
            var (start, length) = groups[g];
            var expected = new RevenueAccumulator(Currency.EUR, 4);
            expected.AddMinorUnits(cents.AsSpan(start, length), channels.AsSpan(start, length));
            var alone = new RevenueAccumulator(Currency.EUR, 4);
            file.Position = 0;
            Assert.Equal(length, await alone.AddParquetAsync(file, columns, rowGroups: [g]));
            Same.Revenue(expected, alone);
            merged.Merge(alone);
        }

        var whole = new RevenueAccumulator(Currency.EUR, 4);
        whole.AddMinorUnits(cents, channels);
        Same.Revenue(whole, merged);

        // A set of row groups, in any order: groups 2 and 0 are every row but row 4.
        var set = new RevenueAccumulator(Currency.EUR, 4);
        file.Position = 0;
        Assert.Equal(8, await set.AddParquetAsync(file, columns, rowGroups: [2, 0]));
        var allButRow4 = new RevenueAccumulator(Currency.EUR, 4);
        allButRow4.AddMinorUnits(cents.AsSpan(5, 4), channels.AsSpan(5, 4));
        allButRow4.AddMinorUnits(cents.AsSpan(0, 4), channels.AsSpan(0, 4));
        Same.Revenue(allButRow4, set);

        // No row group chosen: nothing read.
        var none = new RevenueAccumulator(Currency.EUR, 4);
        file.Position = 0;
        Assert.Equal(0, await none.AddParquetAsync(file, columns, rowGroups: []));
        Same.Revenue(new RevenueAccumulator(Currency.EUR, 4), none);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public async Task A_row_group_the_file_does_not_have_is_refused_before_any_row_is_read(int rowGroup)
    {
        using var file = await ParquetFiles.WriteAsync(
            [2, 1, 2],
            new(new DataField<long>("cents"), new long[] { 100, 200, 300, 400, 500 }),
            new(new DataField<byte>("channel"), new byte[] { 0, 1, 0, 1, 0 }));
        var revenue = new RevenueAccumulator(Currency.EUR, 2);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => revenue.AddParquetAsync(file, new RevenueColumns("cents", "channel"), rowGroups: [0, rowGroup]));

        Assert.Equal("rowGroups", error.ParamName);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Row group {rowGroup} is not a row group of the Parquet file: it has 3 row group(s)"), error.Message, StringComparison.Ordinal);
        Same.Revenue(new RevenueAccumulator(Currency.EUR, 2), revenue);
    }

    [Fact]
    public async Task A_row_group_named_twice_is_refused_as_it_would_be_counted_twice()
    {
        using var file = await ParquetFiles.WriteAsync(
            [2, 1],
            new(new DataField<long>("cents"), new long[] { 100, 200, 300 }),
            new(new DataField<byte>("channel"), new byte[] { 0, 1, 0 }));
        var revenue = new RevenueAccumulator(Currency.EUR, 2);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => revenue.AddParquetAsync(file, new RevenueColumns("cents", "channel"), rowGroups: [1, 0, 1]));

        Assert.Equal("rowGroups", error.ParamName);
        Assert.Contains("Row group 1 is named twice", error.Message, StringComparison.Ordinal);
        Same.Revenue(new RevenueAccumulator(Currency.EUR, 2), revenue);
    }

    [Fact]
    public async Task A_null_in_a_Parquet_column_is_named_with_its_row_group_or_skipped()
    {
        using var file = await ParquetFiles.WriteAsync(
            [2, 3],
            new(new DataField<long?>("cents"), new long?[] { 100, 200, 300, null, 500 }),
            new(new DataField<byte>("channel"), new byte[] { 0, 1, 0, 1, 0 }));

        var refused = new RevenueAccumulator(Currency.EUR, 2);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => refused.AddParquetAsync(file, new RevenueColumns("cents", "channel")));
        Assert.Equal("file", error.ParamName);
        Assert.StartsWith("Column 'cents', row 1 of the row group 1 of the Parquet file: the value is null.", error.Message, StringComparison.Ordinal);

        file.Position = 0;
        var skipped = new RevenueAccumulator(Currency.EUR, 2);
        await skipped.AddParquetAsync(file, new RevenueColumns("cents", "channel"), NullRows.Skip);
        var expected = new RevenueAccumulator(Currency.EUR, 2);
        expected.AddMinorUnits([100, 200, 300, 500], (byte[])[0, 1, 0, 0]);
        Same.Revenue(expected, skipped);
    }

    [Fact]
    public async Task A_missing_or_unreadable_Parquet_column_is_named()
    {
        using var file = await ParquetFiles.WriteAsync([1], new ParquetFiles.ParquetColumn(new DataField<DateTime>("at"), new[] { new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) }));
        var missing = await Assert.ThrowsAsync<ArgumentException>(() => new RevenueAccumulator(Currency.EUR).AddParquetAsync(file, new RevenueColumns("amount")));
        Assert.StartsWith("The row group 0 of the Parquet file has no column 'amount' (its columns: 'at').", missing.Message, StringComparison.Ordinal);

        file.Position = 0;
        var wrong = await Assert.ThrowsAsync<ArgumentException>(() => new RevenueAccumulator(Currency.EUR).AddParquetAsync(file, new RevenueColumns("at")));
        Assert.StartsWith("Column 'at' of the row group 0 of the Parquet file is DateTime; it must be INT64 (minor units) or DECIMAL", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_DuckDB_Parquet_file_gives_DuckDB_s_own_revenue_by_channel_and_cohort_counts()
    {
        var path = Path.Combine(folder, "orders.parquet");
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();

        // 20 000 orders in row groups of 2 048 rows: DECIMAL(18,2) amounts with every 97th one NULL,
        // UTINYINT channels, INTEGER customers, DATE order dates over the first half of 2026.
        Execute(connection, $"""
            COPY (
              SELECT
                CASE WHEN i % 97 = 0 THEN NULL ELSE ((hash(i) % 1000000)::DECIMAL(18,0) * 0.01::DECIMAL(3,2))::DECIMAL(18,2) END AS amount,
                (hash(i * 7) % 4)::UTINYINT AS channel,
                (hash(i * 13) % 500)::INTEGER AS customer,
                DATE '2026-01-01' + (hash(i * 31) % 181)::INTEGER AS order_date
              FROM range(20000) t(i)
            ) TO '{path}' (FORMAT parquet, ROW_GROUP_SIZE 2048)
            """);

        var revenue = new RevenueAccumulator(Currency.EUR, 4);
        await using (var file = File.OpenRead(path))
        {
            Assert.Equal(20_000, await revenue.AddParquetAsync(file, new RevenueColumns("amount", "channel"), NullRows.Skip));
        }

        var byChannel = Query(connection, $"SELECT channel, SUM(amount), COUNT(amount) FROM read_parquet('{path}') GROUP BY channel ORDER BY channel");
        var groups = revenue.Result().Groups;
        Assert.Equal(4, byChannel.Count);
        foreach (var row in byChannel)
        {
            var channel = Convert.ToInt32(row[0], CultureInfo.InvariantCulture);
            Assert.Equal((decimal)row[1], groups[channel].Revenue.Amount);
            Assert.Equal(Convert.ToInt64(row[2], CultureInfo.InvariantCulture), groups[channel].Orders);
        }

        var cohorts = new CohortRetentionAccumulator(500, Period.Month(2026, 1), 6);
        await using (var file = File.OpenRead(path))
        {
            await cohorts.AddParquetAsync(file, new CohortRetentionColumns("customer", "order_date"));
        }

        var table = cohorts.Result();
        var cells = Query(connection, $"""
            WITH o AS (SELECT customer, date_trunc('month', order_date) AS m FROM read_parquet('{path}')),
                 f AS (SELECT customer, min(m) AS cohort FROM o GROUP BY customer)
            SELECT strftime(f.cohort, '%Y-%m') AS cohort, datediff('month', f.cohort, o.m) AS k, count(DISTINCT o.customer)
            FROM o JOIN f USING (customer) GROUP BY ALL ORDER BY ALL
            """);
        Assert.NotEmpty(cells);
        foreach (var row in cells)
        {
            var index = table.IndexOf(Period.Parse((string)row[0], CultureInfo.InvariantCulture));
            Assert.True(index >= 0, $"cohort {row[0]} missing");
            Assert.Equal(Convert.ToInt64(row[2], CultureInfo.InvariantCulture), table.ActiveCustomers(index, Convert.ToInt32(row[1], CultureInfo.InvariantCulture)));
        }

        Assert.Equal(cells.Count, Enumerable.Range(0, table.Cohorts.Count).Sum(c => Enumerable.Range(0, table.OffsetCount(c)).Count(k => table.ActiveCustomers(c, k) > 0)));
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<object[]> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
