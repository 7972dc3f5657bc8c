using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;
using static KpiFormulas.Tests.Aggregation.AccumulatorLaws;

namespace KpiFormulas.Tests.Aggregation;

public class CohortAndActivityTests
{
    // ---- cohort retention ----------------------------------------------------------------------------

    public sealed record Orders(int[] Customers, DateOnly[] Dates);

    private static Orders MakeOrders(Random random, int rows, int customers, DateOnly first, int days) =>
        new(
            Enumerable.Range(0, rows).Select(_ => random.Next(customers)).ToArray(),
            Enumerable.Range(0, rows).Select(_ => first.AddDays(random.Next(days))).ToArray());

    private static string Canonical(CohortRetentionTable table) => Canonical(table, withRates: false);

    private static string Canonical(CohortRetentionTable table, bool withRates)
    {
        var text = new StringBuilder();
        for (var c = 0; c < table.Cohorts.Count; c++)
        {
            text.Append(table.Cohorts[c]).Append(':');
            for (var k = 0; k < table.OffsetCount(c); k++)
            {
                text.Append(' ').Append(table.ActiveCustomers(c, k));
                if (withRates)
                {
                    text.Append('/').Append(Text(table.RetentionRate(c, k)));
                }
            }

            text.Append("; ");
        }

        return text.ToString();
    }

    [Fact]
    [KpiTest(KpiIds.CohortRetention)]
    public void Cohort_matrix_matches_a_hand_calculation()
    {
        // Customer 0 orders in January and February, 1 in January only, 2 first in February, 3 in
        // January and March (skipping February). January cohort {0, 1, 3}: 3, then 1 (customer 0) in
        // February = 33.3 %, then 1 (customer 3) in March. February cohort {2}: 1, then 0 in March.
        var cohorts = new CohortRetentionAccumulator(customerCount: 5, Period.Month(2026, 1), periodCount: 6);
        cohorts.Add(
            [0, 0, 1, 2, 3, 3, 0],
            [new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 9), new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 3), new DateOnly(2026, 1, 31), new DateOnly(2026, 3, 1), new DateOnly(2026, 1, 6)]);
        var table = cohorts.Result();
        Assert.Equal([Period.Month(2026, 1), Period.Month(2026, 2), Period.Month(2026, 3)], table.Cohorts);
        Assert.Equal(3, table.CohortSize(0));
        Assert.Equal(1, table.ActiveCustomers(0, 1));
        Assert.Equal(Rate.FromFraction(1m / 3m), table.RetentionRate(0, 1).Value);
        Assert.Equal(1, table.ActiveCustomers(0, 2));
        Assert.Equal(Rate.Zero, table.RetentionRate(1, 1).Value);
        Assert.Equal(UndefinedReason.ZeroDenominator, table.RetentionRate(2, 0).Reason); // nobody started in March
        Assert.Equal(UndefinedReason.NotYetObserved, table.RetentionRate(1, 2).Reason);  // April is beyond the data
        Assert.True(new CohortRetentionAccumulator(3, Period.Month(2026, 1), 2).Result().IsEmpty);
    }

    [KpiProperty]
    public Property Cohorts_merge_exactly_with_one_and_several_mask_words() =>
        // 8 months fit a 32-bit mask, 40 weeks one 64-bit word, 70 weeks need several; each layout
        // gets its own 1000 cases.
        new[] { (Period.Month(2025, 11), 8, 240), (Period.IsoWeek(2025, 1), 40, 280), (Period.IsoWeek(2025, 1), 70, 490) }
            .Select(layout =>
            {
                var (period, count, days) = layout;
                return Hold<Orders, CohortRetentionAccumulator, CohortRetentionTable, CohortRetentionState>(
                    80,
                    (random, rows) => MakeOrders(random, rows, 20, period.Start, days),
                    (orders, range) => new Orders(orders.Customers[range], orders.Dates[range]),
                    () => new CohortRetentionAccumulator(20, period, count),
                    (acc, orders) => acc.Add(orders.Customers, orders.Dates),
                    acc => acc.State,
                    CohortRetentionAccumulator.FromState,
                    Canonical)
                    .Label($"{count} periods from {period}");
            })
            .Aggregate((all, next) => all.And(next));

    [KpiProperty]
    [KpiTest(KpiIds.CohortRetention)]
    public Property Cohort_tables_equal_Retention_CohortRetention_for_every_unit() =>
        // Each unit gets its own 1000 cases.
        new[] { PeriodUnit.Month, PeriodUnit.IsoWeek, PeriodUnit.Quarter, PeriodUnit.Year }
            .Select(unit => Prop.ForAll(LawCase.Gen(120).ToArbitrary(), c => CohortEqualsRetention(c, unit)).Label(unit.ToString()))
            .Aggregate((all, next) => all.And(next));

    [Fact]
    public void Cohort_validation_names_the_parameter_and_changes_nothing()
    {
        var cohorts = new CohortRetentionAccumulator(2, Period.Month(2026, 1), 3);
        cohorts.Add([0], [new DateOnly(2026, 1, 2)]);
        var before = Canonical(cohorts.Result());
        Assert.Equal("orderDates", Assert.Throws<ArgumentException>(() => cohorts.Add([0, 1], [new DateOnly(2026, 1, 2)])).ParamName);
        Assert.Equal("customers", Assert.Throws<ArgumentOutOfRangeException>(() => cohorts.Add([1, 2], [new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 3)])).ParamName);
        Assert.Equal("orderDates", Assert.Throws<ArgumentOutOfRangeException>(() => cohorts.Add([1, 1], [new DateOnly(2026, 2, 2), new DateOnly(2026, 4, 1)])).ParamName);
        Assert.Equal("orderDates", Assert.Throws<ArgumentOutOfRangeException>(() => cohorts.Add([1], [new DateOnly(2025, 12, 31)])).ParamName);
        Assert.Equal("orderDayNumbers", Assert.Throws<ArgumentOutOfRangeException>(() => cohorts.Add([1], [-5])).ParamName);
        Assert.Equal(before, Canonical(cohorts.Result()));
        Assert.Equal("firstPeriod", Assert.Throws<ArgumentException>(() => new CohortRetentionAccumulator(1, Period.FromDays(new DateOnly(2026, 1, 1), 30), 2)).ParamName);
        Assert.Equal("periodCount", Assert.Throws<ArgumentOutOfRangeException>(() => new CohortRetentionAccumulator(1, Period.Month(2026, 1), 0)).ParamName);
        Assert.Equal("periodCount", Assert.Throws<ArgumentOutOfRangeException>(() => new CohortRetentionAccumulator(1, Period.Year(9990), 20)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => cohorts.Merge(new CohortRetentionAccumulator(2, Period.Month(2026, 2), 3))).ParamName);
        Assert.Equal("state", Assert.Throws<ArgumentException>(() => CohortRetentionAccumulator.FromState(new CohortRetentionState(2, Period.Month(2026, 1), 3, [1UL << 5, 0]))).ParamName);
    }

    // ---- cycle time ----------------------------------------------------------------------------------

    public sealed record Deals(DateOnly[] Starts, DateOnly[] Ends);

    private static Deals MakeDeals(Random random, int rows)
    {
        var starts = Enumerable.Range(0, rows).Select(_ => new DateOnly(2025, 1, 1).AddDays(random.Next(365))).ToArray();
        var ends = starts.Select(s => s.AddDays(random.Next(4) == 0 ? random.Next(0, 3) : random.Next(0, 200))).ToArray();
        return new Deals(starts, ends);
    }

    private static string Canonical(CycleTimeResult result) =>
        $"{result.Count} {Text(result.Mean)} {Text(result.Median)} {Text(result.Percentile90)} {Text(result.Percentile(0.25m))}";

    /// <summary>PERCENTILE.INC on sorted durations, in days.</summary>
    private static decimal PercentileInc(int[] sortedDays, decimal p)
    {
        var h = (sortedDays.Length - 1) * p;
        var low = (int)decimal.Floor(h);
        var high = Math.Min(low + 1, sortedDays.Length - 1);
        return sortedDays[low] + ((h - low) * (sortedDays[high] - sortedDays[low]));
    }

    [Fact]
    [KpiTest(KpiIds.SalesCycleLength)]
    public void Cycle_statistics_match_a_hand_calculation()
    {
        // 30, 45 and 60 days: mean 45; median 45; p90 at rank 0.9 × 2 = 1.8, 45 + 0.8 × 15 = 57 days.
        var cycles = new CycleTimeAccumulator();
        cycles.Add([new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 1)], [new DateOnly(2026, 2, 4), new DateOnly(2026, 2, 24), new DateOnly(2026, 4, 2)]);
        var result = cycles.Result();
        Assert.Equal(3, result.Count);
        Assert.Equal(TimeSpan.FromDays(45), result.Mean.Value);
        Assert.Equal(KpiIds.SalesCycleLength, result.Mean.KpiId);
        Assert.Equal(TimeSpan.FromDays(45), result.Median.Value);
        Assert.Equal(TimeSpan.FromDays(57), result.Percentile90.Value);
        Assert.Equal(TimeSpan.FromDays(30), result.Percentile(0m).Value);
        Assert.Equal(TimeSpan.FromDays(60), result.Percentile(1m).Value);

        // Even count: 1 and 4 days, median 2.5 days (the mean of the middle two).
        var even = new CycleTimeAccumulator(CycleTimeMeasure.TimeToConvert);
        even.Add(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2));
        even.Add(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 5));
        Assert.Equal(TimeSpan.FromDays(2.5), even.Result().Median.Value);
        Assert.Equal(KpiIds.TimeToConvert, even.Result().Mean.KpiId);

        var empty = new CycleTimeAccumulator().Result();
        Assert.Equal(UndefinedReason.EmptyInput, empty.Mean.Reason);
        Assert.Equal(UndefinedReason.EmptyInput, empty.Percentile90.Reason);
    }

    [KpiProperty]
    public Property Cycle_times_merge_exactly() =>
        Hold<Deals, CycleTimeAccumulator, CycleTimeResult, CycleTimeState>(
            80,
            MakeDeals,
            (deals, range) => new Deals(deals.Starts[range], deals.Ends[range]),
            () => new CycleTimeAccumulator(),
            (acc, deals) => acc.Add(deals.Starts, deals.Ends),
            acc => acc.State,
            CycleTimeAccumulator.FromState,
            Canonical);

    [KpiProperty]
    [KpiTest(KpiIds.SalesCycleLength)]
    [KpiTest(KpiIds.TimeToConvert)]
    public Property Cycle_statistics_equal_the_calculators_and_a_sorted_reference() =>
        Prop.ForAll(LawCase.Gen(100).ToArbitrary(), CycleEqualsCalculators);

    [Fact]
    public void Cycle_validation_names_the_parameter()
    {
        var cycles = new CycleTimeAccumulator();
        Assert.Equal("ends", Assert.Throws<ArgumentOutOfRangeException>(() => cycles.Add([new DateOnly(2026, 1, 2)], [new DateOnly(2026, 1, 1)])).ParamName);
        Assert.Equal("ends", Assert.Throws<ArgumentException>(() => cycles.Add([new DateOnly(2026, 1, 2)], ReadOnlySpan<DateOnly>.Empty)).ParamName);
        Assert.Equal("startDayNumbers", Assert.Throws<ArgumentOutOfRangeException>(() => cycles.Add([-1], [3])).ParamName);
        Assert.Equal("fraction", Assert.Throws<ArgumentOutOfRangeException>(() => cycles.Result().Percentile(1.5m)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => cycles.Merge(new CycleTimeAccumulator(CycleTimeMeasure.TimeToConvert))).ParamName);
        Assert.Equal("measure", Assert.Throws<ArgumentOutOfRangeException>(() => new CycleTimeAccumulator((CycleTimeMeasure)7)).ParamName);
        Assert.Equal(0, cycles.Result().Count);
    }

    // ---- NPS -------------------------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.Nps)]
    public void Nps_matches_a_hand_calculation()
    {
        // 10, 9, 9, 8, 7, 3, 10, 6, 9, 10: 6 promoters, 2 passives, 2 detractors: 100 × 4 / 10 = 40.
        var nps = new NpsAccumulator();
        nps.Add([10, 9, 9, 8, 7, 3, 10, 6, 9, 10]);
        var result = nps.Result();
        Assert.Equal((6L, 2L, 2L, 10L), (result.Promoters, result.Passives, result.Detractors, result.Answers));
        Assert.Equal(40m, result.Score.Value);
        Assert.Equal(UndefinedReason.EmptyInput, new NpsAccumulator().Result().Score.Reason);
    }

    [KpiProperty]
    public Property Nps_merges_exactly() =>
        Hold<byte[], NpsAccumulator, NpsResult, NpsState>(
            300,
            (random, rows) => Enumerable.Range(0, rows).Select(_ => (byte)random.Next(11)).ToArray(),
            (scores, range) => scores[range],
            () => new NpsAccumulator(),
            (acc, scores) => acc.Add(scores),
            acc => acc.State,
            NpsAccumulator.FromState,
            r => $"{r.Promoters} {r.Passives} {r.Detractors} {Text(r.Score)}");

    [Fact]
    [KpiTest(KpiIds.Nps)]
    public void Nps_vector_path_equals_Satisfaction_for_every_length()
    {
        foreach (var length in Enumerable.Range(0, 257).Concat([1_000, 8_191, 8_192, 8_193, 70_000]))
        {
            var random = new Random(length);
            var scores = Enumerable.Range(0, length).Select(_ => (byte)random.Next(11)).ToArray();
            var nps = new NpsAccumulator();
            nps.Add(scores);
            Assert.Equal(Satisfaction.NetPromoterScore(scores), nps.Result().Score);
            Assert.Equal(scores.Count(s => s >= 9), nps.Result().Promoters);
            Assert.Equal(scores.Count(s => s is 7 or 8), nps.Result().Passives);
            Assert.Equal(NpsAccumulator.Aggregate(scores, s => s), nps.Result());

            if (length > 0)
            {
                // An invalid answer anywhere rejects the batch, naming its row, and counts nothing.
                var bad = random.Next(length);
                scores[bad] = (byte)random.Next(11, 256);
                var error = Assert.Throws<ArgumentOutOfRangeException>(() => nps.Add(scores));
                Assert.Equal("scores", error.ParamName);
                Assert.Contains($"Row {bad}:", error.Message, StringComparison.Ordinal);
                Assert.Equal(length, nps.Result().Answers);
            }
        }
    }

    // ---- adoption ---------------------------------------------------------------------------------------

    public sealed record Uses(int[] Users, DateOnly[] Dates);

    private static readonly Period FirstWeek = Period.IsoWeek(2026, 10);

    private static Uses MakeUses(Random random, int rows, int users, int weeks) =>
        new(
            Enumerable.Range(0, rows).Select(_ => random.Next(users)).ToArray(),
            Enumerable.Range(0, rows).Select(_ => FirstWeek.Start.AddDays(random.Next(7 * weeks))).ToArray());

    private static string Canonical(AdoptionResult result) =>
        string.Join(" ", result.Weeks.Select(w => $"{w.Week}:{w.ActiveUsers}/{w.LowUsers}/{w.InactiveUsers}/{Text(w.AdoptionRate)}"));

    [Fact]
    [KpiTest(KpiIds.AdoptionRate)]
    [KpiTest(KpiIds.InactiveUsers)]
    public void Adoption_reproduces_the_week_of_a_trained_team()
    {
        // A week of three people trained on a tool (Engagement.json): Sophie 12 uses, Thomas 2, Julie 0: 1 active of 3 trained = 33.3 %,
        // Thomas low, Julie inactive. The second week nobody uses the tool.
        var adoption = new AdoptionAccumulator(userCount: 3, FirstWeek, weekCount: 2);
        var monday = FirstWeek.Start;
        var users = Enumerable.Repeat(0, 12).Concat([1, 1]).ToArray();
        var dates = users.Select((_, i) => monday.AddDays(i % 7)).ToArray();
        adoption.Add(users, dates);
        var week = adoption.Result().Weeks[0];
        Assert.Equal((1L, 1L, 1L), (week.ActiveUsers, week.LowUsers, week.InactiveUsers));
        Assert.Equal(Engagement.AdoptionRate([12, 2, 0]), week.AdoptionRate);
        Assert.Equal(Rate.FromFraction(1m / 3m), week.AdoptionRate.Value);
        var quiet = adoption.Result().Weeks[1];
        Assert.Equal(Period.IsoWeek(2026, 11), quiet.Week);
        Assert.Equal(3, quiet.InactiveUsers);
        Assert.Equal(Rate.Zero, quiet.AdoptionRate.Value);
        Assert.Equal(UndefinedReason.EmptyInput, new AdoptionAccumulator(0, FirstWeek, 1).Result().Weeks[0].AdoptionRate.Reason);
    }

    [KpiProperty]
    public Property Adoption_merges_exactly() =>
        Hold<Uses, AdoptionAccumulator, AdoptionResult, AdoptionState>(
            150,
            (random, rows) => MakeUses(random, rows, 10, 3),
            (uses, range) => new Uses(uses.Users[range], uses.Dates[range]),
            () => new AdoptionAccumulator(10, FirstWeek, 3),
            (acc, uses) => acc.Add(uses.Users, uses.Dates),
            acc => acc.State,
            AdoptionAccumulator.FromState,
            Canonical);

    [KpiProperty]
    [KpiTest(KpiIds.AdoptionRate)]
    public Property Adoption_equals_Engagement_on_each_weeks_uses() =>
        Prop.ForAll(LawCase.Gen(200).ToArbitrary(), AdoptionEqualsEngagement);

    [Fact]
    public void Adoption_counters_saturate_without_changing_the_rule()
    {
        var adoption = new AdoptionAccumulator(1, FirstWeek, 1);
        var many = Enumerable.Repeat(0, 300).ToArray();
        adoption.Add(many, many.Select(_ => FirstWeek.Start).ToArray());
        adoption.Merge(AdoptionAccumulator.FromState(adoption.State));
        Assert.Equal(255, adoption.State.WeeklyUses[0]);
        Assert.Equal(1, adoption.Result().Weeks[0].ActiveUsers);
    }

    [Fact]
    public void Adoption_validation_names_the_parameter()
    {
        var adoption = new AdoptionAccumulator(2, FirstWeek, 1);
        Assert.Equal("users", Assert.Throws<ArgumentOutOfRangeException>(() => adoption.Add([2], [FirstWeek.Start])).ParamName);
        Assert.Equal("useDates", Assert.Throws<ArgumentOutOfRangeException>(() => adoption.Add([1], [FirstWeek.End])).ParamName);
        Assert.Equal("useDates", Assert.Throws<ArgumentException>(() => adoption.Add([1, 0], [FirstWeek.Start])).ParamName);
        Assert.Equal("firstWeek", Assert.Throws<ArgumentException>(() => new AdoptionAccumulator(1, Period.Month(2026, 3), 1)).ParamName);
        Assert.Equal("user", Assert.Throws<ArgumentException>(() => AdoptionAccumulator.Aggregate(["eve"], u => u, _ => FirstWeek.Start, ["ana"], FirstWeek, 1)).ParamName);
        Assert.Equal("trainedUsers", Assert.Throws<ArgumentException>(() => AdoptionAccumulator.Aggregate(["ana"], u => u, _ => FirstWeek.Start, ["ana", "ana"], FirstWeek, 1)).ParamName);
        Assert.Equal(2, adoption.Result().Weeks[0].InactiveUsers);
    }

    private static bool CohortEqualsRetention(LawCase c, PeriodUnit unit)
    {
        var random = new Random(c.Seed);
        var orders = MakeOrders(random, c.Rows, 25, new DateOnly(2024, 12, 20), unit == PeriodUnit.Year ? 2000 : 400);
        var purchases = orders.Customers.Zip(orders.Dates).Select(p => ($"c{p.First}", p.Second)).ToList();
        var expected = Canonical(Retention.CohortRetention(purchases, unit), withRates: true);

        var fromRecords = Canonical(CohortRetentionAccumulator.Aggregate(purchases, p => p.Item1, p => p.Item2, unit), withRates: true);
        string fromColumns;
        if (c.Rows == 0)
        {
            fromColumns = Canonical(new CohortRetentionAccumulator(25, Period.Containing(new DateOnly(2024, 12, 20), unit), 1).Result(), withRates: true);
        }
        else
        {
            // A window wider than the data on both sides: the table still spans the data only.
            var first = Period.Containing(orders.Dates.Min(), unit).Offset(-2);
            var periods = (int)(CalendarWindow.Ordinal(orders.Dates.Max(), unit) - CalendarWindow.Ordinal(first.Start, unit)) + 4;
            var accumulator = new CohortRetentionAccumulator(25, first, periods);
            accumulator.Add(orders.Customers, orders.Dates.Select(d => d.DayNumber).ToArray());
            fromColumns = Canonical(accumulator.Result(), withRates: true);
        }

        return expected == fromRecords && expected == fromColumns;
    }

    private static bool CycleEqualsCalculators(LawCase c)
    {
        var deals = MakeDeals(new Random(c.Seed), c.Rows);
        var sales = new CycleTimeAccumulator();
        sales.Add(deals.Starts, deals.Ends);
        var convert = new CycleTimeAccumulator(CycleTimeMeasure.TimeToConvert);
        convert.Add(deals.Starts.Select(d => d.DayNumber).ToArray(), deals.Ends.Select(d => d.DayNumber).ToArray());
        var salesResult = sales.Result();
        var convertResult = convert.Result();
        var ok = salesResult.Mean == Efficiency.SalesCycleLength(deals.Starts, deals.Ends)
            && convertResult.Mean == Acquisition.TimeToConvert(
                deals.Starts.Select(d => d.ToDateTime(TimeOnly.MinValue)).ToArray(),
                deals.Ends.Select(d => d.ToDateTime(TimeOnly.MinValue)).ToArray());
        if (c.Rows > 0)
        {
            var sorted = deals.Starts.Zip(deals.Ends, (s, e) => e.DayNumber - s.DayNumber).Order().ToArray();
            foreach (var p in new[] { 0m, 0.1m, 0.5m, 0.9m, 0.99m, 1m })
            {
                var expected = TimeSpan.FromTicks((long)decimal.Round(PercentileInc(sorted, p) * TimeSpan.TicksPerDay, MidpointRounding.AwayFromZero));
                ok &= salesResult.Percentile(p).Value == expected;
            }

            ok &= salesResult.Median == salesResult.Percentile(0.5m) && salesResult.Percentile90 == salesResult.Percentile(0.9m);
        }

        return ok;
    }

    private static bool AdoptionEqualsEngagement(LawCase c)
    {
        var uses = MakeUses(new Random(c.Seed), c.Rows, 12, 4);
        var adoption = new AdoptionAccumulator(12, FirstWeek, 4);
        adoption.Add(uses.Users, uses.Dates.Select(d => d.DayNumber).ToArray());
        var result = adoption.Result();
        var ok = true;
        for (var w = 0; w < 4; w++)
        {
            var week = FirstWeek.Offset(w);
            var weekly = Enumerable.Range(0, 12).Select(u => uses.Users.Where((user, i) => user == u && week.Contains(uses.Dates[i])).Count()).ToArray();
            ok &= result.Weeks[w].AdoptionRate == Engagement.AdoptionRate(weekly)
                && result.Weeks[w].InactiveUsers == Engagement.InactiveUsers(weekly)
                && result.Weeks[w].LowUsers == weekly.Count(n => n is 1 or 2);
        }

        var names = uses.Users.Select((u, i) => (Name: $"user{u}", Date: uses.Dates[i]));
        var fromRecords = AdoptionAccumulator.Aggregate(names, r => r.Name, r => r.Date, Enumerable.Range(0, 12).Select(u => $"user{u}"), FirstWeek, 4);
        return ok && Canonical(fromRecords) == Canonical(result);
    }

    [Fact]
    public void Span_paths_equal_their_references_for_every_length_0_to_256()
    {
        for (var length = 0; length <= 256; length++)
        {
            var c = new LawCase(Seed: (length * 7919) + 17, Rows: length, FirstCut: 0, SecondCut: 0, Partitions: 2);
            Assert.True(CycleEqualsCalculators(c), $"CycleEqualsCalculators, length {length}");
            Assert.True(CohortEqualsRetention(c, PeriodUnit.Month), $"CohortEqualsRetention, length {length}");
            Assert.True(CohortEqualsRetention(c, PeriodUnit.IsoWeek), $"CohortEqualsRetention (weeks), length {length}");
            Assert.True(AdoptionEqualsEngagement(c), $"AdoptionEqualsEngagement, length {length}");
        }
    }
}
