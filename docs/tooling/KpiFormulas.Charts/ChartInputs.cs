using System.Collections.Generic;

namespace KpiFormulas.Charts;

/// <summary>One line of a <see cref="Chart.Lines"/> chart: a value per x label, null where there is no value (the line breaks there).</summary>
/// <param name="Name">The legend text.</param>
/// <param name="Values">One value per x label; null for a gap (for example the months not yet measured).</param>
/// <param name="Dashed">Draws the line dashed (for a target or a projection).</param>
public sealed record LineSeries(string Name, IReadOnlyList<decimal?> Values, bool Dashed = false);

/// <summary>A shaded band between two bounds on a <see cref="Chart.Lines"/> chart, such as a target's tolerance.</summary>
/// <param name="Name">The legend text.</param>
/// <param name="Lower">The lower bound at each x label.</param>
/// <param name="Upper">The upper bound at each x label (at least the lower bound).</param>
public sealed record ToleranceBand(string Name, IReadOnlyList<decimal> Lower, IReadOnlyList<decimal> Upper);

/// <summary>One row of a <see cref="Chart.RetentionHeatmap"/>: a cohort and its rate at each offset.</summary>
/// <param name="Cohort">The row label, for example "2026-01".</param>
/// <param name="Rates">The retained share (a fraction, 0.625 for 62.5 %) at each offset, from the first; null or absent for no data yet.</param>
public sealed record CohortRow(string Cohort, IReadOnlyList<decimal?> Rates);

/// <summary>One row of a <see cref="Chart.Heatmap"/>: a label and its value in each column.</summary>
/// <param name="Label">The row label, for example "3" for three repeat purchases.</param>
/// <param name="Values">The value (a fraction, 0.625 for 62.5 %) in each column, from the first; null or absent for a blank cell.</param>
public sealed record HeatmapRow(string Label, IReadOnlyList<decimal?> Values);
