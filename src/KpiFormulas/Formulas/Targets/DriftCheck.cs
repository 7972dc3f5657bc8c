using System;
using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>Where a measure stands against its target in a weekly review.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<DriftStatus>))]
public enum DriftStatus
{
    /// <summary>Within the tolerance of the target.</summary>
    OnTrack = 0,

    /// <summary>Beyond the tolerance, on the bad side: adjust the action.</summary>
    BehindTarget = 1,

    /// <summary>Beyond the tolerance, on the good side: the target may be too modest.</summary>
    AheadOfTarget = 2,
}

/// <summary>The result of <see cref="Targets.CheckDrift{T}(T, T, Direction, Rate?)"/>.</summary>
[JsonConverter(typeof(DriftCheckJsonConverter))]
public readonly struct DriftCheck : IEquatable<DriftCheck>
{
    internal DriftCheck(KpiResult<Rate> relativeGap, Rate tolerance, DriftStatus status, bool requiresAdjustment)
    {
        RelativeGap = relativeGap;
        Tolerance = tolerance;
        Status = status;
        RequiresAdjustment = requiresAdjustment;
    }

    /// <summary>(measured − target) / |target|, signed; undefined for a zero target.</summary>
    public KpiResult<Rate> RelativeGap { get; }

    /// <summary>The relative gap allowed.</summary>
    public Rate Tolerance { get; }

    /// <summary>On track, behind or ahead, read with the KPI's direction.</summary>
    /// <remarks>For a zero target the relative gap is undefined, yet the status still says whether the
    /// measure is on the target, above it or below it, read with the direction.</remarks>
    public DriftStatus Status { get; }

    /// <summary>
    /// True when the gap is beyond the tolerance either way: the weekly review then calls for an
    /// adjustment (of the action when behind, of the target when far ahead).
    /// </summary>
    /// <remarks>A gap of exactly the tolerance is still on track: 10 % against a tolerance of 10 % calls for
    /// no adjustment; only a gap beyond it does.</remarks>
    public bool RequiresAdjustment { get; }

    /// <inheritdoc />
    public bool Equals(DriftCheck other) =>
        RelativeGap.Equals(other.RelativeGap) && Tolerance == other.Tolerance && Status == other.Status && RequiresAdjustment == other.RequiresAdjustment;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DriftCheck other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RelativeGap, Tolerance, Status);

    /// <summary>Equality.</summary>
    /// <param name="left">The first check.</param>
    /// <param name="right">The second check.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DriftCheck left, DriftCheck right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first check.</param>
    /// <param name="right">The second check.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DriftCheck left, DriftCheck right) => !left.Equals(right);
}
