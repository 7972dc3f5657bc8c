using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>
/// Engagement KPIs (catalogue section 5): whether people really use a tool, how often and how long,
/// and on what: session length, usage frequency, time on key features, real adoption and inactive users.
/// </summary>
/// <remarks>
/// For an internal tool, retention takes the form of user adoption: these
/// KPIs are the retention of employees and users, as <see cref="Retention"/> is that of customers.
/// </remarks>
public static partial class Engagement
{
    /// <summary>
    /// The minimum business uses a week that make a trained user "active" for the real adoption rate
    /// (« au moins 3 utilisations/semaine sur des cas métier »): 3.
    /// </summary>
    public const int ActiveUserMinimumWeeklyUses = 3;

    private const string UsesMustNotBeNegative = "User {0}: The count of uses must not be negative.";

    /// <summary>Average session duration (« durée moyenne de session »): the total time of the sessions divided by their number.</summary>
    /// <param name="totalSessionTime">The summed length of every session of the period.</param>
    /// <param name="sessions">The number of sessions.</param>
    /// <returns>The mean session length (to TimeSpan's 100 ns, rounded half away from zero); undefined when there was no session.</returns>
    /// <remarks>
    /// <para>Formula: total session time / sessions.</para>
    /// <para>Unit: duration. Direction: higher is better (an engagement target is a rise).</para>
    /// <para>Undefined: <paramref name="sessions"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Worked example: an engagement target of +20 % on the average session within 90 days
    /// takes 5 min to 6 min. Catalogue id <c>session_duration</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The time or the count is negative.</exception>
    /// <example>
    /// 400 sessions totalling 2 000 minutes, and a +20 % target:
    /// <code>
    /// var baseline = Engagement.AverageSessionDuration(TimeSpan.FromMinutes(2_000), 400).Value; // 00:05:00
    /// var target = baseline * 1.2;                                                              // 00:06:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> AverageSessionDuration(TimeSpan totalSessionTime, long sessions) =>
        KpiMath.PerUnit(KpiIds.SessionDuration, totalSessionTime, sessions, nameof(totalSessionTime), nameof(sessions));

    /// <summary>Average session duration (« durée moyenne de session ») over the length of every session.</summary>
    /// <param name="sessionDurations">The length of each session; none negative.</param>
    /// <returns>The mean session length (to the tick, rounded half away from zero); undefined when there is no session.</returns>
    /// <remarks>
    /// <para>Formula: Σ durations / count. Allocation-free; the sum is exact (decimal ticks).</para>
    /// <para>Undefined: empty input (<see cref="UndefinedReason.EmptyInput"/>). Catalogue id <c>session_duration</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative.</exception>
    /// <example>
    /// <code>
    /// Engagement.AverageSessionDuration([TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10)]).Value; // 00:06:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> AverageSessionDuration(ReadOnlySpan<TimeSpan> sessionDurations)
    {
        if (sessionDurations.IsEmpty)
        {
            return KpiResult.Undefined<TimeSpan>(KpiIds.SessionDuration, UndefinedReason.EmptyInput, "there is no session.");
        }

        decimal totalTicks = 0m;
        for (var i = 0; i < sessionDurations.Length; i++)
        {
            if (sessionDurations[i] < TimeSpan.Zero)
            {
                Preconditions.ThrowOutOfRange(nameof(sessionDurations), sessionDurations[i], "Row {0}: " + Preconditions.DurationMustNotBeNegative, i);
            }

            totalTicks += sessionDurations[i].Ticks;
        }

        return KpiResult.Defined(KpiIds.SessionDuration, TimeSpan.FromTicks(KpiMath.RoundedTicks(totalTicks / sessionDurations.Length)));
    }

    /// <summary>
    /// Usage frequency (« fréquence de connexion »): uses (sessions, logins, business uses) per user
    /// over the period they were counted in.
    /// </summary>
    /// <param name="uses">Uses counted over the period.</param>
    /// <param name="users">Users they are shared among (every user counted, including those with no use).</param>
    /// <returns>Uses per user per measured period, exact; undefined when there is no user.</returns>
    /// <remarks>
    /// <para>Formula: uses / users. To compare periods of different lengths use
    /// <see cref="UsageFrequencyPerWeek(long, long, Period)"/> or <see cref="UsageFrequencyPerMonth(long, long, Period)"/>.</para>
    /// <para>Unit: uses per user per period. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="users"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>For an internal tool, the weekly business uses per person, as counted for the real
    /// adoption rate. Catalogue id <c>usage_frequency</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <example>
    /// A pilot group's week: Sophie 12 uses, Thomas 2, Julie 0:
    /// <code>
    /// Engagement.UsageFrequency(14, 3).Value; // 4.666... uses per user that week
    /// </code>
    /// </example>
    public static KpiResult<decimal> UsageFrequency(long uses, long users) =>
        KpiMath.PerUnit(KpiIds.UsageFrequency, uses, users, nameof(uses), nameof(users));

    /// <summary>
    /// Usage frequency (« fréquence de connexion ») per user per week, from uses counted over any
    /// period (a month, a quarter, a run of days), scaled with <see cref="Period.PerWeek{T}(T)"/>.
    /// </summary>
    /// <param name="uses">Uses counted over <paramref name="measuredOver"/>.</param>
    /// <param name="users">Users they are shared among.</param>
    /// <param name="measuredOver">The period the uses were counted over.</param>
    /// <returns>Uses per user per week; undefined when there is no user.</returns>
    /// <remarks>
    /// <para>Formula: (uses / weeks in the period) / users. Weeks: 1 for an ISO week, days / 7 for a run of
    /// days, and for calendar months, quarters and years months × 30.436875 / 7 (the mean Gregorian month,
    /// so every month counts 4.348125 weeks whatever its days; see <see cref="Period.Weeks"/>).</para>
    /// <para>Undefined: <paramref name="users"/> is 0. Catalogue id <c>usage_frequency</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <example>
    /// 56 uses by 2 users over a fortnight:
    /// <code>
    /// Engagement.UsageFrequencyPerWeek(56, 2, Period.FromDays(new DateOnly(2026, 3, 2), 14)).Value; // 14 a week
    /// </code>
    /// </example>
    public static KpiResult<decimal> UsageFrequencyPerWeek(long uses, long users, Period measuredOver)
    {
        // Scaling the total before dividing keeps exact results exact (56 uses over 14 days: 28, then 14 each).
        Preconditions.NotNegative(uses);
        return KpiMath.PerUnit(KpiIds.UsageFrequency, measuredOver.PerWeek((decimal)uses), users, nameof(uses), nameof(users));
    }

    /// <summary>
    /// Usage frequency (« fréquence de connexion ») per user per month, from uses counted over any
    /// period, scaled with <see cref="Period.PerMonth{T}(T)"/>.
    /// </summary>
    /// <param name="uses">Uses counted over <paramref name="measuredOver"/>.</param>
    /// <param name="users">Users they are shared among.</param>
    /// <param name="measuredOver">The period the uses were counted over.</param>
    /// <returns>Uses per user per month; undefined when there is no user.</returns>
    /// <remarks>
    /// <para>Formula: (uses per month) / users. Uses per month: uses / 1, / 3 or / 12 for a calendar month,
    /// quarter or year, and uses × 30.436875 / days otherwise (a week's count × 4.348125; see <see cref="Period.PerMonth{T}(T)"/>).</para>
    /// <para>Undefined: <paramref name="users"/> is 0. Catalogue id <c>usage_frequency</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <example>
    /// A week of 14 uses by 3 people as a monthly figure:
    /// <code>
    /// Engagement.UsageFrequencyPerMonth(14, 3, Period.IsoWeek(2026, 3)).Value; // 14/3 × 30.436875 / 7 = 20.29125
    /// </code>
    /// </example>
    public static KpiResult<decimal> UsageFrequencyPerMonth(long uses, long users, Period measuredOver)
    {
        Preconditions.NotNegative(uses);
        return KpiMath.PerUnit(KpiIds.UsageFrequency, measuredOver.PerMonth((decimal)uses), users, nameof(uses), nameof(users));
    }

    /// <summary>
    /// Share of time on key features (« temps passé sur les fonctionnalités clés », « et non sur les
    /// pages d'aide »): the time spent on the features that carry the value over the total time in the tool.
    /// </summary>
    /// <param name="timeOnKeyFeatures">Time on the key features.</param>
    /// <param name="totalTime">Total time in the tool over the same period (key features, help pages, everything else).</param>
    /// <returns>The share, within [0 %, 100 %]; undefined when the total time is zero.</returns>
    /// <remarks>
    /// <para>Formula: time on key features / total time.</para>
    /// <para>Unit: rate. Direction: higher is better (time on help pages is the opposite signal).</para>
    /// <para>Undefined: <paramref name="totalTime"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>feature_time_share</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative, or the key-feature time exceeds the total.</exception>
    /// <example>
    /// 45 minutes on key features out of an hour in the tool:
    /// <code>
    /// Engagement.FeatureTimeShare(TimeSpan.FromMinutes(45), TimeSpan.FromHours(1)).Value; // 75 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> FeatureTimeShare(TimeSpan timeOnKeyFeatures, TimeSpan totalTime)
    {
        Preconditions.NotNegative(timeOnKeyFeatures);
        Preconditions.NotNegative(totalTime);
        Preconditions.NotAbove(timeOnKeyFeatures, totalTime, nameof(timeOnKeyFeatures), nameof(totalTime));

        return totalTime == TimeSpan.Zero
            ? KpiResult.Undefined<Rate>(KpiIds.FeatureTimeShare, UndefinedReason.ZeroDenominator, $"'{nameof(totalTime)}' is zero.")
            : KpiResult.Defined(KpiIds.FeatureTimeShare, Rate.FromFraction((decimal)timeOnKeyFeatures.Ticks / totalTime.Ticks));
    }

    /// <summary>
    /// Real adoption rate (« taux d'adoption réel »): the share of trained users who are active, i.e.
    /// use the tool at least <see cref="ActiveUserMinimumWeeklyUses"/> times a week on business cases.
    /// </summary>
    /// <param name="activeUsers">Trained users with at least 3 business uses this week.</param>
    /// <param name="trainedUsers">Users trained on the tool.</param>
    /// <returns>The adoption rate, within [0 %, 100 %]; undefined when nobody was trained.</returns>
    /// <remarks>
    /// <para>Formula: active users / trained users (× 100 when written as a percentage).</para>
    /// <para>Unit: rate. Direction: higher is better. Bands: <see cref="ClassifyAdoption(Rate)"/>.</para>
    /// <para>Undefined: <paramref name="trainedUsers"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Counting trained users, not licences, keeps a tool bought but never used from looking adopted.
    /// Catalogue id <c>adoption_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more users are active than trained.</exception>
    /// <example>
    /// Sophie active, Thomas and Julie not, out of 3 trained:
    /// <code>
    /// Engagement.AdoptionRate(1, 3).Value; // 33.333... % (33 % rounded)
    /// </code>
    /// </example>
    public static KpiResult<Rate> AdoptionRate(long activeUsers, long trainedUsers) =>
        KpiMath.Share(KpiIds.AdoptionRate, activeUsers, trainedUsers, nameof(activeUsers), nameof(trainedUsers));

    /// <summary>
    /// Real adoption rate (« taux d'adoption réel ») from each trained user's business uses this week:
    /// the share with at least <see cref="ActiveUserMinimumWeeklyUses"/> uses.
    /// </summary>
    /// <param name="weeklyBusinessUsesPerTrainedUser">One entry per trained user: their uses on business cases this week (0 for a user who never opened the tool).</param>
    /// <returns>The adoption rate; undefined when no trained user is given.</returns>
    /// <remarks>
    /// <para>Formula: |users with uses ≥ 3| / |users|. Allocation-free.</para>
    /// <para>Undefined: empty input (<see cref="UndefinedReason.EmptyInput"/>).
    /// Catalogue id <c>adoption_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count of uses is negative.</exception>
    /// <example>
    /// A pilot group's week (Sophie 12, Thomas 2, Julie 0):
    /// <code>
    /// Engagement.AdoptionRate([12, 2, 0]).Value; // 1 of 3 = 33.333... % (33 % rounded)
    /// </code>
    /// </example>
    public static KpiResult<Rate> AdoptionRate(ReadOnlySpan<int> weeklyBusinessUsesPerTrainedUser)
    {
        if (weeklyBusinessUsesPerTrainedUser.IsEmpty)
        {
            return KpiResult.Undefined<Rate>(KpiIds.AdoptionRate, UndefinedReason.EmptyInput, "no trained user was given.");
        }

        var active = 0;
        for (var i = 0; i < weeklyBusinessUsesPerTrainedUser.Length; i++)
        {
            if (weeklyBusinessUsesPerTrainedUser[i] < 0)
            {
                Preconditions.ThrowOutOfRange(nameof(weeklyBusinessUsesPerTrainedUser), weeklyBusinessUsesPerTrainedUser[i], UsesMustNotBeNegative, i);
            }

            if (weeklyBusinessUsesPerTrainedUser[i] >= ActiveUserMinimumWeeklyUses)
            {
                active++;
            }
        }

        return KpiResult.Defined(KpiIds.AdoptionRate, Rate.FromFraction((decimal)active / weeklyBusinessUsesPerTrainedUser.Length));
    }

    /// <summary>Whether a user counts as active for the real adoption rate: at least <see cref="ActiveUserMinimumWeeklyUses"/> business uses this week.</summary>
    /// <param name="weeklyBusinessUses">The user's uses on business cases this week.</param>
    /// <returns>True from 3 uses a week (Sophie's 12: true; Thomas's 2: false).</returns>
    /// <remarks>Catalogue id <c>adoption_rate</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeklyBusinessUses"/> is negative.</exception>
    /// <example>
    /// <code>
    /// Engagement.IsActiveUser(3); // true
    /// </code>
    /// </example>
    public static bool IsActiveUser(int weeklyBusinessUses)
    {
        Preconditions.NotNegative(weeklyBusinessUses);
        return weeklyBusinessUses >= ActiveUserMinimumWeeklyUses;
    }

    /// <summary>
    /// The status of one user in an adoption follow-up table (« Statut »): active from 3 business
    /// uses a week, inactive at 0, low in between.
    /// </summary>
    /// <param name="weeklyBusinessUses">The user's uses on business cases this week.</param>
    /// <returns><see cref="UserActivityStatus.Active"/> (≥ 3), <see cref="UserActivityStatus.Low"/> (1 or 2) or <see cref="UserActivityStatus.Inactive"/> (0).</returns>
    /// <remarks>
    /// In a pilot group's week, Sophie's 12 uses are « ✅ Actif », Thomas's 2 « ⚠️ Faible », Julie's 0
    /// « ❌ Inactif »; 1 use is low like 2. Catalogue id <c>adoption_rate</c>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeklyBusinessUses"/> is negative.</exception>
    /// <example>
    /// <code>
    /// Engagement.ClassifyUser(2); // UserActivityStatus.Low
    /// </code>
    /// </example>
    public static UserActivityStatus ClassifyUser(int weeklyBusinessUses)
    {
        Preconditions.NotNegative(weeklyBusinessUses);
        return weeklyBusinessUses switch
        {
            0 => UserActivityStatus.Inactive,
            < ActiveUserMinimumWeeklyUses => UserActivityStatus.Low,
            _ => UserActivityStatus.Active,
        };
    }

    /// <summary>Classifies a real adoption rate with the library's documented benchmarks for small companies (<see cref="Engagement.AdoptionBands"/>).</summary>
    /// <param name="adoptionRate">The adoption rate, within [0 %, 100 %].</param>
    /// <returns>
    /// <see cref="AdoptionLevel.Problem"/> below 30 %, <see cref="AdoptionLevel.NormalAtStart"/> from 30 % to
    /// 60 % inclusive, <see cref="AdoptionLevel.Excellent"/> above 60 %.
    /// </returns>
    /// <remarks>
    /// Below 30 %, a training or buy-in problem; 30 % to 60 %, normal at the start of a rollout; above
    /// 60 %, excellent (60 % itself is still normal). Catalogue id <c>adoption_rate</c>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="adoptionRate"/> is outside [0 %, 100 %].</exception>
    /// <example>Around the thresholds: 29.99 % is a problem and 30 % normal at start; 60 % is still normal, since
    /// the normal band includes both ends, and 60.01 % is excellent.</example>
    /// <example>
    /// <code>
    /// Engagement.ClassifyAdoption(Engagement.AdoptionRate([12, 2, 0]).Value); // AdoptionLevel.NormalAtStart (33 %)
    /// </code>
    /// </example>
    public static AdoptionLevel ClassifyAdoption(Rate adoptionRate)
    {
        Preconditions.Proportion(adoptionRate);

        return Engagement.AdoptionBands.Classify(adoptionRate);
    }

    /// <summary>
    /// Inactive users (« alertes utilisateurs inactifs »): how many users had no use at all this week.
    /// </summary>
    /// <param name="weeklyUses">One entry per user: their uses this week.</param>
    /// <returns>The number of users with 0 uses (0 for an empty input: nobody is inactive).</returns>
    /// <remarks>
    /// <para>Formula: |users with 0 uses in the week|. Allocation-free.</para>
    /// <para>Unit: count. Direction: lower is better. Users with 1 or 2 uses are "low", not inactive
    /// (<see cref="ClassifyUser(int)"/>).</para>
    /// <para>A weekly adoption dashboard lists them as alerts, so that someone follows up with each.
    /// Catalogue id <c>inactive_users</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count of uses is negative.</exception>
    /// <example>
    /// <code>
    /// Engagement.InactiveUsers([12, 2, 0]); // 1 (Julie)
    /// </code>
    /// </example>
    public static int InactiveUsers(ReadOnlySpan<int> weeklyUses)
    {
        var inactive = 0;
        for (var i = 0; i < weeklyUses.Length; i++)
        {
            if (weeklyUses[i] < 0)
            {
                Preconditions.ThrowOutOfRange(nameof(weeklyUses), weeklyUses[i], UsesMustNotBeNegative, i);
            }

            if (weeklyUses[i] == 0)
            {
                inactive++;
            }
        }

        return inactive;
    }

    /// <summary>
    /// Inactive users (« alertes utilisateurs inactifs »): the users who had no use at all this week,
    /// to alert on them by name.
    /// </summary>
    /// <typeparam name="TUser">The user type.</typeparam>
    /// <param name="users">The users to check.</param>
    /// <param name="usesThisWeek">Reads a user's uses this week.</param>
    /// <returns>The users with 0 uses, in input order (empty when everyone used the tool).</returns>
    /// <remarks>Catalogue id <c>inactive_users</c>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usesThisWeek"/> returned a negative count.</exception>
    /// <example>
    /// <code>
    /// Engagement.InactiveUsers([("Sophie", 12), ("Thomas", 2), ("Julie", 0)], u => u.Item2); // [("Julie", 0)]
    /// </code>
    /// </example>
    public static IReadOnlyList<TUser> InactiveUsers<TUser>(IEnumerable<TUser> users, Func<TUser, int> usesThisWeek)
    {
        Preconditions.NotNull(users);
        Preconditions.NotNull(usesThisWeek);
        var inactive = new List<TUser>();
        var index = 0;
        foreach (var user in users)
        {
            var uses = usesThisWeek(user);
            if (uses < 0)
            {
                Preconditions.ThrowOutOfRange(nameof(usesThisWeek), uses, UsesMustNotBeNegative, index);
            }

            if (uses == 0)
            {
                inactive.Add(user);
            }

            index++;
        }

        return inactive.AsReadOnly();
    }
}

/// <summary>The status of one user in an adoption follow-up table (« Statut »).</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<UserActivityStatus>))]
public enum UserActivityStatus
{
    /// <summary>No use this week (« ❌ Inactif »): an inactive-user alert.</summary>
    Inactive = 0,

    /// <summary>1 or 2 business uses this week (« ⚠️ Faible »): below the active threshold.</summary>
    Low = 1,

    /// <summary>At least 3 business uses this week (« ✅ Actif »).</summary>
    Active = 2,
}
