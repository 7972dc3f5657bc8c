using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>One use of freed time and its share of the freed time (« Développement commercial : 45 % »).</summary>
/// <param name="Use">The use, as named by the survey.</param>
/// <param name="Share">Its share of the freed time, within [0 %, 100 %].</param>
[JsonConverter(typeof(TimeReinvestmentShareJsonConverter))]
public readonly record struct TimeReinvestmentShare(string Use, Rate Share)
{
    /// <summary>The use, as named by the survey.</summary>
    public string Use { get; } = Use;

    /// <summary>Its share of the freed time.</summary>
    public Rate Share { get; } = Share;
}

/// <summary>
/// How freed time is reinvested (« usage du temps libéré »): named uses and their shares, which add up
/// to exactly 100 %. Build one with <see cref="Productivity.TimeReinvestmentMix(ReadOnlySpan{string}, ReadOnlySpan{TimeSpan}, int)"/>
/// (from the time spent on each use) or <see cref="Productivity.TimeReinvestmentMix(ReadOnlySpan{string}, ReadOnlySpan{Rate})"/>
/// (from shares that already add up to 100 %).
/// </summary>
/// <remarks>
/// <para>The shares always sum to exactly 1: from times, they are rounded to a stated number of
/// decimals by the largest-remainder method, so a third each is 33.34 %, 33.33 %, 33.33 % and not
/// three times 33.33 % = 99.99 %.</para>
/// <para>Immutable: the uses keep their input order. <c>default(TimeReinvestmentMix)</c> holds no use
/// (its <see cref="Total"/> is 0 %).</para>
/// </remarks>
/// <example>
/// A monthly survey of what the time saved went to:
/// <code>
/// var mix = Productivity.TimeReinvestmentMix(
///     ["Développement commercial", "Amélioration produit", "Formation équipe", "Équilibre vie pro/perso"],
///     [Rate.FromPercent(45m), Rate.FromPercent(25m), Rate.FromPercent(15m), Rate.FromPercent(15m)]);
/// mix.ShareOf("Amélioration produit"); // 25 %
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(TimeReinvestmentMixJsonConverter))]
public readonly struct TimeReinvestmentMix : IReadOnlyList<TimeReinvestmentShare>, IEquatable<TimeReinvestmentMix>
{
    private readonly TimeReinvestmentShare[]? shares;

    internal TimeReinvestmentMix(TimeReinvestmentShare[] shares) => this.shares = shares;

    /// <summary>The number of uses.</summary>
    public int Count => shares?.Length ?? 0;

    /// <summary>The use at a position, in input order.</summary>
    /// <param name="index">The position, from 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The use and its share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the mix.</exception>
    public TimeReinvestmentShare this[int index]
    {
        get
        {
            Preconditions.Index(index, Count);
            return shares![index];
        }
    }

    /// <summary>The sum of the shares: exactly 100 % (0 % for <c>default</c>).</summary>
    public Rate Total
    {
        get
        {
            var total = 0m;
            foreach (var share in AsSpan())
            {
                total += share.Share.Fraction;
            }

            return Rate.FromFraction(total);
        }
    }

    /// <summary>The uses and their shares, without copying.</summary>
    /// <returns>A read-only view of the uses, in input order.</returns>
    public ReadOnlySpan<TimeReinvestmentShare> AsSpan() => shares;

    /// <summary>The share of a use.</summary>
    /// <param name="use">The use's name (ordinal, case-sensitive comparison).</param>
    /// <returns>Its share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="use"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The mix has no such use.</exception>
    public Rate ShareOf(string use) =>
        TryGetShare(use, out var share) ? share : throw new KeyNotFoundException($"The mix has no use named '{use}'.");

    /// <summary>Gets the share of a use when the mix has it.</summary>
    /// <param name="use">The use's name (ordinal, case-sensitive comparison).</param>
    /// <param name="share">Its share, or 0 % when absent.</param>
    /// <returns>True when the mix has the use.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="use"/> is null.</exception>
    public bool TryGetShare(string use, out Rate share)
    {
        Preconditions.NotNull(use);
        foreach (var item in AsSpan())
        {
            if (string.Equals(item.Use, use, StringComparison.Ordinal))
            {
                share = item.Share;
                return true;
            }
        }

        share = Rate.Zero;
        return false;
    }

    /// <summary>Enumerates the uses in input order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<TimeReinvestmentShare> GetEnumerator() =>
        ((IEnumerable<TimeReinvestmentShare>)(shares ?? [])).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>True when both mixes have the same uses with the same shares, in the same order.</summary>
    /// <param name="other">The other mix.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(TimeReinvestmentMix other) => AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeReinvestmentMix other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The uses and shares in the invariant round-trip form: <c>Développement commercial 45%, Amélioration produit 25%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var item in AsSpan())
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(item.Use).Append(' ').Append(item.Share.ToString("R", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The first mix.</param>
    /// <param name="right">The second mix.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TimeReinvestmentMix left, TimeReinvestmentMix right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first mix.</param>
    /// <param name="right">The second mix.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TimeReinvestmentMix left, TimeReinvestmentMix right) => !left.Equals(right);
}
