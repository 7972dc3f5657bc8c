using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KpiFormulas.Orleans.Sample;
using Parquet;
using Parquet.Schema;

namespace KpiFormulas.Orleans.Tests.Support;

/// <summary>
/// A deterministic orders data set written as Parquet files of several row groups each (one row
/// group = one partition), kept in memory too for the single-pass reference.
/// </summary>
public sealed class OrdersDataSet : IDisposable
{
    public const int ChannelCount = 4;
    public const int CustomerCount = 3_000;
    public const int MonthCount = 24;
    public static readonly Period FirstMonth = Period.Month(2024, 1);

    // The layout the sample's column maps name: exact decimal amounts, byte channels and scores, int customers, dates.
    private static readonly DecimalDataField Amount = new(OrderKpis.RevenueColumns.Amount, precision: 18, scale: 2);
    private static readonly DataField<byte> Channel = new(OrderKpis.RevenueColumns.Key!);
    private static readonly DataField<int> Customer = new(OrderKpis.CohortColumns.Customer);
    private static readonly DataField<DateOnly> OrderDate = new(OrderKpis.CohortColumns.OrderDate);
    private static readonly DataField<byte> Score = new(OrderKpis.NpsColumns.Score);
    private static readonly ParquetSchema Schema = new(Amount, Channel, Customer, OrderDate, Score);

    private OrdersDataSet(string folder, IReadOnlyList<OrdersPartition> partitions, IReadOnlyList<OrderColumns> rowGroups)
    {
        Folder = folder;
        Partitions = partitions;
        RowGroups = rowGroups;
    }

    public static OrderKpiSettings Settings { get; } = new(Currency.EUR, ChannelCount, CustomerCount, FirstMonth, MonthCount);

    /// <summary>The folder of the files, deleted with the data set.</summary>
    public string Folder { get; }

    /// <summary>One partition per row group, numbered from 0 in file then row group order.</summary>
    public IReadOnlyList<OrdersPartition> Partitions { get; }

    /// <summary>The rows of each partition, as written (same order as <see cref="Partitions"/>).</summary>
    public IReadOnlyList<OrderColumns> RowGroups { get; }

    /// <summary>Every order of the data set, in partition order.</summary>
    public OrderColumns AllOrders => new(
        RowGroups.SelectMany(g => g.Amounts).ToArray(),
        RowGroups.SelectMany(g => g.Channels).ToArray(),
        RowGroups.SelectMany(g => g.Customers).ToArray(),
        RowGroups.SelectMany(g => g.OrderDates).ToArray(),
        RowGroups.SelectMany(g => g.Scores).ToArray());

    /// <summary>Writes <paramref name="files"/> files of <paramref name="rowGroupsPerFile"/> row groups of <paramref name="rowsPerGroup"/> orders.</summary>
    public static async Task<OrdersDataSet> WriteAsync(int files, int rowGroupsPerFile, int rowsPerGroup, int seed)
    {
        var folder = Directory.CreateTempSubdirectory("kpi-orders-").FullName;
        var random = new Random(seed);
        var first = new DateOnly(2024, 1, 1);
        var days = new DateOnly(2025, 12, 31).DayNumber - first.DayNumber + 1;
        var partitions = new List<OrdersPartition>();
        var groups = new List<OrderColumns>();
        for (var f = 0; f < files; f++)
        {
            var path = Path.Combine(folder, $"orders-{f}.parquet");
            var fileGroups = Enumerable.Range(0, rowGroupsPerFile).Select(_ => Generate(random, rowsPerGroup, first, days)).ToList();
            await WriteFileAsync(path, fileGroups).ConfigureAwait(false);
            for (var g = 0; g < rowGroupsPerFile; g++)
            {
                partitions.Add(new OrdersPartition(partitions.Count, path, g));
                groups.Add(fileGroups[g]);
            }
        }

        return new OrdersDataSet(folder, partitions, groups);
    }

    /// <summary>Writes, beside the data set, a file of one row group whose last order has channel <see cref="ChannelCount"/> (one past the last).</summary>
    /// <returns>The file's partition, numbered after the data set's.</returns>
    public async Task<OrdersPartition> WriteBadPartitionAsync()
    {
        var orders = Generate(new Random(7), 100, new DateOnly(2024, 1, 1), 28);
        orders.Channels[^1] = ChannelCount;
        var path = Path.Combine(Folder, "orders-bad.parquet");
        await WriteFileAsync(path, [orders]).ConfigureAwait(false);
        return new OrdersPartition(Partitions.Count, path, 0);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static async Task WriteFileAsync(string path, IEnumerable<OrderColumns> rowGroups)
    {
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            var writer = await ParquetWriter.CreateAsync(Schema, stream).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                foreach (var orders in rowGroups)
                {
                    using var rowGroup = writer.CreateRowGroup();
                    await rowGroup.WriteAsync<decimal>(Amount, orders.Amounts).ConfigureAwait(false);
                    await rowGroup.WriteAsync<byte>(Channel, orders.Channels).ConfigureAwait(false);
                    await rowGroup.WriteAsync<int>(Customer, orders.Customers).ConfigureAwait(false);
                    await rowGroup.WriteAsync<DateOnly>(OrderDate, orders.OrderDates).ConfigureAwait(false);
                    await rowGroup.WriteAsync<byte>(Score, orders.Scores).ConfigureAwait(false);
                }
            }
        }
    }

    private static OrderColumns Generate(Random random, int rows, DateOnly first, int days)
    {
        var amounts = new decimal[rows];
        var channels = new byte[rows];
        var customers = new int[rows];
        var dates = new DateOnly[rows];
        var scores = new byte[rows];
        for (var i = 0; i < rows; i++)
        {
            // Cents with scale 2 always (12.00, not 12): a total's scale is then 2 however it is split.
            amounts[i] = new decimal(random.Next(100, 50_000), 0, 0, isNegative: false, scale: 2);
            channels[i] = (byte)random.Next(ChannelCount);
            customers[i] = random.Next(CustomerCount);
            dates[i] = first.AddDays(random.Next(days));
            scores[i] = (byte)random.Next(11);
        }

        return new OrderColumns(amounts, channels, customers, dates, scores);
    }
}
