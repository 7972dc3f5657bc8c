using System;
using System.Diagnostics;

namespace KpiFormulas.Formulas;

/// <summary>
/// A before/after evolution of a KPI (« évolution »): the absolute change in the KPI's own unit and the
/// relative change. For a rate, the absolute change is in <see cref="PercentagePoints"/> (a complaint
/// rate from 8 % to 3 % is −5 points and −62.5 %).
/// </summary>
/// <typeparam name="TValue">The type of the KPI value.</typeparam>
/// <typeparam name="TDifference">The type of the absolute change (points for rates, the same type otherwise).</typeparam>
/// <remarks>Create one with <see cref="Change.Between(decimal, decimal)"/> and its overloads.</remarks>
[DebuggerDisplay("{Before} -> {After} ({Relative})")]
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
    public ChangeAssessment Assess(Direction direction)
    {
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
/// <example>A score from 32 to 48 is +16 points and +50 %; a response time from 4 h to 45 min is −3 h 15 min
/// and −81.25 %; a complaint rate from 8 % to 3 % is −5 percentage points and −62.5 %:
/// <code>
/// Change.Between(32m, 48m);                                          // Absolute 16, Relative +50 %
/// Change.Between(TimeSpan.FromHours(4), TimeSpan.FromMinutes(45));  // Absolute −03:15:00, Relative −81.25 %
/// Change.Between(Rate.FromPercent(8m), Rate.FromPercent(3m));       // Absolute −5 points, Relative −62.5 %
/// </code></example>
public static class Change
{
    /// <summary>The change between two plain numbers (a score, a count, a ratio's value).</summary>
    /// <param name="before">The value before.</param>
    /// <param name="after">The value after.</param>
    /// <returns>The change; absolute = after − before.</returns>
    /// <example>
    /// <code>
    /// Change.Between(7m, 3m).Relative.Value; // −57.14 % (a mental load falling from 7/10 to 3/10)
    /// </code>
    /// </example>
    public static Change<decimal, decimal> Between(decimal before, decimal after) =>
        new(before, after, after - before, Rate.RelativeChange(before, after));

    /// <summary>The change between two amounts of one currency.</summary>
    /// <param name="before">The amount before.</param>
    /// <param name="after">The amount after.</param>
    /// <returns>The change; absolute = after − before, in the currency.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Change<Money, Money> Between(Money before, Money after) =>
        new(before, after, after - before, Rate.RelativeChange(before, after));

    /// <summary>The change between two rates: absolute in percentage points, relative in percent.</summary>
    /// <param name="before">The rate before.</param>
    /// <param name="after">The rate after.</param>
    /// <returns>The change; a quote-to-order rate from 20 % to 25 % is +5 points and +25 %.</returns>
    public static Change<Rate, PercentagePoints> Between(Rate before, Rate after) =>
        new(before, after, after - before, Rate.RelativeChange(before, after));

    /// <summary>The change between two durations (a response time from 4 h to 45 min is −81.25 %).</summary>
    /// <param name="before">The duration before.</param>
    /// <param name="after">The duration after.</param>
    /// <returns>The change; absolute = after − before.</returns>
    public static Change<TimeSpan, TimeSpan> Between(TimeSpan before, TimeSpan after) =>
        new(before, after, after - before, Rate.RelativeChange(before, after));

    /// <summary>The change between two ratios (a project ROI from 1.2 : 1 to 2.4 : 1 is +1.2 and +100 %).</summary>
    /// <param name="before">The ratio before.</param>
    /// <param name="after">The ratio after.</param>
    /// <returns>The change; absolute = difference of the x values.</returns>
    public static Change<Ratio, decimal> Between(Ratio before, Ratio after) =>
        new(before, after, after.Value - before.Value, Rate.RelativeChange(before.Value, after.Value));
}
