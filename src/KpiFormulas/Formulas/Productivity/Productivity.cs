using System;
using System.Collections.Generic;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Productivity and quality KPIs (catalogue section 6): time saved, errors avoided, capacity gained,
/// and what the freed time is used for.
/// </summary>
/// <remarks>
/// Durations are <see cref="TimeSpan"/>s, exact to the tick: each calculator computes in decimal ticks
/// and rounds once, to the nearest tick, half away from zero. Per-week and per-month figures follow the
/// conventions of <see cref="Period"/>: a month is <see cref="Period.DaysPerMonth"/> = 30.436875 days
/// and a week <see cref="Period.DaysPerWeek"/> = 7 days, so a month is 4.348125 weeks.
/// <para>A total over a table of tasks is summed exactly and rounded once, not summed from rounded
/// lines. A calendar month, quarter and year count as 1, 3 and 12 months, any other span in days: a
/// month is 4.348125 weeks, not 4, and not 52 / 12 = 4.333....</para>
/// </remarks>
public static partial class Productivity
{
    /// <summary>The most decimals of the fraction that <see cref="TimeReinvestmentMix(ReadOnlySpan{string}, ReadOnlySpan{TimeSpan}, int)"/> rounds shares to: 18.</summary>
    public const int MaximumShareDecimals = 18;

    /// <summary>
    /// Time saved on a task (« temps gagné »): how much shorter each repetition got, times how often
    /// it is done.
    /// </summary>
    /// <param name="timeBefore">How long one repetition took before the tool; not negative.</param>
    /// <param name="timeAfter">How long it takes with the tool; not negative.</param>
    /// <param name="repetitions">How many times the task is done in the period (8 a week); not negative, may be fractional.</param>
    /// <returns>(before − after) × repetitions, to the tick; negative when the task got slower, which is worth knowing.</returns>
    /// <remarks>
    /// <para>Formula: (time before − time after) × number of repetitions. Unit: duration per period
    /// (the repetitions' period). Direction: higher is better.</para>
    /// <para>Worked example: meeting minutes that took 1 h and take 15 min with an AI tool, written 8
    /// times a week, save 6 h a week. Catalogue id <c>time_saved</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A duration or the repetitions are negative.</exception>
    /// <exception cref="OverflowException">The result is beyond the range of <see cref="TimeSpan"/>.</exception>
    /// <example>
    /// <code>
    /// Productivity.TimeSaved(TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), 8);     // 06:00:00
    /// Productivity.TimeSaved(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(3), 25);  // 02:55:00 (3 h rounded)
    /// </code>
    /// </example>
    public static TimeSpan TimeSaved(TimeSpan timeBefore, TimeSpan timeAfter, decimal repetitions)
    {
        Preconditions.NotNegative(timeBefore);
        Preconditions.NotNegative(timeAfter);
        Preconditions.NotNegative(repetitions);
        return FromExactTicks((decimal)(timeBefore.Ticks - timeAfter.Ticks) * repetitions);
    }

    /// <summary>
    /// Total time saved over a table of tasks (« total du temps gagné »): the sum of each task's
    /// (before − after) × repetitions.
    /// </summary>
    /// <param name="tasks">The tasks of one period and one person or team.</param>
    /// <returns>The total, summed exactly and rounded once to the tick; zero for no task (an empty sum).</returns>
    /// <remarks>
    /// <para>Formula: Σ (time before − time after) × repetitions. Unit: duration per period. Direction:
    /// higher is better. Tasks that got slower count negatively.</para>
    /// <para>Worked example: 6 h + 2 h 55 + 4 h = 12 h 55 min a week, often rounded to 13 h.
    /// Catalogue id <c>time_saved</c>.</para>
    /// </remarks>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="TimeSpan"/>.</exception>
    /// <example>
    /// <code>
    /// Productivity.TotalTimeSaved(
    /// [
    ///     new TaskTimeSaving("Comptes-rendus réunion", TimeSpan.FromHours(1), TimeSpan.FromMinutes(15), 8),
    ///     new TaskTimeSaving("Emails de suivi client", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(3), 25),
    ///     new TaskTimeSaving("Rédaction de proposition commerciale", TimeSpan.FromHours(4), TimeSpan.FromHours(2), 2),
    /// ]); // 12:55:00
    /// </code>
    /// </example>
    public static TimeSpan TotalTimeSaved(ReadOnlySpan<TaskTimeSaving> tasks)
    {
        var ticks = 0m;
        foreach (var task in tasks)
        {
            ticks += task.ExactTicksSaved;
        }

        return FromExactTicks(ticks);
    }

    /// <summary>Time saved per person: a team's time saved shared among its members.</summary>
    /// <param name="timeSaved">The time the team saved in the period; may be negative.</param>
    /// <param name="people">The people who saved it.</param>
    /// <returns>The time per person, to the tick; undefined when <paramref name="people"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: time saved / people. Unit: duration per person per period. Direction: higher is better.</para>
    /// <para>Undefined: no people (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>time_saved</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is negative.</exception>
    /// <example>
    /// <code>
    /// Productivity.TimeSavedPerPerson(TimeSpan.FromHours(50), 4).Value; // 12:30:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> TimeSavedPerPerson(TimeSpan timeSaved, long people)
    {
        Preconditions.NotNegative(people);
        return people == 0
            ? KpiResult.Undefined<TimeSpan>(KpiIds.TimeSaved, UndefinedReason.ZeroDenominator, "'people' is zero.")
            : KpiResult.Defined(KpiIds.TimeSaved, FromExactTicks((decimal)timeSaved.Ticks / people));
    }

    /// <summary>
    /// Time saved per person per month, from the time a group saved over any reporting period, by the
    /// conventions of <see cref="Period.PerMonth{T}(T)"/>: the figure to classify with
    /// <see cref="ClassifyTimeSavedPerPersonPerMonth(TimeSpan)"/>.
    /// </summary>
    /// <param name="timeSaved">The time saved over <paramref name="measuredOver"/> by <paramref name="people"/> people; may be negative.</param>
    /// <param name="measuredOver">The period it was measured over (an ISO week, a month, 30 days...).</param>
    /// <param name="people">The number of people.</param>
    /// <returns>The time per person per month, to the tick; undefined when <paramref name="people"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: time saved × (1 month / length of the period) / people. A calendar month, quarter
    /// or year is 1, 3 or 12 months; any other period is counted in days with a month of 30.436875
    /// days, so an ISO week is 7 / 30.436875 of a month and 13 h a week is 56.5 h a month.</para>
    /// <para>Undefined: no people (<see cref="UndefinedReason.ZeroDenominator"/>). Catalogue id <c>time_saved</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is negative.</exception>
    /// <example>
    /// <code>
    /// Productivity.TimeSavedPerPersonPerMonth(TimeSpan.FromHours(50), Period.Month(2026, 3), 5).Value; // 10:00:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> TimeSavedPerPersonPerMonth(TimeSpan timeSaved, Period measuredOver, long people)
    {
        Preconditions.NotNegative(people);
        return people == 0
            ? KpiResult.Undefined<TimeSpan>(KpiIds.TimeSaved, UndefinedReason.ZeroDenominator, "'people' is zero.")
            : KpiResult.Defined(KpiIds.TimeSaved, FromExactTicks(measuredOver.PerMonth((decimal)timeSaved.Ticks) / people));
    }

    /// <summary>
    /// Time saved per person per week, from the time a group saved over any reporting period, by the
    /// conventions of <see cref="Period.PerWeek{T}(T)"/>.
    /// </summary>
    /// <param name="timeSaved">The time saved over <paramref name="measuredOver"/> by <paramref name="people"/> people; may be negative.</param>
    /// <param name="measuredOver">The period it was measured over.</param>
    /// <param name="people">The number of people.</param>
    /// <returns>The time per person per week, to the tick; undefined when <paramref name="people"/> is 0.</returns>
    /// <remarks>
    /// <para>Formula: time saved × (1 week / length of the period) / people, a month being 4.348125
    /// weeks (30.436875 / 7).</para>
    /// <para>Undefined: no people (<see cref="UndefinedReason.ZeroDenominator"/>).
    /// Catalogue id <c>time_saved</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is negative.</exception>
    /// <example>
    /// <code>
    /// Productivity.TimeSavedPerPersonPerWeek(TimeSpan.FromHours(26), Period.IsoWeek(2026, 5), 2).Value; // 13:00:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> TimeSavedPerPersonPerWeek(TimeSpan timeSaved, Period measuredOver, long people)
    {
        Preconditions.NotNegative(people);
        return people == 0
            ? KpiResult.Undefined<TimeSpan>(KpiIds.TimeSaved, UndefinedReason.ZeroDenominator, "'people' is zero.")
            : KpiResult.Defined(KpiIds.TimeSaved, FromExactTicks(measuredOver.PerWeek((decimal)timeSaved.Ticks) / people));
    }

    /// <summary>
    /// Classifies the time saved per person per month with the library's documented thresholds: from 5 h
    /// <see cref="TimeSavedLevel.Profitable"/> (« IA déjà rentable »), from 10 h <see cref="TimeSavedLevel.High"/>
    /// (« moyenne haute »), from 20 h <see cref="TimeSavedLevel.Top10Percent"/>; below 5 h
    /// <see cref="TimeSavedLevel.BelowProfitable"/>.
    /// </summary>
    /// <param name="timeSavedPerPersonPerMonth">The time saved per person per month (see <see cref="TimeSavedPerPersonPerMonth(TimeSpan, Period, long)"/>); a negative time is below profitable.</param>
    /// <returns>The level of <see cref="Productivity.TimeSavedHoursPerPersonPerMonthBands"/>.</returns>
    /// <remarks>
    /// Bands, in exact hours: (−∞, 5) below profitable, [5, 10) profitable, [10, 20) high, [20, +∞)
    /// top 10 %. The thresholds are per person and per month; a table of tasks is often per
    /// week, so convert it first (<see cref="Period.PerMonth(TimeSpan)"/> of the week). Catalogue id <c>time_saved</c>.
    /// </remarks>
    /// <example>A saving of 12 h 55 min a week per person is 12 h 55 × 4.348125 = 56 h 09 min 47.8 s a month, far
    /// above the 20 hours of the top band: compare like with like, per month.</example>
    /// <example>
    /// <code>
    /// Productivity.ClassifyTimeSavedPerPersonPerMonth(TimeSpan.FromHours(5));                       // Profitable (5 h is inclusive)
    /// Productivity.ClassifyTimeSavedPerPersonPerMonth(Period.IsoWeek(2026, 10).PerMonth(new TimeSpan(12, 55, 0))); // Top10Percent (56.2 h)
    /// </code>
    /// </example>
    public static TimeSavedLevel ClassifyTimeSavedPerPersonPerMonth(TimeSpan timeSavedPerPersonPerMonth) =>
        Productivity.TimeSavedHoursPerPersonPerMonthBands.Classify(KpiMath.Hours(timeSavedPerPersonPerMonth));

    /// <summary>Errors avoided (« erreurs évitées »): how many fewer errors of one type a period had.</summary>
    /// <param name="errorsBefore">Errors in a period before the tool.</param>
    /// <param name="errorsAfter">Errors in an equivalent period after.</param>
    /// <returns>before − after; negative when errors rose.</returns>
    /// <remarks>
    /// <para>Formula: errors before − errors after. Unit: count per period. Direction: higher is better.
    /// The share of errors avoided (22 of 25 = 88 %) is <c>Change.Between(before, after).Relative</c> (−88 %).</para>
    /// <para>Worked example: errors in quotes falling from 12 to 2 over a period are 10 avoided. Catalogue id <c>errors_avoided</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <example>
    /// <code>
    /// Productivity.ErrorsAvoided(12, 2); // 10
    /// </code>
    /// </example>
    public static long ErrorsAvoided(long errorsBefore, long errorsAfter)
    {
        Preconditions.NotNegative(errorsBefore);
        Preconditions.NotNegative(errorsAfter);
        return errorsBefore - errorsAfter;
    }

    /// <summary>
    /// Errors avoided over several error types (« total des erreurs évitées »): Σ before − Σ after.
    /// </summary>
    /// <param name="errorsBefore">Errors of each type before the tool.</param>
    /// <param name="errorsAfter">Errors of the same types after, same order and length.</param>
    /// <returns>The total avoided; zero for no error type (an empty sum).</returns>
    /// <remarks>
    /// <para>Formula: Σ (errors before − errors after). Worked example: three error types falling from
    /// 25 errors in all to 3 are 22 avoided. Catalogue id <c>errors_avoided</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">A sum is beyond the range of <see cref="long"/>.</exception>
    /// <example>
    /// <code>
    /// Productivity.ErrorsAvoided([12, 8, 5], [2, 1, 0]); // 22
    /// </code>
    /// </example>
    public static long ErrorsAvoided(ReadOnlySpan<long> errorsBefore, ReadOnlySpan<long> errorsAfter)
    {
        Preconditions.SameLength(errorsBefore.Length, errorsAfter.Length, nameof(errorsBefore), nameof(errorsAfter));

        var avoided = 0L;
        for (var i = 0; i < errorsBefore.Length; i++)
        {
            avoided += ErrorsAvoided(errorsBefore[i], errorsAfter[i]);
        }

        return avoided;
    }

    /// <summary>Value of the errors avoided (« valorisation des erreurs évitées »): errors avoided × the average cost of an error.</summary>
    /// <param name="errorsAvoided">Errors avoided (see <see cref="ErrorsAvoided(long, long)"/>); negative when errors rose, which gives a negative value.</param>
    /// <param name="averageErrorCost">The average cost of one error (time and image), not negative.</param>
    /// <returns>errors avoided × average cost, exact, in the cost's currency.</returns>
    /// <remarks>
    /// <para>Formula: errors avoided × average cost of an error. Unit: money per period. Direction:
    /// higher is better.</para>
    /// <para>Worked example: 22 errors avoided at 150 € each are worth 3 300 €. Catalogue id <c>errors_avoided_value</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="averageErrorCost"/> is negative.</exception>
    /// <example>
    /// <code>
    /// Productivity.ErrorsAvoidedValue(22, Money.Euros(150m)); // 3 300 EUR
    /// </code>
    /// </example>
    public static Money ErrorsAvoidedValue(long errorsAvoided, Money averageErrorCost)
    {
        Preconditions.NotNegative(averageErrorCost);
        return averageErrorCost * errorsAvoided;
    }

    /// <summary>
    /// Capacity increase (« capacité de traitement augmentée »): how many more clients, projects or
    /// files the same team handles, as a relative change.
    /// </summary>
    /// <param name="unitsBefore">Units handled per period before (8 clients a month); not negative.</param>
    /// <param name="unitsAfter">Units handled per period after, without hiring; not negative.</param>
    /// <returns>(after − before) / before, exact; negative when capacity fell; undefined when nothing was handled before.</returns>
    /// <remarks>
    /// <para>Formula: (units after − units before) / units before. Unit: rate. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="unitsBefore"/> is zero (<see cref="UndefinedReason.ZeroBaseline"/>).</para>
    /// <para>Worked example: a team going from 8 to 11 clients a month is +37.5 % exactly (+37 %
    /// truncated). The extra revenue, 3 × 3 500 €, is <c>additional_revenue_from_capacity</c>.
    /// Catalogue id <c>capacity_increase</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <example>
    /// <code>
    /// Productivity.CapacityIncrease(8m, 11m).Value; // 37.5 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> CapacityIncrease(decimal unitsBefore, decimal unitsAfter)
    {
        Preconditions.NotNegative(unitsBefore);
        Preconditions.NotNegative(unitsAfter);
        return unitsBefore == 0m
            ? KpiResult.Undefined<Rate>(KpiIds.CapacityIncrease, UndefinedReason.ZeroBaseline, "'unitsBefore' is zero: there is no capacity to compare with.")
            : KpiResult.Defined(KpiIds.CapacityIncrease, Rate.FromFraction((unitsAfter - unitsBefore) / unitsBefore));
    }

    /// <summary>
    /// How freed time is reinvested (« usage du temps libéré »), from the time spent on each use: each
    /// use's share of the total, rounded by the largest-remainder method so that the shares add up to
    /// exactly 100 %.
    /// </summary>
    /// <param name="uses">The uses, such as « Développement commercial »; unique (ordinal comparison), not null.</param>
    /// <param name="timeSpent">The freed time spent on each use, same order and length; not negative.</param>
    /// <param name="decimals">Decimals of the fraction each share is rounded to, 0 to <see cref="MaximumShareDecimals"/>; 4 (a hundredth of a percent) when omitted, 2 for whole percents.</param>
    /// <returns>The mix, in input order; undefined when no use is given or no time was spent.</returns>
    /// <remarks>
    /// <para>Formula: share of use i = time i / Σ time, then largest remainder at 10^−<paramref name="decimals"/>:
    /// every share is first rounded down to the precision, and the units still missing to reach 100 %
    /// go one each to the uses with the largest remainders (ties to the earlier use). The shares then
    /// sum to exactly 1, each is within one unit of its exact value, and a use with no time gets 0 %.
    /// The arithmetic is exact (128-bit integers on ticks).</para>
    /// <para>Unit: rates summing to 100 %. Direction: none (a mix).</para>
    /// <para>The shares are of the freed time, not of the people or companies that chose each use: they
    /// always add up to 100 %.</para>
    /// <para>Undefined: no use (<see cref="UndefinedReason.EmptyInput"/>), or no time at all
    /// (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Worked example: a monthly survey asking the team what they did with the time saved
    /// finds 45 % business development, 25 % product, 15 % training and 15 % work-life balance.
    /// Catalogue id <c>time_reinvestment_mix</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">A use's name is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or a use repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative, or <paramref name="decimals"/> is outside 0 to 18.</exception>
    /// <example>Of 40 freed hours, 18 go to business development, 10 to product improvement, 6 to team training and
    /// 6 to work-life balance: 45 %, 25 %, 15 % and 15 %.</example>
    /// <example>
    /// Three uses with 10 h each:
    /// <code>
    /// var mix = Productivity.TimeReinvestmentMix(["Ventes", "Produit", "Formation"],
    ///     [TimeSpan.FromHours(10), TimeSpan.FromHours(10), TimeSpan.FromHours(10)]).Value;
    /// // Ventes 33.34 %, Produit 33.33 %, Formation 33.33 %: total exactly 100 %
    /// </code>
    /// </example>
    public static KpiResult<TimeReinvestmentMix> TimeReinvestmentMix(ReadOnlySpan<string> uses, ReadOnlySpan<TimeSpan> timeSpent, int decimals = 4)
    {
        Preconditions.SameLength(uses.Length, timeSpent.Length, nameof(uses), nameof(timeSpent));

        Preconditions.InRange(decimals, 0, MaximumShareDecimals);
        RequireUniqueUses(uses, nameof(uses));
        Int128 totalTicks = 0;
        for (var i = 0; i < timeSpent.Length; i++)
        {
            if (timeSpent[i] < TimeSpan.Zero)
            {
                Preconditions.ThrowOutOfRange(nameof(timeSpent), timeSpent[i], "Use '{0}': " + Preconditions.DurationMustNotBeNegative, uses[i]);
            }

            totalTicks += timeSpent[i].Ticks;
        }

        if (uses.IsEmpty)
        {
            return KpiResult.Undefined<TimeReinvestmentMix>(KpiIds.TimeReinvestmentMix, UndefinedReason.EmptyInput, "no use of the freed time was given.");
        }

        if (totalTicks == 0)
        {
            return KpiResult.Undefined<TimeReinvestmentMix>(KpiIds.TimeReinvestmentMix, UndefinedReason.ZeroDenominator, "'timeSpent' is zero for every use: no freed time to share.");
        }

        Int128 scale = 1;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        var units = new long[uses.Length];
        var remainders = new Int128[uses.Length];
        Int128 missing = scale;
        for (var i = 0; i < uses.Length; i++)
        {
            var scaled = timeSpent[i].Ticks * scale;
            units[i] = (long)(scaled / totalTicks);
            remainders[i] = scaled % totalTicks;
            missing -= units[i];
        }

        // Σ remainders = missing × total, and every remainder is below the total, so fewer units are
        // missing than there are uses with a remainder: only those receive one, largest first.
        var order = new int[uses.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => remainders[a] != remainders[b] ? remainders[b].CompareTo(remainders[a]) : a.CompareTo(b));
        for (var k = 0; k < (int)missing; k++)
        {
            units[order[k]]++;
        }

        var shares = new TimeReinvestmentShare[uses.Length];
        for (var i = 0; i < shares.Length; i++)
        {
            // The two 32-bit halves of at most 10^18 units, reinterpreted bit for bit (the build checks overflow).
            shares[i] = new TimeReinvestmentShare(uses[i], Rate.FromFraction(new decimal(unchecked((int)units[i]), unchecked((int)(units[i] >> 32)), 0, false, (byte)decimals)));
        }

        return KpiResult.Defined(KpiIds.TimeReinvestmentMix, new TimeReinvestmentMix(shares));
    }

    /// <summary>
    /// How freed time is reinvested (« usage du temps libéré »), from shares already known (a survey's
    /// percentages): checks that they add up to exactly 100 %.
    /// </summary>
    /// <param name="uses">The uses; unique (ordinal comparison), not null.</param>
    /// <param name="shares">The share of each use, same order and length; each within [0 %, 100 %], together exactly 100 %.</param>
    /// <returns>The mix, in input order.</returns>
    /// <remarks>
    /// <para>No rounding is done: shares that add up to 99.99 % are refused rather than silently
    /// stretched; compute them from times with
    /// <see cref="TimeReinvestmentMix(ReadOnlySpan{string}, ReadOnlySpan{TimeSpan}, int)"/> to have them
    /// rounded consistently.</para>
    /// <para>For example 45 % + 25 % + 15 % + 15 % = 100 %. Catalogue id <c>time_reinvestment_mix</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">A use's name is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, a use repeats, no use is given, or the shares do not add up to exactly 100 %.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside [0 %, 100 %].</exception>
    /// <example>
    /// <code>
    /// Productivity.TimeReinvestmentMix(
    ///     ["Développement commercial", "Amélioration produit", "Formation équipe", "Équilibre vie pro/perso"],
    ///     [Rate.FromPercent(45m), Rate.FromPercent(25m), Rate.FromPercent(15m), Rate.FromPercent(15m)]);
    /// </code>
    /// </example>
    public static TimeReinvestmentMix TimeReinvestmentMix(ReadOnlySpan<string> uses, ReadOnlySpan<Rate> shares)
    {
        Preconditions.SameLength(uses.Length, shares.Length, nameof(uses), nameof(shares));

        RequireUniqueUses(uses, nameof(uses));
        var total = 0m;
        var result = new TimeReinvestmentShare[uses.Length];
        for (var i = 0; i < shares.Length; i++)
        {
            if (!shares[i].IsProportion)
            {
                Preconditions.ThrowOutOfRange(nameof(shares), shares[i], "Use '{0}': The share must be a proportion, from 0 % to 100 %.", uses[i]);
            }

            total += shares[i].Fraction;
            result[i] = new TimeReinvestmentShare(uses[i], shares[i]);
        }

        if (total != 1m)
        {
            Preconditions.ThrowArgument(nameof(shares), "The shares must add up to exactly 100 %, but they add up to {0:R}.", Rate.FromFraction(total));
        }

        return new TimeReinvestmentMix(result);
    }

    private static TimeSpan FromExactTicks(decimal ticks) => TimeSpan.FromTicks(KpiMath.RoundedTicks(ticks));

    private static void RequireUniqueUses(ReadOnlySpan<string> uses, string paramName)
    {
        var seen = new HashSet<string>(uses.Length, StringComparer.Ordinal);
        foreach (var use in uses)
        {
            Preconditions.NotNull(use, paramName, "The use names must not be null.");
            if (!seen.Add(use))
            {
                Preconditions.ThrowArgument(paramName, "The use names must be unique; '{0}' appears twice.", use);
            }
        }
    }
}
