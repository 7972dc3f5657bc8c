using System;
using KpiFormulas.Formulas;

namespace KpiFormulas.Worksheet;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.CALLS</c>: the calls dated within a period (catalogue id <c>calls</c>).</summary>
    /// <param name="eventDates">The date of each call (blank cells skipped; the time of day is ignored).</param>
    /// <param name="period">The period: ISO text (<c>"2026-03"</c>, <c>"2026-Q1"</c>, <c>"2026-W10"</c>, <c>"2026"</c>, <c>"2026-03-01/P30D"</c>), or its first day as a date.</param>
    /// <param name="lastDay">The last day counted, included, when <paramref name="period"/> is a date (that day alone when left out); left out for ISO text.</param>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.CALLS", "Calls made in a period: the dates of a range that fall in it.")]
    public static object Calls(
        [WorksheetArgument("event_dates", "The date of each call (a range).")] object[,] eventDates,
        [WorksheetArgument("period", "\"2026-03\", \"2026-Q1\", \"2026-W10\", \"2026\", \"2026-03-01/P30D\", or the first day as a date.")] object period,
        [WorksheetArgument("last_day", "The last day counted, included, when period is a date; optional: that day alone when left out.")] object lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.EMAILS_SENT</c>: the emails sent dated within a period (catalogue id <c>emails_sent</c>).</summary>
    /// <param name="eventDates">The date of each email sent.</param>
    /// <param name="period">The period, as for <see cref="Calls(object[,], object, object)"/>.</param>
    /// <param name="lastDay">The last day counted when <paramref name="period"/> is a date.</param>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.EMAILS_SENT", "Emails sent in a period: the dates of a range that fall in it.")]
    public static object EmailsSent(
        [WorksheetArgument("event_dates", "The date of each email sent (a range).")] object[,] eventDates,
        [WorksheetArgument("period", "\"2026-03\", \"2026-Q1\", \"2026-W10\", \"2026\", \"2026-03-01/P30D\", or the first day as a date.")] object period,
        [WorksheetArgument("last_day", "The last day counted, included, when period is a date; optional: that day alone when left out.")] object lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.MEETINGS_HELD</c>: the meetings held dated within a period (catalogue id <c>meetings_held</c>).</summary>
    /// <param name="eventDates">The date of each meeting held.</param>
    /// <param name="period">The period, as for <see cref="Calls(object[,], object, object)"/>.</param>
    /// <param name="lastDay">The last day counted when <paramref name="period"/> is a date.</param>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.MEETINGS_HELD", "Meetings held in a period: the dates of a range that fall in it.")]
    public static object MeetingsHeld(
        [WorksheetArgument("event_dates", "The date of each meeting held (a range).")] object[,] eventDates,
        [WorksheetArgument("period", "\"2026-03\", \"2026-Q1\", \"2026-W10\", \"2026\", \"2026-03-01/P30D\", or the first day as a date.")] object period,
        [WorksheetArgument("last_day", "The last day counted, included, when period is a date; optional: that day alone when left out.")] object lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.OPPORTUNITIES_CREATED</c>: the opportunities created dated within a period (catalogue id <c>opportunities_created</c>).</summary>
    /// <param name="eventDates">The date of each opportunity created.</param>
    /// <param name="period">The period, as for <see cref="Calls(object[,], object, object)"/>.</param>
    /// <param name="lastDay">The last day counted when <paramref name="period"/> is a date.</param>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.OPPORTUNITIES_CREATED", "Opportunities created in a period: the dates of a range that fall in it.")]
    public static object OpportunitiesCreated(
        [WorksheetArgument("event_dates", "The date of each opportunity created (a range).")] object[,] eventDates,
        [WorksheetArgument("period", "\"2026-03\", \"2026-Q1\", \"2026-W10\", \"2026\", \"2026-03-01/P30D\", or the first day as a date.")] object period,
        [WorksheetArgument("last_day", "The last day counted, included, when period is a date; optional: that day alone when left out.")] object lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.LEADS_CONTACTED</c>: the leads contacted dated within a period (catalogue id <c>leads_contacted</c>).</summary>
    /// <param name="eventDates">The date of each lead contacted.</param>
    /// <param name="period">The period, as for <see cref="Calls(object[,], object, object)"/>.</param>
    /// <param name="lastDay">The last day counted when <paramref name="period"/> is a date.</param>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.LEADS_CONTACTED", "Leads contacted in a period: the dates of a range that fall in it.")]
    public static object LeadsContacted(
        [WorksheetArgument("event_dates", "The date each lead was contacted (a range).")] object[,] eventDates,
        [WorksheetArgument("period", "\"2026-03\", \"2026-Q1\", \"2026-W10\", \"2026\", \"2026-03-01/P30D\", or the first day as a date.")] object period,
        [WorksheetArgument("last_day", "The last day counted, included, when period is a date; optional: that day alone when left out.")] object lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    /// <summary><c>KPI.QUALIFIED_MEETINGS</c>: the qualified meetings (SQL) dated within a period (catalogue id <c>qualified_meetings</c>).</summary>
    /// <param name="eventDates">The date of each qualified meeting.</param>
    /// <param name="period">The period, as for <see cref="Calls(object[,], object, object)"/>.</param>
    /// <param name="lastDay">The last day counted when <paramref name="period"/> is a date.</param>
    /// <returns>How many dates fall in the period.</returns>
    [WorksheetFunction("KPI.QUALIFIED_MEETINGS", "Qualified meetings (SQL) booked in a period: the dates of a range that fall in it.")]
    public static object QualifiedMeetings(
        [WorksheetArgument("event_dates", "The date of each qualified meeting (a range).")] object[,] eventDates,
        [WorksheetArgument("period", "\"2026-03\", \"2026-Q1\", \"2026-W10\", \"2026\", \"2026-03-01/P30D\", or the first day as a date.")] object period,
        [WorksheetArgument("last_day", "The last day counted, included, when period is a date; optional: that day alone when left out.")] object lastDay) =>
        Count(Activity.CountInPeriod, eventDates, period, lastDay);

    private delegate long EventCount(ReadOnlySpan<DateOnly> eventDates, Period period);

    private static object Count(EventCount count, object[,] eventDates, object period, object lastDay) =>
        Run(() =>
        {
            var within = ReadPeriod(period, lastDay);
            return (double)count([.. Cells.List(eventDates, Cells.Day)], within);
        });

    /// <summary>
    /// A period from ISO text (<c>2026-03</c>, <c>2026-Q1</c>...; then <paramref name="lastDay"/> must be
    /// left out), or from a first day and a last day, both included (the first day alone when the last is
    /// left out or blank, as ISO text of one date is one day).
    /// </summary>
    private static Period ReadPeriod(object? period, object? lastDay)
    {
        var single = Cells.Single(period);
        if (single is string text && text.Length > 0 && !WorksheetErrors.IsError(text))
        {
            if (Cells.TextOrNull(lastDay) is not null || !Period.TryParse(text, null, out var parsed))
            {
                throw new CellException(WorksheetErrors.Value);
            }

            return parsed;
        }

        var first = Cells.Day(single);
        var end = Cells.Single(lastDay);
        var last = Cells.IsMissing(end) || Cells.IsBlank(end) ? first : Cells.Day(end);
        return last < first || last == DateOnly.MaxValue
            ? throw new CellException(WorksheetErrors.Value)
            : new Period(first, last.AddDays(1));
    }
}
