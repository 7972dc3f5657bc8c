using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KpiFormulas.Orleans.Sample;
using KpiFormulas.Orleans.Tests.Support;
using Orleans.Runtime;
using Xunit;

namespace KpiFormulas.Orleans.Tests;

/// <summary>A silo killed while its partitions are in flight: they are run again elsewhere, and the result is still one pass, bit for bit.</summary>
public sealed class SiloLossTests(OrdersDataSetFixture fixture) : IClassFixture<OrdersDataSetFixture>
{
    [Fact]
    public async Task A_silo_killed_mid_run_loses_nothing_and_counts_nothing_twice()
    {
        var data = fixture.Data;
        var gate = new PartitionGate(closed: true);
        await using var cluster = await Clusters.StartAsync(silos: 3, gate);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // Long enough for the live silos' attempts, which wait at the gate until the kill is done.
        var driver = new DistributedOrderKpis(cluster.Client, attemptTimeout: TimeSpan.FromSeconds(8));

        var running = driver.RunAsync("with-a-crash", OrdersDataSet.Settings, data.Partitions, timeout.Token);

        // Every first-round worker has started and waits at the gate; kill a silo that runs four of
        // them (not the reducer's: the reducer holds the states in memory, and a run whose reducer is
        // lost ends with an error, to be started again).
        await gate.WaitForStartsAsync(data.Partitions.Count, timeout.Token);
        var reducerSilo = await cluster.Client.GetGrain<IManagementGrain>(0)
            .GetActivationAddress(cluster.Client.GetGrain<IKpiReducerGrain>("with-a-crash"));
        var victim = cluster.Silos.First(s => !s.SiloAddress.Equals(reducerSilo));
        var lost = gate.Starts.Where(s => s.Silo.Equals(victim.SiloAddress)).Select(s => s.Partition).Order(StringComparer.Ordinal).ToList();
        await cluster.KillSiloAsync(victim).WaitAsync(timeout.Token);
        gate.Open();

        var run = await running;

        Expect.SameStates(Expect.SinglePass(data.AllOrders), run.States);

        // Exactly the killed silo's partitions were run again (a second time too, should a re-run be
        // placed on the dead silo before the live ones learn it is dead), only on live silos.
        Assert.Equal(4, lost.Count);
        Assert.Equal(lost, run.Reruns.Distinct().Order(StringComparer.Ordinal));
        Assert.True(run.Rounds >= 2, $"{run.Rounds} rounds");
        var reruns = gate.Starts.Skip(data.Partitions.Count).ToList();
        Assert.Equal(lost, reruns.Select(s => s.Partition).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(reruns, s => s.Silo.Equals(victim.SiloAddress));
    }
}
