using System;
using System.Runtime.InteropServices;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.CALLS</c>: the catalogue's <see cref="KpiIds.Calls"/>, the calls dated within a period.</summary>
    /// <param name="eventDates">The date of each event: a range of dates (the time of day is ignored).</param>
    /// <param name="period">The period as ISO text ("2026-03", "2026-Q1", "2026-W10", "2026", "2026-03-01/P30D"), or its first day as a date.</param>
    /// <param name="lastDay">The last day counted, included, when period is a date; optional: that day alone when left out.</param>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.CALLS", KpiId = KpiIds.Calls)]
    public static object Calls(object?[,] eventDates, object? period, [Optional] object? lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.EMAILS_SENT</c>: the catalogue's <see cref="KpiIds.EmailsSent"/>, the emails sent dated within a period.</summary>
    /// <inheritdoc cref="Calls(object?[,], object?, object?)" path="/param"/>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.EMAILS_SENT", KpiId = KpiIds.EmailsSent)]
    public static object EmailsSent(object?[,] eventDates, object? period, [Optional] object? lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.MEETINGS_HELD</c>: the catalogue's <see cref="KpiIds.MeetingsHeld"/>, the meetings held dated within a period.</summary>
    /// <inheritdoc cref="Calls(object?[,], object?, object?)" path="/param"/>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.MEETINGS_HELD", KpiId = KpiIds.MeetingsHeld)]
    public static object MeetingsHeld(object?[,] eventDates, object? period, [Optional] object? lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.OPPORTUNITIES_CREATED</c>: the catalogue's <see cref="KpiIds.OpportunitiesCreated"/>, the opportunities created dated within a period.</summary>
    /// <inheritdoc cref="Calls(object?[,], object?, object?)" path="/param"/>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.OPPORTUNITIES_CREATED", KpiId = KpiIds.OpportunitiesCreated)]
    public static object OpportunitiesCreated(object?[,] eventDates, object? period, [Optional] object? lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.LEADS_CONTACTED</c>: the catalogue's <see cref="KpiIds.LeadsContacted"/>, the leads contacted dated within a period.</summary>
    /// <inheritdoc cref="Calls(object?[,], object?, object?)" path="/param"/>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.LEADS_CONTACTED", KpiId = KpiIds.LeadsContacted)]
    public static object LeadsContacted(object?[,] eventDates, object? period, [Optional] object? lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.QUALIFIED_MEETINGS</c>: the catalogue's <see cref="KpiIds.QualifiedMeetings"/>, the qualified meetings (SQL) dated within a period.</summary>
    /// <inheritdoc cref="Calls(object?[,], object?, object?)" path="/param"/>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.QUALIFIED_MEETINGS", KpiId = KpiIds.QualifiedMeetings)]
    public static object QualifiedMeetings(object?[,] eventDates, object? period, [Optional] object? lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    private delegate long EventCount(ReadOnlySpan<DateOnly> eventDates, Period period);

    private static object Count(EventCount count, object?[,] eventDates, object? period, object? lastDay) =>
        Run(() =>
        {
            var within = ReadPeriod(period, lastDay);
            return (double)count([.. Cells.List(eventDates, RangeOf.Numbers, Cells.Day)], within);
        });

    /// <summary>
    /// A period from ISO text (<c>2026-03</c>, <c>2026-Q1</c>...; then <paramref name="lastDay"/> must be
    /// left out), or from a first day and a last day, both included (the first day alone when the last is
    /// left out or blank, as ISO text of one date is one day). Text in <paramref name="period"/> is always
    /// read as ISO text, so <c>"2026"</c> is the year 2026, never the date serial 2026.
    /// </summary>
    private static Period ReadPeriod(object? period, object? lastDay)
    {
        var single = Cells.Single(period);
        if (single is string text && text.Length > 0 && !WorksheetErrors.IsError(text))
        {
            if (Cells.TextOrNull(lastDay) is not null || !Period.TryParse(text.Trim(), null, out var parsed))
            {
                throw new CellException(WorksheetErrors.Value);
            }

            return parsed;
        }

        var first = Cells.Day(single);
        var end = Cells.Single(lastDay);
        var last = Cells.IsNothing(end) ? first : Cells.Day(end);
        return last < first || last == DateOnly.MaxValue
            ? throw new CellException(WorksheetErrors.Value)
            : new Period(first, last.AddDays(1));
    }
}
