using System;
using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>What a set of KPIs is for, which sets how many it should hold.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<DashboardScope>))]
public enum DashboardScope
{
    /// <summary>One project: three KPIs at most.</summary>
    Project = 0,

    /// <summary>A sales team: no more than 5 to 7 major KPIs.</summary>
    Team = 1,

    /// <summary>One dashboard: 7 to 10 key indicators at most.</summary>
    Dashboard = 2,
}

/// <summary>The verdict of <see cref="Targets.AdviseDashboardSize(int, DashboardScope)"/>.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<DashboardSizeVerdict>))]
public enum DashboardSizeVerdict
{
    /// <summary>At most the recommended maximum for the scope.</summary>
    WithinRecommendation = 0,

    /// <summary>Above the recommended maximum, 15 or fewer.</summary>
    AboveRecommendation = 1,

    /// <summary>More than 15: past 15 or 20 KPIs, the data will not be used.</summary>
    TooMany = 2,
}

/// <summary>How many KPIs a scope should hold, and the verdict for a count.</summary>
[JsonConverter(typeof(DashboardSizeAdviceJsonConverter))]
public readonly struct DashboardSizeAdvice : IEquatable<DashboardSizeAdvice>
{
    /// <summary>Recommended maximum per project: 3.</summary>
    public const int ProjectMaximum = 3;

    /// <summary>Recommended maximum per team: 7 (the top of « 5 à 7 »).</summary>
    public const int TeamMaximum = 7;

    /// <summary>Recommended maximum per dashboard: 10 (the top of « 7 à 10 »).</summary>
    public const int DashboardMaximum = 10;

    /// <summary>Above this count a set of KPIs is too many whatever its scope: 15.</summary>
    public const int TooManyAbove = 15;

    internal DashboardSizeAdvice(DashboardScope scope, int kpiCount, int recommendedMaximum, DashboardSizeVerdict verdict)
    {
        Scope = scope;
        KpiCount = kpiCount;
        RecommendedMaximum = recommendedMaximum;
        Verdict = verdict;
    }

    /// <summary>The scope judged.</summary>
    public DashboardScope Scope { get; }

    /// <summary>The number of KPIs judged.</summary>
    public int KpiCount { get; }

    /// <summary>The recommended maximum for the scope.</summary>
    public int RecommendedMaximum { get; }

    /// <summary>The verdict.</summary>
    public DashboardSizeVerdict Verdict { get; }

    /// <summary>How many KPIs to drop to be within the recommendation (0 when within).</summary>
    public int ExcessCount => Math.Max(0, KpiCount - RecommendedMaximum);

    /// <inheritdoc />
    public bool Equals(DashboardSizeAdvice other) =>
        Scope == other.Scope && KpiCount == other.KpiCount && RecommendedMaximum == other.RecommendedMaximum && Verdict == other.Verdict;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DashboardSizeAdvice other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scope, KpiCount, Verdict);

    /// <summary>Equality.</summary>
    /// <param name="left">The first advice.</param>
    /// <param name="right">The second advice.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DashboardSizeAdvice left, DashboardSizeAdvice right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first advice.</param>
    /// <param name="right">The second advice.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DashboardSizeAdvice left, DashboardSizeAdvice right) => !left.Equals(right);
}
