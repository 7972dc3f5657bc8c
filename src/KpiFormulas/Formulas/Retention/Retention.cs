using System;
using System.Collections.Generic;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Retention KPIs (catalogue section 5): how many customers stay from one period to the next, how
/// many leave, how many buy several years in a row, and how each acquisition cohort keeps buying.
/// </summary>
/// <remarks>
/// Retention and churn are two faces of one count: over the same customers of the previous period,
/// churn + retention = 100 % exactly. Converting either between period lengths (a monthly churn to
/// a yearly one) assumes the same independent rate in every sub-period and is always explicit
/// (<see cref="ChurnOverPeriods(Rate, decimal)"/>, <see cref="RetentionOverPeriods(Rate, decimal)"/>).
/// <para>Every rate is an exact <see cref="Rate"/>, a decimal fraction; round for display only.
/// Customer ids are of any type (a string, an int, a Guid, a record) compared with its default
/// equality: a customer who appears twice is counted once, and a null id is invalid input.</para>
/// </remarks>
public static partial class Retention
{
    // Purchase years accepted by MultiYearRetention: the years of DateOnly.
    private const int MinYear = 1;
    private const int MaxYear = 9999;

    private const string CustomerIdMustNotBeNull = "The customer ids must not be null.";

    /// <summary>
    /// Retention rate (« taux de fidélisation », the "taux de fid"): the share of the previous
    /// period's customers who are still customers in this period.
    /// </summary>
    /// <param name="retainedCustomers">Customers active in period N who were already customers in period N − 1.</param>
    /// <param name="customersInPreviousPeriod">Customers of period N − 1 (the base; new customers of N are not in it).</param>
    /// <returns>The retention rate, within [0 %, 100 %]; undefined when the previous period had no customer.</returns>
    /// <remarks>
    /// <para>Formula: customers of N − 1 still active in N / customers of N − 1.</para>
    /// <para>Unit: rate. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="customersInPreviousPeriod"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Read year over year, it is the share of customers still active from one year to the next;
    /// keeping a customer usually costs less than winning one. Catalogue id <c>retention_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more customers are retained than the previous period had.</exception>
    /// <example>
    /// 400 customers bought in 2025; 300 of them bought again in 2026:
    /// <code>
    /// Retention.RetentionRate(300, 400).Value; // 75 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> RetentionRate(long retainedCustomers, long customersInPreviousPeriod) =>
        KpiMath.Share(KpiIds.RetentionRate, retainedCustomers, customersInPreviousPeriod, nameof(retainedCustomers), nameof(customersInPreviousPeriod));

    /// <summary>
    /// Retention rate (« taux de fidélisation ») from the customer ids of two consecutive periods: the
    /// share of the distinct customers of the previous period who appear again in the current one.
    /// </summary>
    /// <typeparam name="TCustomer">The customer id (compared with <see cref="EqualityComparer{T}.Default"/>).</typeparam>
    /// <param name="previousPeriodCustomers">The customers active in period N − 1; repeats are counted once.</param>
    /// <param name="currentPeriodCustomers">The customers active in period N; repeats are counted once, and customers new in N do not count.</param>
    /// <returns>The retention rate; undefined when the previous period had no customer.</returns>
    /// <remarks>
    /// <para>Formula: |previous ∩ current| / |previous|, over distinct ids.</para>
    /// <para>Undefined: <paramref name="previousPeriodCustomers"/> is empty (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>retention_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentException">A customer id is null.</exception>
    /// <example>
    /// <code>
    /// Retention.RetentionRate(["ana", "ben", "chloé", "dan"], ["ana", "dan", "eve"]).Value; // 2 of 4 = 50 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> RetentionRate<TCustomer>(IEnumerable<TCustomer> previousPeriodCustomers, IEnumerable<TCustomer> currentPeriodCustomers)
        where TCustomer : notnull
    {
        var (retained, previous) = CountRetained(previousPeriodCustomers, currentPeriodCustomers);
        return RetentionRate(retained, previous);
    }

    /// <summary>
    /// Churn rate (« taux de churn », abandon): the share of the customers at the start of a period
    /// who were lost during it.
    /// </summary>
    /// <param name="customersLost">Customers of the start who are no longer customers at the end (new customers of the period are not counted).</param>
    /// <param name="customersAtStart">Customers at the start of the period.</param>
    /// <returns>The churn rate, within [0 %, 100 %]; undefined when there was no customer at the start.</returns>
    /// <remarks>
    /// <para>Formula: customers lost in the period / customers at its start. For the same customers,
    /// churn = 100 % − retention, exactly.</para>
    /// <para>Unit: rate per period (say which: a monthly churn is not a yearly churn, see
    /// <see cref="ChurnOverPeriods(Rate, decimal)"/>). Direction: lower is better.</para>
    /// <para>Undefined: <paramref name="customersAtStart"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>churn_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more customers are lost than there were at the start.</exception>
    /// <example>
    /// 400 customers at the start of the year, 100 of them lost by its end:
    /// <code>
    /// Retention.ChurnRate(100, 400).Value; // 25 % (and a retention of 75 %)
    /// </code>
    /// </example>
    public static KpiResult<Rate> ChurnRate(long customersLost, long customersAtStart) =>
        KpiMath.Share(KpiIds.ChurnRate, customersLost, customersAtStart, nameof(customersLost), nameof(customersAtStart));

    /// <summary>
    /// Churn rate (« taux de churn ») from the customer ids of two consecutive periods: the share of
    /// the distinct customers of the previous period who do not appear in the current one.
    /// </summary>
    /// <typeparam name="TCustomer">The customer id (compared with <see cref="EqualityComparer{T}.Default"/>).</typeparam>
    /// <param name="previousPeriodCustomers">The customers active in period N − 1 (the customers at the start); repeats are counted once.</param>
    /// <param name="currentPeriodCustomers">The customers active in period N; customers new in N do not count.</param>
    /// <returns>The churn rate; undefined when the previous period had no customer.</returns>
    /// <remarks>
    /// <para>Formula: |previous \ current| / |previous|, over distinct ids; equals 100 % minus
    /// <see cref="RetentionRate{TCustomer}(IEnumerable{TCustomer}, IEnumerable{TCustomer})"/> for the same sets.</para>
    /// <para>Undefined: <paramref name="previousPeriodCustomers"/> is empty (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>churn_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentException">A customer id is null.</exception>
    /// <example>
    /// <code>
    /// Retention.ChurnRate(["ana", "ben", "chloé", "dan"], ["ana", "dan", "eve"]).Value; // ben and chloé: 2 of 4 = 50 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> ChurnRate<TCustomer>(IEnumerable<TCustomer> previousPeriodCustomers, IEnumerable<TCustomer> currentPeriodCustomers)
        where TCustomer : notnull
    {
        var (retained, previous) = CountRetained(previousPeriodCustomers, currentPeriodCustomers);
        return ChurnRate(previous - retained, previous);
    }

    /// <summary>
    /// Converts a churn rate per period to a longer period made of <paramref name="periods"/> of them
    /// (a monthly churn to a yearly churn), assuming the same independent churn in each period:
    /// 1 − (1 − c)^n.
    /// </summary>
    /// <param name="churnPerPeriod">The churn of one period, within [0 %, 100 %].</param>
    /// <param name="periods">How many of these periods make the longer one (12 months a year, 3 months a quarter); positive, may be fractional.</param>
    /// <returns>The churn over the longer period, exact to about 25 decimals.</returns>
    /// <remarks>
    /// <para>Formula: 1 − (1 − c)^n, the probability of at least one loss in n independent periods. Not
    /// c × n: a customer can only be lost once. The inverse is <see cref="ChurnPerPeriod(Rate, decimal)"/>.
    /// The same conversion fits any per-period probability of an event (a drop-out, a cancellation).</para>
    /// <para>For n ≥ 1 the result lies between c and n × c. The number of periods may be fractional
    /// (4.348125 weeks in a month). Powers and roots are computed in decimal, exact to about 25 decimals:
    /// converting there and back gives the rate again to within 10⁻¹⁸, unless the survival over the
    /// longer period, (1 − c)^n, is so small that few significant digits are left.</para>
    /// <para>Unit: rate per longer period. Direction: lower is better. Catalogue id <c>churn_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="churnPerPeriod"/> is outside [0 %, 100 %], or <paramref name="periods"/> is not positive.</exception>
    /// <example>
    /// A monthly churn of 2 % is a yearly churn of 21.53 %, not 24 %:
    /// <code>
    /// Retention.ChurnOverPeriods(Rate.FromPercent(2m), 12m); // 1 − 0.98^12 = 21.5283276265199966613504 %
    /// </code>
    /// </example>
    public static Rate ChurnOverPeriods(Rate churnPerPeriod, decimal periods)
    {
        Preconditions.Proportion(churnPerPeriod);
        Preconditions.Positive(periods);
        return Rate.FromFraction(1m - DecimalMath.Pow(1m - churnPerPeriod.Fraction, periods));
    }

    /// <summary>
    /// Converts a churn rate over a longer period to the churn per shorter period that compounds to
    /// it (a yearly churn to a monthly churn): 1 − (1 − C)^(1/n). The inverse of
    /// <see cref="ChurnOverPeriods(Rate, decimal)"/>.
    /// </summary>
    /// <param name="churnOverPeriods">The churn over the longer period, within [0 %, 100 %].</param>
    /// <param name="periods">How many shorter periods make the longer one (12 months a year); positive, may be fractional.</param>
    /// <returns>The churn per shorter period, exact to about 25 decimals.</returns>
    /// <remarks>
    /// <para>Formula: 1 − (1 − C)^(1/n). Not C / n.</para>
    /// <para>A churn of exactly 100 % gives 100 % per period; a churn so close to 100 % that (1 − C) has
    /// few significant digits left loses precision in the root. Catalogue id <c>churn_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="churnOverPeriods"/> is outside [0 %, 100 %], or <paramref name="periods"/> is not positive.</exception>
    /// <example>
    /// <code>
    /// Retention.ChurnPerPeriod(Rate.FromPercent(19m), 2m); // 1 − √0.81 = 10 % per half-year
    /// </code>
    /// </example>
    public static Rate ChurnPerPeriod(Rate churnOverPeriods, decimal periods)
    {
        Preconditions.Proportion(churnOverPeriods);
        Preconditions.Positive(periods);
        return Rate.FromFraction(1m - Root(1m - churnOverPeriods.Fraction, periods));
    }

    /// <summary>
    /// Converts a retention rate per period to a longer period made of <paramref name="periods"/> of
    /// them (a monthly retention to a yearly one), assuming the same independent retention in each: r^n.
    /// </summary>
    /// <param name="retentionPerPeriod">The retention of one period, within [0 %, 100 %].</param>
    /// <param name="periods">How many of these periods make the longer one; positive, may be fractional.</param>
    /// <returns>The retention over the longer period, exact to about 25 decimals.</returns>
    /// <remarks>
    /// <para>Formula: r^n, the complement of <see cref="ChurnOverPeriods(Rate, decimal)"/> applied to
    /// 1 − r. The inverse is <see cref="RetentionPerPeriod(Rate, decimal)"/>.</para>
    /// <para>Unit: rate per longer period. Direction: higher is better. Catalogue id <c>retention_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retentionPerPeriod"/> is outside [0 %, 100 %], or <paramref name="periods"/> is not positive.</exception>
    /// <example>
    /// <code>
    /// Retention.RetentionOverPeriods(Rate.FromPercent(90m), 3m); // 0.9^3 = 72.9 % a quarter
    /// </code>
    /// </example>
    public static Rate RetentionOverPeriods(Rate retentionPerPeriod, decimal periods)
    {
        Preconditions.Proportion(retentionPerPeriod);
        Preconditions.Positive(periods);
        return Rate.FromFraction(DecimalMath.Pow(retentionPerPeriod.Fraction, periods));
    }

    /// <summary>
    /// Converts a retention rate over a longer period to the retention per shorter period that
    /// compounds to it: R^(1/n). The inverse of <see cref="RetentionOverPeriods(Rate, decimal)"/>.
    /// </summary>
    /// <param name="retentionOverPeriods">The retention over the longer period, within [0 %, 100 %].</param>
    /// <param name="periods">How many shorter periods make the longer one; positive, may be fractional.</param>
    /// <returns>The retention per shorter period, exact to about 25 decimals.</returns>
    /// <remarks>
    /// <para>Formula: R^(1/n), the complement of <see cref="ChurnPerPeriod(Rate, decimal)"/> applied to 1 − R.</para>
    /// <para>Catalogue id <c>retention_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retentionOverPeriods"/> is outside [0 %, 100 %], or <paramref name="periods"/> is not positive.</exception>
    /// <example>
    /// <code>
    /// Retention.RetentionPerPeriod(Rate.FromPercent(81m), 2m); // √0.81 = 90 % per half-year
    /// </code>
    /// </example>
    public static Rate RetentionPerPeriod(Rate retentionOverPeriods, decimal periods)
    {
        Preconditions.Proportion(retentionOverPeriods);
        Preconditions.Positive(periods);
        return Rate.FromFraction(Root(retentionOverPeriods.Fraction, periods));
    }

    /// <summary>
    /// Retention over 2, 3, 4 or 5 years in a row (« fidélisation sur 2/3/4/5 ans »): for each base
    /// year Y and each k, the share of Y's customers who bought in every one of the k years
    /// Y, Y + 1, ..., Y + k − 1, and how these shares move from one base year to the next.
    /// </summary>
    /// <typeparam name="TCustomer">The customer id (compared with <see cref="EqualityComparer{T}.Default"/>).</typeparam>
    /// <param name="purchases">One record per purchase (or per customer and year): the customer and the calendar year of the purchase. Repeats are counted once.</param>
    /// <param name="maxConsecutiveYears">The longest run to measure, counting the base year; at least 2 (5 covers the usual 2 to 5 years).</param>
    /// <returns>The table of counts and rates for every base year from the first to the last year of the data.</returns>
    /// <remarks>
    /// <para>Formula: for base year Y and k ≥ 2, |customers who bought in each of Y, Y + 1, ..., Y + k − 1|
    /// / |customers who bought in Y|. "k years in a row" counts the base year: k = 2 is "bought in Y
    /// and again in Y + 1", the year-over-year retention rate; k = 5 is five calendar years without a
    /// gap. The base is every customer active in Y, new or not (acquisition cohorts are
    /// <see cref="CohortRetention{TCustomer}(IEnumerable{ValueTuple{TCustomer, DateOnly}}, PeriodUnit)"/>).</para>
    /// <para>Unit: rate. Direction: higher is better.</para>
    /// <para>A customer who skips one year of the run does not count, whatever they bought before Y or
    /// after Y + k − 1. The last year of the data is the year of the latest purchase: leave out a year
    /// that is not over yet, or the runs that end in it read low.</para>
    /// <para>Undefined (per cell): Y + k − 1 is after the last year of the data (<see cref="UndefinedReason.NotYetObserved"/>,
    /// not yet observable), or nobody bought in Y (<see cref="UndefinedReason.ZeroDenominator"/>).
    /// No purchase at all gives an empty table.</para>
    /// <para>It answers two questions: what share of my customers bought 2, 3, 4 or 5 years in a row,
    /// and how these shares moved over the last years. Catalogue id <c>multi_year_retention</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is null.</exception>
    /// <exception cref="ArgumentException">A customer id is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1..9999, or <paramref name="maxConsecutiveYears"/> is below 2.</exception>
    /// <example>Six customers over five years, each mark a year with at least one purchase:
    /// <code>
    /// // customer  2021 2022 2023 2024 2025
    /// // ana        x    x    x    x    x
    /// // ben        x    x         x    x
    /// // chloé      x         x
    /// // dan             x    x    x
    /// // eve                       x    x
    /// // fred       x
    /// var table = Retention.MultiYearRetention([
    ///     ("ana", 2021), ("ana", 2022), ("ana", 2023), ("ana", 2024), ("ana", 2025),
    ///     ("ben", 2021), ("ben", 2022), ("ben", 2024), ("ben", 2025),
    ///     ("chloé", 2021), ("chloé", 2023),
    ///     ("dan", 2022), ("dan", 2023), ("dan", 2024),
    ///     ("eve", 2024), ("eve", 2025),
    ///     ("fred", 2021)]);
    /// // base year  customers  k = 2         k = 3         k = 4         k = 5
    /// // 2021       4          2 / 4 = 50 %  1 / 4 = 25 %  25 %          25 %
    /// // 2022       3          2 / 3         2 / 3         1 / 3         not yet observed
    /// // 2023       3          2 / 3         1 / 3         not yet observed
    /// // 2024       4          3 / 4 = 75 %  not yet observed
    /// // 2025       3          not yet observed
    /// table.Trend(2); // 50 %, 66.7 %, 66.7 %, 75 %: two-year loyalty is rising
    /// </code></example>
    /// <example>
    /// <code>
    /// var table = Retention.MultiYearRetention([("ana", 2022), ("ana", 2023), ("ana", 2024), ("ben", 2022), ("ben", 2024)]);
    /// table.RetentionRate(2022, 2).Value;  // ana only: 1 of 2 = 50 %
    /// table.RetentionRate(2022, 3).Value;  // ana only (ben skipped 2023): 50 %
    /// table.RetentionRate(2023, 3).Reason; // NotYetObserved: 2025 is beyond the data
    /// </code>
    /// </example>
    public static MultiYearRetentionTable MultiYearRetention<TCustomer>(IEnumerable<(TCustomer Customer, int Year)> purchases, int maxConsecutiveYears = 5)
        where TCustomer : notnull
    {
        Preconditions.NotNull(purchases);
        Preconditions.ArgumentInRange(maxConsecutiveYears >= 2, maxConsecutiveYears, nameof(maxConsecutiveYears), "The count includes the base year and must be at least 2 (2 = bought this year and the next).");

        var activity = new HashSet<(TCustomer Customer, int Year)>();
        var firstYear = int.MaxValue;
        var lastYear = int.MinValue;
        foreach (var purchase in purchases)
        {
            if (purchase.Customer is null)
            {
                Preconditions.ThrowArgument(nameof(purchases), CustomerIdMustNotBeNull);
            }

            if (purchase.Year is < MinYear or > MaxYear)
            {
                Preconditions.ThrowOutOfRange(nameof(purchases), purchase.Year, "The purchase years must be between {0} and {1} inclusive.", MinYear, MaxYear);
            }

            activity.Add(purchase);
            firstYear = Math.Min(firstYear, purchase.Year);
            lastYear = Math.Max(lastYear, purchase.Year);
        }

        if (activity.Count == 0)
        {
            return new MultiYearRetentionTable(0, maxConsecutiveYears, []);
        }

        // One row per year with customers (a year without any stays null: all its counts are zero),
        // holding the observable runs only: k up to the cap and up to the last year of the data.
        var yearCount = lastYear - firstYear + 1;
        var counts = new long[]?[yearCount];
        foreach (var (customer, year) in activity)
        {
            var y = year - firstYear;
            var row = counts[y] ??= new long[Math.Min(maxConsecutiveYears, yearCount - y)];

            // The run of consecutive purchase years that starts at this year, capped at the row length.
            var run = 1;
            while (run < row.Length && activity.Contains((customer, year + run)))
            {
                run++;
            }

            for (var k = 0; k < run; k++)
            {
                row[k]++;
            }
        }

        return new MultiYearRetentionTable(firstYear, maxConsecutiveYears, counts);
    }

    /// <summary>
    /// Retention by cohort (« rétention par cohorte ») from counts: for each cohort (the customers
    /// whose first purchase fell in one period), its size and the customers active 1, 2, ... periods later.
    /// </summary>
    /// <param name="cohorts">The cohort periods, of one unit (and one length for runs of days), in increasing order without overlap.</param>
    /// <param name="activeCounts">One row per cohort: <c>[c][0]</c> is the cohort size, <c>[c][k]</c> the
    /// cohort's customers active k periods later. A row holds only the offsets the data covers (a
    /// triangle for recent cohorts); each row has at least the size.</param>
    /// <returns>The table; the rates are computed on request.</returns>
    /// <remarks>
    /// <para>Formula: rate(c, k) = active(c, k) / size(c).</para>
    /// <para>Unit: rate. Direction: higher is better.</para>
    /// <para>Undefined (per cell): an empty cohort (<see cref="UndefinedReason.ZeroDenominator"/>), an
    /// offset beyond the row (<see cref="UndefinedReason.NotYetObserved"/>).</para>
    /// <para>The cohort view of the retention rate (« taux de fidélisation »). Catalogue id <c>cohort_retention</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, a row is empty, or the cohorts mix units, overlap or are out of order.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above its cohort's size.</exception>
    /// <example>A January cohort of 200 customers, 80 of them active in February and 60 in March, retains 40 % and
    /// 30 %; a February cohort of 100, 50 active in March, retains 50 %. Pooled over both cohorts, one month
    /// after joining is (80 + 50) / (200 + 100) = 43.3 % (<see cref="CohortRetentionTable.PooledRetentionRate(int)"/>),
    /// the retention curve weighted by cohort size.</example>
    /// <example>
    /// <code>
    /// var table = Retention.CohortRetention([Period.Month(2026, 1), Period.Month(2026, 2)], [[200, 80, 60], [100, 50]]);
    /// table.RetentionRate(0, 2).Value;  // January cohort two months later: 60 / 200 = 30 %
    /// table.RetentionRate(1, 2).Reason; // NotYetObserved: April is beyond the data
    /// </code>
    /// </example>
    public static CohortRetentionTable CohortRetention(IReadOnlyList<Period> cohorts, long[][] activeCounts)
    {
        Preconditions.NotNull(cohorts);
        Preconditions.NotNull(activeCounts);
        if (cohorts.Count != activeCounts.Length)
        {
            Preconditions.ThrowArgument(nameof(activeCounts), "The rows must be one per cohort; '{0}' has {1} cohorts, this one {2} rows.", nameof(cohorts), cohorts.Count, activeCounts.Length);
        }

        var periods = new Period[cohorts.Count];
        var rows = new long[]?[cohorts.Count];
        var offsetCounts = new int[cohorts.Count];
        for (var c = 0; c < periods.Length; c++)
        {
            var cohort = cohorts[c];
            if (c > 0)
            {
                var first = periods[0];
                if (cohort.Unit != first.Unit || (cohort.Unit == PeriodUnit.Days && cohort.Days != first.Days))
                {
                    Preconditions.ThrowArgument(nameof(cohorts), "Cohort {0}: The period must be of the same unit and length as cohort 0, {1}; it is {2}.", c, first, cohort);
                }

                if (cohort.Start < periods[c - 1].End)
                {
                    Preconditions.ThrowArgument(nameof(cohorts), "Cohort {0}: The period must start after the previous cohort, {1}, ends (cohorts in increasing order without overlap); it is {2}.", c, periods[c - 1], cohort);
                }
            }

            var source = activeCounts[c];
            if (source is null)
            {
                Preconditions.ThrowArgumentNull(nameof(activeCounts), "Row {0}: The row must not be null.", c);
            }

            if (source.Length == 0)
            {
                Preconditions.ThrowArgument(nameof(activeCounts), "Row {0}: The row must not be empty; element 0 is the cohort size.", c);
            }

            var size = source[0];
            for (var k = 0; k < source.Length; k++)
            {
                if (source[k] < 0)
                {
                    Preconditions.ThrowOutOfRange(nameof(activeCounts), source[k], "Row {0}, element {1}: The count must not be negative.", c, k);
                }

                if (source[k] > size)
                {
                    Preconditions.ThrowOutOfRange(nameof(activeCounts), source[k], "Row {0}, element {1}: The count must not exceed the cohort size, element 0 ({2}).", c, k, size);
                }
            }

            periods[c] = cohort;
            rows[c] = (long[])source.Clone();
            offsetCounts[c] = source.Length;
        }

        return new CohortRetentionTable(periods, rows, offsetCounts);
    }

    /// <summary>
    /// Retention by cohort (« rétention par cohorte ») from purchase events: each customer belongs to
    /// the cohort of the period of their first purchase, and is active at offset k when they bought at
    /// least once in the k-th period after it.
    /// </summary>
    /// <typeparam name="TCustomer">The customer id (compared with <see cref="EqualityComparer{T}.Default"/>).</typeparam>
    /// <param name="purchases">Every purchase: the customer and its date. Any order; several purchases in one period count once.</param>
    /// <param name="unit">The cohort and offset unit: <see cref="PeriodUnit.Month"/>, <see cref="PeriodUnit.IsoWeek"/>,
    /// <see cref="PeriodUnit.Quarter"/> or <see cref="PeriodUnit.Year"/>.</param>
    /// <returns>
    /// The table with one cohort per period from the first purchase's period to the last purchase's
    /// period, consecutive (a period in which nobody bought for the first time is an empty cohort);
    /// the cohort of period p observes the offsets up to the last period of the data.
    /// </returns>
    /// <remarks>
    /// <para>Formula: cohort(customer) = <see cref="Period.Containing(DateOnly, PeriodUnit)"/> of the first purchase;
    /// active(c, k) = customers of c with a purchase in <c>c.Offset(k)</c>; rate = active(c, k) / size(c).
    /// Offset 0 is 100 % for every non-empty cohort.</para>
    /// <para>The last period of the data is the period of the latest purchase: leave out a period that
    /// is not over yet, or its offsets read low.</para>
    /// <para>Cohorts nobody joined cost no row: a stray <c>default(DateOnly)</c> among dates of 2026 makes a
    /// long but cheap table, not a huge triangle.</para>
    /// <para>Undefined (per cell): an empty cohort, an offset beyond the data. No purchase at all gives an empty table.</para>
    /// <para>Catalogue id <c>cohort_retention</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is null.</exception>
    /// <exception cref="ArgumentException">A customer id is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is <see cref="PeriodUnit.Days"/> or not a defined unit, or a
    /// date falls in the year 9999 with yearly cohorts (a <see cref="Period"/> cannot hold that year).</exception>
    /// <example>Monthly cohorts: ana buys on 5 and 25 January, 9 February and 1 April; ben on 20 January; chloé on
    /// 3 February and 15 March; dan on 28 February and 30 April; eve on 10 April. The January cohort (ana,
    /// ben) reads 100 %, 50 %, 0 %, 50 %; the February cohort (chloé, dan) 100 %, 50 %, 50 %; March is an
    /// empty cohort, its rates undefined; the April cohort (eve) 100 %.</example>
    /// <example>
    /// <code>
    /// var table = Retention.CohortRetention([("ana", new DateOnly(2026, 1, 5)), ("ana", new DateOnly(2026, 2, 9)),
    ///                                        ("ben", new DateOnly(2026, 1, 20)), ("eve", new DateOnly(2026, 2, 3))], PeriodUnit.Month);
    /// table.Cohorts;                   // 2026-01, 2026-02
    /// table.RetentionRate(0, 1).Value; // January cohort (ana, ben) active in February: ana, 50 %
    /// </code>
    /// </example>
    public static CohortRetentionTable CohortRetention<TCustomer>(IEnumerable<(TCustomer Customer, DateOnly PurchaseDate)> purchases, PeriodUnit unit)
        where TCustomer : notnull
    {
        Preconditions.NotNull(purchases);
        Preconditions.CalendarUnit(unit);

        // Distinct (customer, period) pairs, each customer's first period, and the span of the data.
        var activity = new HashSet<(TCustomer Customer, long Ordinal)>();
        var firstOrdinal = new Dictionary<TCustomer, long>();
        var firstDate = DateOnly.MaxValue;
        var minOrdinal = long.MaxValue;
        var maxOrdinal = long.MinValue;
        foreach (var (customer, date) in purchases)
        {
            if (customer is null)
            {
                Preconditions.ThrowArgument(nameof(purchases), CustomerIdMustNotBeNull);
            }

            if (unit == PeriodUnit.Year && date.Year == MaxYear)
            {
                // Period.Year cannot hold 9999: its exclusive end is past DateOnly.MaxValue.
                Preconditions.ThrowOutOfRange(nameof(purchases), date, "With yearly cohorts, the purchase dates must be before the year 9999.");
            }

            var ordinal = Ordinal(date, unit);
            activity.Add((customer, ordinal));
            if (!firstOrdinal.TryGetValue(customer, out var known) || ordinal < known)
            {
                firstOrdinal[customer] = ordinal;
            }

            if (ordinal < minOrdinal)
            {
                minOrdinal = ordinal;
                firstDate = date;
            }

            maxOrdinal = Math.Max(maxOrdinal, ordinal);
        }

        if (activity.Count == 0)
        {
            return new CohortRetentionTable([], [], []);
        }

        // Every period from the first to the last of the data is a cohort; a cohort nobody joined keeps
        // a null row (all zeros), so a stray early date costs one row, not a whole triangle.
        var cohortCount = checked((int)(maxOrdinal - minOrdinal + 1));
        var firstCohort = Period.Containing(firstDate, unit);
        var periods = new Period[cohortCount];
        var offsetCounts = new int[cohortCount];
        for (var c = 0; c < cohortCount; c++)
        {
            periods[c] = firstCohort.Offset(c);
            offsetCounts[c] = cohortCount - c;
        }

        var rows = new long[]?[cohortCount];
        foreach (var (customer, ordinal) in activity)
        {
            var cohort = firstOrdinal[customer];
            var c = checked((int)(cohort - minOrdinal));
            var row = rows[c] ??= new long[offsetCounts[c]];
            row[ordinal - cohort]++;
        }

        return new CohortRetentionTable(periods, rows, offsetCounts);
    }

    // The per-period survival that compounds to 'survival' over 'periods' periods: an exact
    // integer root when the count is whole, a power otherwise.
    private static decimal Root(decimal survival, decimal periods) =>
        periods == decimal.Truncate(periods) && periods <= int.MaxValue
            ? DecimalMath.NthRoot(survival, (int)periods)
            : DecimalMath.Pow(survival, 1m / periods);

    /// <summary>The index of the calendar period of <paramref name="unit"/> holding a date, consecutive across periods.</summary>
    private static long Ordinal(DateOnly date, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month => (date.Year * 12L) + date.Month - 1,
        PeriodUnit.Quarter => (date.Year * 4L) + ((date.Month - 1) / 3),
        PeriodUnit.Year => date.Year,

        // Day 0 of DateOnly (0001-01-01) is a Monday, so whole weeks since then are ISO weeks.
        _ => date.DayNumber / 7,
    };

    private static (long Retained, long Previous) CountRetained<TCustomer>(IEnumerable<TCustomer> previousPeriodCustomers, IEnumerable<TCustomer> currentPeriodCustomers)
        where TCustomer : notnull
    {
        Preconditions.NotNull(previousPeriodCustomers);
        Preconditions.NotNull(currentPeriodCustomers);
        var previous = new HashSet<TCustomer>();
        foreach (var customer in previousPeriodCustomers)
        {
            if (customer is null)
            {
                Preconditions.ThrowArgument(nameof(previousPeriodCustomers), CustomerIdMustNotBeNull);
            }

            previous.Add(customer);
        }

        long total = previous.Count;
        long retained = 0;
        foreach (var customer in currentPeriodCustomers)
        {
            if (customer is null)
            {
                Preconditions.ThrowArgument(nameof(currentPeriodCustomers), CustomerIdMustNotBeNull);
            }

            // Removing counts each retained customer once, however often it repeats.
            if (previous.Remove(customer))
            {
                retained++;
            }
        }

        return (retained, total);
    }
}
