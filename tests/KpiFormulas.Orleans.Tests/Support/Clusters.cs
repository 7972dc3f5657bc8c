using System;
using System.Threading.Tasks;
using KpiFormulas.Orleans.Sample;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace KpiFormulas.Orleans.Tests.Support;

/// <summary>In-process clusters of several silos: in-memory transport between silos and client, no socket opened.</summary>
public static class Clusters
{
    /// <summary>Starts <paramref name="silos"/> silos and a client, with the sample's registrations and <paramref name="gate"/> as every silo's worker observer.</summary>
    public static async Task<InProcessTestCluster> StartAsync(short silos, PartitionGate gate)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IPartitionWorkObserver>(gate);
            silo.AddKpiAggregation();

            // A killed silo is declared dead within about a second, so that a re-run is placed on a live one.
            silo.Configure<ClusterMembershipOptions>(options =>
            {
                options.ProbeTimeout = TimeSpan.FromMilliseconds(500);
                options.NumMissedProbesLimit = 1;
                options.NumVotesForDeathDeclaration = 1;
            });
        });
        builder.ConfigureClient(client => client.AddKpiAggregation());
        var cluster = builder.Build();
        await cluster.DeployAsync().WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);

        // Every silo sees the others before a job starts, so that placement spreads over all of them.
        await cluster.WaitForLivenessToStabilizeAsync().WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        return cluster;
    }
}
