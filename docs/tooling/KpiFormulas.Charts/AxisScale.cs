using System;
using System.Collections.Generic;

namespace KpiFormulas.Charts;

/// <summary>
/// A linear value axis with "nice" bounds: a step of 1, 2, 5 or 10 times a power of ten, chosen for
/// about five intervals, and bounds that are multiples of the step around the data.
/// </summary>
internal readonly record struct AxisScale(decimal Min, decimal Max, decimal Step)
{
    private const int TargetIntervals = 5;

    /// <summary>The nice scale around [<paramref name="min"/>, <paramref name="max"/>], stretched to 0 when <paramref name="includeZero"/>.</summary>
    public static AxisScale Nice(decimal min, decimal max, bool includeZero)
    {
        if (min > max)
        {
            throw new ArgumentException("The minimum is above the maximum.", nameof(min));
        }

        if (includeZero)
        {
            min = Math.Min(min, 0m);
            max = Math.Max(max, 0m);
        }

        if (min == max)
        {
            // A flat series: an axis of one unit (or 10 % of the value) on either side.
            var pad = min == 0m ? 1m : Math.Abs(min) / 10m;
            min = includeZero && min >= 0m ? 0m : min - pad;
            max += pad;
        }

        var step = NiceStep((max - min) / TargetIntervals);
        return new AxisScale(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>, both included.</summary>
    public IReadOnlyList<decimal> Ticks()
    {
        var ticks = new List<decimal>();
        for (var value = Min; value <= Max; value += Step)
        {
            ticks.Add(value);
        }

        return ticks;
    }

    /// <summary>
    /// Maps <paramref name="value"/> linearly from [Min, Max] to [<paramref name="atMin"/>,
    /// <paramref name="atMax"/>] (pass the bottom pixel as atMin for a vertical axis).
    /// </summary>
    public decimal Map(decimal value, decimal atMin, decimal atMax) =>
        atMin + ((value - Min) / (Max - Min) * (atMax - atMin));

    private static decimal NiceStep(decimal rough)
    {
        var magnitude = 1m;
        while (rough >= magnitude * 10m)
        {
            magnitude *= 10m;
        }

        while (rough < magnitude && magnitude > 0.000_000_001m)
        {
            magnitude /= 10m;
        }

        var residual = rough / magnitude;
        var nice = residual <= 1m ? 1m : residual <= 2m ? 2m : residual <= 5m ? 5m : 10m;
        return nice * magnitude;
    }
}
