using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// A tracking method in four steps (« mini méthodologie en 4 étapes »):
/// measure a baseline over the 30 days before acting, set a target at 90 days, follow progress and
/// review drift every week. Works for every KPI; <see cref="Direction"/> says which way is better.
/// </summary>
/// <remarks>
/// <para>First tie each KPI to a business goal; then measure, aim, follow and adjust with the tools
/// below. They are not catalogue entries: every KPI of the catalogue carries its
/// <see cref="KpiDefinition.Direction"/> instead, which <see cref="Change{TValue, TDifference}.Assess(Direction)"/>
/// and <c>CheckDrift</c> read so that "improved" and "worsened", "ahead" and "behind" are never ambiguous.</para>
/// <para>The tools, and the members that implement each (the sections of the targets page of the
/// documentation):</para>
/// <list type="table">
/// <listheader><term>tool</term><description>members</description></listheader>
/// <item><term><c>change</c>: before/after evolution</term><description><see cref="Change"/>, <see cref="Change{TValue, TDifference}"/></description></item>
/// <item><term><c>baseline</c>: the 30 days before acting</term><description><see cref="BaselineDays"/>, <c>BaselinePeriod</c>, <c>Baseline</c></description></item>
/// <item><term><c>target</c>: the target at 90 days</term><description><see cref="TargetHorizonDays"/>, <c>TargetPeriod</c>, <c>RelativeTarget</c>, <c>AbsoluteTarget</c></description></item>
/// <item><term><c>target_progress</c>: progress to target</term><description><c>Progress</c>, <c>ExpectedOnDate</c></description></item>
/// <item><term><c>drift</c>: the weekly drift alert</term><description><see cref="DefaultDriftTolerance"/>, <c>CheckDrift</c>, <see cref="DriftCheck"/></description></item>
/// <item><term><c>rate_drift</c>: drift or noise, for a rate measured on counts</term><description><c>CheckRateDriftAgainstNoise</c>, <see cref="RateDriftCheck"/></description></item>
/// <item><term><c>direction</c>: whether higher or lower is better</term><description><see cref="Direction"/>, <see cref="ChangeAssessment"/></description></item>
/// <item><term><c>north_star</c>: the North Star metric and its drivers</term><description><see cref="NorthStar"/></description></item>
/// <item><term><c>dashboard_size</c>: too many KPIs</term><description><c>AdviseDashboardSize</c>, <see cref="DashboardSizeAdvice"/></description></item>
/// </list>
/// <para>One call per concept: <see cref="RelativeTarget{T}(T, Rate)"/>, <see cref="Progress{T}(T, T, T)"/>,
/// <see cref="ExpectedOnDate{T}(T, T, Period, DateOnly)"/> and <see cref="CheckDrift{T}(T, T, Direction, Rate?)"/>
/// are generic over the tracked quantity. The constraint is the .NET generic-math operators that
/// <see cref="decimal"/> and <see cref="Money"/> implement and <see cref="Rate"/> implements on its
/// fraction scale: comparison, subtraction, scaling by a decimal, and the quotient of two values as
/// a decimal. So a plain number, an amount and a rate go through one exact decimal implementation,
/// and the compiler rejects what a target cannot track (a <see cref="double"/>, a date, a rate with
/// an amount). Amounts must share a currency (<see cref="CurrencyMismatchException"/>).</para>
/// <para>Durations have one overload each, on ticks: <see cref="TimeSpan"/> implements no generic-math
/// operator interface in .NET 10. Counts are passed as <see cref="decimal"/> (<c>50m</c>, or a
/// <c>(decimal)</c> cast): C# does not convert the arguments of a generic method implicitly.</para>
/// </remarks>
public static class Targets
{
    /// <summary>Length of the baseline window, in days (« mesurer l'existant sur 30 jours »).</summary>
    public const int BaselineDays = 30;

    /// <summary>Horizon of a target, in days (« fixer une cible à 90 jours »).</summary>
    public const int TargetHorizonDays = 90;

    /// <summary>Relative gap to target beyond which an adjustment is called for (« une dérive de plus de 10 % »).</summary>
    public static Rate DefaultDriftTolerance => Rate.FromPercent(10m);

    /// <summary>The baseline window: the 30 days before acting, <c>[actionDate − 30, actionDate)</c>.</summary>
    /// <param name="actionDate">The day the action starts (excluded from the baseline).</param>
    /// <returns>The 30-day period before <paramref name="actionDate"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actionDate"/> is before 0001-01-31: the window would start before the calendar.</exception>
    /// <example>
    /// <code>
    /// Targets.BaselinePeriod(new DateOnly(2026, 4, 1)); // 2026-03-02/P30D
    /// </code>
    /// </example>
    public static Period BaselinePeriod(DateOnly actionDate)
    {
        Preconditions.ArgumentInRange(actionDate.DayNumber >= BaselineDays, actionDate, nameof(actionDate), "The 30 days before the action must be dates: the action must be on 0001-01-31 or later.");
        return Period.LastDays(BaselineDays, actionDate);
    }

    /// <summary>The target window: the 90 days from the action, <c>[actionDate, actionDate + 90)</c>.</summary>
    /// <param name="actionDate">The day the action starts.</param>
    /// <returns>The 90-day period that starts on <paramref name="actionDate"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actionDate"/> is after 9999-10-02: the window would end after the calendar.</exception>
    public static Period TargetPeriod(DateOnly actionDate)
    {
        Preconditions.ArgumentInRange(actionDate.DayNumber <= DateOnly.MaxValue.DayNumber - TargetHorizonDays, actionDate, nameof(actionDate), "The 90 days from the action must be dates: the action must be on 9999-10-02 or earlier.");
        return Period.FromDays(actionDate, TargetHorizonDays);
    }

    /// <summary>
    /// The baseline of a KPI observed day by day: the mean of the observations dated within the 30 days
    /// before <paramref name="actionDate"/>. Observations outside the window are ignored.
    /// </summary>
    /// <param name="observationDates">The date of each observation.</param>
    /// <param name="values">The observed values, same order and length.</param>
    /// <param name="actionDate">The day the action starts.</param>
    /// <returns>The mean over the window; undefined (<see cref="UndefinedReason.EmptyInput"/>) when no observation falls in it.</returns>
    /// <remarks>
    /// For a KPI that is a ratio of counts (a conversion rate), compute it once over the baseline
    /// window's counts rather than averaging daily rates. Measure before acting, or no gain can be shown.
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <example>
    /// <code>
    /// Targets.Baseline([new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 20)], [48m, 52m], new DateOnly(2026, 4, 1)).Value; // 50
    /// </code>
    /// </example>
    public static KpiResult<decimal> Baseline(ReadOnlySpan<DateOnly> observationDates, ReadOnlySpan<decimal> values, DateOnly actionDate)
    {
        Preconditions.SameLength(observationDates.Length, values.Length, nameof(observationDates), nameof(values));

        var window = BaselinePeriod(actionDate);
        var sum = 0m;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (window.Contains(observationDates[i]))
            {
                sum += values[i];
                count++;
            }
        }

        return count == 0
            ? KpiResult.Undefined<decimal>(KpiIds.Baseline, UndefinedReason.EmptyInput, $"no observation falls in the baseline window {window}.")
            : KpiResult.Defined(KpiIds.Baseline, sum / count);
    }

    /// <summary>A target from a relative change of the baseline: baseline × (1 + change).</summary>
    /// <typeparam name="T">The tracked quantity: <see cref="decimal"/>, <see cref="Money"/>, <see cref="Rate"/>
    /// or any type with the same exact decimal generic math (see the remarks on <see cref="Targets"/>).</typeparam>
    /// <param name="baseline">The baseline value.</param>
    /// <param name="relativeChange">The signed change aimed at (−10 % to lower a CPL).</param>
    /// <returns>The target, in the baseline's unit (an amount keeps its currency).</returns>
    /// <remarks>A rate's relative target is relative to the rate: 10 % improved by 15 % is 11.5 %. For a
    /// change in points use <see cref="AbsoluteTarget{T, TChange}(T, TChange)"/>.</remarks>
    /// <example>
    /// <code>
    /// Targets.RelativeTarget(Money.Euros(50m), Rate.FromPercent(-10m));      // 45 EUR
    /// Targets.RelativeTarget(3m, Rate.FromPercent(-60m));                    // 1.2 reminder calls per invoice
    /// Targets.RelativeTarget(Rate.FromPercent(10m), Rate.FromPercent(15m));  // 11.5 %
    /// </code>
    /// </example>
    public static T RelativeTarget<T>(T baseline, Rate relativeChange)
        where T : struct, IComparisonOperators<T, T, bool>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, decimal, T>, IDivisionOperators<T, decimal, T>, IDivisionOperators<T, T, decimal> =>
        baseline * (1m + relativeChange.Fraction);

    /// <summary>A target from a relative change of a duration (session duration +20 %, handling time −15 %).</summary>
    /// <param name="baseline">The baseline duration.</param>
    /// <param name="relativeChange">The signed change aimed at.</param>
    /// <returns>The target duration, to the tick (rounded half away from zero).</returns>
    /// <remarks>The duration form of <see cref="RelativeTarget{T}(T, Rate)"/>: <see cref="TimeSpan"/> implements no
    /// generic-math operator interface, so durations have their own overload.</remarks>
    /// <example>
    /// <code>
    /// Targets.RelativeTarget(TimeSpan.FromMinutes(5), Rate.FromPercent(20m)); // 00:06:00
    /// </code>
    /// </example>
    public static TimeSpan RelativeTarget(TimeSpan baseline, Rate relativeChange) =>
        FromTicks(RelativeTarget((decimal)baseline.Ticks, relativeChange));

    /// <summary>
    /// A target from an absolute change, in the unit of the change: an amount plus an amount, a rate
    /// plus <see cref="PercentagePoints"/> (a quote-to-order rate « +5 points »), a number plus a number.
    /// </summary>
    /// <typeparam name="T">The tracked quantity.</typeparam>
    /// <typeparam name="TChange">The type of the change: the same as <typeparamref name="T"/>, or
    /// <see cref="PercentagePoints"/> for a rate (a rate plus a rate does not compile).</typeparam>
    /// <param name="baseline">The baseline value.</param>
    /// <param name="change">The signed change.</param>
    /// <returns>baseline + change.</returns>
    /// <exception cref="CurrencyMismatchException">Two amounts are in different currencies.</exception>
    /// <example>
    /// <code>
    /// Targets.AbsoluteTarget(Rate.FromPercent(20m), PercentagePoints.FromPoints(5m)); // 25 %
    /// Targets.AbsoluteTarget(Money.Euros(50m), Money.Euros(-5m));                     // 45 EUR
    /// Targets.AbsoluteTarget(8m, 3m);                                                 // 11 clients a month
    /// </code>
    /// </example>
    public static T AbsoluteTarget<T, TChange>(T baseline, TChange change)
        where T : IAdditionOperators<T, TChange, T> =>
        baseline + change;

    /// <summary>
    /// Progress to target (« progression vers la cible »): the share of the way from the baseline to the
    /// target reached now, (current − baseline) / (target − baseline). 0 % at the baseline, 100 % on
    /// target, above 100 % beyond it, negative when moving away. Works whichever way is better.
    /// </summary>
    /// <typeparam name="T">The tracked quantity: <see cref="decimal"/>, <see cref="Money"/>, <see cref="Rate"/>
    /// or any type with the same exact decimal generic math.</typeparam>
    /// <param name="baseline">The baseline value.</param>
    /// <param name="target">The target value.</param>
    /// <param name="current">The value measured now.</param>
    /// <returns>The progress; undefined (<see cref="UndefinedReason.TargetEqualsBaseline"/>) when the target equals the baseline.</returns>
    /// <remarks>Tool id <c>target_progress</c>. Durations: <see cref="Progress(TimeSpan, TimeSpan, TimeSpan)"/>.</remarks>
    /// <exception cref="CurrencyMismatchException">Two amounts are in different currencies.</exception>
    /// <example>
    /// <code>
    /// Targets.Progress(50m, 45m, 47m).Value;                                                        // 60 % of the way from a 50 € CPL to 45 €
    /// Targets.Progress(Money.Euros(50m), Money.Euros(45m), Money.Euros(47m)).Value;                 // 60 %
    /// Targets.Progress(Rate.FromPercent(20m), Rate.FromPercent(25m), Rate.FromPercent(22m)).Value;  // 40 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> Progress<T>(T baseline, T target, T current)
        where T : struct, IComparisonOperators<T, T, bool>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, decimal, T>, IDivisionOperators<T, decimal, T>, IDivisionOperators<T, T, decimal>
    {
        TrackedQuantity.RequireSameUnit(baseline, target, nameof(target));
        TrackedQuantity.RequireSameUnit(baseline, current, nameof(current));
        return target == baseline
            ? KpiResult.Undefined<Rate>(KpiIds.TargetProgress, UndefinedReason.TargetEqualsBaseline, "the target equals the baseline, so there is no way to go.")
            : KpiResult.Defined(KpiIds.TargetProgress, new Rate((current - baseline) / (target - baseline)));
    }

    /// <summary>Progress to target for durations (see <see cref="Progress{T}(T, T, T)"/>).</summary>
    /// <param name="baseline">The baseline duration.</param>
    /// <param name="target">The target duration.</param>
    /// <param name="current">The duration now.</param>
    /// <returns>The progress; undefined when the target equals the baseline.</returns>
    /// <example>
    /// <code>
    /// Targets.Progress(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(5.5)).Value; // 50 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> Progress(TimeSpan baseline, TimeSpan target, TimeSpan current) =>
        Progress((decimal)baseline.Ticks, target.Ticks, current.Ticks);

    /// <summary>
    /// Where a KPI should be on a date if it moves in a straight line from its baseline (at the start
    /// of <paramref name="targetPeriod"/>) to its target (at its end): the reference for weekly reviews.
    /// </summary>
    /// <typeparam name="T">The tracked quantity: <see cref="decimal"/>, <see cref="Money"/>, <see cref="Rate"/>
    /// or any type with the same exact decimal generic math.</typeparam>
    /// <param name="baseline">The baseline value.</param>
    /// <param name="target">The target value.</param>
    /// <param name="targetPeriod">The target window (<see cref="TargetPeriod(DateOnly)"/>).</param>
    /// <param name="date">The review date; before the window gives the baseline, after it the target.</param>
    /// <returns>The expected value on <paramref name="date"/>, in the baseline's unit.</returns>
    /// <exception cref="CurrencyMismatchException">Two amounts are in different currencies.</exception>
    /// <example>
    /// <code>
    /// var window = Targets.TargetPeriod(new DateOnly(2026, 4, 1));
    /// Targets.ExpectedOnDate(50m, 45m, window, new DateOnly(2026, 5, 16));                                      // 47.5 (half-way)
    /// Targets.ExpectedOnDate(Money.Euros(50m), Money.Euros(45m), window, new DateOnly(2026, 5, 16));            // 47.5 EUR
    /// Targets.ExpectedOnDate(Rate.FromPercent(20m), Rate.FromPercent(25m), window, new DateOnly(2026, 5, 16));  // 22.5 %
    /// </code>
    /// </example>
    public static T ExpectedOnDate<T>(T baseline, T target, Period targetPeriod, DateOnly date)
        where T : struct, IComparisonOperators<T, T, bool>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, decimal, T>, IDivisionOperators<T, decimal, T>, IDivisionOperators<T, T, decimal>
    {
        TrackedQuantity.RequireSameUnit(baseline, target, nameof(target));
        var elapsed = Math.Clamp(date.DayNumber - targetPeriod.Start.DayNumber, 0, targetPeriod.Days);

        // baseline − (baseline − target) × elapsed / days: the straight line, needing no addition of two values.
        return baseline - ((baseline - target) * elapsed / targetPeriod.Days);
    }

    /// <summary>The straight-line trajectory for durations (see <see cref="ExpectedOnDate{T}(T, T, Period, DateOnly)"/>).</summary>
    /// <param name="baseline">The baseline duration.</param>
    /// <param name="target">The target duration.</param>
    /// <param name="targetPeriod">The target window.</param>
    /// <param name="date">The review date.</param>
    /// <returns>The expected duration on <paramref name="date"/>, to the tick (rounded half away from zero).</returns>
    /// <example>
    /// <code>
    /// Targets.ExpectedOnDate(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6), Targets.TargetPeriod(new DateOnly(2026, 4, 1)), new DateOnly(2026, 5, 16)); // 00:05:30
    /// </code>
    /// </example>
    public static TimeSpan ExpectedOnDate(TimeSpan baseline, TimeSpan target, Period targetPeriod, DateOnly date) =>
        FromTicks(ExpectedOnDate((decimal)baseline.Ticks, target.Ticks, targetPeriod, date));

    /// <summary>
    /// The weekly drift check (« une dérive de plus de 10 % par rapport à la cible appelle un
    /// ajustement »): the signed gap of the measure relative to the target and whether it is beyond
    /// the tolerance, read with the KPI's direction.
    /// </summary>
    /// <typeparam name="T">The tracked quantity: <see cref="decimal"/>, <see cref="Money"/>, <see cref="Rate"/>
    /// or any type with the same exact decimal generic math.</typeparam>
    /// <param name="measured">The value measured this week.</param>
    /// <param name="target">The target it is compared with (the 90-day target, or <see cref="ExpectedOnDate{T}(T, T, Period, DateOnly)"/> for a trajectory).</param>
    /// <param name="direction">Whether a higher value is better for this KPI.</param>
    /// <param name="tolerance">The relative gap allowed, not negative; 10 % (<see cref="DefaultDriftTolerance"/>) when omitted.</param>
    /// <returns>The check; its gap is undefined (<see cref="UndefinedReason.ZeroTarget"/>) for a zero target.
    /// A rate's gap is relative to the target rate (22 % against 25 % is −12 %).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined <see cref="Direction"/>, or <paramref name="tolerance"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">Two amounts are in different currencies.</exception>
    /// <example>
    /// <code>
    /// var check = Targets.CheckDrift(measured: 52m, target: 45m, Direction.LowerIsBetter); // a CPL of 52 € against 45 €
    /// check.RelativeGap.Value;        // +15.6 %
    /// check.RequiresAdjustment;       // true
    /// check.Status;                   // DriftStatus.BehindTarget
    /// Targets.CheckDrift(Rate.FromPercent(22m), Rate.FromPercent(25m), Direction.HigherIsBetter).Status; // BehindTarget (−12 %)
    /// </code>
    /// </example>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The generic and the duration forms differ by the type of every required parameter, so the optional tolerance never decides between them.")]
    public static DriftCheck CheckDrift<T>(T measured, T target, Direction direction, Rate? tolerance = null)
        where T : struct, IComparisonOperators<T, T, bool>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, decimal, T>, IDivisionOperators<T, decimal, T>, IDivisionOperators<T, T, decimal>
    {
        Preconditions.Defined(direction);
        var allowed = tolerance ?? DefaultDriftTolerance;
        Preconditions.ArgumentInRange(allowed.Fraction >= 0m, allowed, nameof(tolerance), Preconditions.MustNotBeNegative);

        TrackedQuantity.RequireSameUnit(measured, target, nameof(target));

        // Zero in the target's unit (an amount keeps its currency).
        var zero = target * 0m;
        var better = direction == Direction.HigherIsBetter ? measured > target : measured < target;
        if (target == zero)
        {
            return new DriftCheck(
                KpiResult.Undefined<Rate>(KpiIds.Drift, UndefinedReason.ZeroTarget, "the target is zero, so a relative gap does not exist."),
                allowed,
                measured == zero ? DriftStatus.OnTrack : better ? DriftStatus.AheadOfTarget : DriftStatus.BehindTarget,
                measured != zero);
        }

        // (measured − target) / |target|, dividing by the target and restoring the sign.
        var ratio = (measured - target) / target;
        var gap = target < zero ? -ratio : ratio;
        var beyond = Math.Abs(gap) > allowed.Fraction;
        var status = !beyond ? DriftStatus.OnTrack : better ? DriftStatus.AheadOfTarget : DriftStatus.BehindTarget;
        return new DriftCheck(KpiResult.Defined(KpiIds.Drift, new Rate(gap)), allowed, status, beyond);
    }

    /// <summary>The drift check for durations (see <see cref="CheckDrift{T}(T, T, Direction, Rate?)"/>).</summary>
    /// <param name="measured">The duration measured this week.</param>
    /// <param name="target">The target duration.</param>
    /// <param name="direction">Whether a longer duration is better.</param>
    /// <param name="tolerance">The relative gap allowed; 10 % when omitted.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined <see cref="Direction"/>, or <paramref name="tolerance"/> is negative.</exception>
    /// <example>
    /// <code>
    /// Targets.CheckDrift(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6), Direction.HigherIsBetter).RequiresAdjustment; // true (−16.7 %)
    /// </code>
    /// </example>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The generic and the duration forms differ by the type of every required parameter, so the optional tolerance never decides between them.")]
    public static DriftCheck CheckDrift(TimeSpan measured, TimeSpan target, Direction direction, Rate? tolerance = null) =>
        CheckDrift((decimal)measured.Ticks, target.Ticks, direction, tolerance);

    /// <summary>
    /// Tells drift from noise for a rate measured on counts (a conversion, quote-to-order or churn rate): whether
    /// the observed rate is off its target beyond what chance explains, with the observed rate's Wilson interval,
    /// the p-value of the gap and the status read with the KPI's direction.
    /// </summary>
    /// <param name="successes">The successes counted (orders, conversions, churned customers...), not negative, at most <paramref name="trials"/>.</param>
    /// <param name="trials">The trials they came from (quotes, leads, customers at the start...), not negative.</param>
    /// <param name="target">The target rate, strictly between 0 % and 100 %.</param>
    /// <param name="direction">Whether a higher rate is better for this KPI.</param>
    /// <param name="significanceLevel">The level the p-value is compared with, strictly between 0 % and 100 %; 5 % when omitted
    /// (the interval is then at 95 %).</param>
    /// <returns>The check; undefined (<see cref="UndefinedReason.ZeroDenominator"/>) when there are no trials, since no rate was observed.</returns>
    /// <remarks>
    /// <para><see cref="CheckDrift{T}(T, T, Direction, Rate?)"/> compares a measure with its target by a fixed tolerance (10 %);
    /// on a few dozen cases a rate moves by more than that by chance alone. This check asks instead whether the true
    /// rate can still be the target: the one-proportion score test, z = (p − p₀) / √(p₀(1 − p₀) / n) with p = successes /
    /// trials, p₀ the target and n the trials, and the two-sided p-value P(|Z| ≥ |z|) (the test R's
    /// <c>prop.test(successes, trials, p = target, correct = FALSE)</c> makes). The Wilson interval of
    /// <see cref="Statistics.RateConfidenceInterval"/> is exactly the set of targets this test does not reject, so the
    /// verdict and the interval agree: the gap is beyond noise exactly when the interval lies clear of the target.</para>
    /// <para>Undefined: no trials (<see cref="UndefinedReason.ZeroDenominator"/>). A target of 0 % or 100 % is refused:
    /// a single success (or failure) disproves it, there is no noise to tell from.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the successes exceed the trials, <paramref name="direction"/>
    /// is not a defined <see cref="Direction"/>, or the target or the level is not strictly between 0 % and 100 %.</exception>
    /// <example>
    /// A quote-to-order rate of 22 orders out of 100 quotes against a 25 % target is 12 % behind it, an adjustment
    /// by the 10 % tolerance; yet z = −0.03 / √(0.25 × 0.75 / 100) = −0.69 and p = 0.49: the gap may be noise.
    /// <code>
    /// var check = Targets.CheckRateDriftAgainstNoise(22, 100, Rate.FromPercent(25m), Direction.HigherIsBetter).Value;
    /// check.PValue;          // 0.4884
    /// check.Status;          // DriftStatus.OnTrack: within noise
    /// check.Observed;        // 22 %, between 15.00 % and 31.07 % at 95 %, which holds 25 %
    /// Targets.CheckRateDriftAgainstNoise(150, 1_000, Rate.FromPercent(25m), Direction.HigherIsBetter).Value.Status; // BehindTarget
    /// </code>
    /// </example>
    public static KpiResult<RateDriftCheck> CheckRateDriftAgainstNoise(long successes, long trials, Rate target, Direction direction, Rate? significanceLevel = null)
    {
        Preconditions.Defined(direction);
        Preconditions.NotNegative(successes);
        Preconditions.NotNegative(trials);
        Preconditions.NotAbove(successes, trials, nameof(successes), nameof(trials));
        Preconditions.ArgumentInRange(Statistics.IsOpenProportion(target), target, nameof(target), Statistics.MustBeOpenProportion);
        var level = significanceLevel ?? Rate.FromPercent(5m);
        Preconditions.ArgumentInRange(Statistics.IsOpenProportion(level), level, nameof(significanceLevel), Statistics.MustBeOpenProportion);
        if (trials == 0)
        {
            return KpiResult.Undefined<RateDriftCheck>(KpiIds.RateDrift, UndefinedReason.ZeroDenominator, "no trials, so no rate was observed.");
        }

        var z = Statistics.CriticalValue(Rate.FromFraction(1m - level.Fraction), nameof(significanceLevel));
        var observed = Statistics.Wilson(successes, trials, z);
        var p0 = (double)target.Fraction;
        var score = (((double)successes / trials) - p0) / Math.Sqrt(p0 * (1.0 - p0) / trials);
        var pValue = Statistics.ToProbability(NormalDistribution.TwoSidedPValue(score));
        return KpiResult.Defined(KpiIds.RateDrift, new RateDriftCheck(observed, target, direction, pValue, level));
    }

    /// <summary>
    /// Whether a dashboard holds a sensible number of KPIs: at most 3 per project,
    /// 7 for a sales team (5 to 7 major KPIs), 10 for a dashboard (7 to 10 key indicators), and
    /// more than 15 is always too many (past 15 or 20, the data goes unused).
    /// </summary>
    /// <param name="kpiCount">How many KPIs are tracked, not negative.</param>
    /// <param name="scope">What the KPIs are for.</param>
    /// <returns>The verdict and the recommended maximum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or the scope undefined.</exception>
    /// <example>
    /// <code>
    /// Targets.AdviseDashboardSize(12, DashboardScope.Dashboard).Verdict; // AboveRecommendation
    /// </code>
    /// </example>
    public static DashboardSizeAdvice AdviseDashboardSize(int kpiCount, DashboardScope scope)
    {
        Preconditions.NotNegative(kpiCount);
        Preconditions.Defined(scope);
        var maximum = scope switch
        {
            DashboardScope.Project => DashboardSizeAdvice.ProjectMaximum,
            DashboardScope.Team => DashboardSizeAdvice.TeamMaximum,
            _ => DashboardSizeAdvice.DashboardMaximum,
        };
        var verdict = kpiCount > DashboardSizeAdvice.TooManyAbove
            ? DashboardSizeVerdict.TooMany
            : kpiCount > maximum ? DashboardSizeVerdict.AboveRecommendation : DashboardSizeVerdict.WithinRecommendation;
        return new DashboardSizeAdvice(scope, kpiCount, maximum, verdict);
    }

    private static TimeSpan FromTicks(decimal ticks) => TimeSpan.FromTicks(KpiMath.RoundedTicks(ticks));
}
