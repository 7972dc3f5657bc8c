using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class EngagementTests
{
    // Document 003, metric 2 (seed 003, lines 98-100): weekly business uses of the three trained people.
    private static readonly int[] SophieThomasJulie = [12, 2, 0];

    // ---- session_duration --------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.SessionDuration)]
    public void Average_session_duration_and_the_documents_plus_20_percent_target()
    {
        // Hand calculation: 2 000 min over 400 sessions = 5 min. seed 001, line 16: "Durée moyenne de session +20 %"
        // (line 31: "augmenter la durée de session de 20 %"): the 90-day target is 5 × 1.2 = 6 min.
        var baseline = Engagement.AverageSessionDuration(TimeSpan.FromMinutes(2_000), 400);
        Assert.Equal(TimeSpan.FromMinutes(5), baseline.Value);
        Assert.Equal(KpiIds.SessionDuration, baseline.KpiId);
        var after = Engagement.AverageSessionDuration(TimeSpan.FromMinutes(2_640), 440).Value;   // 2 640 / 440 = 6 min
        Assert.Equal(TimeSpan.FromMinutes(6), after);
        Assert.Equal(Rate.FromPercent(20m), Change.Between(baseline.Value, after).Relative.Value);
    }

    [Fact]
    [KpiTest(KpiIds.SessionDuration)]
    public void Average_session_duration_from_each_session()
    {
        // (3 + 5 + 10) / 3 = 6 min.
        var mean = Engagement.AverageSessionDuration([TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10)]);
        Assert.Equal(TimeSpan.FromMinutes(6), mean.Value);
        Assert.Equal(KpiIds.SessionDuration, mean.KpiId);

        // 1 tick + 2 ticks over 2 sessions = 1.5 ticks, rounded half away from zero to 2.
        Assert.Equal(2, Engagement.AverageSessionDuration([TimeSpan.FromTicks(1), TimeSpan.FromTicks(2)]).Value.Ticks);
        Assert.Equal(2, Engagement.AverageSessionDuration(TimeSpan.FromTicks(3), 2).Value.Ticks);
    }

    [Fact]
    [KpiTest(KpiIds.SessionDuration)]
    public void Average_session_duration_undefined_and_invalid_paths()
    {
        var none = Engagement.AverageSessionDuration(TimeSpan.Zero, 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.SessionDuration, none.KpiId);
        var empty = Engagement.AverageSessionDuration(ReadOnlySpan<TimeSpan>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, empty.Reason);
        Assert.Equal(KpiIds.SessionDuration, empty.KpiId);
        Assert.Equal("totalSessionTime", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.AverageSessionDuration(TimeSpan.FromMinutes(-1), 1)).ParamName);
        Assert.Equal("sessions", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.AverageSessionDuration(TimeSpan.FromMinutes(1), -1)).ParamName);
        Assert.Equal("sessionDurations", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.AverageSessionDuration([TimeSpan.FromMinutes(1), TimeSpan.FromTicks(-1)])).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.SessionDuration)]
    public void The_mean_session_lies_between_the_shortest_and_the_longest()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.NonEmptyListOf(Gen.Choose(0, 10_000_000).Select(s => TimeSpan.FromSeconds(s))).ToArbitrary(),
            sessions =>
            {
                var array = sessions.ToArray();
                var mean = Engagement.AverageSessionDuration(array).Value;
                var total = TimeSpan.FromTicks(array.Sum(s => s.Ticks));
                return mean >= array.Min() && mean <= array.Max() && mean == Engagement.AverageSessionDuration(total, array.Length).Value;
            }));
    }

    // ---- usage_frequency ---------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.UsageFrequency)]
    public void Usage_frequency_of_document_003s_week()
    {
        // seed 003, lines 98-100: Sophie 12, Thomas 2, Julie 0 uses that week: 14 uses / 3 people = 4.666... a week.
        var frequency = Engagement.UsageFrequency(SophieThomasJulie.Sum(), SophieThomasJulie.Length);
        Assert.Equal(14m / 3m, frequency.Value);
        Assert.Equal(4.67m, decimal.Round(frequency.Value, 2));
        Assert.Equal(KpiIds.UsageFrequency, frequency.KpiId);
    }

    [Fact]
    public void Usage_frequency_per_week_and_per_month_follow_the_period_conventions()
    {
        // 56 uses by 2 users over 14 days: 56 / 2 weeks = 28 a week, / 2 users = 14.
        var fortnight = Period.FromDays(new DateOnly(2026, 3, 2), 14);
        Assert.Equal(14m, Engagement.UsageFrequencyPerWeek(56, 2, fortnight).Value);

        // 20 uses by one user in March 2026: a calendar month is 30.436875 / 7 = 4.348125 weeks: 20 / 4.348125 = 4.59968...
        Assert.Equal(4.5997m, decimal.Round(Engagement.UsageFrequencyPerWeek(20, 1, Period.Month(2026, 3)).Value, 4));

        // Document 003's week (14 uses, 3 people) per month: 14 × 30.436875 / 7 = 60.87375 a month, / 3 = 20.29125.
        var perMonth = Engagement.UsageFrequencyPerMonth(14, 3, Period.IsoWeek(2026, 3));
        Assert.Equal(20.29125m, perMonth.Value);
        Assert.Equal(KpiIds.UsageFrequency, perMonth.KpiId);

        // 90 uses by one user in a quarter: 30 a month.
        Assert.Equal(30m, Engagement.UsageFrequencyPerMonth(90, 1, Period.Quarter(2026, 1)).Value);
    }

    [Fact]
    [KpiTest(KpiIds.UsageFrequency)]
    public void Usage_frequency_undefined_and_invalid_paths()
    {
        var week = Period.IsoWeek(2026, 3);
        Assert.Equal(UndefinedReason.ZeroDenominator, Engagement.UsageFrequency(5, 0).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Engagement.UsageFrequencyPerWeek(5, 0, week).Reason);
        Assert.Equal(KpiIds.UsageFrequency, Engagement.UsageFrequencyPerMonth(5, 0, week).KpiId);
        Assert.Equal("uses", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.UsageFrequency(-1, 2)).ParamName);
        Assert.Equal("users", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.UsageFrequency(1, -2)).ParamName);
        Assert.Equal("uses", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.UsageFrequencyPerWeek(-1, 2, week)).ParamName);
        Assert.Equal("users", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.UsageFrequencyPerWeek(1, -2, week)).ParamName);
        Assert.Equal("uses", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.UsageFrequencyPerMonth(-1, 2, week)).ParamName);
        Assert.Equal("users", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.UsageFrequencyPerMonth(1, -2, week)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.UsageFrequency)]
    public void Normalising_to_the_period_the_uses_were_counted_over_changes_nothing()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(1, 1_000).ToArbitrary(),
            Generators.Period().ToArbitrary(),
            (uses, users, period) =>
            {
                var plain = Engagement.UsageFrequency(uses, users).Value;
                var month = Period.Containing(period.Start, PeriodUnit.Month);
                var week = Period.Containing(period.Start, PeriodUnit.IsoWeek);
                var perWeek = Engagement.UsageFrequencyPerWeek(uses, users, period).Value;
                return Engagement.UsageFrequencyPerMonth(uses, users, month).Value == plain
                    && Engagement.UsageFrequencyPerWeek(uses, users, week).Value == plain
                    && Math.Abs((perWeek * period.Weeks) - plain) < 1e-20m * Math.Max(1m, plain);
            }));
    }

    // ---- feature_time_share ------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.FeatureTimeShare)]
    public void Feature_time_share_is_time_on_key_features_over_total_time()
    {
        // seed 000, line 38: "le temps passé sur les fonctionnalités clés (et non sur les pages d'aide)".
        // Hand calculation: 45 min of key features in 1 h: 75 %; the other 15 min (help pages and the rest) do not count.
        var share = Engagement.FeatureTimeShare(TimeSpan.FromMinutes(45), TimeSpan.FromHours(1));
        Assert.Equal(Rate.FromPercent(75m), share.Value);
        Assert.Equal(KpiIds.FeatureTimeShare, share.KpiId);
        Assert.Equal(1m / 3m, Engagement.FeatureTimeShare(TimeSpan.FromMinutes(20), TimeSpan.FromHours(1)).Value.Fraction);
    }

    [Fact]
    [KpiTest(KpiIds.FeatureTimeShare)]
    public void Feature_time_share_undefined_and_invalid_paths()
    {
        var none = Engagement.FeatureTimeShare(TimeSpan.Zero, TimeSpan.Zero);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.FeatureTimeShare, none.KpiId);
        Assert.Equal("timeOnKeyFeatures", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.FeatureTimeShare(TimeSpan.FromMinutes(61), TimeSpan.FromHours(1))).ParamName);
        Assert.Equal("timeOnKeyFeatures", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.FeatureTimeShare(TimeSpan.FromMinutes(-1), TimeSpan.FromHours(1))).ParamName);
        Assert.Equal("totalTime", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.FeatureTimeShare(TimeSpan.Zero, TimeSpan.FromHours(-1))).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.FeatureTimeShare)]
    public void Feature_time_share_is_a_proportion()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Gen.Choose(1, int.MaxValue).ToArbitrary(),
            (a, b) =>
            {
                var (key, total) = (Math.Min(a, b), Math.Max(a, b));
                var share = Engagement.FeatureTimeShare(TimeSpan.FromTicks(key), TimeSpan.FromTicks(total)).Value;
                return share.IsProportion && share.Fraction == (decimal)key / total;
            }));
    }

    // ---- adoption_rate -----------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.AdoptionRate)]
    public void Adoption_rate_reproduces_document_003()
    {
        // seed 003, lines 90-101: "utilisateur actif : au moins 3 utilisations/semaine sur des cas métier";
        // Sophie 12 (Actif), Thomas 2 (Faible), Julie 0 (Inactif): "Taux 33%". Exact: 1 / 3 = 33.333... %.
        var adoption = Engagement.AdoptionRate(SophieThomasJulie);
        Assert.Equal(1m / 3m, adoption.Value.Fraction);
        Assert.Equal(KpiIds.AdoptionRate, adoption.KpiId);
        Assert.Equal(33m, decimal.Round(adoption.Value.Percent, 0));                                   // printed "33%"
        Assert.Equal("33%", adoption.Value.ToString("P0", CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal(adoption.Value, Engagement.AdoptionRate(1, 3).Value);                            // line 92: actifs / formés
        Assert.Equal(AdoptionLevel.NormalAtStart, Engagement.ClassifyAdoption(adoption.Value));       // line 106: 30-60 %
    }

    [Fact]
    [KpiTest(KpiIds.AdoptionRate)]
    public void Three_uses_a_week_is_the_active_threshold()
    {
        Assert.Equal(3, Engagement.ActiveUserMinimumWeeklyUses);
        Assert.True(Engagement.IsActiveUser(12));
        Assert.True(Engagement.IsActiveUser(3));
        Assert.False(Engagement.IsActiveUser(2));
        Assert.False(Engagement.IsActiveUser(0));
        Assert.Equal(Rate.One, Engagement.AdoptionRate([3]).Value);
        Assert.Equal(Rate.Zero, Engagement.AdoptionRate([2]).Value);
        Assert.Equal("weeklyBusinessUses", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.IsActiveUser(-1)).ParamName);
    }

    [Fact]
    public void Each_user_gets_the_documents_status()
    {
        // seed 003, lines 98-100: 12 "✅ Actif", 2 "⚠️ Faible", 0 "❌ Inactif"; 1 use reads as low too.
        Assert.Equal(UserActivityStatus.Active, Engagement.ClassifyUser(12));
        Assert.Equal(UserActivityStatus.Low, Engagement.ClassifyUser(2));
        Assert.Equal(UserActivityStatus.Inactive, Engagement.ClassifyUser(0));
        Assert.Equal(UserActivityStatus.Low, Engagement.ClassifyUser(1));
        Assert.Equal(UserActivityStatus.Active, Engagement.ClassifyUser(3));
        Assert.Equal("weeklyBusinessUses", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.ClassifyUser(-1)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.AdoptionRate)]
    public void Adoption_rate_undefined_and_invalid_paths()
    {
        var empty = Engagement.AdoptionRate(ReadOnlySpan<int>.Empty);
        Assert.Equal(UndefinedReason.EmptyInput, empty.Reason);
        Assert.Equal(KpiIds.AdoptionRate, empty.KpiId);
        var nobodyTrained = Engagement.AdoptionRate(0, 0);
        Assert.Equal(UndefinedReason.ZeroDenominator, nobodyTrained.Reason);
        Assert.Equal(KpiIds.AdoptionRate, nobodyTrained.KpiId);
        Assert.Equal("weeklyBusinessUsesPerTrainedUser", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.AdoptionRate([12, -1])).ParamName);
        Assert.Equal("activeUsers", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.AdoptionRate(4, 3)).ParamName);
        Assert.Equal("activeUsers", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.AdoptionRate(-1, 3)).ParamName);
        Assert.Equal("trainedUsers", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.AdoptionRate(0, -3)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.AdoptionRate)]
    public void Adoption_from_weekly_uses_equals_adoption_from_the_counted_active_users()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.NonEmptyListOf(Gen.Choose(0, 20)).Select(l => l.ToArray()).ToArbitrary(),
            uses =>
            {
                var fromUses = Engagement.AdoptionRate(uses).Value;
                var active = uses.Count(u => u >= 3);
                return fromUses == Engagement.AdoptionRate(active, uses.Length).Value && fromUses.IsProportion;
            }));
    }

    [Fact]
    public void Adoption_bands_follow_document_003_with_their_boundaries()
    {
        // seed 003, lines 105-107: "< 30% → problème", "30-60% → normal en phase de démarrage", "60% → excellent"
        // (the extracted text lost the ">" of "> 60%"; 60 % itself is in "30-60%").
        Assert.Equal(AdoptionLevel.Problem, Engagement.ClassifyAdoption(Rate.Zero));
        Assert.Equal(AdoptionLevel.Problem, Engagement.ClassifyAdoption(Rate.FromPercent(29.99m)));
        Assert.Equal(AdoptionLevel.NormalAtStart, Engagement.ClassifyAdoption(Rate.FromPercent(30m)));
        Assert.Equal(AdoptionLevel.NormalAtStart, Engagement.ClassifyAdoption(Rate.FromPercent(60m)));
        Assert.Equal(AdoptionLevel.Excellent, Engagement.ClassifyAdoption(Rate.FromPercent(60.01m)));
        Assert.Equal(AdoptionLevel.Excellent, Engagement.ClassifyAdoption(Rate.One));
        Assert.Equal("adoptionRate", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.ClassifyAdoption(Rate.FromPercent(100.01m))).ParamName);
        Assert.Equal("adoptionRate", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.ClassifyAdoption(Rate.FromPercent(-1m))).ParamName);
    }

    [Fact]
    public void Adoption_classification_and_user_status_are_monotone()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Generators.Proportion().ToArbitrary(),
            Generators.Proportion().ToArbitrary(),
            (a, b) =>
            {
                var (low, high) = a <= b ? (a, b) : (b, a);
                return Engagement.ClassifyAdoption(low) <= Engagement.ClassifyAdoption(high);
            }));
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(0, 1_000).ToArbitrary(),
            Gen.Choose(0, 1_000).ToArbitrary(),
            (a, b) => Engagement.ClassifyUser(Math.Min(a, b)) <= Engagement.ClassifyUser(Math.Max(a, b))
                && Engagement.IsActiveUser(a) == (Engagement.ClassifyUser(a) == UserActivityStatus.Active)));
    }

    // ---- inactive_users ----------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.InactiveUsers)]
    public void Inactive_users_of_document_003s_week()
    {
        // seed 003, line 100: "Julie (admin) 15/01 0 ❌ Inactif"; line 290: "Alertes utilisateurs inactifs".
        Assert.Equal(1, Engagement.InactiveUsers(SophieThomasJulie));
        (string Name, int Uses)[] team = [("Sophie", 12), ("Thomas", 2), ("Julie", 0)];
        Assert.Equal(["Julie"], Engagement.InactiveUsers(team, u => u.Uses).Select(u => u.Name));

        // Hand case: [0, 5, 0, 1] has two inactive users, in input order.
        Assert.Equal(2, Engagement.InactiveUsers([0, 5, 0, 1]));
        Assert.Equal(["a", "c"], Engagement.InactiveUsers(["a", "b", "c", "d"], u => u switch { "b" => 5, "d" => 1, _ => 0 }));
        Assert.Equal(0, Engagement.InactiveUsers(ReadOnlySpan<int>.Empty));
        Assert.Empty(Engagement.InactiveUsers(Array.Empty<string>(), _ => 0));
    }

    [Fact]
    [KpiTest(KpiIds.InactiveUsers)]
    public void Inactive_users_invalid_paths()
    {
        Assert.Equal("weeklyUses", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.InactiveUsers([3, -1])).ParamName);
        Assert.Equal("users", Assert.Throws<ArgumentNullException>(() => Engagement.InactiveUsers<string>(null!, _ => 0)).ParamName);
        Assert.Equal("usesThisWeek", Assert.Throws<ArgumentNullException>(() => Engagement.InactiveUsers(["a"], null!)).ParamName);
        Assert.Equal("usesThisWeek", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.InactiveUsers(["a"], _ => -2)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.InactiveUsers)]
    public void Inactive_users_by_count_and_by_name_agree_with_the_user_status()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 6)).Select(l => l.ToArray()).ToArbitrary(),
            uses =>
            {
                var count = Engagement.InactiveUsers(uses);
                var byIndex = Engagement.InactiveUsers(Enumerable.Range(0, uses.Length), i => uses[i]);
                return count == byIndex.Count
                    && count == uses.Count(u => Engagement.ClassifyUser(u) == UserActivityStatus.Inactive)
                    && byIndex.All(i => uses[i] == 0)
                    && byIndex.SequenceEqual(byIndex.Order());
            }));
    }
}
