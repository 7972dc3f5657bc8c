using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Numerics;
using System.Runtime.InteropServices;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Activity KPIs (catalogue section 7, « KPI d'activité »): plain counts of sales actions (calls,
/// emails, meetings, opportunities, leads contacted, qualified meetings) per period, per person or
/// team. They measure effort, not its quality, and feed the conversion rates of <see cref="Conversion"/>.
/// </summary>
/// <remarks>
/// <para>Every count is one formula, the number of events whose date falls in the period, and one
/// call: <see cref="CountInPeriod(ReadOnlySpan{DateOnly}, Period)"/>, whatever the events are (calls,
/// emails, meetings...). The catalogue ids <c>calls</c>, <c>emails_sent</c>, <c>meetings_held</c>,
/// <c>opportunities_created</c>, <c>leads_contacted</c> and <c>qualified_meetings</c> all point to it;
/// they differ by the events counted, not by the calculation. Periods are half-open,
/// <c>[Start, End)</c>: an event on <see cref="Period.End"/> belongs to the next period.</para>
/// <para>A count always exists: no event is a count of 0, a real zero, not an undefined result (a
/// count has no denominator). So these methods return <see cref="long"/> directly, not a
/// <see cref="KpiResult{T}"/>.</para>
/// <para>Grouping: <see cref="CountByPeriod(ReadOnlySpan{DateOnly}, PeriodUnit)"/> counts per week, month,
/// quarter or year; <see cref="CountByPersonAndPeriod{TPerson}(IEnumerable{ValueTuple{TPerson, DateOnly}}, PeriodUnit)"/>
/// per person (or team) and period, with totals both ways. The counts by period always add up to
/// the number of events.</para>
/// <para>A sales development representative (SDR), who books meetings for the sales reps, is
/// followed on leads contacted and, above all, on qualified meetings booked.</para>
/// </remarks>
public static partial class Activity
{
    /// <summary>
    /// The number of events whose date falls in a period: the one formula behind every activity
    /// count (« nombre de ... sur la période »).
    /// </summary>
    /// <param name="eventDates">The date of each event (one entry per call, email, meeting...), in any order.</param>
    /// <param name="period">The period, <c>[Start, End)</c>.</param>
    /// <returns>How many dates fall in <paramref name="period"/>; 0 when none does.</returns>
    /// <remarks>
    /// <para>Formula: #{ event : period.Start ≤ date &lt; period.End }. Unit: count. Direction: higher
    /// means more effort (these are activity metrics, which measure effort, not KPIs, which measure results).</para>
    /// <para>Allocation-free; vectorised where the hardware allows, with the same result as a plain loop.</para>
    /// <para>Used by the ids <c>calls</c>, <c>emails_sent</c>, <c>meetings_held</c>,
    /// <c>opportunities_created</c>, <c>leads_contacted</c> and <c>qualified_meetings</c>.</para>
    /// </remarks>
    /// <example>The dates come as a span, so an array, a collection expression or a list is counted without a copy:
    /// <code>
    /// List&lt;DateOnly&gt; callDates = LoadCallDates();
    /// Activity.CountInPeriod(CollectionsMarshal.AsSpan(callDates), Period.Month(2026, 3));
    /// </code></example>
    /// <example>
    /// <code>
    /// DateOnly[] calls = [new(2026, 3, 2), new(2026, 3, 2), new(2026, 3, 31), new(2026, 4, 1)];
    /// Activity.CountInPeriod(calls, Period.Month(2026, 3)); // 3 (1 April is the next month)
    /// </code>
    /// </example>
    public static long CountInPeriod(ReadOnlySpan<DateOnly> eventDates, Period period)
    {
        // DateOnly is a single int, its day number: compare day numbers as unsigned offsets from
        // the start, so one comparison tests both bounds.
        var days = MemoryMarshal.Cast<DateOnly, int>(eventDates);
        var start = period.Start.DayNumber;
        var length = unchecked((uint)period.Days);
        long count = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && days.Length >= Vector<int>.Count)
        {
            var starts = new Vector<int>(start);
            var lengths = new Vector<uint>(length);
            var hits = Vector<int>.Zero;

            // A lane counts at most Length / Vector<int>.Count < int.MaxValue hits: no overflow.
            for (; i <= days.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                var offsets = Vector.AsVectorUInt32(new Vector<int>(days[i..]) - starts);

                // A matching lane is all ones, -1 as an int: subtracting the mask counts it.
                hits -= Vector.AsVectorInt32(Vector.LessThan(offsets, lengths));
            }

            for (var lane = 0; lane < Vector<int>.Count; lane++)
            {
                count += hits[lane];
            }
        }

        for (; i < days.Length; i++)
        {
            if (unchecked((uint)(days[i] - start)) < length)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Counts events per calendar period (« par semaine, par mois »): every week, month, quarter or
    /// year that holds at least one event, with its count, in date order.
    /// </summary>
    /// <param name="eventDates">The date of each event, in any order.</param>
    /// <param name="unit">
    /// The grouping: <see cref="PeriodUnit.IsoWeek"/>, <see cref="PeriodUnit.Month"/>, <see cref="PeriodUnit.Quarter"/>,
    /// <see cref="PeriodUnit.Year"/> (each date goes to <see cref="Period.Containing(DateOnly, PeriodUnit)"/>),
    /// or <see cref="PeriodUnit.Days"/>, one day each (<see cref="Period.Day(DateOnly)"/>).
    /// </param>
    /// <returns>
    /// A read-only dictionary from period to count, enumerated in ascending period order. Periods
    /// with no event are absent: read them with <c>GetValueOrDefault(period)</c>, which gives 0. Empty
    /// input gives an empty dictionary.
    /// </returns>
    /// <remarks>
    /// <para>Formula: for each period p of the unit, <see cref="CountInPeriod(ReadOnlySpan{DateOnly}, Period)"/>
    /// of p; the counts add up to the number of events.</para>
    /// <para>Allocates the result only (one entry per period); fastest when the dates come grouped or sorted.</para>
    /// <para>Applies to every activity id (<c>calls</c>, <c>emails_sent</c>...).</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PeriodUnit"/>, or a
    /// date of year 9999 falls in a period that would end past <see cref="DateOnly.MaxValue"/>.</exception>
    /// <example>
    /// <code>
    /// DateOnly[] calls = [new(2026, 3, 2), new(2026, 3, 31), new(2026, 1, 5)];
    /// var perMonth = Activity.CountByPeriod(calls, PeriodUnit.Month);
    /// // 2026-01: 1, 2026-03: 2 (February is absent; perMonth.GetValueOrDefault(Period.Month(2026, 2)) is 0)
    /// </code>
    /// </example>
    public static IReadOnlyDictionary<Period, long> CountByPeriod(ReadOnlySpan<DateOnly> eventDates, PeriodUnit unit)
    {
        Preconditions.Defined(unit);
        var counts = new Dictionary<Period, long>();
        if (eventDates.IsEmpty)
        {
            return Sorted(counts);
        }

        // Runs of dates in the same period (sorted or grouped input) cost one dictionary update.
        var current = PeriodOf(eventDates[0], unit, nameof(eventDates));
        long run = 0;
        foreach (var date in eventDates)
        {
            if (!current.Contains(date))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, current, out _) += run;
                current = PeriodOf(date, unit, nameof(eventDates));
                run = 0;
            }

            run++;
        }

        CollectionsMarshal.GetValueRefOrAddDefault(counts, current, out _) += run;
        return Sorted(counts);
    }

    /// <summary>
    /// Counts events per person (or team) and per calendar period, as a sales dashboard shows them
    /// (« nombre d'appels par commercial et par semaine »), with totals per person and per period.
    /// </summary>
    /// <typeparam name="TPerson">How a person or team is identified (a name, an id, a record); compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
    /// <param name="events">Each event as the person who did it and its date, in any order.</param>
    /// <param name="unit">The grouping of dates, as for <see cref="CountByPeriod(ReadOnlySpan{DateOnly}, PeriodUnit)"/>.</param>
    /// <returns>The counts; see <see cref="ActivityCountDictionary{TPerson}"/>.</returns>
    /// <remarks>
    /// <para>Formula: for each person and period, the number of that person's events dated in the period.
    /// The counts add up to the number of events, per person and per period.</para>
    /// <para>Applies to every activity id.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null, or an event's person is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PeriodUnit"/>, or a
    /// date falls in a period that would end past <see cref="DateOnly.MaxValue"/>.</exception>
    /// <example>
    /// <code>
    /// var calls = Activity.CountByPersonAndPeriod(
    ///     [("Sophie", new DateOnly(2026, 3, 2)), ("Sophie", new DateOnly(2026, 3, 10)), ("Thomas", new DateOnly(2026, 3, 3))],
    ///     PeriodUnit.IsoWeek);
    /// calls.CountOf("Sophie", Period.IsoWeek(2026, 10)); // 1
    /// calls.TotalFor("Sophie");                          // 2
    /// calls.TotalIn(Period.IsoWeek(2026, 10));           // 2
    /// </code>
    /// </example>
    public static ActivityCountDictionary<TPerson> CountByPersonAndPeriod<TPerson>(IEnumerable<(TPerson Person, DateOnly Date)> events, PeriodUnit unit)
        where TPerson : notnull =>
        CountByPersonAndPeriod(events, unit, null);

    /// <summary>
    /// Counts events per person (or team) and per calendar period, comparing persons with
    /// <paramref name="personComparer"/> (for example <see cref="StringComparer.OrdinalIgnoreCase"/>).
    /// See <see cref="CountByPersonAndPeriod{TPerson}(IEnumerable{ValueTuple{TPerson, DateOnly}}, PeriodUnit)"/>.
    /// </summary>
    /// <typeparam name="TPerson">How a person or team is identified.</typeparam>
    /// <param name="events">Each event as the person who did it and its date, in any order.</param>
    /// <param name="unit">The grouping of dates.</param>
    /// <param name="personComparer">How persons are compared; <see cref="EqualityComparer{T}.Default"/> when null.</param>
    /// <returns>The counts; <see cref="ActivityCountDictionary{TPerson}.People"/> holds each person as first seen.</returns>
    /// <remarks>Applies to every activity id.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null, or an event's person is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PeriodUnit"/>, or a
    /// date falls in a period that would end past <see cref="DateOnly.MaxValue"/>.</exception>
    /// <example>
    /// <code>
    /// var calls = Activity.CountByPersonAndPeriod([("sophie", new DateOnly(2026, 3, 2)), ("Sophie", new DateOnly(2026, 3, 3))],
    ///                                             PeriodUnit.Month, StringComparer.OrdinalIgnoreCase);
    /// calls.TotalFor("SOPHIE"); // 2
    /// </code>
    /// </example>
    public static ActivityCountDictionary<TPerson> CountByPersonAndPeriod<TPerson>(IEnumerable<(TPerson Person, DateOnly Date)> events, PeriodUnit unit, IEqualityComparer<TPerson>? personComparer)
        where TPerson : notnull
    {
        Preconditions.NotNull(events);
        Preconditions.Defined(unit);
        var counts = new ActivityCountDictionary<TPerson>.Builder(unit, personComparer);
        var index = 0;
        foreach (var (person, date) in events)
        {
            counts.Add(person, date, index++, nameof(events));
        }

        return counts.Build();
    }

    /// <summary>
    /// Counts events per person and per calendar period from columns: the person and the date of
    /// each event in two spans of the same length (see
    /// <see cref="CountByPersonAndPeriod{TPerson}(IEnumerable{ValueTuple{TPerson, DateOnly}}, PeriodUnit)"/>).
    /// </summary>
    /// <typeparam name="TPerson">How a person or team is identified; compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
    /// <param name="people">The person of each event.</param>
    /// <param name="eventDates">The date of each event, same order and length as <paramref name="people"/>.</param>
    /// <param name="unit">The grouping of dates.</param>
    /// <returns>The counts.</returns>
    /// <remarks>Applies to every activity id.</remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentNullException">A person is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PeriodUnit"/>, or a
    /// date falls in a period that would end past <see cref="DateOnly.MaxValue"/>.</exception>
    /// <example>
    /// <code>
    /// var calls = Activity.CountByPersonAndPeriod(["Sophie", "Thomas"], [new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)], PeriodUnit.Month);
    /// calls.Total; // 2
    /// </code>
    /// </example>
    public static ActivityCountDictionary<TPerson> CountByPersonAndPeriod<TPerson>(ReadOnlySpan<TPerson> people, ReadOnlySpan<DateOnly> eventDates, PeriodUnit unit)
        where TPerson : notnull
    {
        Preconditions.SameLength(people.Length, eventDates.Length, nameof(people), nameof(eventDates));
        Preconditions.Defined(unit);
        var counts = new ActivityCountDictionary<TPerson>.Builder(unit, null);
        for (var i = 0; i < people.Length; i++)
        {
            counts.Add(people[i], eventDates[i], i, nameof(people));
        }

        return counts.Build();
    }

    /// <summary>The period of <paramref name="unit"/> that holds a date: one day for <see cref="PeriodUnit.Days"/>.</summary>
    internal static Period PeriodOf(DateOnly date, PeriodUnit unit, string paramName)
    {
        Period period = default;
        try
        {
            period = unit == PeriodUnit.Days ? Period.Day(date) : Period.Containing(date, unit);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Only the last days of year 9999: the period holding them would end past DateOnly.MaxValue.
            Preconditions.ThrowOutOfRange(paramName, date, "The date must fall in a {0} period that ends by the last date DateOnly can hold; {1:yyyy-MM-dd} does not.", unit, date);
        }

        return period;
    }

    private static ReadOnlyDictionary<Period, long> Sorted(Dictionary<Period, long> counts) =>
        new(new SortedDictionary<Period, long>(counts));
}
