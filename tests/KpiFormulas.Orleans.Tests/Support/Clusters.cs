using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KpiFormulas.Orleans.Sample;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
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

            // A killed silo is declared dead after three missed probes of a second (the default is
            // three of five seconds, and two votes), so that a re-run soon goes to a live silo; three
            // misses in a row keep a live silo of a busy machine from being declared dead.
            silo.Configure<ClusterMembershipOptions>(options =>
            {
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.NumMissedProbesLimit = 3;
                options.NumVotesForDeathDeclaration = 1;
            });
        });
        builder.ConfigureClient(client => client.AddKpiAggregation());
        var cluster = builder.Build();
        await cluster.DeployAsync().WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);

        // Every silo sees every other one active before a job starts, so that placement spreads over all of them.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!cluster.Silos.All(s => ActiveMembers(s) == silos))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token).ConfigureAwait(false);
        }

        return cluster;
    }

    private static int ActiveMembers(InProcessSiloHandle silo) =>
        silo.SiloHost.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
}
