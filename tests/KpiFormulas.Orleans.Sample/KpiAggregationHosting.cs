using System;
using KpiFormulas.Aggregation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;
using Orleans.Serialization;

namespace KpiFormulas.Orleans.Sample;

/// <summary>Registers what a silo or a client of the sample needs.</summary>
public static class KpiAggregationHosting
{
    /// <summary>
    /// On a silo: the library's types serialized with its own JSON converters (states keep their
    /// exact decimals), the partition spread placement, and a no-op worker observer unless one is registered.
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddKpiAggregation(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSerializer(serializer => serializer.AddJsonSerializer(isSupported: IsLibraryType));
        silo.Services.AddPlacementDirector<PartitionSpreadPlacement, PartitionSpreadPlacementDirector>();
        silo.Services.TryAddSingleton<IPartitionWorkObserver, NoPartitionWorkObserver>();
        return silo;
    }

    /// <summary>On a client: the library's types serialized with its own JSON converters.</summary>
    /// <param name="client">The client builder.</param>
    /// <returns>The same builder.</returns>
    public static IClientBuilder AddKpiAggregation(this IClientBuilder client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.Services.AddSerializer(serializer => serializer.AddJsonSerializer(isSupported: IsLibraryType));
        return client;
    }

    /// <summary>The types of the KpiFormulas assembly (states, Currency, Period): each has its JSON converter.</summary>
    private static bool IsLibraryType(Type type) => type.Assembly == typeof(RevenueState).Assembly;
}
