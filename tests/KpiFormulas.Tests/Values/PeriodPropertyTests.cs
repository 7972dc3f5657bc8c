using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Tests.Support;

namespace KpiFormulas.Tests.Values;

public class PeriodPropertyTests
{
    [KpiProperty]
    public bool Next_then_Previous_gives_the_period_back(Period p) => p.Next().Previous() == p && p.Previous().Next() == p;

    [KpiProperty]
    public bool The_next_period_starts_where_the_period_ends(Period p) =>
        p.Next().Start == p.End && p.Previous().End == p.Start && p.Next().Unit == p.Unit && !p.Overlaps(p.Next());

    [KpiProperty]
    public bool A_period_contains_its_start_and_last_day_but_not_its_end(Period p) =>
        p.Contains(p.Start) && p.Contains(p.LastDay) && !p.Contains(p.End) && !p.Contains(p.Start.AddDays(-1));

    [KpiProperty]
    public bool A_period_has_at_least_one_day(Period p) => p.Days > 0 && p.Days == p.End.DayNumber - p.Start.DayNumber && p.Start < p.End;

    [KpiProperty]
    public bool The_ISO_text_parses_back(Period p) => Period.Parse(p.ToString(), null) == p && Period.Parse(p.ToString("R", null)) == p;

    [KpiProperty]
    public bool JSON_round_trips(Period p) => JsonSerializer.Deserialize<Period>(JsonSerializer.Serialize(p)) == p;

    [KpiProperty]
    public bool A_calendar_period_is_the_one_containing_its_start(Period p) => p.Unit == PeriodUnit.Days || Period.Containing(p.Start, p.Unit) == p;

    [KpiProperty]
    public Property CompareTo_is_consistent_with_Equals(Period a, Period other) =>
        // Two thirds of the pairs share their dates (and half of those their unit) to exercise the tie-breakers.
        Prop.ForAll(Gen.Choose(0, 2).ToArbitrary(), kind =>
        {
            var b = kind switch
            {
                0 => a,
                1 => new Period(a.Start, a.End),
                _ => other,
            };
            var comparison = a.CompareTo(b);
            return (comparison == 0) == a.Equals(b)
                && (comparison == 0) == (a == b)
                && (comparison != 0 || a.GetHashCode() == b.GetHashCode())
                && Math.Sign(comparison) == -Math.Sign(b.CompareTo(a))
                && (comparison < 0) == (a < b)
                && (comparison > 0) == (a > b)
                && (comparison <= 0) == (a <= b)
                && (comparison >= 0) == (a >= b)
                && a.SameDates(b) == (a.Start == b.Start && a.End == b.End);
        });
}
