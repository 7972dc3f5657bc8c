using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary>
    /// <c>KPI.LTV_TO_CAC_LEVEL</c>: document 004's band of an LTV/CAC ratio: <c>LosingMoney</c> below 1,
    /// <c>BreakEven</c> at 1, <c>BelowHealthy</c> between, <c>Healthy</c> from 3.
    /// </summary>
    /// <param name="ratio">x of an LTV/CAC ratio x : 1 (see <c>KPI.LTV_TO_CAC</c>).</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.LTV_TO_CAC_LEVEL", "Band of an LTV/CAC ratio: LosingMoney (<1), BreakEven (=1), BelowHealthy, Healthy (>=3).")]
    public static object LtvToCacLevel(
        [WorksheetArgument("ratio", "x of the LTV/CAC ratio x:1.")] object ratio) =>
        Run(() => Efficiency.ClassifyLtvToCac(new Ratio(Cells.Number(ratio))).ToString());

    /// <summary>
    /// <c>KPI.ADOPTION_RATE_LEVEL</c>: document 003's band of a real adoption rate: <c>Problem</c> below
    /// 30 %, <c>NormalAtStart</c> from 30 % to 60 %, <c>Excellent</c> above 60 %.
    /// </summary>
    /// <param name="adoptionRate">The adoption rate, a fraction from 0 to 1; <c>#NUM!</c> outside.</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.ADOPTION_RATE_LEVEL", "Band of an adoption rate: Problem (<30%), NormalAtStart (30-60%), Excellent (>60%).")]
    public static object AdoptionRateLevel(
        [WorksheetArgument("adoption_rate", "The adoption rate, from 0 to 1.")] object adoptionRate) =>
        Run(() => Engagement.ClassifyAdoption(Cells.Proportion(adoptionRate)).ToString());

    /// <summary>
    /// <c>KPI.USER_ACTIVITY_STATUS</c>: one user's status in document 003's follow-up table: <c>Active</c>
    /// from 3 business uses a week, <c>Low</c> for 1 or 2, <c>Inactive</c> for 0.
    /// </summary>
    /// <param name="weeklyUses">The user's business uses this week, a whole number not negative.</param>
    /// <returns>The status's name.</returns>
    [WorksheetFunction("KPI.USER_ACTIVITY_STATUS", "A user's adoption status: Active (3+ uses a week), Low (1-2) or Inactive (0).")]
    public static object UserActivityStatus(
        [WorksheetArgument("weekly_uses", "The user's business uses this week (a whole number).")] object weeklyUses) =>
        Run(() => Engagement.ClassifyUser(Uses(weeklyUses)).ToString());

    /// <summary>
    /// <c>KPI.COST_PER_HOUR_SAVED_LEVEL</c>: document 003's band of a cost per hour saved, in euros:
    /// <c>Excellent</c> below 10, <c>Profitable</c> from 10 to 20, <c>Revisit</c> above 20.
    /// </summary>
    /// <param name="costPerHour">The cost per hour saved, in euros (the documents' thresholds are euro amounts), not negative.</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.COST_PER_HOUR_SAVED_LEVEL", "Band of a cost per hour saved in euros: Excellent (<10), Profitable (10-20), Revisit (>20).")]
    public static object CostPerHourSavedLevel(
        [WorksheetArgument("cost_per_hour", "The cost per hour saved, in euros.")] object costPerHour) =>
        Run(() => ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(Cells.NotNegative(costPerHour))).ToString());

    /// <summary>
    /// <c>KPI.PAYBACK_PERIOD_LEVEL</c>: document 003's band of a payback period: <c>Excellent</c> below 2
    /// months, <c>Good</c> from 2 to 6, <c>Challenge</c> above 6.
    /// </summary>
    /// <param name="months">The payback period in months, not negative.</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.PAYBACK_PERIOD_LEVEL", "Band of a payback period in months: Excellent (<2), Good (2-6), Challenge (>6).")]
    public static object PaybackPeriodLevel(
        [WorksheetArgument("months", "The payback period in months.")] object months) =>
        Run(() => ReturnOnInvestment.ClassifyPayback(Cells.NotNegative(months)).ToString());

    /// <summary>
    /// <c>KPI.TIME_SAVED_LEVEL</c>: document 003's band of the hours saved per person per month:
    /// <c>BelowProfitable</c> below 5, <c>Profitable</c> from 5, <c>High</c> from 10, <c>Top10Percent</c> from 20.
    /// </summary>
    /// <param name="hoursPerPersonPerMonth">Hours saved per person per month (a weekly figure x 4.348125 is monthly).</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.TIME_SAVED_LEVEL", "Band of the hours saved per person per month: BelowProfitable (<5), Profitable, High (>=10), Top10Percent (>=20).")]
    public static object TimeSavedLevel(
        [WorksheetArgument("hours_per_person_per_month", "Hours saved per person per month.")] object hoursPerPersonPerMonth) =>
        Run(() => Productivity.ClassifyTimeSavedPerPersonPerMonth(Cells.Hours(hoursPerPersonPerMonth, allowNegative: true)).ToString());

    /// <summary>
    /// <c>KPI.PROJECT_ROI_LEVEL</c>: document 001's success mark for a project ROI: <c>Successful</c> from
    /// 1.5 : 1, <c>BelowTarget</c> below.
    /// </summary>
    /// <param name="ratio">x of a project ROI x : 1, not negative.</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.PROJECT_ROI_LEVEL", "Band of a project ROI: Successful from 1.5:1, BelowTarget below.")]
    public static object ProjectRoiLevel(
        [WorksheetArgument("ratio", "x of the project ROI x:1.")] object ratio) =>
        Run(() => ReturnOnInvestment.ClassifyProjectRoi(new Ratio(Cells.NotNegative(ratio))).ToString());
}
