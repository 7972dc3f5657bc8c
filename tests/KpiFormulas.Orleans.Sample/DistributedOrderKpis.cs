using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Orleans;
using Orleans.Runtime;

namespace KpiFormulas.Orleans.Sample;

/// <summary>The outcome of a distributed run.</summary>
/// <param name="States">The merged states of every partition: the states of one pass over the whole data set.</param>
/// <param name="Rounds">The rounds it took: 1 when no partition had to be re-run.</param>
/// <param name="Reruns">The ids of the partitions that were run again after a lost or late attempt, in order.</param>
public sealed record DistributedRun(OrderKpiStates States, int Rounds, IReadOnlyList<string> Reruns);

/// <summary>
/// Drives a job from outside the workers: starts the reducer, runs one worker per partition, asks the
/// reducer which partitions it lacks and runs those again (on live silos) until none is missing, then
/// has the reducer merge.
/// </summary>
/// <remarks>
/// <para>Nothing is lost: a partition counts only once its states are in the reducer, and the reducer
/// says which are missing. Nothing counts twice: the reducer keeps one state per partition id, so a
/// worker that finishes after it was given up for lost changes nothing.</para>
/// <para>An attempt that fails with an Orleans error (a silo gone, a message rejected) or does not
/// answer within the attempt timeout is a lost attempt, run again in the next round; any other error
/// (a partition the accumulators reject) ends the run with that error, since running it again would
/// fail again.</para>
/// </remarks>
/// <param name="grains">The cluster's grain factory (a client's or a grain's).</param>
/// <param name="attemptTimeout">How long one attempt at a partition may take before it is given up for lost.</param>
/// <param name="maxRounds">How many rounds to run before giving up, at least 1.</param>
public sealed class DistributedOrderKpis(IGrainFactory grains, TimeSpan attemptTimeout, int maxRounds = 5)
{
    private readonly IGrainFactory grains = grains ?? throw new ArgumentNullException(nameof(grains));
    private readonly TimeSpan attemptTimeout = attemptTimeout > TimeSpan.Zero
        ? attemptTimeout
        : throw new ArgumentOutOfRangeException(nameof(attemptTimeout), attemptTimeout, "The attempt timeout must be positive.");
    private readonly int maxRounds = maxRounds >= 1
        ? maxRounds
        : throw new ArgumentOutOfRangeException(nameof(maxRounds), maxRounds, "At least one round is needed.");

    /// <summary>Aggregates every partition across the cluster and merges the states.</summary>
    /// <param name="jobId">The job's id, the key of its reducer.</param>
    /// <param name="settings">The accumulators' configuration, the same on every partition.</param>
    /// <param name="partitions">The partitions, with distinct ids and numbers.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The merged states, with the rounds it took and the partitions run again.</returns>
    /// <exception cref="ArgumentException">Two partitions share an id.</exception>
    /// <exception cref="TimeoutException">Some partitions were still missing after the last round (the last lost attempt's error is the inner exception).</exception>
    public async Task<DistributedRun> RunAsync(string jobId, OrderKpiSettings settings, IReadOnlyList<OrdersPartition> partitions, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(partitions);
        var byId = new Dictionary<string, OrdersPartition>(StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            if (!byId.TryAdd(partition.Id, partition))
            {
                throw new ArgumentException($"Partition '{partition.Id}' is listed twice: every partition must have its own id.", nameof(partitions));
            }
        }

        var reducer = grains.GetGrain<IKpiReducerGrain>(jobId);
        await reducer.StartAsync(settings, byId.Keys.ToList()).WaitAsync(attemptTimeout, cancellationToken).ConfigureAwait(false);

        var pending = partitions.ToList();
        var reruns = new List<string>();
        Exception? lastLoss = null;
        for (var round = 1; round <= maxRounds; round++)
        {
            if (round > 1)
            {
                reruns.AddRange(pending.Select(p => p.Id));
            }

            var attempts = pending.Select(p => AttemptAsync(jobId, round, settings, p, cancellationToken)).ToList();
            foreach (var loss in await Task.WhenAll(attempts).ConfigureAwait(false))
            {
                lastLoss = loss ?? lastLoss;
            }

            var missing = await reducer.MissingAsync().WaitAsync(attemptTimeout, cancellationToken).ConfigureAwait(false);
            if (missing.Count == 0)
            {
                var states = await reducer.MergeAsync().WaitAsync(attemptTimeout, cancellationToken).ConfigureAwait(false);
                return new DistributedRun(states, round, reruns);
            }

            pending = missing.Select(id => byId[id]).ToList();
        }

        throw new TimeoutException(
            string.Create(CultureInfo.InvariantCulture, $"{pending.Count} partitions were still missing after {maxRounds} rounds: {string.Join(", ", pending.Select(p => p.Id))}."),
            lastLoss);
    }

    /// <summary>Runs one attempt at a partition; returns the error when the attempt was lost, null when it went through.</summary>
    private async Task<Exception?> AttemptAsync(string jobId, int round, OrderKpiSettings settings, OrdersPartition partition, CancellationToken cancellationToken)
    {
        var worker = grains.GetGrain<IPartitionWorkerGrain>(partition.Number, string.Create(CultureInfo.InvariantCulture, $"{jobId}/{round}"));
        try
        {
            await worker.AggregateAsync(jobId, settings, partition).WaitAsync(attemptTimeout, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            return e;
        }
    }
}
