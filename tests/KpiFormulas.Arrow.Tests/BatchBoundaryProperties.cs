using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Apache.Arrow;
using FsCheck.Xunit;
using KpiFormulas.Aggregation;
using Parquet.Schema;

namespace KpiFormulas.Arrow.Tests;

/// <summary>Splitting the rows into batches of an Arrow stream, or into Parquet row groups, never changes a result.</summary>
public class BatchBoundaryProperties
{
    /// <summary>Random orders from a seed: minor units, decimals with their scale, channels, customers, dates, and a few nulls.</summary>
    private sealed class Orders
    {
        public Orders(int seed, int rows)
        {
            var random = new Random(seed);
            Cents = [.. Enumerable.Range(0, rows).Select(_ => (long)random.Next(0, 1_000_000))];
            Amounts = [.. Cents.Select(Support.Hundredths)];
            Channels = [.. Enumerable.Range(0, rows).Select(_ => (byte)random.Next(0, 4))];
            Customers = [.. Enumerable.Range(0, rows).Select(_ => random.Next(0, 50))];
            Dates = [.. Enumerable.Range(0, rows).Select(_ => new DateOnly(2026, 1, 1).AddDays(random.Next(0, 181)))];
            NullAt = [.. Enumerable.Range(0, rows).Select(_ => random.Next(0, 10) == 0)];
        }

        public long[] Cents { get; }
        public decimal[] Amounts { get; }
        public byte[] Channels { get; }
        public int[] Customers { get; }
        public DateOnly[] Dates { get; }
        public bool[] NullAt { get; }
        public int Rows => Cents.Length;
    }

    /// <summary>Batch sizes summing to <paramref name="rows"/>, from arbitrary cut points (empty batches included).</summary>
    private static List<int> Sizes(int rows, byte[] cuts)
    {
        var points = cuts.Select(c => rows == 0 ? 0 : c * rows / 255).Append(0).Append(rows).Order().ToList();
        return [.. points.Zip(points.Skip(1), (a, b) => b - a)];
    }

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public bool Arrow_stream_batches_never_change_revenue_or_cohorts(int seed, byte rowsByte, byte[] cuts)
    {
        var orders = new Orders(seed, rowsByte * 7);
        var sizes = Sizes(orders.Rows, cuts);

        var revenue = new RevenueAccumulator(Currency.EUR, 4);
        revenue.Add(orders.Amounts, orders.Channels);
        var cohorts = new CohortRetentionAccumulator(50, Period.Month(2026, 1), 6);
        cohorts.Add(orders.Customers, orders.Dates);

        var whole = Arrays.Batch(
            ("amount", Arrays.Decimal128(18, 2, orders.Amounts.Select(a => (decimal?)a))),
            ("channel", Arrays.UInt8(orders.Channels.Select(c => (byte?)c))),
            ("customer", Arrays.Int32(orders.Customers.Select(c => (int?)c))),
            ("date", Arrays.Date32(orders.Dates.Select(d => (DateOnly?)d))));
        var batches = new List<RecordBatch>();
        var start = 0;
        foreach (var size in sizes)
        {
            batches.Add(whole.Slice(start, size));
            start += size;
        }

        var revenueFromStream = new RevenueAccumulator(Currency.EUR, 4);
        using (var stream = IpcStreams.Of(batches, whole.Schema))
        {
            revenueFromStream.AddAsync(stream, new RevenueColumns("amount", "channel")).GetAwaiter().GetResult();
        }

        var cohortsFromSlices = new CohortRetentionAccumulator(50, Period.Month(2026, 1), 6);
        foreach (var batch in batches)
        {
            cohortsFromSlices.Add(batch, new CohortRetentionColumns("customer", "date")); // slices: offsets into shared buffers
        }

        Same.Revenue(revenue, revenueFromStream);
        Same.State(cohorts, cohortsFromSlices);
        return true;
    }

    [Property(MaxTest = 40, QuietOnSuccess = true)]
    public bool Parquet_row_groups_never_change_revenue_and_skipped_nulls_are_the_rows_left_out(int seed, byte rowsByte, byte[] cuts)
    {
        var orders = new Orders(seed, rowsByte * 5);
        var sizes = Sizes(orders.Rows, cuts).Where(s => s > 0).ToList(); // Parquet.Net writes no empty row group
        if (sizes.Count == 0)
        {
            sizes.Add(0);
        }

        var kept = Enumerable.Range(0, orders.Rows).Where(i => !orders.NullAt[i]).ToArray();
        var expected = new RevenueAccumulator(Currency.EUR, 4);
        expected.AddMinorUnits(kept.Select(i => orders.Cents[i]).ToArray(), kept.Select(i => orders.Channels[i]).ToArray());
        var expectedDecimals = new RevenueAccumulator(Currency.EUR, 4);
        expectedDecimals.Add(orders.Amounts, orders.Channels);

        using var file = ParquetFiles.WriteAsync(
            sizes,
            new(new DataField<long?>("cents"), orders.Cents.Select((c, i) => orders.NullAt[i] ? null : (long?)c).ToArray()),
            new(new DecimalDataField("amount", 18, 2), orders.Amounts),
            new(new DataField<byte>("channel"), orders.Channels)).GetAwaiter().GetResult();

        var minor = new RevenueAccumulator(Currency.EUR, 4);
        var rows = minor.AddParquetAsync(file, new RevenueColumns("cents", "channel"), NullRows.Skip).GetAwaiter().GetResult();
        file.Position = 0;
        var decimals = new RevenueAccumulator(Currency.EUR, 4);
        decimals.AddParquetAsync(file, new RevenueColumns("amount", "channel")).GetAwaiter().GetResult();

        Same.Revenue(expected, minor);
        Same.Revenue(expectedDecimals, decimals);
        return rows == orders.Rows;
    }
}
