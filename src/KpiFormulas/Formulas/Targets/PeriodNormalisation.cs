using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Converts a figure measured per week, per month or per year into another of these units
/// (« par semaine / par mois / par an »), with one documented convention: the mean Gregorian year
/// of 365.2425 days, a month of 30.436875 days (a twelfth of it) and a week of 7 days, so a month is
/// 4.348125 weeks and a year 52.1775 weeks. The same constants as <see cref="Period"/>.
/// </summary>
/// <remarks>
/// 13 h saved a week is 13 × 4.348125 = 56.525625 h a month. Converting back
/// gives the figure again exactly when the digits fit in <see cref="decimal"/>.
/// </remarks>
public static class PeriodNormalisation
{
    /// <summary>Weeks in a month by the convention: 30.436875 / 7 = 4.348125.</summary>
    public const decimal WeeksPerMonth = Period.DaysPerMonth / Period.DaysPerWeek;

    /// <summary>Weeks in a year by the convention: 365.2425 / 7 = 52.1775.</summary>
    public const decimal WeeksPerYear = Period.DaysPerYear / Period.DaysPerWeek;

    /// <summary>A weekly figure per month.</summary>
    /// <param name="perWeek">The figure per week.</param>
    /// <returns>perWeek × 4.348125.</returns>
    /// <example>
    /// <code>
    /// PeriodNormalisation.WeeklyToMonthly(13m); // 56.525625
    /// </code>
    /// </example>
    public static decimal WeeklyToMonthly(decimal perWeek) => perWeek * WeeksPerMonth;

    /// <summary>A monthly figure per week.</summary>
    /// <param name="perMonth">The figure per month.</param>
    /// <returns>perMonth / 4.348125.</returns>
    /// <example>
    /// <code>
    /// PeriodNormalisation.MonthlyToWeekly(56.525625m); // 13
    /// </code>
    /// </example>
    public static decimal MonthlyToWeekly(decimal perMonth) => perMonth / WeeksPerMonth;

    /// <summary>A monthly figure per year.</summary>
    /// <param name="perMonth">The figure per month.</param>
    /// <returns>perMonth × 12.</returns>
    /// <example>
    /// <code>
    /// PeriodNormalisation.MonthlyToYearly(1_550m); // 18 600
    /// </code>
    /// </example>
    public static decimal MonthlyToYearly(decimal perMonth) => perMonth * 12m;

    /// <summary>A yearly figure per month.</summary>
    /// <param name="perYear">The figure per year.</param>
    /// <returns>perYear / 12.</returns>
    /// <example>
    /// <code>
    /// PeriodNormalisation.YearlyToMonthly(600m); // 50 (a 600 € yearly licence)
    /// </code>
    /// </example>
    public static decimal YearlyToMonthly(decimal perYear) => perYear / 12m;

    /// <summary>A weekly figure per year.</summary>
    /// <param name="perWeek">The figure per week.</param>
    /// <returns>perWeek × 52.1775.</returns>
    /// <example>
    /// <code>
    /// PeriodNormalisation.WeeklyToYearly(10m); // 521.775
    /// </code>
    /// </example>
    public static decimal WeeklyToYearly(decimal perWeek) => perWeek * WeeksPerYear;

    /// <summary>A yearly figure per week.</summary>
    /// <param name="perYear">The figure per year.</param>
    /// <returns>perYear / 52.1775.</returns>
    /// <example>
    /// <code>
    /// PeriodNormalisation.YearlyToWeekly(521.775m); // 10
    /// </code>
    /// </example>
    public static decimal YearlyToWeekly(decimal perYear) => perYear / WeeksPerYear;

    /// <summary>A weekly duration per month (13 h a week is 56 h 31 min 32.25 s a month).</summary>
    /// <param name="perWeek">The duration per week.</param>
    /// <returns>The duration per month, to the tick (rounded half away from zero).</returns>
    /// <example>
    /// <code>
    /// PeriodNormalisation.WeeklyToMonthly(TimeSpan.FromHours(13)); // 2.08:31:32.2500000
    /// </code>
    /// </example>
    public static TimeSpan WeeklyToMonthly(TimeSpan perWeek) => TimeSpan.FromTicks(KpiMath.RoundedTicks(perWeek.Ticks * WeeksPerMonth));

    /// <summary>A monthly duration per week.</summary>
    /// <param name="perMonth">The duration per month.</param>
    /// <returns>The duration per week, to the tick.</returns>
    /// <example>
    /// <code>
    /// PeriodNormalisation.MonthlyToWeekly(TimeSpan.FromHours(50)); // 11:29:55.9... (50 h a month)
    /// </code>
    /// </example>
    public static TimeSpan MonthlyToWeekly(TimeSpan perMonth) => TimeSpan.FromTicks(KpiMath.RoundedTicks(perMonth.Ticks / WeeksPerMonth));
}
