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
    // seed 003, lines 71-75: the time-saved table of metric 1, per week.
    private static readonly TaskTimeSaving MeetingMinutes = new("Comptes-rendus réunion", TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), 8);
    private static readonly TaskTimeSaving FollowUpEmails = new("Emails de suivi client", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(3), 25);
    private static readonly TaskTimeSaving SalesProposals = new("Rédaction de proposition commerciale", TimeSpan.FromHours(4), TimeSpan.FromHours(2), 2);

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

    [Fact]
    [KpiTest(KpiIds.TimeSaved)]
    public void Time_saved_reproduces_each_line_of_document_003_table()
    {
        // seed 003, line 72: "Comptes-rendus réunion 1h 15 min 8/semaine 6h": (60 - 15) × 8 = 360 min.
        Assert.Equal(TimeSpan.FromHours(6), Productivity.TimeSaved(TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), 8));
        // seed 003, line 73: "Emails de suivi client 10 min 3 min 25/semaine 3h": (10 - 3) × 25 = 175 min = 2 h 55.
        var emails = Productivity.TimeSaved(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(3), 25);
        Assert.Equal(new TimeSpan(2, 55, 0), emails);                 // exact
        Assert.Equal(3m, PrintedHours(emails));                       // printed "3h" (rounded to the hour)
        // seed 003, line 74: "Rédaction de proposition commerciale 4h 2h 2/semaine 4h": (4 - 2) × 2 = 4 h.
        Assert.Equal(TimeSpan.FromHours(4), Productivity.TimeSaved(TimeSpan.FromHours(4), TimeSpan.FromHours(2), 2));
    }

    [Fact]
    public void Total_time_saved_reproduces_document_003_total()
    {
        // seed 003, line 75: "Total 13h"; exactly 6 h + 2 h 55 + 4 h = 12 h 55.
        var total = Productivity.TotalTimeSaved([MeetingMinutes, FollowUpEmails, SalesProposals]);
        Assert.Equal(new TimeSpan(12, 55, 0), total);
        Assert.Equal(13m, PrintedHours(total));                        // printed "13h"
        Assert.Equal(TimeSpan.FromHours(6), MeetingMinutes.TimeSaved);
        Assert.Equal("Emails de suivi client", FollowUpEmails.Name);
    }

    [Fact]
    [KpiTest(KpiIds.TimeSaved)]
    public void Time_saved_hand_cases_fractional_repetitions_and_a_slower_task()
    {
        // 90 s → 30 s, 2.5 times: 60 s × 2.5 = 150 s.
        Assert.Equal(TimeSpan.FromSeconds(150), Productivity.TimeSaved(TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(30), 2.5m));
        // A task that got slower, 10 min → 12 min, 5 times: -10 min (informative, not invalid).
        Assert.Equal(TimeSpan.FromMinutes(-10), Productivity.TimeSaved(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(12), 5));
        // Zero repetitions save nothing.
        Assert.Equal(TimeSpan.Zero, Productivity.TimeSaved(TimeSpan.FromHours(1), TimeSpan.Zero, 0));
    }

    [Fact]
    [KpiTest(KpiIds.TimeSaved)]
    public void Time_saved_rounds_once_to_the_tick_and_totals_are_summed_exactly()
    {
        // 1 tick × 0.5 = 0.5 tick -> 1 tick (half away from zero); -0.5 -> -1.
        Assert.Equal(1, Productivity.TimeSaved(TimeSpan.FromTicks(1), TimeSpan.Zero, 0.5m).Ticks);
        Assert.Equal(-1, Productivity.TimeSaved(TimeSpan.Zero, TimeSpan.FromTicks(1), 0.5m).Ticks);
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

    [Fact]
    public void Total_time_saved_equals_the_sum_of_whole_minute_lines()
    {
        // With whole minutes and whole repetitions nothing is rounded, so the total is the plain sum.
        var line =
            from before in Gen.Choose(0, 600)
            from after in Gen.Choose(0, 600)
            from repetitions in Gen.Choose(0, 50)
            select new TaskTimeSaving("t", TimeSpan.FromMinutes(before), TimeSpan.FromMinutes(after), repetitions);
        PropertyCheck.Holds(Prop.ForAll(
            Gen.ArrayOf(line).ToArbitrary(),
            tasks =>
            {
                var sum = TimeSpan.Zero;
                foreach (var task in tasks)
                {
                    sum += task.TimeSaved;
                }

                return Productivity.TotalTimeSaved(tasks) == sum;
            }));
    }

    [Fact]
    [KpiTest(KpiIds.TimeSaved)]
    public void Time_saved_is_zero_when_nothing_changed_and_changes_sign_with_the_order()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(0, 1_000).ToArbitrary(),
            (a, b, repetitions) =>
                Productivity.TimeSaved(TimeSpan.FromSeconds(a), TimeSpan.FromSeconds(a), repetitions) == TimeSpan.Zero
                && Productivity.TimeSaved(TimeSpan.FromSeconds(a), TimeSpan.FromSeconds(b), repetitions)
                   == -Productivity.TimeSaved(TimeSpan.FromSeconds(b), TimeSpan.FromSeconds(a), repetitions)));
    }

    // ---- time_saved per person, per week and per month ----------------------------------------------

    [Fact]
    public void Document_003_weekly_total_is_top_10_percent_once_made_monthly()
    {
        // seed 003, lines 75-81: 12 h 55 a week per person, thresholds per person per month.
        // 775 min × 30.436875 / 7 = 775 × 4.348125 = 3 369.796875 min = 56 h 09 min 47.8125 s.
        var monthly = Period.IsoWeek(2026, 10).PerMonth(new TimeSpan(12, 55, 0));
        Assert.Equal(TimeSpan.FromTicks(2_021_878_125_000), monthly);
        Assert.Equal(56m, PrintedHours(monthly));
        Assert.Equal(TimeSavedLevel.Top10Percent, Productivity.ClassifyTimeSavedPerPersonPerMonth(monthly));
        // The same figure from an ISO week through Period's conventions.
        Assert.Equal(monthly, Productivity.TimeSavedPerPersonPerMonth(new TimeSpan(12, 55, 0), Period.IsoWeek(2026, 5), 1).Value);
    }

    [Fact]
    public void Per_person_and_per_period_hand_cases()
    {
        // 50 h over 4 people = 12 h 30 each.
        var perPerson = Productivity.TimeSavedPerPerson(TimeSpan.FromHours(50), 4);
        Assert.Equal(new TimeSpan(12, 30, 0), perPerson.Value);
        Assert.Equal(KpiIds.TimeSaved, perPerson.KpiId);
        // 50 h in March 2026 by 5 people: 10 h per person per month (a calendar month is 1 month).
        Assert.Equal(TimeSpan.FromHours(10), Productivity.TimeSavedPerPersonPerMonth(TimeSpan.FromHours(50), Period.Month(2026, 3), 5).Value);
        // 90 h in Q1 2026 by 3 people: 90 / 3 months / 3 = 10 h.
        Assert.Equal(TimeSpan.FromHours(10), Productivity.TimeSavedPerPersonPerMonth(TimeSpan.FromHours(90), Period.Quarter(2026, 1), 3).Value);
        // 26 h in an ISO week by 2 people: 13 h per person per week.
        Assert.Equal(TimeSpan.FromHours(13), Productivity.TimeSavedPerPersonPerWeek(TimeSpan.FromHours(26), Period.IsoWeek(2026, 5), 2).Value);
        // 14 days: 28 h by 1 person is 14 h a week (14 days = 2 weeks).
        Assert.Equal(TimeSpan.FromHours(14), Productivity.TimeSavedPerPersonPerWeek(TimeSpan.FromHours(28), Period.FromDays(new DateOnly(2026, 3, 2), 14), 1).Value);
        // 7 h a week is 7 × 4.348125 = 30.436875 h a month = 30 h 26 min 12.75 s, and back.
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

    [Fact]
    public void Weekly_to_monthly_agrees_with_period_conventions_and_round_trips()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(),
            minutes =>
            {
                var perWeek = TimeSpan.FromMinutes(minutes);
                var perMonth = Period.IsoWeek(2026, 10).PerMonth(perWeek);
                return perMonth == Productivity.TimeSavedPerPersonPerMonth(perWeek, Period.IsoWeek(2026, 10), 1).Value
                    && Math.Abs((Period.Month(2026, 3).PerWeek(perMonth) - perWeek).Ticks) <= 1;
            }));
    }

    // ---- time_saved bands -----------------------------------------------------------------------------

    [Fact]
    public void Time_saved_bands_edges()
    {
        // seed 003, lines 79-81: "5h/mois/personne → IA déjà rentable", "10h/mois → moyenne haute", "20h/mois → top 10%".
        Assert.Equal(TimeSavedLevel.BelowProfitable, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(5) - TimeSpan.FromTicks(1)));
        Assert.Equal(TimeSavedLevel.Profitable, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(5)));
        Assert.Equal(TimeSavedLevel.Profitable, Productivity.ClassifyTimeSavedPerPersonPerMonth(new TimeSpan(9, 59, 59)));
        Assert.Equal(TimeSavedLevel.High, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(10)));
        Assert.Equal(TimeSavedLevel.High, Productivity.ClassifyTimeSavedPerPersonPerMonth(new TimeSpan(19, 59, 59)));
        Assert.Equal(TimeSavedLevel.Top10Percent, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(20)));
        Assert.Equal(TimeSavedLevel.BelowProfitable, Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(-3)));
    }

    [Fact]
    public void Time_saved_classification_is_monotone()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(-600, 3_000).ToArbitrary(),
            Gen.Choose(-600, 3_000).ToArbitrary(),
            (a, b) => Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromMinutes(Math.Min(a, b)))
                   <= Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromMinutes(Math.Max(a, b)))));
    }

    // ---- errors_avoided and errors_avoided_value ----------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.ErrorsAvoided)]
    public void Errors_avoided_reproduces_document_003_metric_5()
    {
        // seed 003, lines 170-173: "Fautes dans devis 12 2 10", "Oublis emails clients 8 1 7",
        // "Erreurs de calcul 5 0 5", "Total 25 3 22".
        Assert.Equal(10, Productivity.ErrorsAvoided(12, 2));
        Assert.Equal(7, Productivity.ErrorsAvoided(8, 1));
        Assert.Equal(5, Productivity.ErrorsAvoided(5, 0));
        Assert.Equal(22, Productivity.ErrorsAvoided([12, 8, 5], [2, 1, 0]));
        Assert.Equal(22, Productivity.ErrorsAvoided(25, 3));
        // The metric is titled "Taux d'erreurs évitées": 22 of 25 is 88 %, i.e. a change of -88 %.
        Assert.Equal(Rate.FromPercent(-88m), Change.Between(25m, 3m).Relative.Value);
    }

    [Fact]
    [KpiTest(KpiIds.ErrorsAvoidedValue)]
    public void Errors_avoided_value_reproduces_document_003_metric_5()
    {
        // seed 003, lines 177-178: "Coût moyen d'une erreur client : 150€", "22 × 150€ = 3 300€".
        Assert.Equal(Money.Euros(3_300m), Productivity.ErrorsAvoidedValue(22, Money.Euros(150m)));
        // Hand case: errors rose by 2 at 49.90 € each: -99.80 €.
        Assert.Equal(Money.Euros(-99.8m), Productivity.ErrorsAvoidedValue(-2, Money.Euros(49.9m)));
        Assert.Equal("averageErrorCost", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.ErrorsAvoidedValue(1, Money.Euros(-1m))).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.ErrorsAvoided)]
    public void Errors_avoided_hand_cases_and_invalid_input()
    {
        // More errors after (3 -> 5) is -2: informative, not invalid. No error type at all: 0 (an empty sum).
        Assert.Equal(-2, Productivity.ErrorsAvoided(3, 5));
        Assert.Equal(0, Productivity.ErrorsAvoided(ReadOnlySpan<long>.Empty, ReadOnlySpan<long>.Empty));
        Assert.Equal("errorsBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.ErrorsAvoided(-1, 0)).ParamName);
        Assert.Equal("errorsAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.ErrorsAvoided(0, -1)).ParamName);
        Assert.Equal("errorsAfter", Assert.Throws<ArgumentException>(() => Productivity.ErrorsAvoided([1, 2], [1])).ParamName);
        Assert.Equal("errorsBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.ErrorsAvoided([1, -2], [1, 1])).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.ErrorsAvoided)]
    [KpiTest(KpiIds.ErrorsAvoidedValue)]
    public void Errors_avoided_total_is_the_difference_of_the_totals_and_value_keeps_the_currency()
    {
        PropertyCheck.Holds(Prop.ForAll(
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
            }));
        PropertyCheck.Holds(Prop.ForAll(
            Generators.CurrencyWithMinorUnits().ToArbitrary(),
            Gen.Choose(-1_000, 1_000).ToArbitrary(),
            (currency, errors) => Productivity.ErrorsAvoidedValue(errors, new Money(150m, currency)).Currency == currency));
    }

    // ---- capacity_increase ----------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.CapacityIncrease)]
    public void Capacity_increase_reproduces_document_003_metric_10()
    {
        // seed 003, lines 242-244: "Avant IA : 8 clients/mois", "Après IA : 11 clients/mois", "+37% de capacité".
        var increase = Productivity.CapacityIncrease(8m, 11m);
        Assert.Equal(KpiIds.CapacityIncrease, increase.KpiId);
        Assert.Equal(Rate.FromFraction(0.375m), increase.Value);                    // exact: 3 / 8
        Assert.Equal(37m, decimal.Truncate(increase.Value.Percent));                // printed "+37%": a truncation
        Assert.Equal(38m, decimal.Round(increase.Value.Percent, 0, MidpointRounding.AwayFromZero)); // not a rounding
        // seed 003, line 249: "3 × 3 500€ = 10 500€/mois" uses the extra units, 11 - 8 = 3.
        Assert.Equal(Money.Euros(10_500m), Money.Euros(3_500m) * (11m - 8m));
    }

    [Fact]
    [KpiTest(KpiIds.CapacityIncrease)]
    public void Capacity_increase_hand_cases_and_invalid_paths()
    {
        // 20 -> 15 files: -25 %; 4.5 -> 6 projects (averages): +33.33...%.
        Assert.Equal(Rate.FromPercent(-25m), Productivity.CapacityIncrease(20m, 15m).Value);
        Assert.Equal(1.5m / 4.5m, Productivity.CapacityIncrease(4.5m, 6m).Value.Fraction);
        var undefined = Productivity.CapacityIncrease(0m, 3m);
        Assert.Equal(UndefinedReason.ZeroBaseline, undefined.Reason);
        Assert.Equal(KpiIds.CapacityIncrease, undefined.KpiId);
        Assert.Equal("unitsBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.CapacityIncrease(-1m, 3m)).ParamName);
        Assert.Equal("unitsAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Productivity.CapacityIncrease(1m, -3m)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.CapacityIncrease)]
    public void Capacity_increase_of_an_unchanged_capacity_is_zero_and_agrees_with_relative_change()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(1, 100_000).ToArbitrary(),
            Gen.Choose(0, 100_000).ToArbitrary(),
            (before, after) =>
                Productivity.CapacityIncrease(before, before).Value == Rate.Zero
                && Productivity.CapacityIncrease(before, after).Value == Change.Between((decimal)before, after).Relative.Value
                && Productivity.CapacityIncrease(before, after).Value.Fraction >= -1m));
    }

    // ---- time_reinvestment_mix --------------------------------------------------------------------------

    private static readonly string[] DocumentUses = ["Développement commercial", "Amélioration produit", "Formation équipe", "Équilibre vie pro/perso"];

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_reproduces_document_003_metric_12_from_shares()
    {
        // seed 003, lines 268-271: 45 %, 25 %, 15 %, 15 %.
        var mix = Productivity.TimeReinvestmentMix(DocumentUses, [Rate.FromPercent(45m), Rate.FromPercent(25m), Rate.FromPercent(15m), Rate.FromPercent(15m)]);
        Assert.Equal(4, mix.Count);
        Assert.Equal(Rate.One, mix.Total);
        Assert.Equal(Rate.FromPercent(25m), mix.ShareOf("Amélioration produit"));
        Assert.Equal("Développement commercial", mix[0].Use);
        Assert.Equal("Développement commercial 45%, Amélioration produit 25%, Formation équipe 15%, Équilibre vie pro/perso 15%", mix.ToString());
    }

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_reproduces_document_003_metric_12_from_hours()
    {
        // The same mix from hours: 40 h freed in a month spent 18 h, 10 h, 6 h, 6 h (18/40 = 45 %...).
        var fromHours = Productivity.TimeReinvestmentMix(DocumentUses, [TimeSpan.FromHours(18), TimeSpan.FromHours(10), TimeSpan.FromHours(6), TimeSpan.FromHours(6)]);
        Assert.Equal(KpiIds.TimeReinvestmentMix, fromHours.KpiId);
        var fromShares = Productivity.TimeReinvestmentMix(DocumentUses, [Rate.FromPercent(45m), Rate.FromPercent(25m), Rate.FromPercent(15m), Rate.FromPercent(15m)]);
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

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_shares_always_sum_to_exactly_one_and_stay_within_one_unit_of_the_exact_share()
    {
        var times = Gen.ArrayOf(Gen.Choose(0, 1_000_000)).Where(a => a.Length > 0 && Array.Exists(a, x => x > 0));
        PropertyCheck.Holds(Prop.ForAll(
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
            }));
    }

    [Fact]
    [KpiTest(KpiIds.TimeReinvestmentMix)]
    public void Time_reinvestment_mix_does_not_depend_on_the_unit_of_time()
    {
        // Scaling every time by the same factor gives the same mix.
        PropertyCheck.Holds(Prop.ForAll(
            Gen.ArrayOf(Gen.Choose(1, 10_000)).Where(a => a.Length is > 0 and < 20).ToArbitrary(),
            Gen.Choose(2, 60).ToArbitrary(),
            (minutes, factor) =>
            {
                var uses = UseNames(minutes.Length);
                var small = Productivity.TimeReinvestmentMix(uses, Array.ConvertAll(minutes, m => TimeSpan.FromMinutes(m))).Value;
                var large = Productivity.TimeReinvestmentMix(uses, Array.ConvertAll(minutes, m => TimeSpan.FromMinutes((long)m * factor))).Value;
                return small == large;
            }));
    }
}
