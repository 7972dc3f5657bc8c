using System;
using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Retention by cohort (« rétention par cohorte »), built by the <c>Retention.CohortRetention</c>
/// factories: rows are cohorts (the customers whose first purchase fell in one period), columns are
/// offsets (0, 1, 2... periods after the cohort's period), cells are the share of the cohort active
/// at that offset.
/// </summary>
/// <remarks>
/// <para>Each row holds only the offsets its data covers, so a table built from events is a triangle:
/// the cohort of the last period has offset 0 only. Reading an offset beyond a row gives an undefined
/// rate (<see cref="UndefinedReason.NotYetObserved"/>) and no count (check <see cref="IsObserved(int, int)"/>);
/// an empty cohort has undefined rates (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
/// <para>Offset 0 is 100 % for every non-empty cohort; the rates are not monotone in the offset
/// (a customer may skip a month and come back). Catalogue id <c>cohort_retention</c>.</para>
/// </remarks>
[JsonConverter(typeof(CohortRetentionTableJsonConverter))]
public sealed class CohortRetentionTable
{
    private readonly Period[] cohorts;
    private readonly long[]?[] rows;
    private readonly int[] offsetCounts;

    internal CohortRetentionTable(Period[] cohorts, long[]?[] rows, int[] offsetCounts)
    {
        this.cohorts = cohorts;
        this.rows = rows;
        this.offsetCounts = offsetCounts;
        Cohorts = Array.AsReadOnly(cohorts);
        var widest = 0;
        foreach (var count in offsetCounts)
        {
            widest = Math.Max(widest, count);
        }

        MaxOffsetCount = widest;
    }

    /// <summary>The cohort periods, in increasing order; the cohort index of the other members is a position in this list.</summary>
    public ReadOnlyCollection<Period> Cohorts { get; }

    /// <summary>True when the table has no cohort.</summary>
    public bool IsEmpty => cohorts.Length == 0;

    /// <summary>The widest row: the number of offsets (0, 1, ...) of the cohort observed longest; 0 for an empty table.</summary>
    public int MaxOffsetCount { get; }

    /// <summary>The position of a cohort period in <see cref="Cohorts"/>.</summary>
    /// <param name="cohort">The cohort period.</param>
    /// <returns>Its index, or −1 when the table has no such cohort.</returns>
    public int IndexOf(Period cohort) => Array.IndexOf(cohorts, cohort);

    /// <summary>The size of a cohort: the customers whose first purchase fell in its period (offset 0).</summary>
    /// <param name="cohortIndex">The position of the cohort in <see cref="Cohorts"/>.</param>
    /// <returns>The size; 0 for an empty cohort.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortIndex"/> is not a position in <see cref="Cohorts"/>.</exception>
    public long CohortSize(int cohortIndex)
    {
        Preconditions.Index(cohortIndex, cohorts.Length);
        return rows[cohortIndex]?[0] ?? 0;
    }

    /// <summary>How many offsets the data covers for a cohort: offsets 0 to this count − 1 are observed.</summary>
    /// <param name="cohortIndex">The position of the cohort in <see cref="Cohorts"/>.</param>
    /// <returns>The count, at least 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortIndex"/> is not a position in <see cref="Cohorts"/>.</exception>
    public int OffsetCount(int cohortIndex)
    {
        Preconditions.Index(cohortIndex, cohorts.Length);
        return offsetCounts[cohortIndex];
    }

    /// <summary>True when the data covers the offset for the cohort.</summary>
    /// <param name="cohortIndex">The position of the cohort in <see cref="Cohorts"/>.</param>
    /// <param name="offset">Periods after the cohort's period; not negative.</param>
    /// <returns>True when <paramref name="offset"/> is below <see cref="OffsetCount(int)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortIndex"/> is out of range or <paramref name="offset"/> is negative.</exception>
    public bool IsObserved(int cohortIndex, int offset)
    {
        Preconditions.Index(cohortIndex, cohorts.Length);
        Preconditions.NotNegative(offset);
        return offset < offsetCounts[cohortIndex];
    }

    /// <summary>The customers of a cohort active <paramref name="offset"/> periods after its period.</summary>
    /// <param name="cohortIndex">The position of the cohort in <see cref="Cohorts"/>.</param>
    /// <param name="offset">Periods after the cohort's period; observed (see <see cref="IsObserved(int, int)"/>).</param>
    /// <returns>The count; at offset 0 the cohort size.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortIndex"/> is out of range, or <paramref name="offset"/> is negative or beyond the data.</exception>
    public long ActiveCustomers(int cohortIndex, int offset)
    {
        if (!IsObserved(cohortIndex, offset))
        {
            Preconditions.ThrowOutOfRange(nameof(offset), offset, "The offset must be observed: below the cohort's offset count, {0}.", offsetCounts[cohortIndex]);
        }

        return rows[cohortIndex]?[offset] ?? 0;
    }

    /// <summary>The share of a cohort active <paramref name="offset"/> periods after its period.</summary>
    /// <param name="cohortIndex">The position of the cohort in <see cref="Cohorts"/>.</param>
    /// <param name="offset">Periods after the cohort's period; not negative.</param>
    /// <returns>
    /// The rate within [0 %, 100 %] (100 % at offset 0); undefined with <see cref="UndefinedReason.NotYetObserved"/>
    /// for an offset beyond the data, with <see cref="UndefinedReason.ZeroDenominator"/> for an empty cohort.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortIndex"/> is out of range or <paramref name="offset"/> is negative.</exception>
    public KpiResult<Rate> RetentionRate(int cohortIndex, int offset)
    {
        if (!IsObserved(cohortIndex, offset))
        {
            return KpiResult.Undefined<Rate>(
                KpiIds.CohortRetention,
                UndefinedReason.NotYetObserved,
                $"offset {offset} of cohort {cohorts[cohortIndex]} is beyond the data (observed offsets: 0 to {offsetCounts[cohortIndex] - 1}).");
        }

        var row = rows[cohortIndex];
        return row is null || row[0] == 0
            ? KpiResult.Undefined<Rate>(KpiIds.CohortRetention, UndefinedReason.ZeroDenominator, $"cohort {cohorts[cohortIndex]} is empty.")
            : KpiResult.Defined(KpiIds.CohortRetention, Rate.FromFraction((decimal)row[offset] / row[0]));
    }

    /// <summary>
    /// The pooled retention at an offset over every cohort the data covers at that offset: their active
    /// customers summed over their sizes summed (a mean of the cohorts' rates weighted by size).
    /// </summary>
    /// <param name="offset">Periods after each cohort's period; not negative.</param>
    /// <returns>
    /// The rate within [0 %, 100 %]; undefined with <see cref="UndefinedReason.NotYetObserved"/> when no cohort
    /// is observed that long (<see cref="UndefinedReason.EmptyInput"/> when the table has no cohort), with <see cref="UndefinedReason.ZeroDenominator"/> when those cohorts are all empty.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    public KpiResult<Rate> PooledRetentionRate(int offset)
    {
        Preconditions.NotNegative(offset);
        long active = 0;
        long size = 0;
        var observed = false;
        for (var c = 0; c < cohorts.Length; c++)
        {
            if (offset < offsetCounts[c])
            {
                observed = true;
                if (rows[c] is { } row)
                {
                    active = checked(active + row[offset]);
                    size = checked(size + row[0]);
                }
            }
        }

        if (!observed)
        {
            return cohorts.Length == 0
                ? KpiResult.Undefined<Rate>(KpiIds.CohortRetention, UndefinedReason.EmptyInput, "the table holds no cohort.")
                : KpiResult.Undefined<Rate>(KpiIds.CohortRetention, UndefinedReason.NotYetObserved, $"no cohort is observed {offset} periods after its start.");
        }

        return size == 0
            ? KpiResult.Undefined<Rate>(KpiIds.CohortRetention, UndefinedReason.ZeroDenominator, $"every cohort observed at offset {offset} is empty.")
            : KpiResult.Defined(KpiIds.CohortRetention, Rate.FromFraction((decimal)active / size));
    }
}
