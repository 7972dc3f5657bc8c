using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary>
    /// <c>KPI.SESSION_DURATION</c>: total session time / sessions, in Excel time (catalogue id
    /// <c>session_duration</c>), from a total and a count or from each session's length.
    /// </summary>
    /// <param name="totalSessionTime">The summed length of the sessions as an Excel duration, or a range of each session's length (blank cells skipped).</param>
    /// <param name="sessions">The number of sessions; optional: the number of lengths when left out.</param>
    /// <returns>The mean session length as an Excel duration; <c>#DIV/0!</c> for no session.</returns>
    [WorksheetFunction("KPI.SESSION_DURATION", "Average session duration: total session time / sessions, as an Excel duration; with a range of lengths and no count, their mean.")]
    public static object SessionDuration(
        [WorksheetArgument("total_session_time", "The summed session time (Excel duration), or a range of each session's length.")] object totalSessionTime,
        [WorksheetArgument("sessions", "The number of sessions; optional, the number of lengths when left out.")] object sessions) =>
        Run(() =>
        {
            var (total, count) = TotalAndCount(totalSessionTime, sessions);
            return OutDays(Engagement.AverageSessionDuration(Cells.Days(total), count));
        });

    /// <summary><c>KPI.USAGE_FREQUENCY</c>: uses / users over the period they were counted in (catalogue id <c>usage_frequency</c>).</summary>
    /// <param name="uses">Uses (sessions, logins, business uses) counted over the period.</param>
    /// <param name="users">Users they are shared among, including those with no use.</param>
    /// <returns>Uses per user per period; <c>#DIV/0!</c> for no user.</returns>
    [WorksheetFunction("KPI.USAGE_FREQUENCY", "Usage frequency: uses / users over the period they were counted in.")]
    public static object UsageFrequency(
        [WorksheetArgument("uses", "Uses counted over the period (a whole number).")] object uses,
        [WorksheetArgument("users", "Users, including those with no use (a whole number).")] object users) =>
        Run(() => Out(Engagement.UsageFrequency(Cells.Count(uses), Cells.Count(users))));

    /// <summary><c>KPI.FEATURE_TIME_SHARE</c>: time on key features / total time (catalogue id <c>feature_time_share</c>).</summary>
    /// <param name="timeOnKeyFeatures">Time on the key features, as an Excel duration.</param>
    /// <param name="totalTime">Total time in the tool, as an Excel duration; at least the time on key features.</param>
    /// <returns>The share as a fraction; <c>#DIV/0!</c> for a total of zero; <c>#VALUE!</c> when the part exceeds the total.</returns>
    [WorksheetFunction("KPI.FEATURE_TIME_SHARE", "Share of time on key features: time on key features / total time, as a fraction.")]
    public static object FeatureTimeShare(
        [WorksheetArgument("time_on_key_features", "Time on the key features (Excel duration).")] object timeOnKeyFeatures,
        [WorksheetArgument("total_time", "Total time in the tool (Excel duration).")] object totalTime) =>
        Run(() => Out(Engagement.FeatureTimeShare(Cells.Days(timeOnKeyFeatures), Cells.Days(totalTime))));

    /// <summary><c>KPI.ADOPTION_RATE</c>: active users / trained users (catalogue id <c>adoption_rate</c>).</summary>
    /// <param name="activeUsers">Trained users with at least 3 business uses this week.</param>
    /// <param name="trainedUsers">Users trained on the tool.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> when nobody was trained.</returns>
    [WorksheetFunction("KPI.ADOPTION_RATE", "Real adoption rate: active users (3+ business uses a week) / trained users, as a fraction.")]
    public static object AdoptionRate(
        [WorksheetArgument("active_users", "Trained users with at least 3 business uses this week (a whole number).")] object activeUsers,
        [WorksheetArgument("trained_users", "Users trained on the tool (a whole number).")] object trainedUsers) =>
        Share(Engagement.AdoptionRate, activeUsers, trainedUsers);

    /// <summary>
    /// <c>KPI.ADOPTION_RATE_FROM_USES</c>: the real adoption rate from each trained user's business uses
    /// this week, the share with at least 3 (catalogue id <c>adoption_rate</c>).
    /// </summary>
    /// <param name="weeklyUses">One cell per trained user: their business uses this week (0 for none; blank cells are skipped).</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> for no user.</returns>
    [WorksheetFunction("KPI.ADOPTION_RATE_FROM_USES", "Real adoption rate from each trained user's weekly business uses: share with 3 or more.")]
    public static object AdoptionRateFromUses(
        [WorksheetArgument("weekly_uses", "Each trained user's business uses this week (a range; 0 for none).")] object[,] weeklyUses) =>
        Run(() => Out(Engagement.AdoptionRate([.. Cells.List(weeklyUses, Uses)])));

    /// <summary><c>KPI.INACTIVE_USERS</c>: how many users had no use this week (catalogue id <c>inactive_users</c>).</summary>
    /// <param name="weeklyUses">One cell per user: their uses this week (blank cells are skipped).</param>
    /// <returns>The number of zeros.</returns>
    [WorksheetFunction("KPI.INACTIVE_USERS", "Inactive users: how many users had no use this week.")]
    public static object InactiveUsers(
        [WorksheetArgument("weekly_uses", "Each user's uses this week (a range).")] object[,] weeklyUses) =>
        Run(() => (double)Engagement.InactiveUsers([.. Cells.List(weeklyUses, Uses)]));

    private static int Uses(object? value)
    {
        var uses = Cells.Count(value);
        return uses > int.MaxValue ? throw new CellException(WorksheetErrors.Number) : (int)uses;
    }
}
