using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using KpiFormulas.Orleans.Sample;
using Orleans.Runtime;

namespace KpiFormulas.Orleans.Tests.Support;

/// <summary>
/// Records which silo starts each partition, and while closed holds every worker before it reads
/// its partition: the fault test stops a silo while all the first round's partitions are in flight.
/// One instance is shared by the silos of one in-process cluster.
/// </summary>
public sealed class PartitionGate(bool closed) : IPartitionWorkObserver
{
    private readonly TaskCompletionSource open = NewOpenSignal(closed);
    private readonly ConcurrentQueue<(string Partition, SiloAddress Silo)> starts = new();
    private readonly Channel<string> started = Channel.CreateUnbounded<string>();

    /// <summary>Every start so far, in order: partition id and silo.</summary>
    public IReadOnlyList<(string Partition, SiloAddress Silo)> Starts => starts.ToList();

    public Task OnStartingAsync(OrdersPartition partition, SiloAddress silo)
    {
        starts.Enqueue((partition.Id, silo));
        started.Writer.TryWrite(partition.Id);
        return open.Task;
    }

    /// <summary>Waits until <paramref name="count"/> partitions have started (each waits at the gate while it is closed).</summary>
    public async Task WaitForStartsAsync(int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await started.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Lets every held and later worker go on.</summary>
    public void Open() => open.TrySetResult();

    private static TaskCompletionSource NewOpenSignal(bool closed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!closed)
        {
            signal.SetResult();
        }

        return signal;
    }
}
