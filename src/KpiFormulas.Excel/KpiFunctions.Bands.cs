using KpiFormulas.Formulas;

namespace KpiFormulas.Excel;

public static partial class KpiFunctions
{
    /// <summary><c>KPI.LTV_TO_CAC_LEVEL</c>: the band of an LTV/CAC ratio: LosingMoney (below 1), BreakEven (1), BelowHealthy (between), Healthy (from 3).</summary>
    /// <param name="ratio">x of an LTV/CAC ratio x:1 (see KPI.LTV_TO_CAC).</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.LTV_TO_CAC_LEVEL")]
    public static object LtvToCacLevel(object? ratio) =>
        Run(() => Efficiency.ClassifyLtvToCac(new Ratio(Cells.Number(ratio))).ToString());

    /// <summary><c>KPI.ADOPTION_RATE_LEVEL</c>: the band of a real adoption rate: Problem (below 30%), NormalAtStart (30% to 60%), Excellent (above 60%).</summary>
    /// <param name="adoptionRate">The adoption rate, a fraction from 0 to 1.</param>
    /// <returns>The level's name; <c>#NUM!</c> for a rate outside 0 to 1.</returns>
    [WorksheetFunction("KPI.ADOPTION_RATE_LEVEL")]
    public static object AdoptionRateLevel(object? adoptionRate) =>
        Run(() => Engagement.ClassifyAdoption(Cells.Proportion(adoptionRate)).ToString());

    /// <summary><c>KPI.USER_ACTIVITY_STATUS</c>: one user's adoption status: Active (3 business uses a week or more), Low (1 or 2) or Inactive (0).</summary>
    /// <param name="weeklyUses">The user's business uses this week: a whole number, not negative.</param>
    /// <returns>The status's name.</returns>
    [WorksheetFunction("KPI.USER_ACTIVITY_STATUS")]
    public static object UserActivityStatus(object? weeklyUses) =>
        Run(() => Engagement.ClassifyUser(Uses(weeklyUses)).ToString());

    /// <summary><c>KPI.COST_PER_HOUR_SAVED_LEVEL</c>: the band of a cost per hour saved, in euros: Excellent (below 10), Profitable (10 to 20), Revisit (above 20).</summary>
    /// <param name="costPerHour">The cost per hour saved, in euros (the thresholds are euro amounts), not negative.</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.COST_PER_HOUR_SAVED_LEVEL")]
    public static object CostPerHourSavedLevel(object? costPerHour) =>
        Run(() => ReturnOnInvestment.ClassifyCostPerHourSaved(Money.Euros(Cells.NotNegative(costPerHour))).ToString());

    /// <summary><c>KPI.PAYBACK_PERIOD_LEVEL</c>: the band of a payback period in months: Excellent (below 2), Good (2 to 6), Challenge (above 6).</summary>
    /// <param name="months">The payback period in months, not negative.</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.PAYBACK_PERIOD_LEVEL")]
    public static object PaybackPeriodLevel(object? months) =>
        Run(() => ReturnOnInvestment.ClassifyPayback(Cells.NotNegative(months)).ToString());

    /// <summary><c>KPI.TIME_SAVED_LEVEL</c>: the band of the hours saved per person per month: BelowProfitable (below 5), Profitable (from 5), High (from 10), Top10Percent (from 20).</summary>
    /// <param name="hoursPerPersonPerMonth">Hours saved per person per month (a weekly figure x 4.348125 is monthly).</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.TIME_SAVED_LEVEL")]
    public static object TimeSavedLevel(object? hoursPerPersonPerMonth) =>
        Run(() => Productivity.ClassifyTimeSavedPerPersonPerMonth(Cells.Hours(hoursPerPersonPerMonth, allowNegative: true)).ToString());

    /// <summary><c>KPI.PROJECT_ROI_LEVEL</c>: the success mark of a project ROI: Successful from 1.5:1, BelowTarget below.</summary>
    /// <param name="ratio">x of a project ROI x:1, not negative.</param>
    /// <returns>The level's name.</returns>
    [WorksheetFunction("KPI.PROJECT_ROI_LEVEL")]
    public static object ProjectRoiLevel(object? ratio) =>
        Run(() => ReturnOnInvestment.ClassifyProjectRoi(new Ratio(Cells.NotNegative(ratio))).ToString());
}
