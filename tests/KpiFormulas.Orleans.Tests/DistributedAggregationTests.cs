using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KpiFormulas.Orleans.Sample;
using KpiFormulas.Orleans.Tests.Support;
using Xunit;

namespace KpiFormulas.Orleans.Tests;

/// <summary>
/// The accumulators on a three-silo in-process Orleans cluster: workers aggregate Parquet row groups,
/// a reducer keeps one state per partition id and merges, and the result is one pass over the data
/// set, bit for bit.
/// </summary>
public sealed class DistributedAggregationTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(45);

    private OrdersDataSet Data => fixture.Data;

    [Fact]
    public async Task Three_silos_give_the_single_pass_states_bit_for_bit()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var before = fixture.Gate.Starts.Count;

        var run = await new DistributedOrderKpis(fixture.Cluster.Client, attemptTimeout: TimeSpan.FromSeconds(20))
            .RunAsync("all-at-once", OrdersDataSet.Settings, Data.Partitions, timeout.Token);

        Expect.SameStates(Expect.SinglePass(Data.AllOrders), run.States);
        Assert.Equal(1, run.Rounds);
        Assert.Empty(run.Reruns);

        // Each partition ran once, and the partitions were spread over the three silos, four each.
        var starts = fixture.Gate.Starts.Skip(before).ToList();
        Assert.Equal(Data.Partitions.Select(p => p.Id).Order(StringComparer.Ordinal), starts.Select(s => s.Partition).Order(StringComparer.Ordinal));
        Assert.Equal([4, 4, 4], starts.GroupBy(s => s.Silo).Select(g => g.Count()));
    }

    [Fact]
    public async Task The_merged_states_hold_the_figures_of_plain_loops_over_the_orders()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var run = await new DistributedOrderKpis(fixture.Cluster.Client, attemptTimeout: TimeSpan.FromSeconds(20))
            .RunAsync("plain-loops", OrdersDataSet.Settings, Data.Partitions, timeout.Token);
        var orders = Data.AllOrders;
        var rows = Enumerable.Range(0, orders.Count).ToList();

        // Revenue by channel: the sum and count of each channel's amounts, by LINQ over the rows.
        for (var channel = 0; channel < OrdersDataSet.ChannelCount; channel++)
        {
            var mine = rows.Where(i => orders.Channels[i] == channel).ToList();
            Assert.Equal(mine.Sum(i => orders.Amounts[i]), run.States.Revenue.KeyTotals[channel]);
            Assert.Equal(mine.Count, run.States.Revenue.KeyOrders[channel]);
        }

        Assert.Equal(orders.Amounts.Sum(), run.States.Revenue.Total);
        Assert.Equal(orders.Count, run.States.Revenue.Orders);

        // NPS: 9 and 10 promote, 7 and 8 are passive, 0 to 6 detract.
        Assert.Equal(orders.Scores.Count(s => s >= 9), run.States.Nps.Promoters);
        Assert.Equal(orders.Scores.Count(s => s is 7 or 8), run.States.Nps.Passives);
        Assert.Equal(orders.Scores.Count(s => s <= 6), run.States.Nps.Detractors);

        // Cohorts: bit m of a customer's mask is set when the customer ordered in month m of the window (24 months: one word each).
        var masks = new ulong[OrdersDataSet.CustomerCount];
        foreach (var i in rows)
        {
            var date = orders.OrderDates[i];
            masks[orders.Customers[i]] |= 1UL << ((date.Year - 2024) * 12 + date.Month - 1);
        }

        Assert.Equal(masks, run.States.Cohorts.ActivePeriods);
    }

    [Fact]
    public async Task A_partition_delivered_twice_counts_once()
    {
        var reducer = fixture.Cluster.Client.GetGrain<IKpiReducerGrain>("redelivery");
        var ids = Data.Partitions.Take(2).Select(p => p.Id).ToList();
        await reducer.StartAsync(OrdersDataSet.Settings, ids);
        var first = Expect.SinglePass(Data.RowGroups[0]);
        var second = Expect.SinglePass(Data.RowGroups[1]);

        Assert.True(await reducer.AddAsync(ids[0], first));
        Assert.Equal([ids[1]], await reducer.MissingAsync());
        Assert.False(await reducer.AddAsync(ids[0], first));
        Assert.True(await reducer.AddAsync(ids[1], second));
        Assert.False(await reducer.AddAsync(ids[1], second));
        Assert.Empty(await reducer.MissingAsync());

        Expect.SameStates(Expect.SinglePass(Data.RowGroups[0], Data.RowGroups[1]), await reducer.MergeAsync());
    }

    [Fact]
    public async Task The_reducer_refuses_a_partition_of_another_job_or_configuration()
    {
        var reducer = fixture.Cluster.Client.GetGrain<IKpiReducerGrain>("strict");
        var id = Data.Partitions[0].Id;
        await reducer.StartAsync(OrdersDataSet.Settings, [id]);
        var states = Expect.SinglePass(Data.RowGroups[0]);
        var otherWindow = new OrderKpis(OrdersDataSet.Settings with { MonthCount = 36 }).States;

        await Assert.ThrowsAsync<ArgumentException>(() => reducer.AddAsync("not-of-this-job", states));
        await Assert.ThrowsAsync<ArgumentException>(() => reducer.AddAsync(id, otherWindow));
        Assert.Equal([id], await reducer.MissingAsync());
    }

    [Fact]
    public async Task A_partition_the_accumulators_reject_ends_the_run_without_a_retry()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var bad = await Data.WriteBadPartitionAsync();
        var partitions = Data.Partitions.Take(2).Append(bad).ToList();
        var before = fixture.Gate.Starts.Count;

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            new DistributedOrderKpis(fixture.Cluster.Client, attemptTimeout: TimeSpan.FromSeconds(20))
                .RunAsync("bad-channel", OrdersDataSet.Settings, partitions, timeout.Token));

        // The bad channel is the last of the file's 100 orders: row 99 of its only row group.
        Assert.StartsWith("Column 'channel', row 99 of the row group 0 of the Parquet file", error.Message, StringComparison.Ordinal);
        Assert.Single(fixture.Gate.Starts.Skip(before), s => s.Partition == bad.Id);
    }
}
