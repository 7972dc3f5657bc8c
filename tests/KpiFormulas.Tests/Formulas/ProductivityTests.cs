using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class ProductivityTests
{
    // The weekly table of time saved per person by automating three tasks; Productivity.json gives each line.
    private static readonly TaskTimeSaving MeetingMinutes = new("Meeting minutes", TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), 8);
    private static readonly TaskTimeSaving FollowUpEmails = new("Customer follow-up emails", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(3), 25);
    private static readonly TaskTimeSaving SalesProposals = new("Sales proposals", TimeSpan.FromHours(4), TimeSpan.FromHours(2), 2);

    // ---- worked examples: Formulas/Cases/Productivity.json -----------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Productivity");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    /// <summary>The calculator of a case: its KPI, its calculator where it names one, and its inputs between overloads.</summary>
    private static object Calculate(ReferenceCase c) => (c.Kpi, c.Calculator) switch
    {
        (KpiIds.TimeSaved, "TimeSavedPerPerson") => Productivity.TimeSavedPerPerson(c.Input<TimeSpan>("timeSaved"), c.Input<long>("people")),
        (KpiIds.TimeSaved, "TimeSavedPerPersonPerMonth") =>
            Productivity.TimeSavedPerPersonPerMonth(c.Input<TimeSpan>("timeSaved"), c.Input<Period>("measuredOver"), c.Input<long>("people")),
        (KpiIds.TimeSaved, "TimeSavedPerPersonPerWeek") =>
            Productivity.TimeSavedPerPersonPerWeek(c.Input<TimeSpan>("timeSaved"), c.Input<Period>("measuredOver"), c.Input<long>("people")),
        (KpiIds.TimeSaved, null) => Productivity.TimeSaved(c.Input<TimeSpan>("timeBefore"), c.Input<TimeSpan>("timeAfter"), c.Input<decimal>("repetitions")),
        (KpiIds.ErrorsAvoided, _) when c.HasList("errorsBefore") =>
            Productivity.ErrorsAvoided(c.Input<long[]>("errorsBefore"), c.Input<long[]>("errorsAfter")),
        (KpiIds.ErrorsAvoided, _) => Productivity.ErrorsAvoided(c.Input<long>("errorsBefore"), c.Input<long>("errorsAfter")),
        (KpiIds.ErrorsAvoidedValue, _) => Productivity.ErrorsAvoidedValue(c.Input<long>("errorsAvoided"), c.Input<Money>("averageErrorCost")),
        (KpiIds.CapacityIncrease, _) => Productivity.CapacityIncrease(c.Input<decimal>("unitsBefore"), c.Input<decimal>("unitsAfter")),
        _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
    };

    private static string[] UseNames(int count)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = "use " + i;
        }

        return names;
    }

    private static decimal PrintedHours(TimeSpan time) => decimal.Round((decimal)time.Ticks / TimeSpan.TicksPerHour, 0, MidpointRounding.AwayFromZero);

    // ---- time_saved -----------------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.TimeSaved)]
    [MemberData(nameof(CasesOf), KpiIds.TimeSaved)]
    public void Time_saved_is_the_time_gained_per_repetition_times_the_repetitions_per_person_and_period(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    public void Total_time_saved_adds_the_lines_of_the_weekly_table()
    {
        // The table's total, printed as 13 h: exactly 6 h + 2 h 55 + 4 h = 12 h 55.
        var total = Productivity.TotalTimeSaved([MeetingMinutes, FollowUpEmails, SalesProposals]);
        Assert.Equal(new TimeSpan(12, 55, 0), total);
        Assert.Equal(13m, PrintedHours(total));                        // printed "13 h"
        Assert.Equal(TimeSpan.FromHours(6), MeetingMinutes.TimeSaved);
        Assert.Equal("Customer follow-up emails", FollowUpEmails.Name);
    }

    [Fact]
    [KpiTest(KpiIds.TimeSaved)]
    public void Totals_are_summed_exactly_before_the_rounding_to_the_tick()
    {
        // Three lines of 0.4 tick each: rounding each would give 0; the exact sum 1.2 gives 1 tick.
        var line = new TaskTimeSaving("x", TimeSpan.FromTicks(1), TimeSpan.Zero, 0.4m);
        Assert.Equal(TimeSpan.Zero, line.TimeSaved);
        Assert.Equal(1, Productivity.TotalTimeSaved([line, line, line]).Ticks);
    }

    [Fact]
    [KpiTest(KpiIds.TimeSaved)]
    public void Time_saved_rejects_negative_durations_and_repetitions()
    {
        Assert.Equal("timeBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeSaved(TimeSpan.FromMinutes(-1), TimeSpan.Zero, 1)).ParamName);
        Assert.Equal("timeAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeSaved(TimeSpan.Zero, TimeSpan.FromMinutes(-1), 1)).ParamName);
        Assert.Equal("repetitions", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeSaved(TimeSpan.Zero, TimeSpan.Zero, -1)).ParamName);
        Assert.Equal("timeBefore", Assert.Throws<ArgumentOutOfRangeException>(() => new TaskTimeSaving("x", TimeSpan.FromMinutes(-1), TimeSpan.Zero, 1)).ParamName);
        Assert.Equal("timeAfter", Assert.Throws<ArgumentOutOfRangeException>(() => new TaskTimeSaving("x", TimeSpan.Zero, TimeSpan.FromMinutes(-1), 1)).ParamName);
        Assert.Equal("repetitions", Assert.Throws<ArgumentOutOfRangeException>(() => new TaskTimeSaving("x", TimeSpan.Zero, TimeSpan.Zero, -1)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new TaskTimeSaving(null!, TimeSpan.Zero, TimeSpan.Zero, 1)).ParamName);
        Assert.Throws<OverflowException>(() => Productivity.TimeSaved(TimeSpan.MaxValue, TimeSpan.Zero, 2));
    }

    [Fact]
    public void Total_of_no_task_is_zero_and_default_task_saves_nothing()
    {
        Assert.Equal(TimeSpan.Zero, Productivity.TotalTimeSaved([]));
        Assert.Equal(TimeSpan.Zero, default(TaskTimeSaving).TimeSaved);
        Assert.Equal(string.Empty, default(TaskTimeSaving).Name);
    }

    [KpiProperty]
    public Property Total_time_saved_equals_the_sum_of_whole_minute_lines()
    {
        // With whole minutes and whole repetitions nothing is rounded, so the total is the plain sum.
        var line =
            from before in Gen.Choose(0, 600)
            from after in Gen.Choose(0, 600)
            from repetitions in Gen.Choose(0, 50)
            select new TaskTimeSaving("t", TimeSpan.FromMinutes(before), TimeSpan.FromMinutes(after), repetitions);
        return Prop.ForAll(
            Gen.ArrayOf(line).ToArbitrary(),
            tasks =>
            {
                var sum = TimeSpan.Zero;
                foreach (var task in tasks)
                {
                    sum += task.TimeSaved;
                }

                return Productivity.TotalTimeSaved(tasks) == sum;
            });
    }

    [KpiProperty]
    [KpiTest(KpiIds.TimeSaved)]
    public Property Time_saved_is_zero_when_nothing_changed_and_changes_sign_with_the_order() =>
        Prop.ForAll(
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(0, 1_000).ToArbitrary(),
            (a, b, repetitions) =>
                Productivity.TimeSaved(TimeSpan.FromSeconds(a), TimeSpan.FromSeconds(a), repetitions) == TimeSpan.Zero
                && Productivity.TimeSaved(TimeSpan.FromSeconds(a), TimeSpan.FromSeconds(b), repetitions)
                   == -Productivity.TimeSaved(TimeSpan.FromSeconds(b), TimeSpan.FromSeconds(a), repetitions));

    // ---- time_saved per person, per week and per month ----------------------------------------------

    [Fact]
    public void The_weekly_table_made_monthly_is_in_the_top_10_percent()
    {
        // The table's 12 h 55 a week per person made monthly, 56 h 9 min 47.8125 s (the case "the weekly table
        // made monthly" of Productivity.json): from 20 h a month per person, time saved is in the top 10 %.
        var monthly = Period.IsoWeek(2026, 10).PerMonth(new TimeSpan(12, 55, 0));
        Assert.Equal(TimeSpan.FromTicks(2_021_878_125_000), monthly);
        Assert.Equal(56m, PrintedHours(monthly));
        Assert.Equal(TimeSavedLevel.Top10Percent, Productivity.ClassifyTimeSavedPerPersonPerMonth(monthly));
        Assert.Equal(monthly, ((KpiResult<TimeSpan>)Calculate(Cases.Case("the weekly table made monthly"))).Value);
    }

    [Fact]
    public void Seven_hours_a_week_is_30_h_26_min_12_75_s_a_month_and_back()
    {
        // 7 h a week is 7 × 4.348125 = 30.436875 h a month = 30 h 26 min 12.75 s.
        var monthly = new TimeSpan(0, 30, 26, 12, 750);
        Assert.Equal(monthly, Period.IsoWeek(2026, 10).PerMonth(TimeSpan.FromHours(7)));
        Assert.Equal(TimeSpan.FromHours(7), Period.Month(2026, 3).PerWeek(monthly));
    }

    [Fact]
    public void Per_person_paths_undefined_and_invalid()
    {
        var none = Productivity.TimeSavedPerPerson(TimeSpan.FromHours(5), 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.TimeSaved, none.KpiId);
        Assert.Equal(UndefinedReason.ZeroDenominator, Productivity.TimeSavedPerPersonPerMonth(TimeSpan.FromHours(5), Period.Month(2026, 3), 0).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Productivity.TimeSavedPerPersonPerWeek(TimeSpan.FromHours(5), Period.Month(2026, 3), 0).Reason);
        Assert.Equal("people", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeSavedPerPerson(TimeSpan.FromHours(5), -1)).ParamName);
        Assert.Equal("people", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeSavedPerPersonPerMonth(TimeSpan.FromHours(5), Period.Month(2026, 3), -1)).ParamName);
        Assert.Equal("people", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeSavedPerPersonPerWeek(TimeSpan.FromHours(5), Period.Month(2026, 3), -1)).ParamName);
        // default(Period) is one day: 5 h in a day is 5 x 30.436875 = 152.184375 h a month and 35 h a week.
        Assert.Equal(TimeSpan.FromHours(152.184375), Productivity.TimeSavedPerPersonPerMonth(TimeSpan.FromHours(5), default, 1).Value);
        Assert.Equal(TimeSpan.FromHours(35), Productivity.TimeSavedPerPersonPerWeek(TimeSpan.FromHours(5), default, 1).Value);
    }

    [KpiProperty]
    public Property Weekly_to_monthly_agrees_with_period_conventions_and_round_trips() =>
        Prop.ForAll(
            Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(),
            minutes =>
            {
                var perWeek = TimeSpan.FromMinutes(minutes);
                var perMonth = Period.IsoWeek(2026, 10).PerMonth(perWeek);
                return perMonth == Productivity.TimeSavedPerPersonPerMonth(perWeek, Period.IsoWeek(2026, 10), 1).Value
                    && Math.Abs((Period.Month(2026, 3).PerWeek(perMonth) - perWeek).Ticks) <= 1;
            });

    // ---- time_saved bands -----------------------------------------------------------------------------

    [Fact]
    public void Time_saved_bands_edges()
    {
        // Per person and per month: from 5 h the automation already pays, from 10 h it is high, from 20 h it is in the top 10 %.
        Assert.Equal(TimeSavedLevel.BelowProfitable, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(5) - TimeSpan.FromTicks(1)));
        Assert.Equal(TimeSavedLevel.Profitable, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(5)));
        Assert.Equal(TimeSavedLevel.Profitable, Productivity.ClassifyTimeSavedPerPersonPerMonth(new TimeSpan(9, 59, 59)));
        Assert.Equal(TimeSavedLevel.High, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(10)));
        Assert.Equal(TimeSavedLevel.High, Productivity.ClassifyTimeSavedPerPersonPerMonth(new TimeSpan(19, 59, 59)));
        Assert.Equal(TimeSavedLevel.Top10Percent, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(20)));
        Assert.Equal(TimeSavedLevel.BelowProfitable, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(-3)));
    }

    [KpiProperty]
    public Property Time_saved_classification_is_monotone() =>
        Prop.ForAll(
            Gen.Choose(-600, 3_000).ToArbitrary(),
            Gen.Choose(-600, 3_000).ToArbitrary(),
            (a, b) => Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromMinutes(Math.Min(a, b)))
                   <= Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromMinutes(Math.Max(a, b))));

    // ---- errors_avoided and errors_avoided_value ----------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.ErrorsAvoided)]
    [MemberData(nameof(CasesOf), KpiIds.ErrorsAvoided)]
    public void Errors_avoided_are_the_errors_before_minus_the_errors_after(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.ErrorsAvoided)]
    public void Errors_avoided_are_88_percent_of_the_errors_a_change_of_minus_88_percent()
    {
        // 22 errors avoided of 25: 88 %, which is the change of the errors from 25 to 3, -88 %.
        Assert.Equal(Rate.FromPercent(-88m), Change.Between(25m, 3m).Relative.Value);
    }

    [Theory]
    [KpiTest(KpiIds.ErrorsAvoidedValue)]
    [MemberData(nameof(CasesOf), KpiIds.ErrorsAvoidedValue)]
    public void Errors_avoided_value_is_the_errors_avoided_times_their_average_cost(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.ErrorsAvoidedValue)]
    public void Errors_avoided_value_rejects_a_negative_cost() =>
        Assert.Equal("averageErrorCost", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.ErrorsAvoidedValue(1, Money.Euros(-1m))).ParamName);

    [Fact]
    [KpiTest(KpiIds.ErrorsAvoided)]
    public void Errors_avoided_rejects_invalid_input()
    {
        Assert.Equal("errorsBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.ErrorsAvoided(-1, 0)).ParamName);
        Assert.Equal("errorsAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.ErrorsAvoided(0, -1)).ParamName);
        Assert.Equal("errorsAfter", Assert.Throws<ArgumentException>(() => Productivity.ErrorsAvoided([1, 2], [1])).ParamName);
        Assert.Equal("errorsBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.ErrorsAvoided([1, -2], [1, 1])).ParamName);
    }

    [KpiProperty(typeof(CurrenciesWithMinorUnits))]
    [KpiTest(KpiIds.ErrorsAvoided)]
    [KpiTest(KpiIds.ErrorsAvoidedValue)]
    public Property Errors_avoided_total_is_the_difference_of_the_totals_and_value_keeps_the_currency(Currency currency)
    {
        var total = Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(0, 10_000)).ToArbitrary(),
            Gen.Choose(0, 10_000).ToArbitrary(),
            (before, shift) =>
            {
                var b = Array.ConvertAll(before, x => (long)x);
                var a = Array.ConvertAll(before, x => (long)((x + shift) % 10_001));
                long sumBefore = 0, sumAfter = 0;
                foreach (var x in b)
                {
                    sumBefore += x;
                }

                foreach (var x in a)
                {
                    sumAfter += x;
                }

                return Productivity.ErrorsAvoided(b, a) == sumBefore - sumAfter;
            });
        var value = Prop.ForAll(
            Gen.Choose(-1_000, 1_000).ToArbitrary(),
            errors => Productivity.ErrorsAvoidedValue(errors, new Money(150m, currency)).Currency == currency);
        return total.Label("errors avoided total").And(value.Label("errors avoided value"));
    }

    // ---- capacity_increase ----------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.CapacityIncrease)]
    [MemberData(nameof(CasesOf), KpiIds.CapacityIncrease)]
    public void Capacity_increase_is_the_relative_change_of_the_units(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.CapacityIncrease)]
    public void Three_extra_clients_at_3_500_euros_are_10_500_euros_a_month() =>
        Assert.Equal(Money.Euros(10_500m), Money.Euros(3_500m) * (11m - 8m));

    [Fact]
    [KpiTest(KpiIds.CapacityIncrease)]
    public void Capacity_increase_undefined_and_invalid_paths()
    {
        var undefined = Productivity.CapacityIncrease(0m, 3m);
        Assert.Equal(UndefinedReason.ZeroBaseline, undefined.Reason);
        Assert.Equal(KpiIds.CapacityIncrease, undefined.KpiId);
        Assert.Equal("unitsBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.CapacityIncrease(-1m, 3m)).ParamName);
        Assert.Equal("unitsAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.CapacityIncrease(1m, -3m)).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.CapacityIncrease)]
    public Property Capacity_increase_of_an_unchanged_capacity_is_zero_and_agrees_with_relative_change() =>
        Prop.ForAll(
            Gen.Choose(1, 100_000).ToArbitrary(),
            Gen.Choose(0, 100_000).ToArbitrary(),
            (before, after) =>
                Productivity.CapacityIncrease(before, before).Value == Rate.Zero
                && Productivity.CapacityIncrease(before, after).Value == Change.Between((decimal)before, after).Relative.Value
                && Productivity.CapacityIncrease(before, after).Value.Fraction >= -1m);

    // ---- time_reinvestment_mix --------------------------------------------------------------------------

    // A worked example of how a small business reinvests the time it freed: 45 %, 25 %, 15 % and 15 %.
    private static readonly string[] ReinvestedTimeUses = ["Business development", "Product improvement", "Team training", "Work-life balance"];

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_of_the_worked_example_from_shares()
    {
        var mix = Productivity.TimeReinvestmentMix(ReinvestedTimeUses, [Rate.FromPercent(45m), Rate.FromPercent(25m), Rate.FromPercent(15m), Rate.FromPercent(15m)]);
        Assert.Equal(4, mix.Count);
        Assert.Equal(Rate.One, mix.Total);
        Assert.Equal(Rate.FromPercent(25m), mix.ShareOf("Product improvement"));
        Assert.Equal("Business development", mix[0].Use);
        Assert.Equal("Business development 45%, Product improvement 25%, Team training 15%, Work-life balance 15%", mix.ToString());
    }

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_of_the_worked_example_from_hours()
    {
        // The same mix from hours: 40 h freed in a month spent 18 h, 10 h, 6 h, 6 h (18/40 = 45 %...).
        var fromHours = Productivity.TimeReinvestmentMix(ReinvestedTimeUses, [TimeSpan.FromHours(18), TimeSpan.FromHours(10), TimeSpan.FromHours(6), TimeSpan.FromHours(6)]);
        Assert.Equal(KpiIds.TimeReinvestmentMix, fromHours.KpiId);
        var fromShares = Productivity.TimeReinvestmentMix(ReinvestedTimeUses, [Rate.FromPercent(45m), Rate.FromPercent(25m), Rate.FromPercent(15m), Rate.FromPercent(15m)]);
        Assert.Equal(fromShares, fromHours.Value);
    }

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_uses_the_largest_remainder_so_thirds_add_up_to_100_percent()
    {
        // Hand calculation: 1/3 each = 0.3333|33... at 4 decimals: floors 0.3333 × 3 = 0.9999, one unit
        // missing, all remainders equal, so the first use gets it: 33.34 %, 33.33 %, 33.33 %.
        var thirds = Productivity.TimeReinvestmentMix(["a", "b", "c"], [TimeSpan.FromHours(10), TimeSpan.FromHours(10), TimeSpan.FromHours(10)]).Value;
        Assert.Equal(Rate.FromFraction(0.3334m), thirds[0].Share);
        Assert.Equal(Rate.FromFraction(0.3333m), thirds[1].Share);
        Assert.Equal(Rate.FromFraction(0.3333m), thirds[2].Share);
        Assert.Equal(1m, thirds.Total.Fraction);
        // Whole percents (2 decimals of the fraction): 1 h, 1 h, 4 h are 16.666...%, 16.666...%, 66.666...%;
        // floors 16 + 16 + 66 = 98, two points missing, remainders all 2/3: they go to the first two uses.
        var whole = Productivity.TimeReinvestmentMix(["a", "b", "c"], [TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(4)], decimals: 2).Value;
        Assert.Equal(new[] { Rate.FromPercent(17m), Rate.FromPercent(17m), Rate.FromPercent(66m) }, new[] { whole[0].Share, whole[1].Share, whole[2].Share });
        // The largest remainder wins over input order: 10 min, 20 min, 30 min at whole percents are
        // 16.666..., 33.333..., 50 -> floors 16, 33, 50 = 99, remainders 2/3, 1/3, 0: the extra point goes to the first.
        var order = Productivity.TimeReinvestmentMix(["a", "b", "c"], [TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(30)], 2).Value;
        Assert.Equal(new[] { Rate.FromPercent(17m), Rate.FromPercent(33m), Rate.FromPercent(50m) }, new[] { order[0].Share, order[1].Share, order[2].Share });
        var reversed = Productivity.TimeReinvestmentMix(["c", "b", "a"], [TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(10)], 2).Value;
        Assert.Equal(Rate.FromPercent(17m), reversed.ShareOf("a"));
    }

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_undefined_paths()
    {
        var empty = Productivity.TimeReinvestmentMix(ReadOnlySpan<string>.Empty, ReadOnlySpan<TimeSpan>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, empty.Reason);
        Assert.Equal(KpiIds.TimeReinvestmentMix, empty.KpiId);
        var noTime = Productivity.TimeReinvestmentMix(["a", "b"], [TimeSpan.Zero, TimeSpan.Zero]);
        Assert.Equal(UndefinedReason.ZeroDenominator, noTime.Reason);
        Assert.Equal(KpiIds.TimeReinvestmentMix, noTime.KpiId);
    }

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_invalid_paths()
    {
        Assert.Equal("timeSpent", Assert.Throws<ArgumentException>(() => Productivity.TimeReinvestmentMix(["a"], [TimeSpan.Zero, TimeSpan.Zero])).ParamName);
        Assert.Equal("timeSpent", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeReinvestmentMix(["a", "b"], [TimeSpan.FromHours(1), TimeSpan.FromHours(-1)])).ParamName);
        Assert.Equal("uses", Assert.Throws<ArgumentException>(() => Productivity.TimeReinvestmentMix(["a", "a"], [TimeSpan.FromHours(1), TimeSpan.FromHours(1)])).ParamName);
        Assert.Equal("uses", Assert.Throws<ArgumentNullException>(() => Productivity.TimeReinvestmentMix([null!], [TimeSpan.FromHours(1)])).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeReinvestmentMix(["a"], [TimeSpan.FromHours(1)], -1)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeReinvestmentMix(["a"], [TimeSpan.FromHours(1)], 19)).ParamName);
        Assert.Equal("shares", Assert.Throws<ArgumentException>(() => Productivity.TimeReinvestmentMix(["a", "b"], [Rate.FromPercent(50m), Rate.FromPercent(49.99m)])).ParamName);
        Assert.Equal("shares", Assert.Throws<ArgumentException>(() => Productivity.TimeReinvestmentMix(ReadOnlySpan<string>.Empty, ReadOnlySpan<Rate>.Empty)).ParamName);
        Assert.Equal("shares", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.TimeReinvestmentMix(["a", "b"], [Rate.FromPercent(120m), Rate.FromPercent(-20m)])).ParamName);
        Assert.Equal("shares", Assert.Throws<ArgumentException>(() => Productivity.TimeReinvestmentMix(["a"], [Rate.One, Rate.Zero])).ParamName);
        Assert.Equal("uses", Assert.Throws<ArgumentException>(() => Productivity.TimeReinvestmentMix(["a", "a"], [Rate.One, Rate.Zero])).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_lookups_and_default()
    {
        var mix = Productivity.TimeReinvestmentMix(["a", "b"], [TimeSpan.FromHours(3), TimeSpan.FromHours(1)]).Value;
        Assert.True(mix.TryGetShare("b", out var b));
        Assert.Equal(Rate.FromPercent(25m), b);
        Assert.False(mix.TryGetShare("z", out var none));
        Assert.Equal(Rate.Zero, none);
        Assert.Throws<KeyNotFoundException>(() => mix.ShareOf("z"));
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => mix[2]).ParamName);
        Assert.Equal(new[] { "a", "b" }, new List<TimeReinvestmentShare>(mix).ConvertAll(s => s.Use));
        Assert.Equal(Rate.Zero, default(TimeReinvestmentMix).Total);
        Assert.Empty(default(TimeReinvestmentMix));
    }

    [KpiProperty]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public Property Time_reinvestment_shares_always_sum_to_exactly_one_and_stay_within_one_unit_of_the_exact_share()
    {
        var times = Gen.ArrayOf(Gen.Choose(0, 1_000_000)).Where(a => a.Length > 0 && Array.Exists(a, x => x > 0));
        return Prop.ForAll(
            times.ToArbitrary(),
            Gen.Choose(0, 6).ToArbitrary(),
            (minutes, decimals) =>
            {
                var uses = UseNames(minutes.Length);
                var spent = Array.ConvertAll(minutes, m => TimeSpan.FromMinutes(m));
                var mix = Productivity.TimeReinvestmentMix(uses, spent, decimals).Value;
                decimal total = 0;
                foreach (var m in minutes)
                {
                    total += m;
                }

                var unit = 1m / (decimal)Math.Pow(10, decimals);
                var ok = mix.Total.Fraction == 1m && mix.Count == minutes.Length;
                for (var i = 0; i < minutes.Length; i++)
                {
                    var exact = minutes[i] / total;
                    ok &= mix[i].Use == uses[i]
                        && Math.Abs(mix[i].Share.Fraction - exact) < unit
                        && mix[i].Share.IsProportion
                        && (minutes[i] != 0 || mix[i].Share == Rate.Zero);
                }

                return ok;
            });
    }

    [KpiProperty]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public Property Time_reinvestment_mix_does_not_depend_on_the_unit_of_time() =>
        // Scaling every time by the same factor gives the same mix.
        Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(1, 10_000)).Where(a => a.Length is > 0 and < 20).ToArbitrary(),
            Gen.Choose(2, 60).ToArbitrary(),
            (minutes, factor) =>
            {
                var uses = UseNames(minutes.Length);
                var small = Productivity.TimeReinvestmentMix(uses, Array.ConvertAll(minutes, m => TimeSpan.FromMinutes(m))).Value;
                var large = Productivity.TimeReinvestmentMix(uses, Array.ConvertAll(minutes, m => TimeSpan.FromMinutes((long)m * factor))).Value;
                return small == large;
            });
}
