using System;

namespace KpiFormulas.Benchmarks.Aggregation.Data;

/// <summary>
/// A year of subscription rows (2025), as a billing export has them: one row per customer, month and
/// subscription line, about eight rows per customer, so that a customer's month may hold several lines
/// and every movement occurs (new, expansion, contraction, churn, reactivation). Customer ids are sparse
/// 64-bit values, not indexes.
/// </summary>
public sealed class SubscriptionData
{
    /// <summary>The reported month: December 2025 (its movements are measured from November).</summary>
    public static readonly Period ReportMonth = Period.Month(2025, 12);

    private SubscriptionData(int rows)
    {
        Rows = rows;
        Customers = Math.Max(1, rows / 8);
        CustomerIds = new long[rows];
        Months = new Period[rows];
        Amounts = new decimal[rows];
        AmountMinorUnits = new long[rows];
    }

    public int Rows { get; }

    /// <summary>Distinct customers, about an eighth of the rows.</summary>
    public int Customers { get; }

    /// <summary>The customer of each row: sparse ids (index × 1 000 000 007 + 42).</summary>
    public long[] CustomerIds { get; }

    /// <summary>The month of each row, January to December 2025.</summary>
    public Period[] Months { get; }

    /// <summary>The MRR of each row in euros, 0 (one row in twenty) or 10.00 .. 500.00, all with scale 2.</summary>
    public decimal[] Amounts { get; }

    /// <summary>The same amounts in cents.</summary>
    public long[] AmountMinorUnits { get; }

    public static SubscriptionData Generate(int rows, ulong seed = 20251201)
    {
        var data = new SubscriptionData(rows);
        var random = new SplitMix64(seed);
        for (var i = 0; i < rows; i++)
        {
            var cents = random.NextInt(20) == 0 ? 0 : 1_000 + random.NextInt(49_001);
            data.AmountMinorUnits[i] = cents;
            data.Amounts[i] = new decimal(cents, 0, 0, false, 2);
            data.CustomerIds[i] = (random.NextInt(data.Customers) * 1_000_000_007L) + 42;
            data.Months[i] = Period.Month(2025, 1 + random.NextInt(12));
        }

        return data;
    }

    public MrrRow[] ToRecords()
    {
        var records = new MrrRow[Rows];
        for (var i = 0; i < Rows; i++)
        {
            records[i] = new MrrRow(CustomerIds[i], Months[i], Amounts[i]);
        }

        return records;
    }
}

/// <summary>One subscription row: a customer's MRR on one line in one month.</summary>
/// <param name="CustomerId">The customer (a sparse 64-bit id).</param>
/// <param name="Month">The month.</param>
/// <param name="Mrr">The MRR in euros, two decimals.</param>
public readonly record struct MrrRow(long CustomerId, Period Month, decimal Mrr);
