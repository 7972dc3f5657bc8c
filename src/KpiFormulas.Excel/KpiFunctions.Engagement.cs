using System.Runtime.InteropServices;
using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary>
    /// <c>KPI.SESSION_DURATION</c>: the catalogue's <see cref="KpiIds.SessionDuration"/>, from a total and a
    /// count, or from each session's length.
    /// </summary>
    /// <param name="totalSessionTime">The summed length of the sessions as an Excel duration, or a range of each session's length.</param>
    /// <param name="sessions">The number of sessions; optional: the number of lengths when left out.</param>
    /// <returns>The mean session length as an Excel duration; <c>#DIV/0!</c> for no session.</returns>
    [WorksheetFunction("KPI.SESSION_DURATION", KpiId = KpiIds.SessionDuration)]
    public static object SessionDuration(object? totalSessionTime, [Optional] object? sessions) =>
        Run(() =>
        {
            var (total, count) = TotalAndCount(totalSessionTime, sessions);
            return OutDays(Engagement.AverageSessionDuration(Cells.Days(total), count));
        });

    /// <summary><c>KPI.USAGE_FREQUENCY</c>: the catalogue's <see cref="KpiIds.UsageFrequency"/> in a cell.</summary>
    /// <param name="uses">Uses (sessions, logins, business uses) counted over the period: a whole number.</param>
    /// <param name="users">Users they are shared among, including those with no use: a whole number.</param>
    /// <returns>Uses per user over the period; <c>#DIV/0!</c> for no user.</returns>
    [WorksheetFunction("KPI.USAGE_FREQUENCY", KpiId = KpiIds.UsageFrequency)]
    public static object UsageFrequency(object? uses, object? users) =>
        Run(() => Out(Engagement.UsageFrequency(Cells.Count(uses), Cells.Count(users))));

    /// <summary><c>KPI.FEATURE_TIME_SHARE</c>: the catalogue's <see cref="KpiIds.FeatureTimeShare"/> in a cell.</summary>
    /// <param name="timeOnKeyFeatures">Time on the key features, as an Excel duration.</param>
    /// <param name="totalTime">Total time in the tool, as an Excel duration; at least the time on key features.</param>
    /// <returns>The share as a fraction; <c>#DIV/0!</c> for a total of zero; <c>#VALUE!</c> when the part exceeds the total.</returns>
    [WorksheetFunction("KPI.FEATURE_TIME_SHARE", KpiId = KpiIds.FeatureTimeShare)]
    public static object FeatureTimeShare(object? timeOnKeyFeatures, object? totalTime) =>
        Run(() => Out(Engagement.FeatureTimeShare(Cells.Days(timeOnKeyFeatures), Cells.Days(totalTime))));

    /// <summary><c>KPI.ADOPTION_RATE</c>: the catalogue's <see cref="KpiIds.AdoptionRate"/>, from two counts.</summary>
    /// <param name="activeUsers">Trained users with at least 3 business uses this week: a whole number.</param>
    /// <param name="trainedUsers">Users trained on the tool: a whole number.</param>
    /// <returns>The rate as a fraction; <c>#DIV/0!</c> when nobody was trained.</returns>
    [WorksheetFunction("KPI.ADOPTION_RATE", KpiId = KpiIds.AdoptionRate)]
    public static object AdoptionRate(object? activeUsers, object? trainedUsers) =>
        Share(Engagement.AdoptionRate, activeUsers, trainedUsers);

    /// <summary>
    /// <c>KPI.ADOPTION_RATE_FROM_USES</c>: the catalogue's <see cref="KpiIds.AdoptionRate"/>, from each trained
    /// user's business uses this week: the share with at least 3.
    /// </summary>
    /// <param name="weeklyUses">Each trained user's business uses this week: a range, 0 for none.</param>
    /// <returns>The share of users with 3 uses or more, as a fraction; <c>#DIV/0!</c> for no user.</returns>
    [WorksheetFunction("KPI.ADOPTION_RATE_FROM_USES", KpiId = KpiIds.AdoptionRate)]
    public static object AdoptionRateFromUses(object?[,] weeklyUses) =>
        Run(() => Out(Engagement.AdoptionRate([.. Cells.List(weeklyUses, RangeOf.Numbers, Uses)])));

    /// <summary><c>KPI.INACTIVE_USERS</c>: the catalogue's <see cref="KpiIds.InactiveUsers"/>, from each user's uses this week.</summary>
    /// <param name="weeklyUses">Each user's uses this week: a range, 0 for none.</param>
    /// <returns>How many users had no use (the number of zeros).</returns>
    [WorksheetFunction("KPI.INACTIVE_USERS", KpiId = KpiIds.InactiveUsers)]
    public static object InactiveUsers(object?[,] weeklyUses) =>
        Run(() => (double)Engagement.InactiveUsers([.. Cells.List(weeklyUses, RangeOf.Numbers, Uses)]));

    private static int Uses(object? value)
    {
        var uses = Cells.Count(value);
        return uses > int.MaxValue ? throw new CellException(WorksheetErrors.Number) : (int)uses;
    }
}
