using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

public class PeriodPropertyTests
{
    private static Arbitrary<Period> Periods => Generators.Period().ToArbitrary();

    [Fact]
    public void Next_then_Previous_gives_the_period_back()
    {
        PropertyCheck.Holds(Prop.ForAll(Periods, p => p.Next().Previous() == p && p.Previous().Next() == p));
    }

    [Fact]
    public void The_next_period_starts_where_the_period_ends()
    {
        PropertyCheck.Holds(Prop.ForAll(Periods, p =>
            p.Next().Start == p.End && p.Previous().End == p.Start && p.Next().Unit == p.Unit && !p.Overlaps(p.Next())));
    }

    [Fact]
    public void A_period_contains_its_start_and_last_day_but_not_its_end()
    {
        PropertyCheck.Holds(Prop.ForAll(Periods, p =>
            p.Contains(p.Start) && p.Contains(p.LastDay) && !p.Contains(p.End) && !p.Contains(p.Start.AddDays(-1))));
    }

    [Fact]
    public void A_period_has_at_least_one_day()
    {
        PropertyCheck.Holds(Prop.ForAll(Periods, p => p.Days > 0 && p.Days == p.End.DayNumber - p.Start.DayNumber && p.Start < p.End));
    }

    [Fact]
    public void The_ISO_text_parses_back()
    {
        PropertyCheck.Holds(Prop.ForAll(Periods, p => Period.Parse(p.ToString(), null) == p && Period.Parse(p.ToString("R", null)) == p));
    }

    [Fact]
    public void JSON_round_trips()
    {
        PropertyCheck.Holds(Prop.ForAll(Periods, p => JsonSerializer.Deserialize<Period>(JsonSerializer.Serialize(p)) == p));
    }

    [Fact]
    public void A_calendar_period_is_the_one_containing_its_start()
    {
        PropertyCheck.Holds(Prop.ForAll(Periods, p => p.Unit == PeriodUnit.Days || Period.Containing(p.Start, p.Unit) == p));
    }

    [Fact]
    public void CompareTo_is_consistent_with_Equals()
    {
        // Half of the pairs share their dates (and sometimes their unit) to exercise the tie-breakers.
        var pairs =
            from a in Generators.Period()
            from kind in Gen.Choose(0, 2)
            from b in Generators.Period()
            select (a, kind switch
            {
                0 => a,
                1 => new Period(a.Start, a.End),
                _ => b,
            });
        PropertyCheck.Holds(Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var (a, b) = pair;
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
        }));
    }
}
