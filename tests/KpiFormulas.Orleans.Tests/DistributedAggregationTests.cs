using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KpiFormulas.Orleans.Sample;
using KpiFormulas.Orleans.Tests.Support;
using Orleans.Runtime;
using Xunit;

namespace KpiFormulas.Orleans.Tests;

/// <summary>
/// The accumulators on a three-silo in-process Orleans cluster: workers aggregate Parquet row groups,
/// a reducer merges one state per partition id, and the result is one pass over the data set, bit
/// for bit, with or without a silo killed mid-run.
/// </summary>
public sealed class DistributedAggregationTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(45);
    private OrdersDataSet data = null!;

    public async Task InitializeAsync() =>
        data = await OrdersDataSet.WriteAsync(files: 3, rowGroupsPerFile: 4, rowsPerGroup: 4_000, seed: 20_240_101);

    public Task DisposeAsync()
    {
        data.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Three_silos_give_the_single_pass_states_bit_for_bit()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var gate = new PartitionGate(closed: false);
        await using var cluster = await Clusters.StartAsync(silos: 3, gate);

        var run = await new DistributedOrderKpis(cluster.Client, attemptTimeout: TimeSpan.FromSeconds(20))
            .RunAsync("all-at-once", OrdersDataSet.Settings, data.Partitions, timeout.Token);

        AssertSameStates(SinglePass(), run.States);
        Assert.Equal(1, run.Rounds);
        Assert.Empty(run.Reruns);

        // Each partition ran once, and the partitions were spread over the three silos, four each.
        Assert.Equal(data.Partitions.Select(p => p.Id).Order(), gate.Starts.Select(s => s.Partition).Order());
        Assert.Equal([4, 4, 4], gate.Starts.GroupBy(s => s.Silo).Select(g => g.Count()));
    }

    [Fact]
    public async Task A_silo_killed_mid_run_loses_nothing_and_counts_nothing_twice()
    {
        using var timeout = new CancellationTokenSource(Bound);
        var gate = new PartitionGate(closed: true);
        await using var cluster = await Clusters.StartAsync(silos: 3, gate);
        var driver = new DistributedOrderKpis(cluster.Client, attemptTimeout: TimeSpan.FromSeconds(5));

        var running = driver.RunAsync("with-a-crash", OrdersDataSet.Settings, data.Partitions, timeout.Token);

        // Every first-round worker has started and waits at the gate; kill a silo that runs some of
        // them (not the reducer's: its loss would restart the whole job, which is another test).
        await gate.WaitForStartsAsync(data.Partitions.Count, timeout.Token);
        var reducerSilo = await cluster.Client.GetGrain<IManagementGrain>(0)
            .GetActivationAddress(cluster.Client.GetGrain<IKpiReducerGrain>("with-a-crash"));
        var victim = cluster.Silos.First(s => !s.SiloAddress.Equals(reducerSilo));
        var lost = gate.Starts.Where(s => s.Silo.Equals(victim.SiloAddress)).Select(s => s.Partition).Order(StringComparer.Ordinal).ToList();
        await cluster.KillSiloAsync(victim).WaitAsync(timeout.Token);
        gate.Open();

        var run = await running;

        AssertSameStates(SinglePass(), run.States);
        Assert.Equal(4, lost.Count);
        Assert.Equal(lost, run.Reruns.Order(StringComparer.Ordinal));
        Assert.Equal(2, run.Rounds);

        // The re-runs went to the two live silos.
        var reruns = gate.Starts.Skip(data.Partitions.Count).ToList();
        Assert.Equal(lost, reruns.Select(s => s.Partition).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(reruns, s => s.Silo.Equals(victim.SiloAddress));
    }

    [Fact]
    public async Task A_partition_delivered_twice_counts_once()
    {
        var gate = new PartitionGate(closed: false);
        await using var cluster = await Clusters.StartAsync(silos: 3, gate);
        var reducer = cluster.Client.GetGrain<IKpiReducerGrain>("redelivery");
        var ids = data.Partitions.Take(2).Select(p => p.Id).ToList();
        await reducer.StartAsync(OrdersDataSet.Settings, ids);
        var first = States(data.RowGroups[0]);
        var second = States(data.RowGroups[1]);

        Assert.True(await reducer.AddAsync(ids[0], first));
        Assert.Equal([ids[1]], await reducer.MissingAsync());
        Assert.False(await reducer.AddAsync(ids[0], first));
        Assert.True(await reducer.AddAsync(ids[1], second));
        Assert.False(await reducer.AddAsync(ids[1], second));
        Assert.Empty(await reducer.MissingAsync());

        var once = new OrderKpis(OrdersDataSet.Settings);
        once.Add(data.RowGroups[0]);
        once.Add(data.RowGroups[1]);
        AssertSameStates(once.States, await reducer.MergeAsync());
    }

    /// <summary>The states of one pass over every order, in one process.</summary>
    private OrderKpiStates SinglePass()
    {
        var all = new OrderKpis(OrdersDataSet.Settings);
        all.Add(data.AllOrders);
        return all.States;
    }

    private static OrderKpiStates States(OrderColumns orders)
    {
        var kpis = new OrderKpis(OrdersDataSet.Settings);
        kpis.Add(orders);
        return kpis.States;
    }

    /// <summary>Bit for bit: the library's JSON of each state writes every count, bit mask and decimal with its scale.</summary>
    private static void AssertSameStates(OrderKpiStates expected, OrderKpiStates actual)
    {
        Assert.Equal(JsonSerializer.Serialize(expected.Revenue), JsonSerializer.Serialize(actual.Revenue));
        Assert.Equal(JsonSerializer.Serialize(expected.Cohorts), JsonSerializer.Serialize(actual.Cohorts));
        Assert.Equal(JsonSerializer.Serialize(expected.Nps), JsonSerializer.Serialize(actual.Nps));
    }
}
