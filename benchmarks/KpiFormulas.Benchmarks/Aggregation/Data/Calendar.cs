using System;
using System.Globalization;

namespace KpiFormulas.Benchmarks.Aggregation.Data;

/// <summary>The year every generated data set covers, and the month and ISO-week lookups the hand loops use.</summary>
internal static class Calendar
{
    /// <summary>The first day of the data: 2025-01-01.</summary>
    public static readonly DateOnly FirstDay = new(2025, 1, 1);

    /// <summary>Days covered: the whole of 2025.</summary>
    public const int Days = 365;

    /// <summary>Month index (0 = January 2025) of each day, by <c>DayNumber - FirstDay.DayNumber</c>.</summary>
    public static readonly byte[] MonthOfDay = BuildMonths();

    /// <summary>ISO week index of each day (0 = 2025-W01, which starts on Monday 2024-12-30; 52 = 2026-W01).</summary>
    public static readonly byte[] WeekOfDay = BuildWeeks();

    /// <summary>Number of ISO weeks the year's days fall in (2025-W01 .. 2026-W01).</summary>
    public static readonly int Weeks = WeekOfDay[^1] + 1;

    /// <summary>The Monday that starts ISO week index 0.</summary>
    public static readonly DateOnly FirstWeekMonday = DateOnly.FromDateTime(ISOWeek.ToDateTime(2025, 1, DayOfWeek.Monday));

    /// <summary>The date of a day index.</summary>
    public static DateOnly Day(int index) => FirstDay.AddDays(index);

    private static byte[] BuildMonths()
    {
        var months = new byte[Days];
        for (var d = 0; d < Days; d++)
        {
            var date = FirstDay.AddDays(d);
            months[d] = (byte)(((date.Year - FirstDay.Year) * 12) + date.Month - 1);
        }

        return months;
    }

    private static byte[] BuildWeeks()
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(2025, 1, DayOfWeek.Monday));
        var weeks = new byte[Days];
        for (var d = 0; d < Days; d++)
        {
            weeks[d] = (byte)((FirstDay.AddDays(d).DayNumber - monday.DayNumber) / 7);
        }

        return weeks;
    }
}
