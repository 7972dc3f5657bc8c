using System.Collections.Generic;
using System.Threading.Tasks;
using Orleans;

namespace KpiFormulas.Orleans.Sample;

/// <summary>A partition of an orders data set: one row group of one Parquet file.</summary>
/// <param name="Number">The partition's number in its job, from 0: it spreads the partitions over the silos.</param>
/// <param name="File">The Parquet file, at a path every silo can read.</param>
/// <param name="RowGroup">The row group, from 0.</param>
[GenerateSerializer]
[Immutable]
public sealed record OrdersPartition(
    [property: Id(0)] int Number,
    [property: Id(1)] string File,
    [property: Id(2)] int RowGroup)
{
    /// <summary>The partition's identity: the same rows always have the same id, so that the reducer keeps one state per id.</summary>
    public string Id => File + "#" + RowGroup.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A worker: aggregates one partition and hands its states to the job's reducer. Keyed by the
/// partition's number and, as key extension, the job and attempt (a re-run is a new activation,
/// placed on a live silo).
/// </summary>
public interface IPartitionWorkerGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Reads the partition, feeds the accumulators, and hands the states to the reducer of <paramref name="jobId"/>.</summary>
    /// <param name="jobId">The job, the key of its reducer.</param>
    /// <param name="settings">The job's configuration.</param>
    /// <param name="partition">The partition.</param>
    /// <returns>Completes once the reducer holds the partition's states.</returns>
    Task AggregateAsync(string jobId, OrderKpiSettings settings, OrdersPartition partition);
}

/// <summary>
/// A job's reducer: keeps one state per partition id (a partition delivered twice counts once) and
/// merges them, in partition id order, when asked.
/// </summary>
public interface IKpiReducerGrain : IGrainWithStringKey
{
    /// <summary>Starts the job, or restarts it: forgets every state and expects these partitions.</summary>
    /// <param name="settings">The job's configuration, which every state must have.</param>
    /// <param name="partitionIds">The ids of the job's partitions.</param>
    /// <returns>Completes when the reducer is ready.</returns>
    Task StartAsync(OrderKpiSettings settings, IReadOnlyList<string> partitionIds);

    /// <summary>Keeps a partition's states, unless the partition is already held.</summary>
    /// <param name="partitionId">The partition's id, one of the job's.</param>
    /// <param name="states">Its states, with the job's configuration.</param>
    /// <returns>True when the states were kept, false when the partition was already held (a re-run or a redelivery).</returns>
    Task<bool> AddAsync(string partitionId, OrderKpiStates states);

    /// <summary>The ids of the job's partitions not held yet.</summary>
    /// <returns>The missing ids, in ordinal order; empty when every partition is held.</returns>
    Task<IReadOnlyList<string>> MissingAsync();

    /// <summary>Merges the held states in partition id order.</summary>
    /// <returns>The states of the whole data set.</returns>
    Task<OrderKpiStates> MergeAsync();
}
