using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KpiFormulas.Charts;

/// <summary>
/// The charts the notebooks draw, as standalone SVG 1.1 documents: funnel bars, a cohort retention
/// heatmap, line charts and vertical bar charts. Every number is written in the invariant culture
/// with at most two decimals, so a chart's markup never changes between runs or machines.
/// </summary>
public static class Svg
{
    /// <summary>Default numeric format of values on line and bar charts: thousands separators, up to two decimals.</summary>
    public const string DefaultValueFormat = "#,0.##";

    // Funnel: one row per stage; the largest count gets a bar of FunnelBarWidth.
    internal const decimal FunnelTop = 48m;
    internal const decimal FunnelRowHeight = 32m;
    internal const decimal FunnelBarHeight = 20m;
    internal const decimal FunnelBarWidth = 400m;

    // Heatmap: a header row of offsets, then one row of cells per cohort.
    internal const decimal HeatmapHeaderBaseline = 64m;
    internal const decimal HeatmapTop = 76m;
    internal const decimal HeatmapCellWidth = 64m;
    internal const decimal HeatmapCellHeight = 28m;
    internal const decimal HeatmapCellGap = 2m;

    // Line and bar charts: a PlotWidth x PlotHeight plot area below the title and legend.
    internal const decimal PlotTop = 72m;
    internal const decimal PlotBottom = PlotTop + Layout.PlotHeight;

    /// <summary>
    /// Horizontal funnel bars: one row per stage, in the given order, with the stage's name, its
    /// count and its step rate (the count over the previous stage's count). Bar lengths are
    /// proportional to the counts, the largest count filling the plot.
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="stages">The stages from the top of the funnel down; counts are not negative.</param>
    public static SvgChart FunnelChart(string title, IReadOnlyList<(string Stage, long Count)> stages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(stages);
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

        var max = stages.Max(s => s.Count);
        var plotLeft = Layout.Margin + Layout.WidestText(stages.Select(s => s.Stage), 48m) + 12m;
        var rows = new List<(string Stage, decimal BarWidth, string Count, string? Step)>();
        var description = new StringBuilder("Funnel, one bar per stage, the longest for the largest count.");
        var contentWidth = plotLeft + FunnelBarWidth + Layout.Margin;
        for (var i = 0; i < stages.Count; i++)
        {
            var (stage, count) = stages[i];
            var barWidth = max == 0 ? 0m : (decimal)count / max * FunnelBarWidth;
            var step = i == 0 ? null
                : stages[i - 1].Count == 0 ? "previous stage is 0"
                : $"{Labels.Percent((decimal)count / stages[i - 1].Count)} of previous";
            rows.Add((stage, barWidth, Labels.Count(count), step));
            description.Append(' ').Append(stage).Append(": ").Append(Labels.Count(count));
            description.Append(step is null ? "." : $", {step}.");
            var annotation = step is null ? Labels.Count(count) : $"{Labels.Count(count)} · {step}";
            contentWidth = Math.Max(contentWidth, plotLeft + barWidth + 8m + Layout.TextWidth(annotation) + Layout.Margin);
        }

        var width = Layout.DocumentWidth(contentWidth, title);
        var height = FunnelTop + (stages.Count * FunnelRowHeight) + Layout.Margin;
        var svg = new SvgWriter(title, description.ToString(), width, height);
        svg.Open("g", ("class", "funnel"));
        for (var i = 0; i < rows.Count; i++)
        {
            var (stage, barWidth, count, step) = rows[i];
            var barTop = FunnelTop + (i * FunnelRowHeight) + ((FunnelRowHeight - FunnelBarHeight) / 2m);
            var baseline = barTop + (FunnelBarHeight / 2m) + 4m;
            svg.Text(plotLeft - 8m, baseline, stage, anchor: "end", cssClass: "stage");
            svg.Element("rect", null, ("class", "track"), ("x", plotLeft), ("y", barTop), ("width", FunnelBarWidth), ("height", FunnelBarHeight), ("fill", Palette.Track));
            svg.Element("rect", null, ("class", "bar"), ("x", plotLeft), ("y", barTop), ("width", barWidth), ("height", FunnelBarHeight), ("fill", Palette.Bar));
            if (step is null)
            {
                svg.TextRuns(plotLeft + barWidth + 8m, baseline, "value", (count, "bold", null));
            }
            else
            {
                svg.TextRuns(plotLeft + barWidth + 8m, baseline, "value", (count, "bold", null), ($" · {step}", null, SvgWriter.MutedTextColor));
            }
        }

        return new SvgChart(title, svg.Finish());
    }

    /// <summary>
    /// A cohort retention heatmap: one row per cohort, one column per offset (months or weeks since
    /// the cohort started), each cell coloured from its rate (light for 0 %, dark for 100 % and
    /// more) and showing the rate; a cell without data is left empty.
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="offsets">The column headers, for example "M0", "M1", ...</param>
    /// <param name="cohorts">The rows, oldest first; a row has at most one rate per offset.</param>
    public static SvgChart RetentionHeatmap(string title, IReadOnlyList<string> offsets, IReadOnlyList<CohortRow> cohorts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(cohorts);
        if (offsets.Count == 0 || cohorts.Count == 0)
        {
            throw new ArgumentException("A heatmap needs at least one offset and one cohort.", offsets.Count == 0 ? nameof(offsets) : nameof(cohorts));
        }

        foreach (var offset in offsets)
        {
            RequireLabel(offset, nameof(offsets));
        }

        foreach (var row in cohorts)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(cohorts));
            RequireLabel(row.Cohort, nameof(cohorts));
            ArgumentNullException.ThrowIfNull(row.Rates, nameof(cohorts));
            if (row.Rates.Count > offsets.Count)
            {
                throw new ArgumentException($"Cohort \"{row.Cohort}\" has {row.Rates.Count} rates for {offsets.Count} offsets.", nameof(cohorts));
            }
        }

        var gridLeft = Layout.Margin + Layout.WidestText(cohorts.Select(c => c.Cohort), 48m) + 12m;
        var cellWidth = Math.Max(HeatmapCellWidth, Layout.WidestText(offsets, 0m) + 8m + HeatmapCellGap);
        var width = Layout.DocumentWidth(gridLeft + (offsets.Count * cellWidth) + Layout.Margin, title);
        var height = HeatmapTop + (cohorts.Count * HeatmapCellHeight) + Layout.Margin;

        var description = new StringBuilder("Retention heatmap: rows are cohorts, columns are offsets, each cell the share of the cohort retained; empty cells have no data.");
        foreach (var row in cohorts)
        {
            description.Append(' ').Append(row.Cohort).Append(':');
            for (var j = 0; j < offsets.Count; j++)
            {
                description.Append(j == 0 ? " " : ", ").Append(offsets[j]).Append(' ').Append(RateAt(row, j) is { } rate ? Labels.Percent(rate) : "no data");
            }

            description.Append('.');
        }

        var svg = new SvgWriter(title, description.ToString(), width, height);
        svg.Open("g", ("class", "heatmap"));
        for (var j = 0; j < offsets.Count; j++)
        {
            svg.Text(gridLeft + (j * cellWidth) + ((cellWidth - HeatmapCellGap) / 2m), HeatmapHeaderBaseline, offsets[j], anchor: "middle", cssClass: "offset", fill: SvgWriter.MutedTextColor);
        }

        for (var i = 0; i < cohorts.Count; i++)
        {
            var row = cohorts[i];
            var top = HeatmapTop + (i * HeatmapCellHeight);
            var baseline = top + ((HeatmapCellHeight - HeatmapCellGap) / 2m) + 4m;
            svg.Text(gridLeft - 8m, baseline, row.Cohort, anchor: "end", cssClass: "cohort");
            for (var j = 0; j < offsets.Count; j++)
            {
                var left = gridLeft + (j * cellWidth);
                var (cellW, cellH) = (cellWidth - HeatmapCellGap, HeatmapCellHeight - HeatmapCellGap);
                if (RateAt(row, j) is not { } rate)
                {
                    svg.Element("rect", null, ("class", "cell empty"), ("x", left), ("y", top), ("width", cellW), ("height", cellH), ("fill", Palette.Empty));
                    continue;
                }

                var percent = Labels.Percent(rate);
                svg.Open("rect", ("class", "cell"), ("x", left), ("y", top), ("width", cellW), ("height", cellH), ("fill", Palette.ForRate(rate)));
                svg.Element("title", $"{row.Cohort}, {offsets[j]}: {percent}");
                svg.Close();
                svg.Text(left + ((cellWidth - HeatmapCellGap) / 2m), baseline, percent, anchor: "middle", cssClass: "rate", fill: Palette.TextOnRate(rate), size: 11m);
            }
        }

        return new SvgChart(title, svg.Finish());
    }

    /// <summary>
    /// A line chart of one or more series over shared x labels (months, weeks), with an optional
    /// shaded band (a target's tolerance). The value axis fits the data (it does not start at zero
    /// unless the data reach it); when it spans zero, the zero line is drawn darker, which shows
    /// where a cumulative curve such as a payback curve crosses it.
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="xLabels">The x positions, evenly spaced, in order.</param>
    /// <param name="series">The lines, drawn in order (later ones on top); each has one value or null per x label.</param>
    /// <param name="band">An optional band drawn under the lines, with one lower and upper bound per x label.</param>
    /// <param name="valueFormat">The .NET custom numeric format of the axis and tooltip values, for example "#,0 €" or "0.0 %".</param>
    public static SvgChart LineChart(string title, IReadOnlyList<string> xLabels, IReadOnlyList<LineSeries> series, ToleranceBand? band = null, string valueFormat = DefaultValueFormat)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentException.ThrowIfNullOrWhiteSpace(valueFormat);
        if (xLabels.Count == 0 || series.Count == 0)
        {
            throw new ArgumentException("A line chart needs at least one x label and one series.", xLabels.Count == 0 ? nameof(xLabels) : nameof(series));
        }

        foreach (var label in xLabels)
        {
            RequireLabel(label, nameof(xLabels));
        }

        var values = new List<decimal>();
        foreach (var line in series)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(series));
            RequireLabel(line.Name, nameof(series));
            ArgumentNullException.ThrowIfNull(line.Values, nameof(series));
            if (line.Values.Count != xLabels.Count)
            {
                throw new ArgumentException($"Series \"{line.Name}\" has {line.Values.Count} values for {xLabels.Count} x labels.", nameof(series));
            }

            values.AddRange(line.Values.OfType<decimal>());
        }

        if (band is not null)
        {
            RequireLabel(band.Name, nameof(band));
            ArgumentNullException.ThrowIfNull(band.Lower, nameof(band));
            ArgumentNullException.ThrowIfNull(band.Upper, nameof(band));
            if (band.Lower.Count != xLabels.Count || band.Upper.Count != xLabels.Count)
            {
                throw new ArgumentException($"Band \"{band.Name}\" needs one lower and one upper bound per x label ({xLabels.Count}).", nameof(band));
            }

            for (var i = 0; i < xLabels.Count; i++)
            {
                if (band.Lower[i] > band.Upper[i])
                {
                    throw new ArgumentException($"Band \"{band.Name}\" has its lower bound above its upper bound at {xLabels[i]}.", nameof(band));
                }
            }

            values.AddRange(band.Lower);
            values.AddRange(band.Upper);
        }

        if (values.Count == 0)
        {
            throw new ArgumentException("A line chart needs at least one value.", nameof(series));
        }

        var scale = AxisScale.Nice(values.Min(), values.Max(), includeZero: false);
        var frame = new Frame(title, xLabels, scale, valueFormat, Enumerable.Range(0, xLabels.Count).Select(i => XAt(i, xLabels.Count)).ToList(), xLabels.Count == 1 ? Layout.PlotWidth : Layout.PlotWidth / (xLabels.Count - 1));

        var description = new StringBuilder("Line chart over ").Append(xLabels[0]);
        description.Append(xLabels.Count > 1 ? $" to {xLabels[^1]}." : ".");
        foreach (var line in series)
        {
            description.Append(' ').Append(line.Name).Append(": ");
            description.AppendJoin(", ", line.Values.Select((v, i) => $"{xLabels[i]} {(v is { } value ? Labels.Value(value, valueFormat) : "no value")}"));
            description.Append('.');
        }

        if (band is not null)
        {
            description.Append(' ').Append(band.Name).Append(": ");
            description.AppendJoin(", ", xLabels.Select((x, i) => $"{x} {Labels.Value(band.Lower[i], valueFormat)} to {Labels.Value(band.Upper[i], valueFormat)}"));
            description.Append('.');
        }

        // The legend: a swatch and a name per band and series, in one row.
        var legend = new List<(string Name, string Color, bool Dashed, bool IsBand)>();
        if (band is not null)
        {
            legend.Add((band.Name, Palette.Band, false, true));
        }

        legend.AddRange(series.Select((s, i) => (s.Name, Palette.ForSeries(i), s.Dashed, false)));
        var legendEnd = frame.PlotLeft + legend.Sum(entry => 26m + Layout.TextWidth(entry.Name) + 18m);

        var svg = frame.Start(description.ToString(), Math.Max(frame.Width, legendEnd + Layout.Margin));
        svg.Open("g", ("class", "legend"));
        var x = frame.PlotLeft;
        foreach (var (name, color, dashed, isBand) in legend)
        {
            if (isBand)
            {
                svg.Element("rect", null, ("x", x), ("y", Layout.LegendBaseline - 9m), ("width", 20), ("height", 10), ("fill", color));
            }
            else
            {
                svg.Element("line", null, ("x1", x), ("y1", Layout.LegendBaseline - 4m), ("x2", x + 20m), ("y2", Layout.LegendBaseline - 4m), ("stroke", color), ("stroke-width", 2), ("stroke-dasharray", dashed ? "6 4" : null));
            }

            svg.Text(x + 26m, Layout.LegendBaseline, name);
            x += 26m + Layout.TextWidth(name) + 18m;
        }

        svg.Close();

        if (band is not null)
        {
            var upper = Enumerable.Range(0, xLabels.Count).Select(i => Point(frame.Xs[i], frame.Y(band.Upper[i])));
            var lower = Enumerable.Range(0, xLabels.Count).Reverse().Select(i => Point(frame.Xs[i], frame.Y(band.Lower[i])));
            svg.Open("polygon", ("class", "band"), ("points", string.Join(' ', upper.Concat(lower))), ("fill", Palette.Band));
            svg.Element("title", band.Name);
            svg.Close();
        }

        frame.DrawAxes(svg);

        for (var s = 0; s < series.Count; s++)
        {
            var line = series[s];
            var color = Palette.ForSeries(s);
            svg.Open("g", ("class", "series"), ("stroke", color), ("fill", color));
            svg.Element("title", line.Name);
            var run = new List<string>();
            for (var i = 0; i <= xLabels.Count; i++)
            {
                if (i < xLabels.Count && line.Values[i] is { } value)
                {
                    run.Add(Point(frame.Xs[i], frame.Y(value)));
                    continue;
                }

                // A gap or the end: draw the run so far (a single point is drawn by its marker alone).
                if (run.Count > 1)
                {
                    svg.Element("polyline", null, ("points", string.Join(' ', run)), ("fill", "none"), ("stroke-width", 2), ("stroke-linejoin", "round"), ("stroke-dasharray", line.Dashed ? "6 4" : null));
                }

                run.Clear();
            }

            for (var i = 0; i < xLabels.Count; i++)
            {
                if (line.Values[i] is { } value)
                {
                    svg.Open("circle", ("cx", frame.Xs[i]), ("cy", frame.Y(value)), ("r", 3), ("stroke", "none"));
                    svg.Element("title", $"{line.Name}, {xLabels[i]}: {Labels.Value(value, valueFormat)}");
                    svg.Close();
                }
            }

            svg.Close();
        }

        return new SvgChart(title, svg.Finish());
    }

    /// <summary>
    /// A vertical bar chart: one bar per label, in order, from a zero baseline (negative values go
    /// down and are drawn in a second colour), each bar with its value above (or below) it.
    /// </summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="bars">The bars, left to right.</param>
    /// <param name="valueFormat">The .NET custom numeric format of the values, for example "#,0.00 €".</param>
    public static SvgChart BarChart(string title, IReadOnlyList<(string Label, decimal Value)> bars, string valueFormat = DefaultValueFormat)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentException.ThrowIfNullOrWhiteSpace(valueFormat);
        if (bars.Count == 0)
        {
            throw new ArgumentException("A bar chart needs at least one bar.", nameof(bars));
        }

        foreach (var (label, _) in bars)
        {
            RequireLabel(label, nameof(bars));
        }

        var scale = AxisScale.Nice(bars.Min(b => b.Value), bars.Max(b => b.Value), includeZero: true);
        var slot = Layout.PlotWidth / bars.Count;
        var labels = bars.Select(b => b.Label).ToList();
        var frame = new Frame(title, labels, scale, valueFormat, Enumerable.Range(0, bars.Count).Select(i => (i + 0.5m) * slot).ToList(), slot);
        var barWidth = Math.Min(64m, slot * 0.6m);

        var description = new StringBuilder("Bar chart.");
        foreach (var (label, value) in bars)
        {
            description.Append(' ').Append(label).Append(": ").Append(Labels.Value(value, valueFormat)).Append('.');
        }

        var svg = frame.Start(description.ToString(), frame.Width);
        frame.DrawAxes(svg);
        svg.Open("g", ("class", "bars"));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var top = frame.Y(Math.Max(value, 0m));
            var bottom = frame.Y(Math.Min(value, 0m));
            var text = Labels.Value(value, valueFormat);
            svg.Open("rect", ("class", "bar"), ("x", frame.Xs[i] - (barWidth / 2m)), ("y", top), ("width", barWidth), ("height", bottom - top), ("fill", value < 0m ? Palette.ForSeries(1) : Palette.Bar));
            svg.Element("title", $"{label}: {text}");
            svg.Close();
            svg.Text(frame.Xs[i], value < 0m ? bottom + 14m : top - 6m, text, anchor: "middle", cssClass: "value");
        }

        return new SvgChart(title, svg.Finish());
    }

    private static decimal XAt(int index, int count) =>
        count == 1 ? Layout.PlotWidth / 2m : index * Layout.PlotWidth / (count - 1);

    private static decimal? RateAt(CohortRow row, int offset) => offset < row.Rates.Count ? row.Rates[offset] : null;

    private static string Point(decimal x, decimal y) => $"{SvgWriter.Number(x)},{SvgWriter.Number(y)}";

    private static void RequireLabel(string? label, string parameter)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            throw new ArgumentException("Every label must have text.", parameter);
        }
    }

    /// <summary>
    /// The frame shared by line and bar charts: the value axis on the left with its grid, the x
    /// labels under the plot (every k-th one when they would overlap).
    /// </summary>
    private sealed class Frame
    {
        private readonly string title;
        private readonly IReadOnlyList<string> xLabels;
        private readonly AxisScale scale;
        private readonly List<string> tickLabels;
        private readonly int labelEvery;

        /// <param name="title">The chart's title.</param>
        /// <param name="xLabels">The labels under the plot.</param>
        /// <param name="scale">The value axis.</param>
        /// <param name="valueFormat">The numeric format of the tick labels.</param>
        /// <param name="xs">The x of each label, from the plot's left edge.</param>
        /// <param name="slot">The horizontal room of one label.</param>
        public Frame(string title, IReadOnlyList<string> xLabels, AxisScale scale, string valueFormat, IReadOnlyList<decimal> xs, decimal slot)
        {
            this.title = title;
            this.xLabels = xLabels;
            this.scale = scale;
            tickLabels = scale.Ticks().Select(t => Labels.Value(t, valueFormat)).ToList();
            PlotLeft = Layout.Margin + Layout.WidestText(tickLabels, 40m) + 8m;
            Xs = xs.Select(x => PlotLeft + x).ToList();
            // A label needs its estimated width plus 16 px of air (fonts wider than the estimate exist).
            labelEvery = (int)Math.Max(1m, Math.Ceiling((Layout.WidestText(xLabels, 0m) + 16m) / slot));
            var lastShown = (xLabels.Count - 1) / labelEvery * labelEvery;
            var rightOverhang = Xs[lastShown] + (Layout.TextWidth(xLabels[lastShown]) / 2m) - (PlotLeft + Layout.PlotWidth);
            Width = Layout.DocumentWidth(PlotLeft + Layout.PlotWidth + Math.Max(Layout.Margin, rightOverhang + 4m), title);
        }

        public decimal PlotLeft { get; }

        /// <summary>The absolute x of each label.</summary>
        public List<decimal> Xs { get; }

        public decimal Width { get; }

        public static decimal Height => PlotBottom + 18m + Layout.Margin;

        public decimal Y(decimal value) => scale.Map(value, PlotBottom, PlotTop);

        public SvgWriter Start(string description, decimal width) => new(title, description, width, Height);

        public void DrawAxes(SvgWriter svg)
        {
            var right = PlotLeft + Layout.PlotWidth;
            svg.Open("g", ("class", "axis"));
            var ticks = scale.Ticks();
            for (var i = 0; i < ticks.Count; i++)
            {
                var y = Y(ticks[i]);
                svg.Element("line", null, ("class", "grid"), ("x1", PlotLeft), ("y1", y), ("x2", right), ("y2", y), ("stroke", SvgWriter.GridColor));
                svg.Text(PlotLeft - 8m, y + 4m, tickLabels[i], anchor: "end", cssClass: "tick", fill: SvgWriter.MutedTextColor);
            }

            // The zero line when zero is on the axis, else the bottom edge, in a darker stroke.
            var baseline = scale.Min <= 0m && scale.Max >= 0m ? Y(0m) : PlotBottom;
            svg.Element("line", null, ("class", "baseline"), ("x1", PlotLeft), ("y1", baseline), ("x2", right), ("y2", baseline), ("stroke", SvgWriter.AxisColor));

            for (var i = 0; i < xLabels.Count; i += labelEvery)
            {
                svg.Text(Xs[i], PlotBottom + 18m, xLabels[i], anchor: "middle", cssClass: "x", fill: SvgWriter.MutedTextColor);
            }

            svg.Close();
        }
    }
}
