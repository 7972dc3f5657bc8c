using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ScottPlot;
using SkiaSharp;

namespace KpiFormulas.Charts;

/// <summary>
/// The charts the notebooks draw, with ScottPlot, as SVG: vertical bars, a funnel, heatmaps
/// (cohort retention, any share across two dimensions), lines with an optional tolerance band and a
/// waterfall. Every number on a chart (ticks, value labels, description) is written with the one
/// <see cref="ValueFormat"/> given, and the text
/// uses <see cref="FontFamily"/>, so that a chart's bytes do not change between runs.
/// </summary>
public static class Chart
{
    /// <summary>The font of every chart: a sans font that must be installed (Debian: fonts-dejavu-core), since its metrics place the text.</summary>
    public const string FontFamily = "DejaVu Sans";

    private const int Width = 800;
    private const int Height = 450;

    private static readonly Color Positive = Color.FromHex("#1F77B4");
    private static readonly Color Negative = Color.FromHex("#D62728");
    private static readonly Color Rise = Color.FromHex("#2CA02C");
    private static readonly Color Track = Color.FromHex("#E8EEF4");
    private static readonly Color Band = Color.FromHex("#2CA02C").WithAlpha(0.18);
    private static readonly Color[] SeriesColors = [Color.FromHex("#1F77B4"), Color.FromHex("#FF7F0E"), Color.FromHex("#9467BD"), Color.FromHex("#8C564B"), Color.FromHex("#E377C2")];

    /// <summary>
    /// Vertical bars from zero, one per category, each labelled with its value (negative bars go
    /// down, in a second colour).
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="valueAxis">The label of the value axis, for example "CAC".</param>
    /// <param name="bars">The categories, left to right, and their values.</param>
    /// <param name="format">How the values and the ticks are written.</param>
    public static SvgChart Bars(string title, string valueAxis, IReadOnlyList<(string Label, decimal Value)> bars, ValueFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(valueAxis);
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(format);
        if (bars.Count == 0)
        {
            throw new ArgumentException("A bar chart needs at least one bar.", nameof(bars));
        }

        foreach (var (label, _) in bars)
        {
            RequireLabel(label, nameof(bars));
        }

        var plot = NewPlot(title);
        var barPlot = plot.Add.Bars(bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = (double)b.Value,
            Label = format.Format(b.Value),
            FillColor = b.Value < 0 ? Negative : Positive,
            LineWidth = 0,
        }).ToList());
        barPlot.ValueLabelStyle.FontSize = 13;
        barPlot.ValueLabelStyle.Bold = true;

        var values = bars.Select(b => (double)b.Value).ToList();
        var (low, high) = (Math.Min(0, values.Min()), Math.Max(0, values.Max()));
        var headroom = (high - low == 0 ? 1 : high - low) * 0.12;
        plot.Axes.SetLimitsY(low < 0 ? low - headroom : 0, high > 0 ? high + headroom : headroom);
        plot.Axes.SetLimitsX(-0.6, bars.Count - 0.4);
        plot.Axes.Bottom.SetTicks([.. bars.Select((_, i) => (double)i)], [.. bars.Select(b => b.Label)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        FormatValueAxis(plot.Axes.Left, format);
        plot.YLabel(valueAxis);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;

        var description = new StringBuilder($"Bar chart of {valueAxis}, one bar per category.");
        foreach (var (label, value) in bars)
        {
            description.Append(' ').Append(label).Append(": ").Append(format.Format(value)).Append('.');
        }

        return Render(plot, title, description.ToString(), Width, Height);
    }

    /// <summary>
    /// Horizontal funnel bars: one row per stage from the top down, each with its count and its
    /// step rate (the count over the previous stage's count); the largest count gets the longest bar.
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="stages">The stages from the top of the funnel down; counts are not negative.</param>
    /// <param name="counts">How the counts and the ticks are written, for example <c>new ValueFormat("N0", culture)</c>.</param>
    /// <param name="rates">How the step rates are written, for example <c>new ValueFormat("P1", culture)</c>.</param>
    public static SvgChart Funnel(string title, IReadOnlyList<(string Stage, long Count)> stages, ValueFormat counts, ValueFormat rates)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(rates);
        if (stages.Count == 0)
        {
            throw new ArgumentException("A funnel needs at least one stage.", nameof(stages));
        }

        foreach (var (stage, count) in stages)
        {
            RequireLabel(stage, nameof(stages));
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(stages), count, $"Stage \"{stage}\" has a negative count.");
            }
        }

        var labels = stages.Select((s, i) => i == 0 ? counts.Format(s.Count)
            : stages[i - 1].Count == 0 ? $"{counts.Format(s.Count)} (previous stage is 0)"
            : $"{counts.Format(s.Count)} · {rates.Format((decimal)s.Count / stages[i - 1].Count)} of previous").ToList();
        var max = Math.Max(1, stages.Max(s => s.Count));
        var plot = NewPlot(title);
        var row = (int i) => stages.Count - 1 - i;
        var barPlot = plot.Add.Bars(stages.Select((s, i) => new Bar
        {
            Position = row(i),
            Value = s.Count,
            Label = labels[i],
            FillColor = Positive,
            LineWidth = 0,
            Size = 0.6,
        }).ToList());
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 13;

        plot.Axes.SetLimitsX(0, max * 1.55);
        plot.Axes.SetLimitsY(-0.6, stages.Count - 0.4);
        plot.Axes.Left.SetTicks([.. stages.Select((_, i) => (double)row(i))], [.. stages.Select(s => s.Stage)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        FormatValueAxis(plot.Axes.Bottom, counts);
        plot.XLabel("Count");
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        var description = new StringBuilder("Funnel, one bar per stage, the longest for the largest count.");
        for (var i = 0; i < stages.Count; i++)
        {
            description.Append(' ').Append(stages[i].Stage).Append(": ").Append(labels[i]).Append('.');
        }

        return Render(plot, title, description.ToString(), Width, 120 + (stages.Count * 56));
    }

    /// <summary>
    /// A cohort retention heatmap: one row per cohort (the oldest on top), one column per offset,
    /// each cell coloured from its rate (light for 0, dark for 1 and more) and showing the rate; a
    /// cell without data is left blank.
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="offsetAxis">The label of the offset axis, for example "Months since the first order".</param>
    /// <param name="offsets">The column headers, for example "M0", "M1", ...</param>
    /// <param name="cohorts">The rows, oldest first; a row has at most one rate per offset.</param>
    /// <param name="rates">How the rates are written, for example <c>new ValueFormat("P0", culture)</c>.</param>
    public static SvgChart RetentionHeatmap(string title, string offsetAxis, IReadOnlyList<string> offsets, IReadOnlyList<CohortRow> cohorts, ValueFormat rates)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        foreach (var cohort in cohorts)
        {
            ArgumentNullException.ThrowIfNull(cohort, nameof(cohorts));
        }

        return Grid(
            title,
            offsetAxis,
            "Cohort",
            offsets,
            [.. cohorts.Select(c => new HeatmapRow(c.Cohort, c.Rates))],
            rates,
            nameof(offsets),
            nameof(cohorts),
            "Cohort",
            "rate",
            $"Retention heatmap, one row per cohort, one column per offset ({string.Join(", ", offsets ?? [])}).");
    }

    /// <summary>
    /// A heatmap of shares or probabilities: one row per label (the first on top), one column per
    /// label, each cell coloured from its value (light for 0, dark for 1 and more) and showing the
    /// value; a cell without a value is left blank.
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="columnAxis">The label of the column axis, for example "Weeks from the first to the last purchase".</param>
    /// <param name="rowAxis">The label of the row axis, for example "Repeat purchases".</param>
    /// <param name="columns">The column headers.</param>
    /// <param name="rows">The rows, top first; a row has at most one value per column, none negative.</param>
    /// <param name="values">How the values are written, for example <c>new ValueFormat("P0", culture)</c>.</param>
    public static SvgChart Heatmap(string title, string columnAxis, string rowAxis, IReadOnlyList<string> columns, IReadOnlyList<HeatmapRow> rows, ValueFormat values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rowAxis);
        return Grid(
            title,
            columnAxis,
            rowAxis,
            columns,
            rows,
            values,
            nameof(columns),
            nameof(rows),
            "Row",
            "value",
            $"Heatmap, rows: {rowAxis} ({string.Join(", ", rows?.Select(r => r?.Label) ?? [])}); columns: {columnAxis} ({string.Join(", ", columns ?? [])}).");
    }

    private static SvgChart Grid(
        string title,
        string columnAxis,
        string rowAxis,
        IReadOnlyList<string> columns,
        IReadOnlyList<HeatmapRow> rows,
        ValueFormat values,
        string columnsName,
        string rowsName,
        string rowNoun,
        string valueNoun,
        string summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(columnAxis);
        ArgumentNullException.ThrowIfNull(columns, columnsName);
        ArgumentNullException.ThrowIfNull(rows, rowsName);
        ArgumentNullException.ThrowIfNull(values);
        if (columns.Count == 0 || rows.Count == 0)
        {
            throw new ArgumentException($"A heatmap needs at least one {columnsName.TrimEnd('s')} and one {rowsName.TrimEnd('s')}.", columns.Count == 0 ? columnsName : rowsName);
        }

        foreach (var column in columns)
        {
            RequireLabel(column, columnsName);
        }

        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, rowsName);
            RequireLabel(row.Label, rowsName);
            ArgumentNullException.ThrowIfNull(row.Values, rowsName);
            if (row.Values.Count > columns.Count)
            {
                throw new ArgumentException($"{rowNoun} \"{row.Label}\" has {row.Values.Count} {valueNoun}s for {columns.Count} {columnsName}.", rowsName);
            }

            if (row.Values.Any(r => r < 0))
            {
                throw new ArgumentOutOfRangeException(rowsName, $"{rowNoun} \"{row.Label}\" has a negative {valueNoun}.");
            }
        }

        var plot = NewPlot(title);
        var colormap = new ScottPlot.Colormaps.Blues();
        var description = new StringBuilder(summary);
        for (var c = 0; c < rows.Count; c++)
        {
            var y = rows.Count - 1 - c;
            description.Append(' ').Append(rows[c].Label).Append(':');
            for (var k = 0; k < rows[c].Values.Count; k++)
            {
                if (rows[c].Values[k] is not { } value)
                {
                    continue;
                }

                // Dark for 1, light for 0; ScottPlot's Blues runs from dark (0) to light (1), and
                // 0.92 at most keeps a 0 % cell visible against the page.
                var shade = 0.08 + (0.92 * Math.Min(1.0, (double)value));
                var cell = plot.Add.Rectangle(k - 0.5, k + 0.5, y - 0.5, y + 0.5);
                cell.FillColor = colormap.GetColor(1 - shade);
                cell.LineColor = Colors.White;
                cell.LineWidth = 1;
                var text = plot.Add.Text(values.Format(value), k, y);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 11;
                text.LabelFontColor = shade > 0.55 ? Colors.White : Colors.Black;
                description.Append(' ').Append(columns[k]).Append(' ').Append(values.Format(value)).Append(k + 1 < rows[c].Values.Count ? "," : string.Empty);
            }

            description.Append('.');
        }

        plot.Axes.SetLimits(-0.5, columns.Count - 0.5, -0.5, rows.Count - 0.5);
        plot.Axes.Bottom.SetTicks([.. columns.Select((_, k) => (double)k)], [.. columns]);
        plot.Axes.Left.SetTicks([.. rows.Select((_, c) => (double)(rows.Count - 1 - c))], [.. rows.Select(r => r.Label)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.XLabel(columnAxis);
        plot.YLabel(rowAxis);
        plot.HideGrid();

        return Render(plot, title, description.ToString(), 140 + (columns.Count * 56), 140 + (rows.Count * 30));
    }

    /// <summary>
    /// Lines over shared x labels, with an optional shaded band (a target's tolerance); a line
    /// breaks where its value is null, and a zero line is drawn when the value axis crosses zero.
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="xAxis">The label of the x axis, for example "Week".</param>
    /// <param name="valueAxis">The label of the value axis, for example "Cost per lead".</param>
    /// <param name="xLabels">The x labels, left to right.</param>
    /// <param name="series">The lines, each with one value per x label.</param>
    /// <param name="band">The band, with one lower and one upper bound per x label, or null.</param>
    /// <param name="format">How the values and the ticks are written.</param>
    public static SvgChart Lines(string title, string xAxis, string valueAxis, IReadOnlyList<string> xLabels, IReadOnlyList<LineSeries> series, ToleranceBand? band, ValueFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(xAxis);
        ArgumentException.ThrowIfNullOrWhiteSpace(valueAxis);
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(format);
        if (xLabels.Count < 2)
        {
            throw new ArgumentException("A line chart needs at least two x labels.", nameof(xLabels));
        }

        if (series.Count == 0)
        {
            throw new ArgumentException("A line chart needs at least one line.", nameof(series));
        }

        foreach (var line in series)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(series));
            RequireLabel(line.Name, nameof(series));
            if (line.Values.Count != xLabels.Count)
            {
                throw new ArgumentException($"Line \"{line.Name}\" has {line.Values.Count} values for {xLabels.Count} x labels.", nameof(series));
            }
        }

        if (band is not null)
        {
            RequireLabel(band.Name, nameof(band));
            if (band.Lower.Count != xLabels.Count || band.Upper.Count != xLabels.Count)
            {
                throw new ArgumentException($"Band \"{band.Name}\" needs {xLabels.Count} lower and upper bounds.", nameof(band));
            }

            if (band.Lower.Zip(band.Upper).Any(b => b.First > b.Second))
            {
                throw new ArgumentException($"Band \"{band.Name}\" has a lower bound above its upper bound.", nameof(band));
            }
        }

        var plot = NewPlot(title);
        var xs = xLabels.Select((_, i) => (double)i).ToArray();
        var description = new StringBuilder($"Line chart of {valueAxis} by {xAxis} ({xLabels[0]} to {xLabels[^1]}).");
        if (band is not null)
        {
            var fill = plot.Add.FillY(xs, [.. band.Lower.Select(v => (double)v)], [.. band.Upper.Select(v => (double)v)]);
            fill.FillColor = Band;
            fill.LineWidth = 0;
            fill.LegendText = band.Name;
            description.Append(' ').Append(band.Name).Append(": from ").Append(format.Format(band.Lower[0])).Append('–').Append(format.Format(band.Upper[0]))
                .Append(" to ").Append(format.Format(band.Lower[^1])).Append('–').Append(format.Format(band.Upper[^1])).Append('.');
        }

        var all = series.SelectMany(s => s.Values.OfType<decimal>()).Concat(band?.Lower ?? []).Concat(band?.Upper ?? []).Select(v => (double)v).ToList();
        if (all.Count > 0 && all.Min() < 0 && all.Max() > 0)
        {
            var zero = plot.Add.HorizontalLine(0);
            zero.LineColor = Colors.Black.WithAlpha(0.6);
            zero.LineWidth = 1;
        }

        for (var s = 0; s < series.Count; s++)
        {
            var line = series[s];
            var scatter = plot.Add.Scatter(xs, [.. line.Values.Select(v => v is { } value ? (double)value : double.NaN)]);
            scatter.LegendText = line.Name;
            scatter.Color = SeriesColors[s % SeriesColors.Length];
            scatter.LineWidth = 2;
            scatter.MarkerSize = line.Dashed ? 0 : 5;
            scatter.LinePattern = line.Dashed ? LinePattern.Dashed : LinePattern.Solid;
            description.Append(' ').Append(line.Name).Append(": ")
                .AppendJoin(", ", line.Values.Select((v, i) => $"{xLabels[i]} {(v is { } value ? format.Format(value) : "no value")}")).Append('.');
        }

        var step = (int)Math.Ceiling(xLabels.Count / 14.0);
        plot.Axes.Bottom.SetTicks([.. xs.Where((_, i) => i % step == 0)], [.. xLabels.Where((_, i) => i % step == 0)]);
        FormatValueAxis(plot.Axes.Left, format);
        plot.XLabel(xAxis);
        plot.YLabel(valueAxis);
        plot.Axes.Margins(horizontal: 0.03, vertical: 0.1);
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 13;

        return Render(plot, title, description.ToString(), Width, Height + 30);
    }

    /// <summary>
    /// A waterfall: how a total moved from an opening to a closing value. The opening and closing
    /// values are bars from zero; each change between them floats from the running total before it to
    /// the running total after it, rising in green or falling in red, joined by thin dashed connectors.
    /// Every bar is labelled above it (the changes with their sign), and the closing value is the
    /// opening plus the changes, computed here so that it cannot disagree with them.
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="valueAxis">The label of the value axis, for example "MRR".</param>
    /// <param name="opening">The label and value of the opening bar, for example ("Opening MRR", 10 000).</param>
    /// <param name="changes">The changes, left to right, each with its label: positive rises, negative falls.</param>
    /// <param name="closingLabel">The label of the closing bar, for example "Closing MRR".</param>
    /// <param name="format">How the values and the ticks are written; a rise's label gets a leading "+".</param>
    public static SvgChart Waterfall(string title, string valueAxis, (string Label, decimal Value) opening, IReadOnlyList<(string Label, decimal Change)> changes, string closingLabel, ValueFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(valueAxis);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentException.ThrowIfNullOrWhiteSpace(closingLabel);
        ArgumentNullException.ThrowIfNull(format);
        RequireLabel(opening.Label, nameof(opening));
        if (changes.Count == 0)
        {
            throw new ArgumentException("A waterfall needs at least one change between its opening and closing bars.", nameof(changes));
        }

        foreach (var (label, _) in changes)
        {
            RequireLabel(label, nameof(changes));
        }

        // The running total before and after each change, in decimal: the closing bar is exactly the sum.
        var steps = new List<(string Label, decimal From, decimal To, string Text, Color Fill)> { (opening.Label, 0m, opening.Value, format.Format(opening.Value), Positive) };
        var running = opening.Value;
        foreach (var (label, change) in changes)
        {
            var text = change > 0 ? "+" + format.Format(change) : format.Format(change);
            steps.Add((label, running, running + change, text, change < 0 ? Negative : Rise));
            running += change;
        }

        steps.Add((closingLabel, 0m, running, format.Format(running), Positive));

        var plot = NewPlot(title);
        plot.Add.Bars(steps.Select((s, i) => new Bar
        {
            Position = i,
            ValueBase = (double)s.From,
            Value = (double)s.To,
            FillColor = s.Fill,
            LineWidth = 0,
            Size = 0.7,
        }).ToList());

        var values = steps.SelectMany(s => new[] { (double)s.From, (double)s.To }).ToList();
        var (low, high) = (Math.Min(0, values.Min()), Math.Max(0, values.Max()));
        var headroom = (high - low == 0 ? 1 : high - low) * 0.12;
        for (var i = 0; i < steps.Count; i++)
        {
            // Each label sits above its bar's top, whichever way the bar goes.
            var label = plot.Add.Text(steps[i].Text, i, (double)Math.Max(steps[i].From, steps[i].To));
            label.LabelAlignment = Alignment.LowerCenter;
            label.LabelFontSize = 13;
            label.LabelBold = true;
            label.LabelOffsetY = -4;
            if (i + 1 < steps.Count)
            {
                var level = (double)steps[i].To;
                var connector = plot.Add.Line(i + 0.35, level, i + 0.65, level);
                connector.LineColor = Colors.Black.WithAlpha(0.5);
                connector.LineWidth = 1;
                connector.LinePattern = LinePattern.Dashed;
            }
        }

        plot.Axes.SetLimitsY(low < 0 ? low - headroom : 0, high > 0 ? high + headroom : headroom);
        plot.Axes.SetLimitsX(-0.6, steps.Count - 0.4);
        plot.Axes.Bottom.SetTicks([.. steps.Select((_, i) => (double)i)], [.. steps.Select(s => s.Label)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        FormatValueAxis(plot.Axes.Left, format);
        plot.YLabel(valueAxis);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;

        var description = new StringBuilder($"Waterfall of {valueAxis}, from the opening bar through each change to the closing bar.");
        foreach (var step in steps)
        {
            description.Append(' ').Append(step.Label).Append(": ").Append(step.Text).Append('.');
        }

        return Render(plot, title, description.ToString(), Width, Height);
    }

    private static Plot NewPlot(string title)
    {
        RequireFont();
        var plot = new Plot();
        plot.Font.Set(FontFamily);
        plot.Title(title, size: 17);
        plot.Axes.Title.Label.Bold = false;
        plot.Axes.Bottom.Label.FontSize = 14;
        plot.Axes.Left.Label.FontSize = 14;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        return plot;
    }

    private static void FormatValueAxis(IAxis axis, ValueFormat format) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = format.FormatTick, MinorTickGenerator = new ScottPlot.TickGenerators.EvenlySpacedMinorTickGenerator(1) };

    private static SvgChart Render(Plot plot, string title, string description, int width, int height) =>
        SvgChart.FromScottPlot(title, description, plot.GetSvgXml(width, height), width, height);

    // SkiaSharp silently substitutes another font for a missing one, which moves every text: refuse instead.
    private static void RequireFont()
    {
        using var typeface = SKFontManager.Default.MatchFamily(FontFamily);
        if (typeface is null || !string.Equals(typeface.FamilyName, FontFamily, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The charts need the font \"{FontFamily}\" (Debian: apt-get install fonts-dejavu-core).");
        }
    }

    private static void RequireLabel(string label, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            throw new ArgumentException("Every label must have text.", parameterName);
        }
    }
}
