using System;
using System.Linq;
using System.Threading.Tasks;
using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace KpiFormulas.Orleans.Sample;

/// <summary>
/// Spreads a job's workers evenly: partition n goes to the n-th live silo (modulo their count, in
/// silo address order). Balanced where random placement is not, and repeatable.
/// </summary>
[Serializable]
public sealed class PartitionSpreadPlacement : PlacementStrategy
{
    internal static PartitionSpreadPlacement Instance { get; } = new();
}

/// <summary>Places a grain keyed by a partition number with <see cref="PartitionSpreadPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PartitionSpreadPlacementAttribute : PlacementAttribute
{
    /// <summary>Places the grain class with <see cref="PartitionSpreadPlacement"/>.</summary>
    public PartitionSpreadPlacementAttribute()
        : base(PartitionSpreadPlacement.Instance)
    {
    }
}

/// <summary>Picks the silo of a partition: its number modulo the live compatible silos, in address order.</summary>
internal sealed class PartitionSpreadPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target).Order().ToArray();
        var number = target.GrainIdentity.GetIntegerKey(out _);
        return Task.FromResult(silos[(int)(number % silos.Length)]);
    }
}
