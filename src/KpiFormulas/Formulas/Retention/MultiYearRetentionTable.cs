using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Retention over several years in a row (« fidélisation sur 2/3/4/5 ans »), built by
/// <see cref="Retention.MultiYearRetention{TCustomer}(IEnumerable{ValueTuple{TCustomer, int}}, int)"/>:
/// for each base year Y and each run length k, how many of Y's customers bought in every year
/// Y, Y + 1, ..., Y + k − 1, and what share of Y's customers that is.
/// </summary>
/// <remarks>
/// <para>"k years in a row" counts the base year: k = 1 is the base itself (100 %), k = 2 is "bought
/// in Y and in Y + 1" (the year-over-year retention rate), k = 5 is five calendar years without a gap.
/// Nothing is said about the years before Y or after Y + k − 1.</para>
/// <para>The table covers every year from the first to the last year of the data, gaps included. A
/// run that ends after the last year cannot be observed yet: its rate is undefined with
/// <see cref="UndefinedReason.NotYetObserved"/>, its count is absent (see <see cref="IsObserved(int, int)"/>).
/// A year in which nobody bought has undefined rates with <see cref="UndefinedReason.ZeroDenominator"/>.</para>
/// <para>Read one column over the base years with <see cref="Trend(int)"/> to see how the shares move
/// (« comment évoluent ces taux sur les dernières années »). Catalogue id <c>multi_year_retention</c>.</para>
/// </remarks>
[JsonConverter(typeof(MultiYearRetentionTableJsonConverter))]
public sealed class MultiYearRetentionTable
{
    private readonly int firstYear;
    private readonly long[]?[] counts;

    internal MultiYearRetentionTable(int firstYear, int maxConsecutiveYears, long[]?[] counts)
    {
        this.firstYear = firstYear;
        this.counts = counts;
        MaxConsecutiveYears = maxConsecutiveYears;
        var years = new int[counts.Length];
        for (var y = 0; y < years.Length; y++)
        {
            years[y] = firstYear + y;
        }

        Years = Array.AsReadOnly(years);
    }

    /// <summary>The longest run measured, counting the base year (5 by default).</summary>
    public int MaxConsecutiveYears { get; }

    /// <summary>Every year from the first to the last year of the data, in order (empty when there was no purchase).</summary>
    public ReadOnlyCollection<int> Years { get; }

    /// <summary>True when the data held no purchase.</summary>
    public bool IsEmpty => counts.Length == 0;

    /// <summary>The distinct customers who bought in a year: the base of that year's rates.</summary>
    /// <param name="year">A year of <see cref="Years"/>.</param>
    /// <returns>The count (0 for a year of the range in which nobody bought).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not in <see cref="Years"/>.</exception>
    public long Customers(int year) => counts[YearIndex(year, nameof(year))]?[0] ?? 0;

    /// <summary>True when the data covers every year of the run: <paramref name="baseYear"/> + <paramref name="consecutiveYears"/> − 1 is not after the last year.</summary>
    /// <param name="baseYear">A year of <see cref="Years"/>.</param>
    /// <param name="consecutiveYears">The run length k, counting the base year, from 1 to <see cref="MaxConsecutiveYears"/>.</param>
    /// <returns>True when the run can be observed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseYear"/> is not in <see cref="Years"/>, or <paramref name="consecutiveYears"/> is out of range.</exception>
    public bool IsObserved(int baseYear, int consecutiveYears)
    {
        var y = YearIndex(baseYear, nameof(baseYear));
        Preconditions.InRange(consecutiveYears, 1, MaxConsecutiveYears);
        return y + consecutiveYears <= counts.Length;
    }

    /// <summary>The customers of <paramref name="baseYear"/> who bought in each of the <paramref name="consecutiveYears"/> years from it.</summary>
    /// <param name="baseYear">A year of <see cref="Years"/>.</param>
    /// <param name="consecutiveYears">The run length k, counting the base year, from 1 to <see cref="MaxConsecutiveYears"/>.</param>
    /// <returns>The count; for k = 1 the customers of the base year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or the run ends after the last year of the data (check <see cref="IsObserved(int, int)"/>).</exception>
    public long CustomersBuyingEveryYear(int baseYear, int consecutiveYears)
    {
        if (!IsObserved(baseYear, consecutiveYears))
        {
            Preconditions.ThrowOutOfRange(nameof(consecutiveYears), consecutiveYears, "The run must end by the last year of the data, {0}.", LastYear);
        }

        return counts[baseYear - firstYear]?[consecutiveYears - 1] ?? 0;
    }

    /// <summary>
    /// The share of <paramref name="baseYear"/>'s customers who bought in each of the
    /// <paramref name="consecutiveYears"/> years from it (« la part de mes clients qui ont acheté k ans de suite »).
    /// </summary>
    /// <param name="baseYear">A year of <see cref="Years"/>.</param>
    /// <param name="consecutiveYears">The run length k, counting the base year, from 1 to <see cref="MaxConsecutiveYears"/>.</param>
    /// <returns>
    /// The rate within [0 %, 100 %], never rising with k; undefined with <see cref="UndefinedReason.NotYetObserved"/>
    /// when the run ends after the last year of the data, with <see cref="UndefinedReason.ZeroDenominator"/>
    /// when nobody bought in <paramref name="baseYear"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseYear"/> is not in <see cref="Years"/>, or <paramref name="consecutiveYears"/> is out of range.</exception>
    public KpiResult<Rate> RetentionRate(int baseYear, int consecutiveYears)
    {
        if (!IsObserved(baseYear, consecutiveYears))
        {
            return KpiResult.Undefined<Rate>(
                KpiIds.MultiYearRetention,
                UndefinedReason.NotYetObserved,
                $"a run of {consecutiveYears} years from {baseYear} ends in {baseYear + consecutiveYears - 1}, after {LastYear}, the last year of the data.");
        }

        var row = counts[baseYear - firstYear];
        return row is null
            ? KpiResult.Undefined<Rate>(KpiIds.MultiYearRetention, UndefinedReason.ZeroDenominator, $"nobody bought in {baseYear}.")
            : KpiResult.Defined(KpiIds.MultiYearRetention, Rate.FromFraction((decimal)row[consecutiveYears - 1] / row[0]));
    }

    /// <summary>
    /// One column of the table over the base years: the rate of <paramref name="consecutiveYears"/>
    /// years in a row for every base year whose run the data covers, oldest first (« comment évoluent
    /// ces taux sur les dernières années »).
    /// </summary>
    /// <param name="consecutiveYears">The run length k, counting the base year, from 1 to <see cref="MaxConsecutiveYears"/>.</param>
    /// <returns>One point per observable base year (the last k − 1 years are left out); a year without customers has an undefined rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="consecutiveYears"/> is out of range.</exception>
    public IReadOnlyList<YearRetention> Trend(int consecutiveYears)
    {
        Preconditions.InRange(consecutiveYears, 1, MaxConsecutiveYears);
        var points = new YearRetention[Math.Max(0, counts.Length - consecutiveYears + 1)];
        for (var y = 0; y < points.Length; y++)
        {
            points[y] = new YearRetention(firstYear + y, RetentionRate(firstYear + y, consecutiveYears));
        }

        return Array.AsReadOnly(points);
    }

    private int LastYear => firstYear + counts.Length - 1;

    private int YearIndex(int year, string paramName)
    {
        Preconditions.ArgumentInRange(counts.Length > 0, year, paramName, "The year must be within the data, and the table holds no purchase.");
        Preconditions.InRange(year, firstYear, LastYear, paramName);
        return year - firstYear;
    }
}

/// <summary>The retention of one base year in a <see cref="MultiYearRetentionTable.Trend(int)"/>.</summary>
/// <param name="BaseYear">The base year Y.</param>
/// <param name="Rate">The share of Y's customers who bought k years in a row from Y; undefined when nobody bought in Y.</param>
[JsonConverter(typeof(YearRetentionJsonConverter))]
public readonly record struct YearRetention(int BaseYear, KpiResult<Rate> Rate)
{
    /// <summary>The base year Y.</summary>
    public int BaseYear { get; } = BaseYear;

    /// <summary>The share of Y's customers who bought k years in a row from Y.</summary>
    public KpiResult<Rate> Rate { get; } = Rate;
}
