using System;
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
    // A week of three people trained on a tool: one used it 12 times for business, one twice, one never.
    private static readonly int[] SophieThomasJulie = [12, 2, 0];

    // ---- worked examples: Formulas/Cases/Engagement.json -------------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Engagement");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    public static TheoryData<ReferenceChange> Changes => Cases.Changes();

    /// <summary>The calculator of a case: its KPI, its calculator where it names one, and its inputs between overloads.</summary>
    private static object Calculate(ReferenceCase c) => (c.Kpi, c.Calculator) switch
    {
        (KpiIds.SessionDuration, _) when c.Has("sessionDurations") => Engagement.AverageSessionDuration(c.Input<TimeSpan[]>("sessionDurations")),
        (KpiIds.SessionDuration, _) => Engagement.AverageSessionDuration(c.Input<TimeSpan>("totalSessionTime"), c.Input<long>("sessions")),
        (KpiIds.UsageFrequency, "UsageFrequencyPerWeek") =>
            Engagement.UsageFrequencyPerWeek(c.Input<long>("uses"), c.Input<long>("users"), c.Input<Period>("measuredOver")),
        (KpiIds.UsageFrequency, "UsageFrequencyPerMonth") =>
            Engagement.UsageFrequencyPerMonth(c.Input<long>("uses"), c.Input<long>("users"), c.Input<Period>("measuredOver")),
        (KpiIds.UsageFrequency, null) => Engagement.UsageFrequency(c.Input<long>("uses"), c.Input<long>("users")),
        (KpiIds.FeatureTimeShare, _) => Engagement.FeatureTimeShare(c.Input<TimeSpan>("timeOnKeyFeatures"), c.Input<TimeSpan>("totalTime")),
        (KpiIds.AdoptionRate, _) when c.Has("weeklyBusinessUsesPerTrainedUser") =>
            Engagement.AdoptionRate(c.Input<int[]>("weeklyBusinessUsesPerTrainedUser")),
        (KpiIds.AdoptionRate, _) => Engagement.AdoptionRate(c.Input<long>("activeUsers"), c.Input<long>("trainedUsers")),
        (KpiIds.InactiveUsers, _) => Engagement.InactiveUsers(c.Input<int[]>("weeklyUses")),
        _ => throw new InvalidOperationException($"No calculator for the case '{c}' of '{c.Kpi}'."),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Changes_between_worked_examples(ReferenceChange change) =>
        change.AssertBetween(Calculate(change.Before), Calculate(change.After));

    // ---- session_duration --------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.SessionDuration)]
    [MemberData(nameof(CasesOf), KpiIds.SessionDuration)]
    public void Average_session_duration_divides_the_time_by_the_sessions_to_the_tick(ReferenceCase c) => c.AssertResult(Calculate(c));

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

    [KpiProperty]
    [KpiTest(KpiIds.SessionDuration)]
    public Property The_mean_session_lies_between_the_shortest_and_the_longest() =>
        Prop.ForAll(
            Gen.NonEmptyListOf(Gen.Choose(0, 10_000_000).Select(s => TimeSpan.FromSeconds(s))).ToArbitrary(),
            sessions =>
            {
                var array = sessions.ToArray();
                var mean = Engagement.AverageSessionDuration(array).Value;
                var total = TimeSpan.FromTicks(array.Sum(s => s.Ticks));
                return mean >= array.Min() && mean <= array.Max() && mean == Engagement.AverageSessionDuration(total, array.Length).Value;
            });

    // ---- usage_frequency ---------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.UsageFrequency)]
    [MemberData(nameof(CasesOf), KpiIds.UsageFrequency)]
    public void Usage_frequency_divides_uses_by_users_per_week_or_month_by_the_period_conventions(ReferenceCase c) => c.AssertResult(Calculate(c));

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

    [KpiProperty]
    [KpiTest(KpiIds.UsageFrequency)]
    public Property Normalising_to_the_period_the_uses_were_counted_over_changes_nothing(Period period) =>
        Prop.ForAll(
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(1, 1_000).ToArbitrary(),
            (uses, users) =>
            {
                var plain = Engagement.UsageFrequency(uses, users).Value;
                var month = Period.Containing(period.Start, PeriodUnit.Month);
                var week = Period.Containing(period.Start, PeriodUnit.IsoWeek);
                var perWeek = Engagement.UsageFrequencyPerWeek(uses, users, period).Value;
                return Engagement.UsageFrequencyPerMonth(uses, users, month).Value == plain
                    && Engagement.UsageFrequencyPerWeek(uses, users, week).Value == plain
                    && Math.Abs((perWeek * period.Weeks) - plain) < 1e-20m * Math.Max(1m, plain);
            });

    // ---- feature_time_share ------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.FeatureTimeShare)]
    [MemberData(nameof(CasesOf), KpiIds.FeatureTimeShare)]
    public void Feature_time_share_is_time_on_key_features_over_total_time(ReferenceCase c) => c.AssertResult(Calculate(c));

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

    [KpiProperty]
    [KpiTest(KpiIds.FeatureTimeShare)]
    public Property Feature_time_share_is_a_proportion() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Gen.Choose(1, int.MaxValue).ToArbitrary(),
            (a, b) =>
            {
                var (key, total) = (Math.Min(a, b), Math.Max(a, b));
                var share = Engagement.FeatureTimeShare(TimeSpan.FromTicks(key), TimeSpan.FromTicks(total)).Value;
                return share.IsProportion && share.Fraction == (decimal)key / total;
            });

    // ---- adoption_rate -----------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.AdoptionRate)]
    [MemberData(nameof(CasesOf), KpiIds.AdoptionRate)]
    public void Adoption_rate_is_active_users_over_trained_users(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.AdoptionRate)]
    public void Adoption_of_one_trained_person_in_three_is_normal_at_the_start()
    {
        var adoption = (KpiResult<Rate>)Calculate(Cases.Case("adoption of the trained team"));
        Assert.Equal(AdoptionLevel.NormalAtStart, Engagement.ClassifyAdoption(adoption.Value));
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
    public void Each_user_gets_a_status_from_the_weekly_uses()
    {
        // 12 business uses in a week is active, 2 is low, none is inactive; 1 use reads as low too.
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

    [KpiProperty]
    [KpiTest(KpiIds.AdoptionRate)]
    public Property Adoption_from_weekly_uses_equals_adoption_from_the_counted_active_users() =>
        Prop.ForAll(
            Gen.NonEmptyListOf(Gen.Choose(0, 20)).Select(l => l.ToArray()).ToArbitrary(),
            uses =>
            {
                var fromUses = Engagement.AdoptionRate(uses).Value;
                var active = uses.Count(u => u >= 3);
                return fromUses == Engagement.AdoptionRate(active, uses.Length).Value && fromUses.IsProportion;
            });

    [Fact]
    public void Adoption_bands_with_their_boundaries()
    {
        // Below 30 % of the trained people active is a problem, 30 % to 60 % (both included) is normal at
        // the start, above 60 % is excellent.
        Assert.Equal(AdoptionLevel.Problem, Engagement.ClassifyAdoption(Rate.Zero));
        Assert.Equal(AdoptionLevel.Problem, Engagement.ClassifyAdoption(Rate.FromPercent(29.99m)));
        Assert.Equal(AdoptionLevel.NormalAtStart, Engagement.ClassifyAdoption(Rate.FromPercent(30m)));
        Assert.Equal(AdoptionLevel.NormalAtStart, Engagement.ClassifyAdoption(Rate.FromPercent(60m)));
        Assert.Equal(AdoptionLevel.Excellent, Engagement.ClassifyAdoption(Rate.FromPercent(60.01m)));
        Assert.Equal(AdoptionLevel.Excellent, Engagement.ClassifyAdoption(Rate.One));
        Assert.Equal("adoptionRate", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.ClassifyAdoption(Rate.FromPercent(100.01m))).ParamName);
        Assert.Equal("adoptionRate", Assert.Throws<ArgumentOutOfRangeException>(() => Engagement.ClassifyAdoption(Rate.FromPercent(-1m))).ParamName);
    }

    [KpiProperty(typeof(Proportions))]
    public Property Adoption_classification_and_user_status_are_monotone(Rate a, Rate b)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);
        var adoption = Engagement.ClassifyAdoption(low) <= Engagement.ClassifyAdoption(high);
        var users = Prop.ForAll(
            Gen.Choose(0, 1_000).ToArbitrary(),
            Gen.Choose(0, 1_000).ToArbitrary(),
            (x, y) => Engagement.ClassifyUser(Math.Min(x, y)) <= Engagement.ClassifyUser(Math.Max(x, y))
                && Engagement.IsActiveUser(x) == (Engagement.ClassifyUser(x) == UserActivityStatus.Active));
        return adoption.Label("adoption classification").And(users.Label("user status"));
    }

    // ---- inactive_users ----------------------------------------------------------------------

    [Theory]
    [KpiTest(KpiIds.InactiveUsers)]
    [MemberData(nameof(CasesOf), KpiIds.InactiveUsers)]
    public void Inactive_users_count_the_users_without_a_use_this_week(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    [KpiTest(KpiIds.InactiveUsers)]
    public void Inactive_users_are_listed_by_name_in_input_order()
    {
        // The trained team of the worked examples: only the person who never used the tool is inactive.
        (string Name, int Uses)[] team = [("Sophie", SophieThomasJulie[0]), ("Thomas", SophieThomasJulie[1]), ("Julie", SophieThomasJulie[2])];
        Assert.Equal(["Julie"], Engagement.InactiveUsers(team, u => u.Uses).Select(u => u.Name));
        // Hand case: uses 0, 5, 0, 1 for a, b, c, d: a and c, in input order.
        Assert.Equal(["a", "c"], Engagement.InactiveUsers(["a", "b", "c", "d"], u => u switch { "b" => 5, "d" => 1, _ => 0 }));
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

    [KpiProperty]
    [KpiTest(KpiIds.InactiveUsers)]
    public Property Inactive_users_by_count_and_by_name_agree_with_the_user_status() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 6)).Select(l => l.ToArray()).ToArbitrary(),
            uses =>
            {
                var count = Engagement.InactiveUsers(uses);
                var byIndex = Engagement.InactiveUsers(Enumerable.Range(0, uses.Length), i => uses[i]);
                return count == byIndex.Count
                    && count == uses.Count(u => Engagement.ClassifyUser(u) == UserActivityStatus.Inactive)
                    && byIndex.All(i => uses[i] == 0)
                    && byIndex.SequenceEqual(byIndex.Order());
            });
}
