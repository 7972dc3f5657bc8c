using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Orleans;
using Orleans.Runtime;

namespace KpiFormulas.Orleans.Sample;

/// <summary>Watches the workers: called as each starts a partition, on the silo that runs it.</summary>
/// <remarks>For metrics and logs; the tests use it to stop a silo while its partitions are in flight.</remarks>
public interface IPartitionWorkObserver
{
    /// <summary>A worker is about to read and aggregate a partition; the worker waits for the returned task.</summary>
    /// <param name="partition">The partition.</param>
    /// <param name="silo">The silo the worker runs on.</param>
    /// <returns>A task the worker awaits before it reads the partition.</returns>
    Task OnStartingAsync(OrdersPartition partition, SiloAddress silo);
}

/// <summary>The observer of a silo that registers none: it lets every worker go on at once.</summary>
internal sealed class NoPartitionWorkObserver : IPartitionWorkObserver
{
    public Task OnStartingAsync(OrdersPartition partition, SiloAddress silo) => Task.CompletedTask;
}

/// <summary>Aggregates one partition, hands the states to the reducer, then deactivates.</summary>
[PartitionSpreadPlacement]
internal sealed class PartitionWorkerGrain(IPartitionWorkObserver observer, ILocalSiloDetails silo) : Grain, IPartitionWorkerGrain
{
    public async Task AggregateAsync(string jobId, OrderKpiSettings settings, OrdersPartition partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        await observer.OnStartingAsync(partition, silo.SiloAddress).ConfigureAwait(true);
        var kpis = new OrderKpis(settings);
        await kpis.AddParquetRowGroupAsync(partition.File, partition.RowGroup).ConfigureAwait(true);
        await GrainFactory.GetGrain<IKpiReducerGrain>(jobId).AddAsync(partition.Id, kpis.States).ConfigureAwait(true);

        // One partition per activation: nothing to keep once the reducer holds the states.
        DeactivateOnIdle();
    }
}

/// <summary>Keeps one state per partition id and merges them on request.</summary>
internal sealed class KpiReducerGrain : Grain, IKpiReducerGrain
{
    private readonly SortedDictionary<string, OrderKpiStates> held = new(StringComparer.Ordinal);
    private HashSet<string> expected = new(StringComparer.Ordinal);
    private OrderKpis? empty;

    public Task StartAsync(OrderKpiSettings settings, IReadOnlyList<string> partitionIds)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(partitionIds);
        empty = new OrderKpis(settings);
        expected = new HashSet<string>(partitionIds, StringComparer.Ordinal);
        held.Clear();
        return Task.CompletedTask;
    }

    public Task<bool> AddAsync(string partitionId, OrderKpiStates states)
    {
        ArgumentNullException.ThrowIfNull(partitionId);
        var start = Started();
        if (!expected.Contains(partitionId))
        {
            throw new ArgumentException($"Partition '{partitionId}' is not one of the job's partitions.", nameof(partitionId));
        }

        if (held.ContainsKey(partitionId))
        {
            return Task.FromResult(false);
        }

        // Checked on arrival: FromState refuses a state no accumulator can be in, and a merge into a
        // scratch copy of the empty accumulators refuses another configuration, naming the partition.
        var partition = OrderKpis.FromStates(states);
        OrderKpis.FromStates(start.States).Merge(partition);
        held.Add(partitionId, states);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<string>> MissingAsync()
    {
        Started();
        IReadOnlyList<string> missing = expected.Where(id => !held.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        return Task.FromResult(missing);
    }

    public Task<OrderKpiStates> MergeAsync()
    {
        var total = OrderKpis.FromStates(Started().States);
        foreach (var states in held.Values)
        {
            total.Merge(OrderKpis.FromStates(states));
        }

        return Task.FromResult(total.States);
    }

    private OrderKpis Started() =>
        empty ?? throw new InvalidOperationException("The reducer has not been started (or its silo was lost): call StartAsync first.");
}
