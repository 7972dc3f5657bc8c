using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>
/// States are validated whole: every state an accumulator reaches by <c>Add</c> and <c>Merge</c> is
/// accepted by <c>FromState</c> and continues to the same result; every single-field change that
/// breaks one of the accumulator's invariants is refused with an <see cref="ArgumentException"/> for
/// <c>state</c> whose message names the broken rule; and a refused state changes nothing (the
/// accumulator it would have been merged into keeps its state).
/// </summary>
public class StateValidationTests
{
    private static readonly Period Week = Period.IsoWeek(2026, 10);
    private static readonly Period Month = Period.Month(2026, 1);
    private static readonly DateTime Epoch = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A state broken in one field, and a word the refusal's message must contain (the member or the rule).</summary>
    public sealed record Breaker<TState>(string Name, Func<TState, TState> Break, string MessageMentions);

    private static Gen<(int Seed, int Rows)> Cases =>
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        from rows in Gen.Choose(0, 40)
        select (seed, rows);

    // ---- revenue -------------------------------------------------------------------------------------

    private static RevenueAccumulator Revenue(Random random, int rows)
    {
        // Two parts merged, so that merged states are checked as well as added ones.
        RevenueAccumulator Part(int count)
        {
            var part = new RevenueAccumulator(Currency.EUR, 3);
            var amounts = Enumerable.Range(0, count).Select(_ => random.Next(0, 100_000_000) / 100m).ToArray();
            var keys = Enumerable.Range(0, count).Select(_ => random.Next(3)).ToArray();
            part.Add(amounts, keys);
            part.AddMinorUnits(amounts.Select(a => (long)(a * 100m)).Take(count / 2).ToArray(), keys.Take(count / 2).ToArray());
            return part;
        }

        var whole = Part(rows / 2);
        whole.Merge(Part(rows - (rows / 2)));
        return whole;
    }

    private static RevenueState With(
        RevenueState s,
        decimal? total = null,
        long? orders = null,
        long? minorTotal = null,
        long? minorOrders = null,
        decimal[]? keyTotals = null,
        long[]? keyOrders = null,
        long[]? keyMinor = null,
        long[]? keyMinorOrders = null,
        int? keyCount = null) =>
        new(
            s.Currency,
            keyCount ?? s.KeyCount,
            total ?? s.Total,
            orders ?? s.Orders,
            minorTotal ?? s.MinorUnitsTotal,
            minorOrders ?? s.MinorUnitOrders,
            keyTotals ?? s.KeyTotals,
            keyOrders ?? s.KeyOrders,
            keyMinor ?? s.KeyMinorUnitsTotals,
            keyMinorOrders ?? s.KeyMinorUnitOrders);

    private static T[] Changed<T>(IReadOnlyList<T> list, int index, Func<T, T> change)
    {
        var copy = list.ToArray();
        copy[index] = change(copy[index]);
        return copy;
    }

    private static readonly Breaker<RevenueState>[] RevenueBreakers =
    [
        new("total one euro more than its keys", s => With(s, total: s.Total + 1m), "Total"),
        new("a key's total one cent more than the total", s => With(s, keyTotals: Changed(s.KeyTotals, 0, t => t + 0.01m)), "KeyTotals"),
        new("one order more than the keys", s => With(s, orders: s.Orders + 1), "KeyOrders"),
        new("a key with one order more", s => With(s, keyOrders: Changed(s.KeyOrders, 1, o => o + 1)), "KeyOrders"),
        new("minor units one cent more than the keys", s => With(s, minorTotal: s.MinorUnitsTotal + 1), "MinorUnitsTotal"),
        new("one minor-unit order more", s => With(s, minorOrders: s.MinorUnitOrders + 1), "KeyMinorUnitOrders"),
        new("a negative total", s => With(s, total: -1m), "Total"),
        new("a negative key order count", s => With(s, keyOrders: Changed(s.KeyOrders, 2, _ => -1L)), "KeyOrders"),
        new("a key count that does not match the lists", s => With(s, keyCount: s.KeyCount + 1), "entries"),
        new("a missing list", s => new RevenueState(s.Currency, s.KeyCount, s.Total, s.Orders, s.MinorUnitsTotal, s.MinorUnitOrders, null!, s.KeyOrders, s.KeyMinorUnitsTotals, s.KeyMinorUnitOrders), "KeyTotals"),
        new("a key's amount without any order", s => With(s, keyTotals: Changed(s.KeyTotals, 0, t => t + 5m), total: s.Total + 5m, keyOrders: Changed(s.KeyOrders, 0, _ => 0L), orders: s.Orders - s.KeyOrders[0]), "must be 0 when"),
    ];

    [KpiProperty]
    public Property Revenue_states_are_validated_whole() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Check(
            Revenue(new Random(c.Seed), c.Rows),
            a => a.State,
            RevenueAccumulator.FromState,
            a => $"{a.Result().Total} {string.Join(";", a.Result().Groups)}",
            RevenueBreakers));

    [Fact]
    public void A_revenue_total_with_zero_orders_is_refused()
    {
        // The case of the issue: 1 550 € with no order was reported as 0 € and dropped by the next merge.
        var decimals = new RevenueState(Currency.EUR, 0, 1_550m, 0, 0, 0, [], [], [], []);
        var minor = new RevenueState(Currency.EUR, 0, 0m, 0, 155_000, 0, [], [], [], []);
        Assert.Contains("'Total' must be 0 when its 'Orders' is 0", Refused(decimals, RevenueAccumulator.FromState).Message, StringComparison.Ordinal);
        Assert.Contains("'MinorUnitsTotal' must be 0 when its 'MinorUnitOrders' is 0", Refused(minor, RevenueAccumulator.FromState).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_revenue_state_whose_result_would_overflow_is_refused_and_a_merge_that_would_is_too()
    {
        // decimal.MaxValue plus one euro of minor units is beyond decimal: Result() could not add them.
        var huge = new RevenueState(Currency.EUR, 0, decimal.MaxValue, 1, 100, 1, [], [], [], []);
        Assert.Contains("range of decimal", Refused(huge, RevenueAccumulator.FromState).Message, StringComparison.Ordinal);
        var orders = new RevenueState(Currency.EUR, 0, 1m, long.MaxValue, 1, 1, [], [], [], []);
        Refused(orders, RevenueAccumulator.FromState);

        var big = new RevenueAccumulator(Currency.EUR);
        big.Add([decimal.MaxValue]);
        var cents = new RevenueAccumulator(Currency.EUR);
        cents.AddMinorUnits([100]);
        Assert.Throws<OverflowException>(() => big.Merge(cents));
        Assert.Equal(0, big.State.MinorUnitOrders);
    }

    [Fact]
    public void Minor_units_in_a_currency_without_them_are_refused()
    {
        var state = new RevenueState(Currency.XXX, 0, 0m, 0, 100, 1, [], [], [], []);
        Assert.Contains("no minor unit", Refused(state, RevenueAccumulator.FromState).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_key_totals_that_differ_only_by_decimal_rounding_are_accepted()
    {
        // Amounts at decimal's 28th digit: the per-key loops and the grand total round differently,
        // by a few units of the 28th significant digit, and the state Add produced is still accepted.
        var revenue = new RevenueAccumulator(Currency.EUR, 2);
        var thirds = Enumerable.Repeat(1m / 3m, 50).Concat(Enumerable.Repeat(12_345_678.9m, 50)).ToArray();
        revenue.Add(thirds, thirds.Select((_, i) => i % 2).ToArray());
        var state = revenue.State;
        Assert.NotEqual(state.Total, state.KeyTotals[0] + state.KeyTotals[1]);
        Assert.Equal(JsonSerializer.Serialize(revenue.Result()), JsonSerializer.Serialize(RevenueAccumulator.FromState(state).Result()));
    }

    // ---- acquisition cost ----------------------------------------------------------------------------

    private static AcquisitionCostAccumulator Acquisition(Random random, int rows)
    {
        AcquisitionCostAccumulator Part(int count)
        {
            var part = new AcquisitionCostAccumulator(Currency.EUR, 3);
            part.AddSpend(Enumerable.Range(0, count).Select(_ => random.Next(0, 10_000_000) / 100m).ToArray(), Enumerable.Range(0, count).Select(_ => random.Next(3)).ToArray());
            part.AddCustomers(Enumerable.Range(0, count / 3).Select(_ => random.Next(3)).ToArray());
            part.AddLeads(random.Next(3), random.Next(0, 1000));
            return part;
        }

        var whole = Part(rows / 2);
        whole.Merge(Part(rows - (rows / 2)));
        return whole;
    }

    private static AcquisitionCostState With(AcquisitionCostState s, decimal? total = null, long? rows = null, decimal[]? spend = null, long[]? spendRows = null, long[]? customers = null, long[]? leads = null) =>
        new(s.Currency, s.ChannelCount, total ?? s.TotalSpend, rows ?? s.SpendRows, spend ?? s.ChannelSpend, spendRows ?? s.ChannelSpendRows, customers ?? s.ChannelNewCustomers, leads ?? s.ChannelLeads);

    private static readonly Breaker<AcquisitionCostState>[] AcquisitionBreakers =
    [
        new("total spend one euro more than its channels", s => With(s, total: s.TotalSpend + 1m), "TotalSpend"),
        new("a channel's spend one cent more", s => With(s, spend: Changed(s.ChannelSpend, 2, x => x + 0.01m)), "ChannelSpend"),
        new("one spend row more", s => With(s, rows: s.SpendRows + 1), "ChannelSpendRows"),
        new("a negative lead count", s => With(s, leads: Changed(s.ChannelLeads, 0, _ => -1L)), "ChannelLeads"),
        new("customers adding up beyond long", s => With(s, customers: [long.MaxValue, 1, 0]), "ChannelNewCustomers"),
        new("leads adding up beyond long", s => With(s, leads: [long.MaxValue, long.MaxValue, 0]), "ChannelLeads"),
        new("a list of the wrong length", s => With(s, customers: [0, 0]), "entries"),
    ];

    [KpiProperty]
    public Property Acquisition_states_are_validated_whole() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Check(
            Acquisition(new Random(c.Seed), c.Rows),
            a => a.State,
            AcquisitionCostAccumulator.FromState,
            a => $"{a.Result().Total} {string.Join(";", a.Result().Channels)}",
            AcquisitionBreakers));

    [Fact]
    public void Acquisition_counts_that_would_overflow_the_result_are_refused_when_added()
    {
        var acquisition = new AcquisitionCostAccumulator(Currency.EUR, 2);
        acquisition.AddCustomers(0, long.MaxValue);
        Assert.Throws<OverflowException>(() => acquisition.AddCustomers(1, 1));
        Assert.Equal(0, acquisition.State.ChannelNewCustomers[1]);
        Assert.Equal(long.MaxValue, acquisition.Result().Total.NewCustomers);
    }

    // ---- NPS, funnel, cycle time -----------------------------------------------------------------------

    private static NpsAccumulator Nps(Random random, int rows)
    {
        var nps = new NpsAccumulator();
        nps.Add(Enumerable.Range(0, rows).Select(_ => (byte)random.Next(11)).ToArray());
        var other = new NpsAccumulator();
        other.Add((byte)random.Next(11));
        nps.Merge(other);
        return nps;
    }

    private static readonly Breaker<NpsState>[] NpsBreakers =
    [
        new("negative promoters", s => new NpsState(-1, s.Passives, s.Detractors), "Promoters"),
        new("negative detractors", s => new NpsState(s.Promoters, s.Passives, -s.Detractors - 1), "Detractors"),
        new("answers adding up beyond long", s => new NpsState(long.MaxValue, s.Passives + 1, s.Detractors), "add up"),
    ];

    [KpiProperty]
    public Property Nps_states_are_validated_whole() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Check(Nps(new Random(c.Seed), c.Rows), a => a.State, NpsAccumulator.FromState, a => a.Result().ToString(), NpsBreakers));

    private static FunnelAccumulator Funnel(Random random, int rows)
    {
        var funnel = new FunnelAccumulator("lead", "MQL", "SQL", "won");
        funnel.Add(Enumerable.Range(0, rows).Select(_ => random.Next(4)).ToArray());
        return funnel;
    }

    private static readonly Breaker<FunnelState>[] FunnelBreakers =
    [
        new("a null stage name", s => new FunnelState([s.StageNames[0], null!, s.StageNames[2], s.StageNames[3]], s.FurthestStageCounts), "StageNames[1]"),
        new("a repeated stage name", s => new FunnelState([s.StageNames[0], s.StageNames[0], s.StageNames[2], s.StageNames[3]], s.FurthestStageCounts), "unique"),
        new("a blank stage name", s => new FunnelState([s.StageNames[0], " ", s.StageNames[2], s.StageNames[3]], s.FurthestStageCounts), "blank"),
        new("counts of the wrong length", s => new FunnelState(s.StageNames, s.FurthestStageCounts.Take(3).ToArray()), "FurthestStageCounts"),
        new("a negative count", s => new FunnelState(s.StageNames, Changed(s.FurthestStageCounts, 3, _ => -1L)), "FurthestStageCounts"),
        new("counts adding up beyond long", s => new FunnelState(s.StageNames, [long.MaxValue, 1, 0, 0]), "add up"),
    ];

    [KpiProperty]
    public Property Funnel_states_are_validated_whole() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Check(Funnel(new Random(c.Seed), c.Rows), a => a.State, FunnelAccumulator.FromState, a => FunnelText(a.Result()), FunnelBreakers));

    private static CycleTimeAccumulator Cycles(Random random, int rows)
    {
        var cycles = new CycleTimeAccumulator(CycleTimeMeasure.TimeToConvert);
        var starts = Enumerable.Range(0, rows).Select(_ => new DateOnly(2026, 1, 1).AddDays(random.Next(300))).ToArray();
        cycles.Add(starts, starts.Select(s => s.AddDays(random.Next(200))).ToArray());
        return cycles;
    }

    private static readonly Breaker<CycleTimeState>[] CycleBreakers =
    [
        new("an undefined measure", s => new CycleTimeState((CycleTimeMeasure)42, s.DayCounts), "Measure"),
        new("a negative count", s => new CycleTimeState(s.Measure, [.. s.DayCounts, -1L]), "DayCounts"),
        new("counts adding up beyond long", s => new CycleTimeState(s.Measure, [long.MaxValue, .. s.DayCounts, 1L]), "add up"),
        new("durations adding up beyond what the mean can hold", s => new CycleTimeState(s.Measure, [.. s.DayCounts, .. new long[100_000], 1_000_000_000_000L]), "days in all"),
        new("a missing histogram", s => new CycleTimeState(s.Measure, null!), "DayCounts"),
    ];

    [KpiProperty]
    public Property Cycle_time_states_are_validated_whole() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Check(Cycles(new Random(c.Seed), c.Rows), a => a.State, CycleTimeAccumulator.FromState, a => $"{a.Result().Count} {a.Result().Mean} {a.Result().Median} {a.Result().Percentile90}", CycleBreakers));

    // ---- windows: conversion, adoption, cohorts ----------------------------------------------------------

    private static ConversionWindowAccumulator Conversions(Random random, int rows)
    {
        var conversions = new ConversionWindowAccumulator(5, TimeSpan.FromDays(7), "signup", "trial", "paid");
        conversions.Add(
            Enumerable.Range(0, rows).Select(_ => random.Next(5)).ToArray(),
            Enumerable.Range(0, rows).Select(_ => random.Next(3)).ToArray(),
            Enumerable.Range(0, rows).Select(_ => Epoch.AddHours(random.Next(24 * 30))).ToArray());
        return conversions;
    }

    private static readonly Breaker<ConversionWindowState>[] ConversionBreakers =
    [
        new("a timestamp at long.MinValue", s => new ConversionWindowState(s.StageNames, s.WindowTicks, s.EntityCount, Changed(s.FirstEventTicks, 0, _ => long.MinValue)), "FirstEventTicks[0]"),
        new("a negative timestamp", s => new ConversionWindowState(s.StageNames, s.WindowTicks, s.EntityCount, Changed(s.FirstEventTicks, 4, _ => -1L)), "FirstEventTicks[4]"),
        new("a timestamp after DateTime.MaxValue", s => new ConversionWindowState(s.StageNames, s.WindowTicks, s.EntityCount, Changed(s.FirstEventTicks, 2, _ => DateTime.MaxValue.Ticks + 1)), "FirstEventTicks[2]"),
        new("a negative window", s => new ConversionWindowState(s.StageNames, -1, s.EntityCount, s.FirstEventTicks), "WindowTicks"),
        new("more entities than timestamps", s => new ConversionWindowState(s.StageNames, s.WindowTicks, s.EntityCount + 1, s.FirstEventTicks), "FirstEventTicks"),
        new("entities beyond the largest array", s => new ConversionWindowState(s.StageNames, s.WindowTicks, int.MaxValue, s.FirstEventTicks), "EntityCount"),
        new("a single stage", s => new ConversionWindowState([s.StageNames[0]], s.WindowTicks, s.EntityCount, s.FirstEventTicks.Take(s.EntityCount).ToArray()), "two stages"),
    ];

    [KpiProperty]
    public Property Conversion_window_states_are_validated_whole() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Check(Conversions(new Random(c.Seed), c.Rows), a => a.State, ConversionWindowAccumulator.FromState, a => FunnelText(a.Result()), ConversionBreakers));

    private static AdoptionAccumulator Adoption(Random random, int rows)
    {
        var adoption = new AdoptionAccumulator(4, Week, 2);
        adoption.Add(Enumerable.Range(0, rows).Select(_ => random.Next(4)).ToArray(), Enumerable.Range(0, rows).Select(_ => Week.Start.AddDays(random.Next(14))).ToArray());
        return adoption;
    }

    private static readonly Breaker<AdoptionState>[] AdoptionBreakers =
    [
        new("a first week that is a month", s => new AdoptionState(s.UserCount, Month, s.WeekCount, s.WeeklyUses), "ISO week"),
        new("no week", s => new AdoptionState(s.UserCount, s.FirstWeek, 0, []), "WeekCount"),
        new("uses of the wrong length", s => new AdoptionState(s.UserCount + 1, s.FirstWeek, s.WeekCount, s.WeeklyUses), "WeeklyUses"),
        new("users times weeks beyond int", s => new AdoptionState(1 << 28, s.FirstWeek, 1024, s.WeeklyUses), "WeeklyUses"),
        new("a window beyond the calendar", s => new AdoptionState(s.UserCount, Period.IsoWeek(9998, 50), s.WeekCount * 4, s.WeeklyUses.Concat(s.WeeklyUses).Concat(s.WeeklyUses).Concat(s.WeeklyUses).ToArray()), "calendar"),
    ];

    [KpiProperty]
    public Property Adoption_states_are_validated_whole() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Check(Adoption(new Random(c.Seed), c.Rows), a => a.State, AdoptionAccumulator.FromState, a => string.Join(";", a.Result().Weeks), AdoptionBreakers));

    private static CohortRetentionAccumulator Cohorts(Random random, int rows)
    {
        var cohorts = new CohortRetentionAccumulator(6, Month, 3);
        cohorts.Add(Enumerable.Range(0, rows).Select(_ => random.Next(6)).ToArray(), Enumerable.Range(0, rows).Select(_ => Month.Start.AddDays(random.Next(90))).ToArray());
        return cohorts;
    }

    private static readonly Breaker<CohortRetentionState>[] CohortBreakers =
    [
        new("a customer active beyond the window", s => new CohortRetentionState(s.CustomerCount, s.FirstPeriod, s.PeriodCount, Changed(s.ActivePeriods, 1, m => m | (1UL << 3))), "beyond"),
        new("no period", s => new CohortRetentionState(s.CustomerCount, s.FirstPeriod, 0, s.ActivePeriods), "periodCount"),
        new("a first period of days", s => new CohortRetentionState(s.CustomerCount, Period.FromDays(Month.Start, 3), s.PeriodCount, s.ActivePeriods), "calendar period"),
        new("a negative customer count", s => new CohortRetentionState(-1, s.FirstPeriod, s.PeriodCount, s.ActivePeriods), "CustomerCount"),
        new("masks of the wrong length", s => new CohortRetentionState(s.CustomerCount, s.FirstPeriod, s.PeriodCount, s.ActivePeriods.Skip(1).ToArray()), "ActivePeriods"),
    ];

    [KpiProperty]
    public Property Cohort_states_are_validated_whole() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Check(Cohorts(new Random(c.Seed), c.Rows), a => a.State, CohortRetentionAccumulator.FromState, a => CohortText(a.Result()), CohortBreakers));

    // ---- customer summaries ------------------------------------------------------------------------------

    private static CustomerSummaryAccumulator Summaries(Random random, int rows)
    {
        // At least one row, so that every breaker below has an entry to break; two parts merged.
        CustomerSummaryAccumulator Part(int count)
        {
            var part = new CustomerSummaryAccumulator(5, Currency.USD, new DateOnly(1997, 9, 30), new DateOnly(1997, 10, 31), TimeSpan.FromDays(7));
            part.Add(
                Enumerable.Range(0, count).Select(_ => random.Next(5)).ToArray(),
                Enumerable.Range(0, count).Select(_ => new DateOnly(1997, 9, 1).AddDays(random.Next(61))).ToArray(),
                Enumerable.Range(0, count).Select(_ => random.Next(0, 10_000) / 100m).ToArray());
            return part;
        }

        var whole = Part((rows / 2) + 1);
        whole.Merge(Part(rows - (rows / 2)));
        return whole;
    }

    private static CustomerSummaryState With(
        CustomerSummaryState s,
        int? customerCount = null,
        DateOnly? holdoutEnd = null,
        long? unitTicks = null,
        IReadOnlyList<int>? customers = null,
        IReadOnlyList<int>? days = null,
        IReadOnlyList<decimal>? amounts = null) =>
        new(s.Currency, customerCount ?? s.CustomerCount, s.CalibrationEnd, holdoutEnd ?? s.HoldoutEnd, unitTicks ?? s.TimeUnitTicks, customers ?? s.Customers, days ?? s.PurchaseDays, amounts ?? s.PurchaseAmounts);

    /// <summary>The state with one more entry in front (or at the end): every list gets its field.</summary>
    private static CustomerSummaryState WithEntry(CustomerSummaryState s, int customer, int day, decimal amount, bool atEnd) =>
        atEnd
            ? With(s, customers: [.. s.Customers, customer], days: [.. s.PurchaseDays, day], amounts: [.. s.PurchaseAmounts, amount])
            : With(s, customers: [customer, .. s.Customers], days: [day, .. s.PurchaseDays], amounts: [amount, .. s.PurchaseAmounts]);

    private static readonly Breaker<CustomerSummaryState>[] SummaryBreakers =
    [
        new("a customer beyond the count", s => WithEntry(s, s.CustomerCount, s.HoldoutEnd.DayNumber, 1m, atEnd: true), "Customers"),
        new("a negative customer", s => WithEntry(s, -1, s.HoldoutEnd.DayNumber, 1m, atEnd: false), "Customers"),
        new("a day after the holdout window", s => WithEntry(s, s.CustomerCount - 1, s.HoldoutEnd.DayNumber + 1, 1m, atEnd: true), "PurchaseDays"),
        new("a day before 0001-01-01", s => WithEntry(s, 0, -1, 1m, atEnd: false), "PurchaseDays"),
        new("a negative amount", s => With(s, amounts: Changed(s.PurchaseAmounts, 0, _ => -0.01m)), "PurchaseAmounts"),
        new("a customer's day twice", s => WithEntry(s, s.Customers[^1], s.PurchaseDays[^1], 1m, atEnd: true), "strictly ascending"),
        new("entries out of order", s => WithEntry(s, s.CustomerCount - 1, s.HoldoutEnd.DayNumber, 1m, atEnd: false), "strictly ascending"),
        new("amounts of the wrong length", s => With(s, amounts: s.PurchaseAmounts.Skip(1).ToArray()), "PurchaseAmounts"),
        new("days of the wrong length", s => With(s, days: [.. s.PurchaseDays, s.HoldoutEnd.DayNumber]), "PurchaseDays"),
        new("missing customers", s => new CustomerSummaryState(s.Currency, s.CustomerCount, s.CalibrationEnd, s.HoldoutEnd, s.TimeUnitTicks, null!, s.PurchaseDays, s.PurchaseAmounts), "Customers"),
        new("a holdout window ending before the calibration window", s => With(s, holdoutEnd: s.CalibrationEnd.AddDays(-1)), "holdout"),
        new("a time unit of zero", s => With(s, unitTicks: 0), "timeUnit"),
        new("a negative customer count", s => With(s, customerCount: -1), "CustomerCount"),
    ];

    [KpiProperty]
    public Property Customer_summary_states_are_validated_whole() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Check(
            Summaries(new Random(c.Seed), c.Rows),
            a => a.State,
            CustomerSummaryAccumulator.FromState,
            a => string.Join(";", a.Result()),
            SummaryBreakers));

    // ---- misuse: merging an accumulator into itself ----------------------------------------------------

    [Fact]
    public void No_accumulator_can_be_merged_into_itself()
    {
        // Each would count its rows twice (or, for sets, hide a bug in the caller's partitioning).
        void Refuses<T>(T accumulator)
            where T : IMergeable<T>
        {
            var e = Assert.Throws<ArgumentException>(() => accumulator.Merge(accumulator));
            Assert.Equal("other", e.ParamName);
        }

        var revenue = new RevenueAccumulator(Currency.EUR);
        revenue.Add([10m]);
        Refuses(revenue);
        Assert.Equal(1, revenue.Result().Total.Orders);
        Refuses(new AcquisitionCostAccumulator(Currency.EUR, 1));
        Refuses(new NpsAccumulator());
        Refuses(new FunnelAccumulator("a", "b"));
        Refuses(new CycleTimeAccumulator());
        Refuses(new ConversionWindowAccumulator(1, TimeSpan.FromDays(1), "a", "b"));
        Refuses(new AdoptionAccumulator(1, Week, 1));
        Refuses(new CohortRetentionAccumulator(1, Month, 1));
        Refuses(new CustomerSummaryAccumulator(1, Currency.USD, new DateOnly(1997, 9, 30), new DateOnly(1997, 9, 30), TimeSpan.FromDays(7)));
    }

    private static string FunnelText(KpiFormulas.Formulas.Funnel funnel) =>
        $"{string.Join(";", funnel.Stages)} {string.Join(";", funnel.Steps)} {funnel.OverallRate}";

    private static string CohortText(KpiFormulas.Formulas.CohortRetentionTable table) =>
        string.Join(";", table.Cohorts.Select((cohort, c) => $"{cohort}:{string.Join(",", Enumerable.Range(0, table.OffsetCount(c)).Select(k => table.ActiveCustomers(c, k)))}"));

    // ---- the checks ------------------------------------------------------------------------------------

    private static ArgumentException Refused<TState, TAccumulator>(TState state, Func<TState, TAccumulator> fromState)
    {
        var e = Assert.Throws<ArgumentException>(() => fromState(state));
        Assert.Equal("state", e.ParamName);
        return e;
    }

    private static bool Check<TAccumulator, TState>(
        TAccumulator accumulator,
        Func<TAccumulator, TState> state,
        Func<TState, TAccumulator> fromState,
        Func<TAccumulator, string> result,
        IEnumerable<Breaker<TState>> breakers)
        where TAccumulator : IMergeable<TAccumulator>
    {
        // Accepted, and continues to the same result and state, also after a JSON round trip.
        var valid = state(accumulator);
        var back = fromState(JsonSerializer.Deserialize<TState>(JsonSerializer.Serialize(valid))!);
        Assert.Equal(result(accumulator), result(back));
        Assert.Equal(JsonSerializer.Serialize(valid), JsonSerializer.Serialize(state(back)));

        foreach (var breaker in breakers)
        {
            var target = fromState(valid);
            var before = JsonSerializer.Serialize(state(target));
            var broken = breaker.Break(valid);
            var e = Assert.Throws<ArgumentException>(() => target.Merge(fromState(broken)));
            Assert.True(e.ParamName == "state", $"{breaker.Name}: ParamName {e.ParamName}");
            Assert.True(e.Message.Contains(breaker.MessageMentions, StringComparison.Ordinal), $"{breaker.Name}: '{e.Message}' does not mention '{breaker.MessageMentions}'.");
            Assert.Equal(before, JsonSerializer.Serialize(state(target)));
        }

        return true;
    }
}
