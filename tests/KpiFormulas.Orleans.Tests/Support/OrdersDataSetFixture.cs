using System.Threading.Tasks;
using Orleans.TestingHost;
using Xunit;

namespace KpiFormulas.Orleans.Tests.Support;

/// <summary>The tests' data set, written once per test class: 3 files of 4 row groups of 4 000 orders (12 partitions, 48 000 orders).</summary>
public sealed class OrdersDataSetFixture : IAsyncLifetime
{
    public OrdersDataSet Data { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Data = await OrdersDataSet.WriteAsync(files: 3, rowGroupsPerFile: 4, rowsPerGroup: 4_000, seed: 20_240_101);

    public Task DisposeAsync()
    {
        Data.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The data set and a running three-silo cluster whose workers go on at once, shared by a test class.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly OrdersDataSetFixture data = new();

    public OrdersDataSet Data => data.Data;

    public PartitionGate Gate { get; } = new(closed: false);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await data.InitializeAsync();
        Cluster = await Clusters.StartAsync(silos: 3, Gate);
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await data.DisposeAsync();
    }
}
