using System;
using System.Diagnostics;
using System.Numerics;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// A before/after evolution of a KPI (« évolution »): the absolute change in the KPI's own unit and the
/// relative change. For a rate, the absolute change is in <see cref="PercentagePoints"/> (a complaint
/// rate from 8 % to 3 % is −5 points and −62.5 %).
/// </summary>
/// <typeparam name="TValue">The type of the KPI value.</typeparam>
/// <typeparam name="TDifference">The type of the absolute change (points for rates, the same type otherwise).</typeparam>
/// <remarks>Create one with <see cref="Change.Between{T}(T, T)"/> (or its rate and duration forms).</remarks>
[DebuggerDisplay("{Before} -> {After} ({Relative})")]
[JsonConverter(typeof(ChangeJsonConverterFactory))]
public readonly struct Change<TValue, TDifference> : IEquatable<Change<TValue, TDifference>>
    where TValue : struct, IComparable<TValue>
    where TDifference : struct
{
    internal Change(TValue before, TValue after, TDifference absolute, KpiResult<Rate> relative)
    {
        Before = before;
        After = after;
        Absolute = absolute;
        Relative = relative;
    }

    /// <summary>The value before (the baseline).</summary>
    public TValue Before { get; }

    /// <summary>The value after.</summary>
    public TValue After { get; }

    /// <summary>After − before, in the KPI's unit (percentage points for rates).</summary>
    public TDifference Absolute { get; }

    /// <summary>(after − before) / |before|; undefined when the value before is zero.</summary>
    public KpiResult<Rate> Relative { get; }

    /// <summary>Reads the change as an improvement or a worsening, given the KPI's direction.</summary>
    /// <param name="direction">Whether a rise of this KPI is good.</param>
    /// <returns><see cref="ChangeAssessment.Improved"/>, <see cref="ChangeAssessment.Worsened"/> or <see cref="ChangeAssessment.Unchanged"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined <see cref="Direction"/>.</exception>
    public ChangeAssessment Assess(Direction direction)
    {
        Preconditions.Defined(direction);
        var comparison = After.CompareTo(Before);
        if (comparison == 0)
        {
            return ChangeAssessment.Unchanged;
        }

        var rose = comparison > 0;
        return rose == (direction == Direction.HigherIsBetter) ? ChangeAssessment.Improved : ChangeAssessment.Worsened;
    }

    /// <inheritdoc />
    public bool Equals(Change<TValue, TDifference> other) =>
        Before.Equals(other.Before) && After.Equals(other.After) && Absolute.Equals(other.Absolute) && Relative.Equals(other.Relative);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Change<TValue, TDifference> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Before, After);

    /// <summary>Equality.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Change<TValue, TDifference> left, Change<TValue, TDifference> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Change<TValue, TDifference> left, Change<TValue, TDifference> right) => !left.Equals(right);

    /// <summary>The change, such as <c>8 -> 3 (-62.5%)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Before} -> {After} ({(Relative.TryGetValue(out var r) ? r.ToString("P1", null) : "relative change undefined")})";
}

/// <summary>Creates <see cref="Change{TValue, TDifference}"/> values (catalogue tool <c>change</c>).</summary>
/// <remarks>
/// <para>One generic method, <see cref="Between{T}(T, T)"/>, covers every quantity with exact decimal
/// generic math: plain numbers (<see cref="decimal"/>), amounts (<see cref="Money"/>), and any value
/// type with the same operators. Two forms remain beside it, because their result differs in type
/// and C# cannot infer a second type parameter from constraints:</para>
/// <list type="bullet">
/// <item><description><see cref="Between(Rate, Rate)"/>: the absolute change of a rate is in
/// <see cref="PercentagePoints"/>, not a rate.</description></item>
/// <item><description><see cref="Between(TimeSpan, TimeSpan)"/>: <see cref="TimeSpan"/> implements no
/// generic-math operator interface in .NET 10.</description></item>
/// </list>
/// <para>A ratio's change is the change of its value: <c>Change.Between(before.Value, after.Value)</c>.
/// Counts are passed as <see cref="decimal"/> (<c>Change.Between((decimal)ordersBefore, ordersAfter)</c>):
/// C# does not convert the arguments of a generic method implicitly.</para>
/// </remarks>
/// <example>A score from 32 to 48 is +16 points and +50 %; a response time from 4 h to 45 min is −3 h 15 min
/// and −81.25 %; a complaint rate from 8 % to 3 % is −5 percentage points and −62.5 %:
/// <code>
/// Change.Between(32m, 48m);                                          // Absolute 16, Relative +50 %
/// Change.Between(TimeSpan.FromHours(4), TimeSpan.FromMinutes(45));  // Absolute −03:15:00, Relative −81.25 %
/// Change.Between(Rate.FromPercent(8m), Rate.FromPercent(3m));       // Absolute −5 points, Relative −62.5 %
/// </code></example>
public static class Change
{
    /// <summary>
    /// The change between two values of one quantity (a score, a count, an amount): absolute
    /// after − before in the quantity's unit, and relative (after − before) / |before|.
    /// </summary>
    /// <typeparam name="T">
    /// The quantity: <see cref="decimal"/>, <see cref="Money"/>, or any type with exact decimal generic
    /// math (subtraction, comparison, scaling by a decimal and the quotient of two values as a decimal).
    /// </typeparam>
    /// <param name="before">The value before (the baseline).</param>
    /// <param name="after">The value after.</param>
    /// <returns>The change; its relative part is undefined (<see cref="UndefinedReason.ZeroBaseline"/>) when <paramref name="before"/> is zero.</returns>
    /// <exception cref="CurrencyMismatchException">Two amounts are in different currencies.</exception>
    /// <example>
    /// <code>
    /// Change.Between(7m, 3m).Relative.Value; // −57.14 % (a mental load falling from 7/10 to 3/10)
    /// Change.Between(32m, 48m).Relative.Value;                        // +50 % (an NPS from 32 to 48)
    /// Change.Between(Money.Euros(100m), Money.Euros(112m)).Absolute; // 12 EUR
    /// </code>
    /// </example>
    public static Change<T, T> Between<T>(T before, T after)
        where T : struct, IComparable<T>, IComparisonOperators<T, T, bool>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, decimal, T>, IDivisionOperators<T, decimal, T>, IDivisionOperators<T, T, decimal>
    {
        TrackedQuantity.RequireSameUnit(before, after, nameof(after));
        var absolute = after - before;
        return new(before, after, absolute, RelativeTo(before, absolute));
    }

    /// <summary>The change between two rates: absolute in percentage points, relative in percent.</summary>
    /// <param name="before">The rate before.</param>
    /// <param name="after">The rate after.</param>
    /// <returns>The change; a quote-to-order rate from 20 % to 25 % is +5 points and +25 %.</returns>
    /// <example>
    /// <code>
    /// var change = Change.Between(Rate.FromPercent(8m), Rate.FromPercent(3m));
    /// change.Absolute;       // −5 points
    /// change.Relative.Value; // −62.5 %
    /// </code>
    /// </example>
    public static Change<Rate, PercentagePoints> Between(Rate before, Rate after) =>
        new(before, after, after - before, Relative(before.Fraction, after.Fraction));

    /// <summary>The change between two durations (a response time from 4 h to 45 min is −81.25 %).</summary>
    /// <param name="before">The duration before.</param>
    /// <param name="after">The duration after.</param>
    /// <returns>The change; absolute = after − before.</returns>
    /// <example>
    /// <code>
    /// Change.Between(TimeSpan.FromHours(4), TimeSpan.FromMinutes(45)).Relative.Value; // −81.25 %
    /// </code>
    /// </example>
    public static Change<TimeSpan, TimeSpan> Between(TimeSpan before, TimeSpan after) =>
        new(before, after, after - before, Relative(before.Ticks, after.Ticks));

    /// <summary>(after − before) / |before| on the decimal scale; undefined for a zero baseline.</summary>
    internal static KpiResult<Rate> Relative(decimal before, decimal after) =>
        before == 0m
            ? ZeroBaseline()
            : KpiResult.Defined(KpiIds.Change, new Rate((after - before) / Math.Abs(before)));

    private static KpiResult<Rate> RelativeTo<T>(T before, T absolute)
        where T : struct, IComparisonOperators<T, T, bool>, IMultiplyOperators<T, decimal, T>, IDivisionOperators<T, T, decimal>
    {
        // Zero in the unit of 'before' (an amount keeps its currency).
        var zero = before * 0m;
        if (before == zero)
        {
            return ZeroBaseline();
        }

        var relative = absolute / before;
        return KpiResult.Defined(KpiIds.Change, new Rate(before < zero ? -relative : relative));
    }

    private static KpiResult<Rate> ZeroBaseline() =>
        KpiResult.Undefined<Rate>(KpiIds.Change, UndefinedReason.ZeroBaseline, "the value before is zero, so a relative change does not exist.");
}
