using System;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;

namespace KpiFormulas.Worksheet;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.CHANGE</c>: the relative change from before to after, (after − before) / |before| (tool id <c>change</c>).</summary>
    /// <param name="before">The value before (the baseline).</param>
    /// <param name="after">The value after.</param>
    /// <returns>The change as a fraction (0.5 for +50 %); <c>#DIV/0!</c> when the value before is 0.</returns>
    [WorksheetFunction("KPI.CHANGE", "Relative change: (after - before) / |before|, as a fraction (0.5 for +50%).")]
    public static object Change(
        [WorksheetArgument("before", "The value before (the baseline).")] object before,
        [WorksheetArgument("after", "The value after.")] object after) =>
        Run(() => Out(Formulas.Change.Between(Cells.Number(before), Cells.Number(after)).Relative));

    /// <summary><c>KPI.POINTS_CHANGE</c>: the change between two rates in percentage points (20 % to 25 % is +5 points).</summary>
    /// <param name="rateBefore">The rate before, as a fraction (0.20).</param>
    /// <param name="rateAfter">The rate after, as a fraction (0.25).</param>
    /// <returns>The change in points (5 for +5 points), a plain number: not a fraction, so that it is never read as +5 %.</returns>
    [WorksheetFunction("KPI.POINTS_CHANGE", "Change between two rates in percentage points: (after - before) x 100 (5 for +5 points).")]
    public static object PointsChange(
        [WorksheetArgument("rate_before", "The rate before, as a fraction (0.2 for 20%).")] object rateBefore,
        [WorksheetArgument("rate_after", "The rate after, as a fraction.")] object rateAfter) =>
        Run(() => Out((Cells.Rate(rateAfter) - Cells.Rate(rateBefore)).Points));

    /// <summary><c>KPI.TARGET</c>: a target from a relative change of the baseline, baseline x (1 + change) (document 001's method).</summary>
    /// <param name="baseline">The baseline value (a CPL of 50, a session of 0:05...).</param>
    /// <param name="relativeChange">The signed change aimed at, as a fraction (−0.1 for −10 %).</param>
    /// <returns>The target, in the baseline's unit.</returns>
    [WorksheetFunction("KPI.TARGET", "Target from a relative change: baseline x (1 + change); -0.1 for -10%.")]
    public static object Target(
        [WorksheetArgument("baseline", "The baseline value.")] object baseline,
        [WorksheetArgument("relative_change", "The change aimed at, as a fraction (-0.1 for -10%).")] object relativeChange) =>
        Run(() => Out(Targets.RelativeTarget(Cells.Number(baseline), Cells.Rate(relativeChange))));

    /// <summary><c>KPI.POINTS_TARGET</c>: a target rate from a change in percentage points (20 % + 5 points = 25 %).</summary>
    /// <param name="baselineRate">The baseline rate, as a fraction.</param>
    /// <param name="points">The change aimed at, in points (5 for +5 points).</param>
    /// <returns>The target rate as a fraction.</returns>
    [WorksheetFunction("KPI.POINTS_TARGET", "Target rate from a change in percentage points: baseline rate + points / 100.")]
    public static object PointsTarget(
        [WorksheetArgument("baseline_rate", "The baseline rate, as a fraction (0.2 for 20%).")] object baselineRate,
        [WorksheetArgument("points", "The change aimed at, in points (5 for +5 points).")] object points) =>
        Run(() => Out(Targets.AbsoluteTarget(Cells.Rate(baselineRate), PercentagePoints.FromPoints(Cells.Number(points)))));

    /// <summary><c>KPI.PROGRESS</c>: the share of the way from the baseline to the target reached now (tool id <c>target_progress</c>).</summary>
    /// <param name="baseline">The baseline value.</param>
    /// <param name="target">The target value.</param>
    /// <param name="current">The value now.</param>
    /// <returns>(current − baseline) / (target − baseline) as a fraction (1 on target); <c>#DIV/0!</c> when the target equals the baseline.</returns>
    [WorksheetFunction("KPI.PROGRESS", "Progress to target: (current - baseline) / (target - baseline), as a fraction (1 = on target).")]
    public static object Progress(
        [WorksheetArgument("baseline", "The baseline value.")] object baseline,
        [WorksheetArgument("target", "The target value.")] object target,
        [WorksheetArgument("current", "The value measured now.")] object current) =>
        Run(() => Out(Targets.Progress(Cells.Number(baseline), Cells.Number(target), Cells.Number(current))));

    /// <summary><c>KPI.DRIFT</c>: the signed gap of a measure relative to its target, (measured − target) / |target| (tool id <c>target_progress</c>).</summary>
    /// <param name="measured">The value measured this week.</param>
    /// <param name="target">The target it is compared with.</param>
    /// <returns>The gap as a fraction (0.156 for 15.6 % above); <c>#DIV/0!</c> for a target of 0.</returns>
    [WorksheetFunction("KPI.DRIFT", "Drift: (measured - target) / |target|, as a fraction; beyond 10% calls for an adjustment.")]
    public static object Drift(
        [WorksheetArgument("measured", "The value measured this week.")] object measured,
        [WorksheetArgument("target", "The target.")] object target) =>
        Run(() => Out(Targets.CheckDrift(Cells.Number(measured), Cells.Number(target), KpiFormulas.Direction.HigherIsBetter).RelativeGap));

    /// <summary>
    /// <c>KPI.DRIFT_STATUS</c>: where a measure stands against its target in the weekly review:
    /// <c>OnTrack</c>, <c>BehindTarget</c> or <c>AheadOfTarget</c>, read with the KPI's direction.
    /// </summary>
    /// <param name="measured">The value measured this week.</param>
    /// <param name="target">The target.</param>
    /// <param name="direction"><c>"higher"</c> (the default) or <c>"lower"</c> is better, or a catalogue id whose direction to use (<c>"cpl"</c>).</param>
    /// <param name="tolerance">The relative gap allowed, a fraction not negative; optional, 0.1 (10 %) when left out.</param>
    /// <returns>The status's name; <c>#VALUE!</c> for an unknown direction; <c>#NUM!</c> for a negative tolerance.</returns>
    [WorksheetFunction("KPI.DRIFT_STATUS", "Drift status against a target: OnTrack, BehindTarget or AheadOfTarget, with a 10% tolerance by default.")]
    public static object DriftStatus(
        [WorksheetArgument("measured", "The value measured this week.")] object measured,
        [WorksheetArgument("target", "The target.")] object target,
        [WorksheetArgument("direction", "\"higher\" or \"lower\" is better, or a catalogue id such as \"cpl\"; optional, \"higher\" when left out.")] object direction,
        [WorksheetArgument("tolerance", "The relative gap allowed; optional, 0.1 (10%) when left out.")] object tolerance) =>
        Run(() => CheckDrift(measured, target, direction, tolerance).Status.ToString());

    /// <summary>
    /// <c>KPI.DRIFT_REQUIRES_ADJUSTMENT</c>: TRUE when the gap to the target is beyond the tolerance
    /// either way (« une dérive de plus de 10 % ... appelle un ajustement »).
    /// </summary>
    /// <param name="measured">The value measured this week.</param>
    /// <param name="target">The target.</param>
    /// <param name="tolerance">The relative gap allowed, a fraction not negative; optional, 0.1 when left out.</param>
    /// <returns>TRUE or FALSE; <c>#NUM!</c> for a negative tolerance.</returns>
    [WorksheetFunction("KPI.DRIFT_REQUIRES_ADJUSTMENT", "TRUE when the gap to the target is beyond the tolerance (10% by default) either way.")]
    public static object DriftRequiresAdjustment(
        [WorksheetArgument("measured", "The value measured this week.")] object measured,
        [WorksheetArgument("target", "The target.")] object target,
        [WorksheetArgument("tolerance", "The relative gap allowed; optional, 0.1 (10%) when left out.")] object tolerance) =>
        Run(() => CheckDrift(measured, target, System.Reflection.Missing.Value, tolerance).RequiresAdjustment);

    /// <summary>
    /// <c>KPI.BASELINE</c>: the mean of the observations dated within the 30 days before the action
    /// (document 001's baseline), from a range of dates and a range of values.
    /// </summary>
    /// <param name="observationDates">The date of each observation.</param>
    /// <param name="values">The observed values, a range of the same shape.</param>
    /// <param name="actionDate">The day the action starts (excluded from the 30 days).</param>
    /// <returns>The mean; <c>#DIV/0!</c> when no observation falls in the 30 days (as AVERAGE of nothing).</returns>
    [WorksheetFunction("KPI.BASELINE", "Baseline: mean of the values observed in the 30 days before the action date.")]
    public static object Baseline(
        [WorksheetArgument("observation_dates", "The date of each observation (a range).")] object[,] observationDates,
        [WorksheetArgument("values", "The observed values (a range of the same shape).")] object[,] values,
        [WorksheetArgument("action_date", "The day the action starts.")] object actionDate) =>
        Run(() =>
        {
            var (dates, observed) = Cells.Pairs(observationDates, Cells.Day, values, Cells.Number);
            return Out(Targets.Baseline(dates.ToArray(), observed.ToArray(), Cells.Day(actionDate)));
        });

    private static DriftCheck CheckDrift(object measured, object target, object direction, object tolerance)
    {
        var value = Cells.Number(measured);
        var goal = Cells.Number(target);
        var way = ReadDirection(direction);
        var allowed = Cells.NumberOr(tolerance, Targets.DefaultDriftTolerance.Fraction);
        return allowed < 0m
            ? throw new CellException(WorksheetErrors.Number)
            : Targets.CheckDrift(value, goal, way, Rate.FromFraction(allowed));
    }

    private static Direction ReadDirection(object? direction)
    {
        var text = Cells.TextOrNull(direction)?.Trim();
        if (text is null || text.Equals("higher", StringComparison.OrdinalIgnoreCase) || text.Equals(nameof(KpiFormulas.Direction.HigherIsBetter), StringComparison.OrdinalIgnoreCase))
        {
            return KpiFormulas.Direction.HigherIsBetter;
        }

        if (text.Equals("lower", StringComparison.OrdinalIgnoreCase) || text.Equals(nameof(KpiFormulas.Direction.LowerIsBetter), StringComparison.OrdinalIgnoreCase))
        {
            return KpiFormulas.Direction.LowerIsBetter;
        }

        return KpiCatalog.TryGet(text.ToLowerInvariant(), out var definition)
            ? definition.Direction
            : throw new CellException(WorksheetErrors.Value);
    }
}
