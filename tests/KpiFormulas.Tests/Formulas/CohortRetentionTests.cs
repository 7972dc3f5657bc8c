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

public class CohortRetentionTests
{
    // ---- from counts -------------------------------------------------------------------------

    private static CohortRetentionTable JanuaryToMarch() =>
        Retention.CohortRetention(
            [Period.Month(2026, 1), Period.Month(2026, 2), Period.Month(2026, 3)],
            [[200, 80, 60], [100, 50], [0]]);

    [Fact]
    public void Counts_give_each_cohorts_share_active_at_each_offset()
    {
        // Hand calculation: January 80 / 200 = 40 % one month later, 60 / 200 = 30 % two months later;
        // February 50 / 100 = 50 % one month later.
        var table = JanuaryToMarch();
        Assert.Equal([Period.Month(2026, 1), Period.Month(2026, 2), Period.Month(2026, 3)], table.Cohorts);
        Assert.Equal(200, table.CohortSize(0));
        Assert.Equal(Rate.One, table.RetentionRate(0, 0).Value);
        Assert.Equal(Rate.FromPercent(40m), table.RetentionRate(0, 1).Value);
        Assert.Equal(Rate.FromPercent(30m), table.RetentionRate(0, 2).Value);
        Assert.Equal(Rate.FromPercent(50m), table.RetentionRate(1, 1).Value);
        Assert.Equal(KpiIds.CohortRetention, table.RetentionRate(1, 1).KpiId);
        Assert.Equal(60, table.ActiveCustomers(0, 2));
        Assert.Equal([3, 2, 1], Enumerable.Range(0, 3).Select(table.OffsetCount));
        Assert.Equal(3, table.MaxOffsetCount);
        Assert.Equal(1, table.IndexOf(Period.Month(2026, 2)));
        Assert.Equal(-1, table.IndexOf(Period.Month(2026, 4)));
    }

    [Fact]
    public void Offsets_beyond_the_data_and_empty_cohorts_are_undefined_with_their_own_reasons()
    {
        var table = JanuaryToMarch();
        Assert.False(table.IsObserved(1, 2));                        // February + 2 = April: not in the data
        var beyond = table.RetentionRate(1, 2);
        Assert.Equal(UndefinedReason.NotYetObserved, beyond.Reason);
        Assert.Equal(KpiIds.CohortRetention, beyond.KpiId);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => table.ActiveCustomers(1, 2)).ParamName);

        var empty = table.RetentionRate(2, 0);                      // nobody joined in March
        Assert.Equal(UndefinedReason.ZeroDenominator, empty.Reason);
        Assert.Equal(KpiIds.CohortRetention, empty.KpiId);
        Assert.Equal(0, table.CohortSize(2));
    }

    [Fact]
    [KpiTest(KpiIds.CohortRetention)]
    public void Pooled_retention_weights_cohorts_by_size_over_the_cohorts_observed_that_long()
    {
        // Offset 1: (80 + 50) / (200 + 100) = 130 / 300 = 43.33 %; offset 2: January only, 60 / 200 = 30 %.
        var table = JanuaryToMarch();
        Assert.Equal(130m / 300m, table.PooledRetentionRate(1).Value.Fraction);
        Assert.Equal(43.33m, decimal.Round(table.PooledRetentionRate(1).Value.Percent, 2));
        Assert.Equal(Rate.FromPercent(30m), table.PooledRetentionRate(2).Value);
        Assert.Equal(Rate.One, table.PooledRetentionRate(0).Value);
        Assert.Equal(UndefinedReason.NotYetObserved, table.PooledRetentionRate(3).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Retention.CohortRetention([Period.Month(2026, 1)], [[0, 0]]).PooledRetentionRate(1).Reason);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => table.PooledRetentionRate(-1)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.CohortRetention)]
    public void The_table_copies_the_counts_it_is_given()
    {
        long[][] counts = [[10, 5]];
        var table = Retention.CohortRetention([Period.Quarter(2026, 1)], counts);
        counts[0][1] = 9;
        Assert.Equal(5, table.ActiveCustomers(0, 1));
    }

    [Fact]
    [KpiTest(KpiIds.CohortRetention)]
    public void Counts_are_validated_naming_the_parameter()
    {
        Period[] two = [Period.Month(2026, 1), Period.Month(2026, 2)];
        Assert.Equal("cohorts", Assert.Throws<ArgumentNullException>(() => Retention.CohortRetention(null!, [[1]])).ParamName);
        Assert.Equal("activeCounts", Assert.Throws<ArgumentNullException>(() => Retention.CohortRetention(two, null!)).ParamName);
        Assert.Equal("activeCounts", Assert.Throws<ArgumentException>(() => Retention.CohortRetention(two, [[1]])).ParamName);
        Assert.Equal("activeCounts", Assert.Throws<ArgumentNullException>(() => Retention.CohortRetention(two, [[1], null!])).ParamName);
        Assert.Equal("activeCounts", Assert.Throws<ArgumentException>(() => Retention.CohortRetention(two, [[1], []])).ParamName);
        Assert.Equal("activeCounts", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CohortRetention(two, [[1], [-1]])).ParamName);
        Assert.Equal("activeCounts", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CohortRetention(two, [[10, 11], [1]])).ParamName);
        Assert.Equal("activeCounts", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CohortRetention(two, [[10, -2], [1]])).ParamName);
        Assert.Equal("cohorts", Assert.Throws<ArgumentException>(() => Retention.CohortRetention([Period.Month(2026, 2), Period.Month(2026, 1)], [[1], [1]])).ParamName);
        Assert.Equal("cohorts", Assert.Throws<ArgumentException>(() => Retention.CohortRetention([Period.Month(2026, 1), Period.Month(2026, 1)], [[1], [1]])).ParamName);
        Assert.Equal("cohorts", Assert.Throws<ArgumentException>(() => Retention.CohortRetention([Period.Month(2026, 1), Period.Quarter(2026, 2)], [[1], [1]])).ParamName);
        var start = new DateOnly(2026, 1, 1);
        Assert.Equal("cohorts", Assert.Throws<ArgumentException>(() => Retention.CohortRetention([Period.FromDays(start, 30), Period.FromDays(start.AddDays(10), 30)], [[1], [1]])).ParamName);
        Assert.Equal("cohorts", Assert.Throws<ArgumentException>(() => Retention.CohortRetention([Period.FromDays(start, 30), Period.FromDays(start.AddDays(30), 7)], [[1], [1]])).ParamName);

        // Runs of days of one length, not necessarily adjacent, are accepted.
        Assert.Equal(2, Retention.CohortRetention([Period.FromDays(start, 30), Period.FromDays(start.AddDays(60), 30)], [[1], [1]]).Cohorts.Count);
        Assert.True(Retention.CohortRetention([], []).IsEmpty);
    }

    [Fact]
    public void Index_arguments_are_validated()
    {
        var table = JanuaryToMarch();
        Assert.Equal("cohortIndex", Assert.Throws<ArgumentOutOfRangeException>(() => table.RetentionRate(3, 0)).ParamName);
        Assert.Equal("cohortIndex", Assert.Throws<ArgumentOutOfRangeException>(() => table.CohortSize(-1)).ParamName);
        Assert.Equal("cohortIndex", Assert.Throws<ArgumentOutOfRangeException>(() => table.OffsetCount(3)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => table.RetentionRate(0, -1)).ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => table.IsObserved(0, -1)).ParamName);
    }

    // ---- from purchase events ----------------------------------------------------------------

    // ana   Jan 5, Jan 25, Feb 9, Apr 1      -> January cohort
    // ben   Jan 20                           -> January cohort
    // chloé Feb 3, Mar 15                    -> February cohort
    // dan   Feb 28, Apr 30                   -> February cohort
    // eve   Apr 10                           -> April cohort (nobody joined in March)
    private static readonly (string Customer, DateOnly PurchaseDate)[] Events =
    [
        ("ana", new DateOnly(2026, 1, 5)), ("ana", new DateOnly(2026, 1, 25)), ("ana", new DateOnly(2026, 2, 9)), ("ana", new DateOnly(2026, 4, 1)),
        ("ben", new DateOnly(2026, 1, 20)),
        ("chloé", new DateOnly(2026, 2, 3)), ("chloé", new DateOnly(2026, 3, 15)),
        ("eve", new DateOnly(2026, 4, 10)),
        ("dan", new DateOnly(2026, 2, 28)), ("dan", new DateOnly(2026, 4, 30)),
    ];

    [Fact]
    [KpiTest(KpiIds.CohortRetention)]
    public void Monthly_cohorts_from_events_match_the_hand_count()
    {
        var table = Retention.CohortRetention(Events, PeriodUnit.Month);
        Assert.Equal([Period.Month(2026, 1), Period.Month(2026, 2), Period.Month(2026, 3), Period.Month(2026, 4)], table.Cohorts);
        Assert.Equal([4, 3, 2, 1], Enumerable.Range(0, 4).Select(table.OffsetCount));

        // January {ana, ben}: February ana (50 %), March nobody (0 %), April ana again (50 %): not monotone.
        Assert.Equal(2, table.CohortSize(0));
        Assert.Equal(Rate.One, table.RetentionRate(0, 0).Value);
        Assert.Equal(Rate.FromPercent(50m), table.RetentionRate(0, 1).Value);
        Assert.Equal(Rate.Zero, table.RetentionRate(0, 2).Value);
        Assert.Equal(Rate.FromPercent(50m), table.RetentionRate(0, 3).Value);

        // February {chloé, dan}: March chloé, April dan.
        Assert.Equal([2L, 1L, 1L], Enumerable.Range(0, 3).Select(k => table.ActiveCustomers(1, k)));

        // March: empty cohort, observed at offsets 0 and 1 with zero counts and undefined rates.
        Assert.Equal(0, table.CohortSize(2));
        Assert.Equal(0, table.ActiveCustomers(2, 1));
        Assert.Equal(UndefinedReason.ZeroDenominator, table.RetentionRate(2, 1).Reason);

        // April {eve}: offset 0 only.
        Assert.Equal(Rate.One, table.RetentionRate(3, 0).Value);
        Assert.Equal(UndefinedReason.NotYetObserved, table.RetentionRate(3, 1).Reason);
    }

    [Fact]
    [KpiTest(KpiIds.CohortRetention)]
    public void Quarterly_yearly_and_weekly_cohorts_use_calendar_periods()
    {
        // Q1 {ana, ben, chloé, dan}; active in Q2: ana (Apr 1), dan (Apr 30): 50 %. Q2 {eve}.
        var quarterly = Retention.CohortRetention(Events, PeriodUnit.Quarter);
        Assert.Equal([Period.Quarter(2026, 1), Period.Quarter(2026, 2)], quarterly.Cohorts);
        Assert.Equal(4, quarterly.CohortSize(0));
        Assert.Equal(Rate.FromPercent(50m), quarterly.RetentionRate(0, 1).Value);

        var yearly = Retention.CohortRetention(Events, PeriodUnit.Year);
        Assert.Equal([Period.Year(2026)], yearly.Cohorts);
        Assert.Equal(5, yearly.CohortSize(0));

        // ISO week 1 of 2026 runs from Monday 2025-12-29 to Sunday 2026-01-04: x (Dec 29) and y (Jan 4) join
        // it; x buys again on Monday Jan 5, week 2: 1 of 2 = 50 %.
        var weekly = Retention.CohortRetention(
            [("x", new DateOnly(2025, 12, 29)), ("y", new DateOnly(2026, 1, 4)), ("x", new DateOnly(2026, 1, 5))],
            PeriodUnit.IsoWeek);
        Assert.Equal([Period.IsoWeek(2026, 1), Period.IsoWeek(2026, 2)], weekly.Cohorts);
        Assert.Equal(2, weekly.CohortSize(0));
        Assert.Equal(Rate.FromPercent(50m), weekly.RetentionRate(0, 1).Value);
    }

    [Fact]
    [KpiTest(KpiIds.CohortRetention)]
    public void A_stray_early_date_costs_a_row_not_a_whole_triangle()
    {
        // default(DateOnly) is 0001-01-01: 24 301 monthly cohorts to January 2026, all empty but two.
        var table = Retention.CohortRetention([("x", DateOnly.MinValue), ("y", new DateOnly(2026, 1, 15))], PeriodUnit.Month);
        Assert.Equal(24_301, table.Cohorts.Count);
        Assert.Equal(Period.Month(1, 1), table.Cohorts[0]);
        Assert.Equal(Period.Month(2026, 1), table.Cohorts[^1]);
        Assert.Equal(Rate.Zero, table.RetentionRate(0, 24_300).Value);
        Assert.Equal(0, table.CohortSize(1));
        Assert.Equal(UndefinedReason.ZeroDenominator, table.RetentionRate(1, 5).Reason);
    }

    [Fact]
    [KpiTest(KpiIds.CohortRetention)]
    public void Event_input_is_validated_and_no_event_gives_an_empty_table()
    {
        Assert.Equal("purchases", Assert.Throws<ArgumentNullException>(() => Retention.CohortRetention<string>(null!, PeriodUnit.Month)).ParamName);
        Assert.Equal("purchases", Assert.Throws<ArgumentException>(() => Retention.CohortRetention([((string)null!, new DateOnly(2026, 1, 1))], PeriodUnit.Month)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CohortRetention(Events, PeriodUnit.Days)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CohortRetention(Events, (PeriodUnit)99)).ParamName);
        Assert.Equal("purchases", Assert.Throws<ArgumentOutOfRangeException>(() => Retention.CohortRetention([("a", new DateOnly(9999, 6, 1))], PeriodUnit.Year)).ParamName);

        var empty = Retention.CohortRetention(Array.Empty<(int, DateOnly)>(), PeriodUnit.Month);
        Assert.True(empty.IsEmpty);
        Assert.Equal(0, empty.MaxOffsetCount);
        Assert.Equal(UndefinedReason.EmptyInput, empty.PooledRetentionRate(0).Reason);
        Assert.Equal("cohortIndex", Assert.Throws<ArgumentOutOfRangeException>(() => empty.RetentionRate(0, 0)).ParamName);
    }

    // ---- properties --------------------------------------------------------------------------

    private static readonly Gen<(int Customer, DateOnly Date)[]> RandomEvents =
        Gen.ListOf(
            from customer in Gen.Choose(0, 20)
            from day in Gen.Choose(0, 700)
            select (customer, new DateOnly(2024, 11, 1).AddDays(day)))
        .Select(l => l.ToArray());

    /// <summary>Every <see cref="PeriodUnit"/> parameter is a calendar unit: ISO week, month, quarter or year.</summary>
    public static class CalendarUnits
    {
        /// <summary>One of them, shrinking toward the ISO week.</summary>
        public static Arbitrary<PeriodUnit> CalendarUnit() =>
            ArbitraryOf.Elements([PeriodUnit.IsoWeek, PeriodUnit.Month, PeriodUnit.Quarter, PeriodUnit.Year]);
    }

    [KpiProperty(typeof(CalendarUnits))]
    [KpiTest(KpiIds.CohortRetention)]
    public Property Events_and_counts_factories_agree(PeriodUnit unit) =>
        // The reference counts with Period.Contains only: cohorts are consecutive periods from the first
        // purchase's to the last purchase's; active(c, k) = members of c who bought in c.Offset(k).
        Prop.ForAll(
            RandomEvents.ToArbitrary(),
            events =>
            {
                var fromEvents = Retention.CohortRetention(events, unit);
                if (events.Length == 0)
                {
                    return fromEvents.IsEmpty;
                }

                var first = Period.Containing(events.Min(e => e.Date), unit);
                var last = Period.Containing(events.Max(e => e.Date), unit);
                var cohorts = new List<Period>();
                for (var p = first; p <= last; p = p.Next())
                {
                    cohorts.Add(p);
                }

                var cohortOf = events.GroupBy(e => e.Customer).ToDictionary(g => g.Key, g => Period.Containing(g.Min(e => e.Date), unit));
                var counts = cohorts.Select((cohort, c) =>
                {
                    var members = cohortOf.Where(m => m.Value == cohort).Select(m => m.Key).ToHashSet();
                    return Enumerable.Range(0, cohorts.Count - c)
                        .Select(k => (long)members.Count(m => events.Any(e => e.Customer == m && cohort.Offset(k).Contains(e.Date))))
                        .ToArray();
                }).ToArray();
                var fromCounts = Retention.CohortRetention(cohorts, counts);

                if (!fromEvents.Cohorts.SequenceEqual(fromCounts.Cohorts) || fromEvents.MaxOffsetCount != fromCounts.MaxOffsetCount)
                {
                    return false;
                }

                for (var c = 0; c < cohorts.Count; c++)
                {
                    if (fromEvents.OffsetCount(c) != fromCounts.OffsetCount(c))
                    {
                        return false;
                    }

                    for (var k = 0; k <= fromEvents.OffsetCount(c); k++)
                    {
                        if (fromEvents.RetentionRate(c, k) != fromCounts.RetentionRate(c, k)
                            || (k < fromEvents.OffsetCount(c) && fromEvents.ActiveCustomers(c, k) != fromCounts.ActiveCustomers(c, k)))
                        {
                            return false;
                        }
                    }
                }

                return true;
            });

    [KpiProperty(typeof(CalendarUnits))]
    [KpiTest(KpiIds.CohortRetention)]
    public Property Rates_are_proportions_offset_zero_is_full_and_pooled_rates_stay_between_the_cohorts(PeriodUnit unit) =>
        Prop.ForAll(
            RandomEvents.ToArbitrary(),
            events =>
            {
                var table = Retention.CohortRetention(events, unit);
                for (var k = 0; k < table.MaxOffsetCount; k++)
                {
                    var defined = new List<Rate>();
                    for (var c = 0; c < table.Cohorts.Count; c++)
                    {
                        var rate = table.RetentionRate(c, k);
                        if (table.CohortSize(c) > 0 && table.IsObserved(c, k))
                        {
                            if (!rate.IsDefined || !rate.Value.IsProportion || (k == 0 && rate.Value != Rate.One))
                            {
                                return false;
                            }

                            defined.Add(rate.Value);
                        }
                        else if (rate.IsDefined)
                        {
                            return false;
                        }
                    }

                    var pooled = table.PooledRetentionRate(k);
                    if (defined.Count > 0 && (pooled.Value < defined.Min() || pooled.Value > defined.Max()))
                    {
                        return false;
                    }
                }

                return true;
            });
}
