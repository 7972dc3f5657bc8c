using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class ActivityTests
{
    // A week of calls in March 2026 (Monday 2 March is the start of ISO week 10), plus its edges.
    private static readonly DateOnly[] MarchCalls =
    [
        new(2026, 2, 28), new(2026, 3, 1), new(2026, 3, 2), new(2026, 3, 2), new(2026, 3, 8),
        new(2026, 3, 9), new(2026, 3, 31), new(2026, 4, 1),
    ];

    // The six activity ids, all computed by Activity.CountInPeriod.
    public static TheoryData<string> ActivityIds =>
    [
        KpiIds.Calls, KpiIds.EmailsSent, KpiIds.MeetingsHeld, KpiIds.OpportunitiesCreated, KpiIds.LeadsContacted, KpiIds.QualifiedMeetings,
    ];

    private delegate long Count(ReadOnlySpan<DateOnly> eventDates, Period period);

    // The calculator the catalogue names for an id: every activity id points to Activity.CountInPeriod.
    private static Count Named(string id)
    {
        var definition = KpiCatalog.Get(id);
        Assert.Equal(typeof(Activity), definition.CalculatorType);
        Assert.Equal(nameof(Activity.CountInPeriod), definition.CalculatorMethod);
        return definition.CalculatorType.GetMethod(definition.CalculatorMethod, [typeof(ReadOnlySpan<DateOnly>), typeof(Period)])!.CreateDelegate<Count>();
    }

    private static readonly DateOnly Origin = new(2024, 1, 1);

    private static Gen<DateOnly> Dates() => Gen.Choose(0, 4 * 366).Select(Origin.AddDays);

    private static Gen<Period> PeriodsAroundTheDates() =>
        from unit in Gen.Elements(Enum.GetValues<PeriodUnit>())
        from anchor in Dates()
        from days in Gen.Choose(1, 120)
        select unit == PeriodUnit.Days ? Period.FromDays(anchor, days) : Period.Containing(anchor, unit);

    // ---- worked examples: Formulas/Cases/Activity.json ---------------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Activity");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    /// <summary>Counts the case's event dates in its period, with the named count of its KPI.</summary>
    private static long Calculate(ReferenceCase c) =>
        c.Kpi == "count_in_period"
            ? Activity.CountInPeriod(c.Input<DateOnly[]>("eventDates"), c.Input<Period>("period"))
            : Named(c.Kpi)(c.Input<DateOnly[]>("eventDates"), c.Input<Period>("period"));

    // ---- counting in a period ---------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(CasesOf), "count_in_period")]
    public void Count_in_period_counts_the_dates_of_the_half_open_range(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    public void Count_in_period_of_no_event_is_a_real_zero()
    {
        Assert.Equal(0, Activity.CountInPeriod([], Period.Month(2026, 3)));
        Assert.Equal(0, Activity.CountInPeriod(MarchCalls, Period.Month(2025, 3)));
    }

    [Fact]
    [KpiTest(KpiIds.Calls)]
    public void Count_in_the_default_period_counts_the_first_day_of_the_calendar()
    {
        // default(Period) is the single day 0001-01-01.
        Assert.Equal(0, Activity.CountInPeriod(MarchCalls, default));
        Assert.Equal(1, Activity.CountInPeriod([DateOnly.MinValue, new DateOnly(1, 1, 2)], default));
    }

    [Fact]
    public void Count_in_period_handles_the_ends_of_the_calendar()
    {
        DateOnly[] dates = [DateOnly.MinValue, DateOnly.MinValue.AddDays(1), DateOnly.MaxValue, DateOnly.MaxValue.AddDays(-1)];
        Assert.Equal(1, Activity.CountInPeriod(dates, Period.Day(DateOnly.MinValue)));
        Assert.Equal(2, Activity.CountInPeriod(dates, Period.Month(1, 1)));
        Assert.Equal(1, Activity.CountInPeriod(dates, Period.LastDays(1, DateOnly.MaxValue)));   // [30 Dec 9999, 31 Dec 9999)
    }

    [Fact]
    public void Count_in_period_equals_the_scalar_loop_for_every_length_up_to_256()
    {
        // Seeded data, as TensorPrimitives tests its span paths: every length exercises the vector
        // blocks and the scalar tail.
        var random = new Random(20260302);
        var period = Period.Month(2026, 3);
        for (var length = 0; length <= 256; length++)
        {
            var dates = new DateOnly[length];
            for (var i = 0; i < length; i++)
            {
                dates[i] = new DateOnly(2026, 2, 20).AddDays(random.Next(0, 50));
            }

            var expected = 0;
            foreach (var date in dates)
            {
                if (date >= period.Start && date < period.End)
                {
                    expected++;
                }
            }

            Assert.Equal(expected, Activity.CountInPeriod(dates, period));
        }
    }

    [KpiProperty]
    public Property Count_in_period_equals_the_naive_linq_count() =>
        Prop.ForAll(
            Gen.ArrayOf(Dates()).ToArbitrary(),
            PeriodsAroundTheDates().ToArbitrary(),
            (dates, period) => Activity.CountInPeriod(dates, period) == dates.LongCount(d => d >= period.Start && d < period.End));

    // ---- the six activity ids ------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(ActivityIds))]
    public void Every_named_count_is_the_count_in_period(string id)
    {
        // The activity KPIs are numbers of actions in a period.
        var count = Named(id);
        Assert.Equal(6, count(MarchCalls, Period.Month(2026, 3)));
        Assert.Equal(0, count([], Period.Month(2026, 3)));
        Assert.Equal(0, count(MarchCalls, default));
    }

    [Fact]
    [KpiTest(KpiIds.MeetingBookingRate)]
    [KpiTest(KpiIds.Calls)]
    [KpiTest(KpiIds.QualifiedMeetings)]
    public void Calls_feed_the_meeting_booking_rate()
    {
        // The number of calls is a metric; the share of these calls that turn into qualified meetings is the
        // KPI. Hand calculation: 250 calls in ISO week 10 of 2026, 10 qualified meetings: 4 %.
        var week = Period.IsoWeek(2026, 10);
        var calls = Enumerable.Range(0, 250).Select(i => week.Start.AddDays(i % 7)).ToArray();
        var meetings = Enumerable.Range(0, 10).Select(i => week.Start.AddDays(i % 5)).ToArray();
        var booking = Conversion.MeetingBookingRate(Activity.CountInPeriod(meetings, week), Activity.CountInPeriod(calls, week));
        Assert.Equal(250, Activity.CountInPeriod(calls, week));
        Assert.Equal(Rate.FromPercent(4m), booking.Value);
    }

    [Theory]
    [KpiTest(KpiIds.Calls)]
    [KpiTest(KpiIds.EmailsSent)]
    [KpiTest(KpiIds.MeetingsHeld)]
    [KpiTest(KpiIds.OpportunitiesCreated)]
    [KpiTest(KpiIds.LeadsContacted)]
    [KpiTest(KpiIds.QualifiedMeetings)]
    [MemberData(nameof(CasesOf), KpiIds.Calls)]
    [MemberData(nameof(CasesOf), KpiIds.EmailsSent)]
    [MemberData(nameof(CasesOf), KpiIds.MeetingsHeld)]
    [MemberData(nameof(CasesOf), KpiIds.OpportunitiesCreated)]
    [MemberData(nameof(CasesOf), KpiIds.LeadsContacted)]
    [MemberData(nameof(CasesOf), KpiIds.QualifiedMeetings)]
    public void Each_named_count_reads_its_own_example(ReferenceCase c) => c.AssertResult(Calculate(c));

    // ---- counts by period --------------------------------------------------------------------------

    [Fact]
    public void Count_by_period_groups_by_calendar_unit_in_date_order()
    {
        // Hand count by month: February 1 (28 Feb), March 6, April 1 (1 Apr); input order does not matter.
        var byMonth = Activity.CountByPeriod(MarchCalls.Reverse().ToArray(), PeriodUnit.Month);
        Assert.Equal([Period.Month(2026, 2), Period.Month(2026, 3), Period.Month(2026, 4)], byMonth.Keys);
        Assert.Equal([1L, 6L, 1L], byMonth.Values);

        // By ISO week: W09 (23 Feb - 1 Mar) 2, W10 3, W11 1 (9 Mar), W14 2 (31 Mar and 1 Apr, Monday 30 March).
        var byWeek = Activity.CountByPeriod(MarchCalls, PeriodUnit.IsoWeek);
        Assert.Equal([Period.IsoWeek(2026, 9), Period.IsoWeek(2026, 10), Period.IsoWeek(2026, 11), Period.IsoWeek(2026, 14)], byWeek.Keys);
        Assert.Equal([2L, 3L, 1L, 2L], byWeek.Values);

        // Weeks without calls are absent and read as 0.
        Assert.False(byWeek.ContainsKey(Period.IsoWeek(2026, 12)));
        Assert.Equal(0, byWeek.GetValueOrDefault(Period.IsoWeek(2026, 12)));
    }

    [Fact]
    public void Count_by_period_supports_days_quarters_and_years()
    {
        var byDay = Activity.CountByPeriod(MarchCalls, PeriodUnit.Days);
        Assert.Equal(7, byDay.Count);                                   // 8 calls on 7 distinct days
        Assert.Equal(2, byDay[Period.Day(new DateOnly(2026, 3, 2))]);
        Assert.Equal(7, Activity.CountByPeriod(MarchCalls, PeriodUnit.Quarter)[Period.Quarter(2026, 1)]);
        Assert.Equal(8, Activity.CountByPeriod(MarchCalls, PeriodUnit.Year)[Period.Year(2026)]);
    }

    [Fact]
    public void Count_by_period_of_no_event_is_empty_and_bad_units_are_rejected()
    {
        Assert.Empty(Activity.CountByPeriod([], PeriodUnit.Month));
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => Activity.CountByPeriod([], (PeriodUnit)99)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => Activity.CountByPeriod(MarchCalls, (PeriodUnit)(-1))).ParamName);
        // Year 9999 has no Year period in Period (its end would be past DateOnly.MaxValue).
        Assert.Equal("eventDates", Assert.Throws<ArgumentOutOfRangeException>(() => Activity.CountByPeriod([new DateOnly(9999, 6, 1)], PeriodUnit.Year)).ParamName);
    }

    [Fact]
    public void Count_by_period_result_is_read_only()
    {
        var byMonth = Activity.CountByPeriod(MarchCalls, PeriodUnit.Month);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<Period, long>)byMonth)[Period.Month(2026, 3)] = 0);
    }

    [KpiProperty]
    public Property Counts_by_period_sum_to_the_total_and_match_counting_in_each_period(PeriodUnit unit) =>
        Prop.ForAll(
            Gen.ArrayOf(Dates()).ToArbitrary(),
            dates =>
            {
                var counts = Activity.CountByPeriod(dates, unit);
                var keys = counts.Keys.ToArray();
                return counts.Values.Sum() == dates.Length
                    && counts.All(c => c.Value > 0 && c.Key.Unit == unit && c.Value == Activity.CountInPeriod(dates, c.Key))
                    && keys.Zip(keys.Skip(1)).All(pair => pair.First.End <= pair.Second.Start);
            });

    // ---- counts by person and period ---------------------------------------------------------------

    private static readonly (string Person, DateOnly Date)[] TeamCalls =
    [
        ("Thomas", new(2026, 3, 3)), ("Sophie", new(2026, 3, 2)), ("Sophie", new(2026, 3, 10)),
        ("Sophie", new(2026, 3, 2)), ("Julie", new(2026, 3, 11)), ("Thomas", new(2026, 3, 12)),
    ];

    [Fact]
    public void Count_by_person_and_period_gives_cells_and_totals_both_ways()
    {
        // Hand count by ISO week: W10 (2-8 March): Thomas 1, Sophie 2; W11 (9-15 March): Sophie 1, Julie 1, Thomas 1.
        var calls = Activity.CountByPersonAndPeriod(TeamCalls, PeriodUnit.IsoWeek);
        var w10 = Period.IsoWeek(2026, 10);
        var w11 = Period.IsoWeek(2026, 11);
        Assert.Equal(["Thomas", "Sophie", "Julie"], calls.People);       // as first seen
        Assert.Equal([w10, w11], calls.Periods);
        Assert.Equal(2, calls.CountOf("Sophie", w10));
        Assert.Equal(1, calls.CountOf("Sophie", w11));
        Assert.Equal(0, calls.CountOf("Julie", w10));
        Assert.Equal(0, calls.CountOf("Marc", w10));
        Assert.Equal(3, calls.TotalFor("Sophie"));
        Assert.Equal(2, calls.TotalFor("Thomas"));
        Assert.Equal(0, calls.TotalFor("Marc"));
        Assert.Equal(2 + 1, calls.TotalIn(w10));
        Assert.Equal(3, calls.TotalIn(w11));
        Assert.Equal(0, calls.TotalIn(Period.IsoWeek(2026, 12)));
        Assert.Equal(6, calls.Total);
        Assert.Equal(5, calls.Count);                                     // five (person, week) cells with calls
        Assert.Equal(new Dictionary<Period, long> { [w10] = 2, [w11] = 1 }, calls.ForPerson("Sophie"));
        Assert.Empty(calls.ForPerson("Marc"));
    }

    [Fact]
    public void Count_by_person_and_period_is_a_read_only_dictionary_in_person_then_period_order()
    {
        var calls = Activity.CountByPersonAndPeriod(TeamCalls, PeriodUnit.IsoWeek);
        var w10 = Period.IsoWeek(2026, 10);
        var w11 = Period.IsoWeek(2026, 11);
        Assert.Equal([("Thomas", w10), ("Thomas", w11), ("Sophie", w10), ("Sophie", w11), ("Julie", w11)], calls.Keys);
        Assert.Equal([1L, 1L, 2L, 1L, 1L], calls.Values);
        Assert.Equal(calls.Keys, calls.Select(cell => cell.Key));
        Assert.Equal(2, calls[("Sophie", w10)]);
        Assert.True(calls.ContainsKey(("Julie", w11)));
        Assert.False(calls.ContainsKey(("Julie", w10)));
        Assert.False(calls.TryGetValue(("Marc", w10), out var none));
        Assert.Equal(0, none);
        Assert.Throws<KeyNotFoundException>(() => calls[("Julie", w10)]);
        Assert.IsAssignableFrom<IReadOnlyDictionary<(string Person, Period Period), long>>(calls);
        Assert.Equal(6, calls.Values.Sum());
    }

    [Fact]
    public void Count_by_person_and_period_can_compare_persons_with_a_comparer()
    {
        var calls = Activity.CountByPersonAndPeriod([("sophie", new DateOnly(2026, 3, 2)), ("Sophie", new DateOnly(2026, 3, 3))], PeriodUnit.Month, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["sophie"], calls.People);                           // the first spelling seen
        Assert.Equal(2, calls.TotalFor("SOPHIE"));
        Assert.Equal(2, calls.CountOf("Sophie", Period.Month(2026, 3)));

        var caseSensitive = Activity.CountByPersonAndPeriod([("sophie", new DateOnly(2026, 3, 2)), ("Sophie", new DateOnly(2026, 3, 3))], PeriodUnit.Month);
        Assert.Equal(2, caseSensitive.People.Count);
    }

    [Fact]
    public void Count_by_person_and_period_from_columns_equals_the_tuple_overload()
    {
        var fromColumns = Activity.CountByPersonAndPeriod(TeamCalls.Select(c => c.Person).ToArray(), TeamCalls.Select(c => c.Date).ToArray(), PeriodUnit.IsoWeek);
        var fromTuples = Activity.CountByPersonAndPeriod(TeamCalls, PeriodUnit.IsoWeek);
        Assert.Equal(fromTuples.ToArray(), fromColumns.ToArray());
        Assert.Equal(fromTuples.People, fromColumns.People);
    }

    [Fact]
    public void Count_by_person_and_period_rejects_bad_input()
    {
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => Activity.CountByPersonAndPeriod<string>(null!, PeriodUnit.Month)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => Activity.CountByPersonAndPeriod([("Sophie", new DateOnly(2026, 3, 2)), (null!, new DateOnly(2026, 3, 2))], PeriodUnit.Month)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => Activity.CountByPersonAndPeriod(TeamCalls, (PeriodUnit)7)).ParamName);
        Assert.Equal("eventDates", Assert.Throws<ArgumentException>(() => Activity.CountByPersonAndPeriod(["Sophie"], ReadOnlySpan<DateOnly>.Empty, PeriodUnit.Month)).ParamName);
        Assert.Equal("people", Assert.Throws<ArgumentNullException>(() => Activity.CountByPersonAndPeriod([(string)null!], [new DateOnly(2026, 3, 2)], PeriodUnit.Month)).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentOutOfRangeException>(() => Activity.CountByPersonAndPeriod([("Sophie", new DateOnly(9999, 3, 2))], PeriodUnit.Year)).ParamName);
        var empty = Activity.CountByPersonAndPeriod(Array.Empty<(string, DateOnly)>(), PeriodUnit.Month);
        Assert.Equal(0, empty.Total);
        Assert.Empty(empty.People);
        Assert.Empty(empty.Periods);
        Assert.Equal("person", Assert.Throws<ArgumentNullException>(() => empty.CountOf(null!, Period.Month(2026, 3))).ParamName);
    }

    [KpiProperty]
    public Property Counts_by_person_and_period_aggregate_to_the_same_totals_every_way(PeriodUnit unit)
    {
        var events = from dates in Gen.ArrayOf(Dates())
                     from people in Gen.ArrayOf(Gen.Elements("Sophie", "Thomas", "Julie", "Marc"), dates.Length)
                     select people.Zip(dates).Select(e => (Person: e.First, Date: e.Second)).ToArray();
        return Prop.ForAll(
            events.ToArbitrary(),
            all =>
            {
                var counts = Activity.CountByPersonAndPeriod(all, unit);
                var byPeriod = Activity.CountByPeriod(all.Select(e => e.Date).ToArray(), unit);
                return counts.Total == all.Length
                    && counts.People.Sum(counts.TotalFor) == counts.Total
                    && counts.Periods.Sum(counts.TotalIn) == counts.Total
                    && counts.Periods.SequenceEqual(byPeriod.Keys)
                    && byPeriod.All(p => counts.TotalIn(p.Key) == p.Value)
                    && counts.People.All(person =>
                        counts.ForPerson(person).SequenceEqual(Activity.CountByPeriod(all.Where(e => e.Person == person).Select(e => e.Date).ToArray(), unit)))
                    && counts.All(cell => cell.Value == all.LongCount(e => e.Person == cell.Key.Person && cell.Key.Period.Contains(e.Date)));
            });
    }
}
