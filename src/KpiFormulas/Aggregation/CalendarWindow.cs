using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>
/// A run of consecutive calendar periods (ISO weeks, months, quarters or years) and the lookup from
/// a day number to the index of its period: one table read per row instead of a calendar computation.
/// </summary>
internal sealed class CalendarWindow
{
    /// <summary>The most periods a window holds: 1 024 (85 years of months, 19 years of weeks).</summary>
    internal const int MaxPeriods = 1024;

    private readonly ushort[] periodOfDay;

    internal CalendarWindow(Period firstPeriod, int periodCount, string periodName, string countName, bool weeksOnly)
    {
        if (weeksOnly)
        {
            Preconditions.Argument(firstPeriod.Unit == PeriodUnit.IsoWeek, periodName, "The period must be an ISO week (Period.IsoWeek).");
        }
        else
        {
            Preconditions.Argument(
                firstPeriod.Unit is PeriodUnit.IsoWeek or PeriodUnit.Month or PeriodUnit.Quarter or PeriodUnit.Year,
                periodName,
                "The period must be a calendar period: an ISO week, a month, a quarter or a year.");
        }

        Preconditions.InRange(periodCount, 1, MaxPeriods, countName);

        if (!TryOffset(firstPeriod, periodCount - 1, out var last))
        {
            Preconditions.ThrowOutOfRange(countName, periodCount, "The periods from '{0}' must end within the supported calendar; from {1} they do not.", periodName, firstPeriod);
        }

        First = firstPeriod;
        Count = periodCount;
        FirstDay = firstPeriod.Start.DayNumber;
        LastDay = last.End.DayNumber - 1;
        periodOfDay = new ushort[LastDay - FirstDay + 1];
        var period = firstPeriod;
        for (var p = 0; p < periodCount; p++)
        {
            periodOfDay.AsSpan(period.Start.DayNumber - FirstDay, period.Days).Fill((ushort)p);
            if (p + 1 < periodCount)
            {
                period = period.Next();
            }
        }
    }

    internal Period First { get; }

    internal int Count { get; }

    /// <summary>The day number of the first day of the first period.</summary>
    internal int FirstDay { get; }

    /// <summary>The day number of the last day of the last period.</summary>
    internal int LastDay { get; }

    /// <summary>The period index of each day, from <see cref="FirstDay"/>.</summary>
    internal ReadOnlySpan<ushort> PeriodOfDay => periodOfDay;

    internal bool SameAs(CalendarWindow other) => First == other.First && Count == other.Count;

    /// <summary>Checks a batch of day numbers, reporting the first row outside the window.</summary>
    internal void Require(ReadOnlySpan<int> dayNumbers, string paramName)
    {
        var bad = DayNumbers.FirstOutside(dayNumbers, FirstDay, LastDay);
        if (bad >= 0)
        {
            Preconditions.ThrowDayOutside(paramName, bad, dayNumbers[bad], FirstDay, LastDay);
        }
    }

    private static bool TryOffset(Period period, int count, out Period result)
    {
        try
        {
            result = period.Offset(count);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            result = default;
            return false;
        }
    }

    /// <summary>The index of a calendar period of <paramref name="unit"/> holding a date, consecutive across periods.</summary>
    internal static long Ordinal(DateOnly date, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month => (date.Year * 12L) + date.Month - 1,
        PeriodUnit.Quarter => (date.Year * 4L) + ((date.Month - 1) / 3),
        PeriodUnit.Year => date.Year,

        // Day 0 of DateOnly (0001-01-01) is a Monday, so whole weeks since then are ISO weeks.
        _ => date.DayNumber / 7,
    };
}
