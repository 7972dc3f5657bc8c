using System;
using System.Runtime.InteropServices;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.CHANGE</c>: the relative change from a value before to a value after, (after - before) / |before|.</summary>
    /// <param name="before">The value before (the baseline).</param>
    /// <param name="after">The value after.</param>
    /// <returns>The change as a fraction (0.5 for +50%); <c>#DIV/0!</c> when the value before is 0.</returns>
    [WorksheetFunction("KPI.CHANGE")]
    public static object Change(object? before, object? after) =>
        Run(() => Out(Formulas.Change.Between(Cells.Number(before), Cells.Number(after)).Relative));

    /// <summary><c>KPI.POINTS_CHANGE</c>: the change between two rates in percentage points, (after - before) x 100 (20% to 25% is +5 points).</summary>
    /// <param name="rateBefore">The rate before, as a fraction (0.2 for 20%).</param>
    /// <param name="rateAfter">The rate after, as a fraction.</param>
    /// <returns>The change in points (5 for +5 points), a plain number and not a fraction, so that it is never read as +5%.</returns>
    [WorksheetFunction("KPI.POINTS_CHANGE")]
    public static object PointsChange(object? rateBefore, object? rateAfter) =>
        Run(() => Out((Cells.Rate(rateAfter) - Cells.Rate(rateBefore)).Points));

    /// <summary><c>KPI.TARGET</c>: a target set as a relative change of the baseline, baseline x (1 + change).</summary>
    /// <param name="baseline">The baseline value (a cost per lead of 50, a session of 0:05...).</param>
    /// <param name="relativeChange">The change aimed at, as a signed fraction (-0.1 for -10%).</param>
    /// <returns>The target, in the baseline's unit.</returns>
    [WorksheetFunction("KPI.TARGET")]
    public static object Target(object? baseline, object? relativeChange) =>
        Run(() => Out(Targets.RelativeTarget(Cells.Number(baseline), Cells.Rate(relativeChange))));

    /// <summary><c>KPI.POINTS_TARGET</c>: a target rate set as a change in percentage points, baseline rate + points / 100 (20% + 5 points = 25%).</summary>
    /// <param name="baselineRate">The baseline rate, as a fraction (0.2 for 20%).</param>
    /// <param name="points">The change aimed at, in points (5 for +5 points).</param>
    /// <returns>The target rate as a fraction.</returns>
    [WorksheetFunction("KPI.POINTS_TARGET")]
    public static object PointsTarget(object? baselineRate, object? points) =>
        Run(() => Out(Targets.AbsoluteTarget(Cells.Rate(baselineRate), PercentagePoints.FromPoints(Cells.Number(points)))));

    /// <summary><c>KPI.PROGRESS</c>: the share of the way from the baseline to the target reached now, (current - baseline) / (target - baseline).</summary>
    /// <param name="baseline">The baseline value.</param>
    /// <param name="target">The target value.</param>
    /// <param name="current">The value measured now.</param>
    /// <returns>The progress as a fraction (1 on target); <c>#DIV/0!</c> when the target equals the baseline.</returns>
    [WorksheetFunction("KPI.PROGRESS")]
    public static object Progress(object? baseline, object? target, object? current) =>
        Run(() => Out(Targets.Progress(Cells.Number(baseline), Cells.Number(target), Cells.Number(current))));

    /// <summary><c>KPI.DRIFT</c>: the signed gap of a measure to its target, (measured - target) / |target|; beyond 10% calls for an adjustment.</summary>
    /// <param name="measured">The value measured this week.</param>
    /// <param name="target">The target it is compared with.</param>
    /// <returns>The gap as a fraction (0.156 for 15.6% above); <c>#DIV/0!</c> for a target of 0.</returns>
    [WorksheetFunction("KPI.DRIFT")]
    public static object Drift(object? measured, object? target) =>
        Run(() => Out(Targets.CheckDrift(Cells.Number(measured), Cells.Number(target), KpiFormulas.Direction.HigherIsBetter).RelativeGap));

    /// <summary>
    /// <c>KPI.DRIFT_STATUS</c>: where a measure stands against its target in the weekly review, read with the
    /// KPI's direction: OnTrack, BehindTarget or AheadOfTarget.
    /// </summary>
    /// <param name="measured"><inheritdoc cref="Drift(object?, object?)"/></param>
    /// <param name="target"><inheritdoc cref="Drift(object?, object?)"/></param>
    /// <param name="direction">"higher" or "lower" is better, or a catalogue id whose direction to use ("cpl"); optional: "higher" when left out.</param>
    /// <param name="tolerance">The relative gap allowed, a fraction not negative; optional: 0.1 (10%) when left out.</param>
    /// <returns>The status's name; <c>#VALUE!</c> for an unknown direction; <c>#NUM!</c> for a negative tolerance.</returns>
    [WorksheetFunction("KPI.DRIFT_STATUS")]
    public static object DriftStatus(object? measured, object? target, [Optional] object? direction, [Optional] object? tolerance) =>
        Run(() => CheckDrift(measured, target, direction, tolerance).Status.ToString());

    /// <summary><c>KPI.DRIFT_REQUIRES_ADJUSTMENT</c>: whether the gap of a measure to its target is beyond the tolerance, either way.</summary>
    /// <param name="measured"><inheritdoc cref="Drift(object?, object?)"/></param>
    /// <param name="target"><inheritdoc cref="Drift(object?, object?)"/></param>
    /// <param name="tolerance"><inheritdoc cref="DriftStatus(object?, object?, object?, object?)"/></param>
    /// <returns>TRUE or FALSE; <c>#NUM!</c> for a negative tolerance.</returns>
    [WorksheetFunction("KPI.DRIFT_REQUIRES_ADJUSTMENT")]
    public static object DriftRequiresAdjustment(object? measured, object? target, [Optional] object? tolerance) =>
        Run(() => CheckDrift(measured, target, System.Reflection.Missing.Value, tolerance).RequiresAdjustment);

    /// <summary><c>KPI.BASELINE</c>: the mean of the values observed in the 30 days before an action, from a range of dates and a range of values.</summary>
    /// <param name="observationDates">The date of each observation: a range of dates.</param>
    /// <param name="values">The observed values: a range of the same shape.</param>
    /// <param name="actionDate">The day the action starts, excluded from the 30 days.</param>
    /// <returns>The mean; <c>#DIV/0!</c> when no observation falls in the 30 days, as AVERAGE of nothing.</returns>
    [WorksheetFunction("KPI.BASELINE")]
    public static object Baseline(object?[,] observationDates, object?[,] values, object? actionDate) =>
        Run(() =>
        {
            var (dates, observed) = Cells.Pairs(observationDates, RangeOf.Numbers, Cells.Day, values, RangeOf.Numbers, Cells.Number);
            return Out(Targets.Baseline(dates.ToArray(), observed.ToArray(), Cells.Day(actionDate)));
        });

    private static DriftCheck CheckDrift(object? measured, object? target, object? direction, object? tolerance)
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
