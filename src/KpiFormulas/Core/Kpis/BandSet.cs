using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>Where a threshold value goes when it separates two bands.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<ThresholdSide>))]
public enum ThresholdSide
{
    /// <summary>The threshold value belongs to the band above it (x &gt;= threshold is the upper band).</summary>
    StartsUpperBand = 0,

    /// <summary>The threshold value belongs to the band below it (x &lt;= threshold is the lower band).</summary>
    EndsLowerBand = 1,
}

/// <summary>A threshold between two consecutive bands of a <see cref="BandSet{TValue, TLevel}"/>.</summary>
/// <typeparam name="TValue">The type of the KPI value.</typeparam>
/// <typeparam name="TLevel">The enum of levels.</typeparam>
/// <param name="Value">The threshold.</param>
/// <param name="Side">Which band the threshold value itself belongs to.</param>
/// <param name="UpperLevel">The level of the band that starts at this threshold.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Side"/> or <paramref name="UpperLevel"/> is not a defined value.</exception>
[JsonConverter(typeof(BandJsonConverterFactory))]
public readonly record struct Threshold<TValue, TLevel>(TValue Value, ThresholdSide Side, TLevel UpperLevel)
    where TValue : struct, IComparable<TValue>
    where TLevel : struct, Enum
{
    /// <summary>The threshold.</summary>
    public TValue Value { get; } = Value;

    /// <summary>Which band the threshold value itself belongs to.</summary>
    public ThresholdSide Side { get; } = Preconditions.Defined(Side);

    /// <summary>The level of the band that starts at this threshold.</summary>
    public TLevel UpperLevel { get; } = Preconditions.Defined(UpperLevel);
}

/// <summary>
/// The documented thresholds of a KPI, as data: an ordered set of bands that covers every
/// value and classifies it into a named level (for example <see cref="Formulas.LtvToCacHealth.Healthy"/>).
/// </summary>
/// <typeparam name="TValue">The type of the KPI value.</typeparam>
/// <typeparam name="TLevel">The enum of levels.</typeparam>
/// <remarks>
/// Build one from the level of the lowest band and the thresholds in increasing order; two
/// thresholds at the same value make a band of that single value (LTV/CAC = 1 : 1 is
/// "break-even"). The library's own band sets are declared by their families (for example <see cref="Formulas.Efficiency.LtvToCacBands"/>); build your own with
/// the public constructor when your company uses other thresholds.
/// </remarks>
[JsonConverter(typeof(BandJsonConverterFactory))]
public sealed class BandSet<TValue, TLevel> : IBandSet
    where TValue : struct, IComparable<TValue>
    where TLevel : struct, Enum
{
    private readonly Band<TValue, TLevel>[] bands;

    /// <summary>Creates a band set.</summary>
    /// <param name="kpiId">The catalogue id of the KPI the bands classify.</param>
    /// <param name="lowestLevel">The level of the values below the first threshold.</param>
    /// <param name="thresholds">The thresholds, in increasing order; a value may repeat once to make a single-value band.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kpiId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lowestLevel"/> is not a defined level.</exception>
    /// <exception cref="ArgumentException">The thresholds are not in increasing order, a repeated value would make an empty band, or a threshold's side or level is not defined (a <c>default</c> threshold).</exception>
    public BandSet(string kpiId, TLevel lowestLevel, params ReadOnlySpan<Threshold<TValue, TLevel>> thresholds)
    {
        KpiId = Preconditions.NotNull(kpiId);
        Preconditions.Defined(lowestLevel);
        for (var i = 0; i < thresholds.Length; i++)
        {
            // default(Threshold) bypasses the record's checks: its side and level are checked here.
            if (!Enum.IsDefined(thresholds[i].Side) || !Enum.IsDefined(thresholds[i].UpperLevel))
            {
                Preconditions.ThrowArgument(nameof(thresholds), "Threshold {0}: its side and its level must be defined values; they are {1} and {2}.", i, thresholds[i].Side, thresholds[i].UpperLevel);
            }
        }

        var list = new List<Band<TValue, TLevel>>(thresholds.Length + 1);
        TValue? lower = null;
        var lowerInclusive = false;
        var level = lowestLevel;
        for (var i = 0; i < thresholds.Length; i++)
        {
            var t = thresholds[i];
            if (lower is { } previous)
            {
                var c = t.Value.CompareTo(previous);
                var singleValueBand = c == 0 && lowerInclusive && t.Side == ThresholdSide.EndsLowerBand;
                if (c < 0 || (c == 0 && !singleValueBand))
                {
                    Preconditions.ThrowArgument(
                        nameof(thresholds),
                        "The thresholds must increase, a value repeating once at most to make a single-value band; threshold {0} ({1}) is not above the previous one ({2}).",
                        i,
                        t.Value,
                        previous);
                }
            }

            list.Add(new Band<TValue, TLevel>(level, lower, lowerInclusive, t.Value, t.Side == ThresholdSide.EndsLowerBand));
            lower = t.Value;
            lowerInclusive = t.Side == ThresholdSide.StartsUpperBand;
            level = t.UpperLevel;
        }

        list.Add(new Band<TValue, TLevel>(level, lower, lowerInclusive, null, false));
        bands = list.ToArray();
        Bands = Array.AsReadOnly(bands);
    }

    /// <summary>The catalogue id of the KPI.</summary>
    public string KpiId { get; }

    /// <summary>The bands from the lowest values to the highest.</summary>
    public ReadOnlyCollection<Band<TValue, TLevel>> Bands { get; }

    /// <inheritdoc />
    public Type ValueType => typeof(TValue);

    /// <inheritdoc />
    public Type LevelType => typeof(TLevel);

    /// <summary>The level of a value.</summary>
    /// <param name="value">The KPI value.</param>
    /// <returns>The level of the band that contains it.</returns>
    public TLevel Classify(TValue value)
    {
        foreach (var band in bands)
        {
            if (band.Contains(value))
            {
                return band.Level;
            }
        }

        // Unreachable: the bands cover every value by construction.
        throw new InvalidOperationException($"No band of '{KpiId}' contains {value}.");
    }

    /// <summary>The band that contains a value.</summary>
    /// <param name="value">The KPI value.</param>
    /// <returns>The band.</returns>
    public Band<TValue, TLevel> BandOf(TValue value)
    {
        foreach (var band in bands)
        {
            if (band.Contains(value))
            {
                return band;
            }
        }

        throw new InvalidOperationException($"No band of '{KpiId}' contains {value}.");
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Describe()
    {
        var lines = new string[bands.Length];
        for (var i = 0; i < bands.Length; i++)
        {
            lines[i] = bands[i].ToString();
        }

        return lines;
    }
}

/// <summary>What every band set exposes without its generic types (for catalogues and dashboards).</summary>
public interface IBandSet
{
    /// <summary>The catalogue id of the KPI.</summary>
    string KpiId { get; }

    /// <summary>The type of the values classified.</summary>
    Type ValueType { get; }

    /// <summary>The enum of levels.</summary>
    Type LevelType { get; }

    /// <summary>Each band in interval notation, lowest first (<c>Healthy: [3.0:1, +∞)</c>).</summary>
    /// <returns>One line per band.</returns>
    IReadOnlyList<string> Describe();
}
