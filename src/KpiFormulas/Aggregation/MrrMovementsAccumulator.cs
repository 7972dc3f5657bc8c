using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>
/// The MRR movements of one month (« mouvements du MRR »: new, expansion, reactivation, contraction,
/// churned, opening and closing) in one pass over subscription rows: customer id, month, MRR amount.
/// </summary>
/// <remarks>
/// <para>Formula: exactly <see cref="Subscription.Movements(ReadOnlySpan{Money}, ReadOnlySpan{Money}, ReadOnlySpan{bool})"/>
/// (the same classification code runs), fed per customer with previous = the sum of their rows in the
/// month before the reported one, current = the sum of their rows in the reported month, and paid before =
/// whether any of their rows in an earlier month had a positive MRR. A customer at zero in the previous
/// month is new when they never paid before and a reactivation when they did, as the Subscription family
/// defines it: paid in <i>any</i> earlier month, not only the month before the previous one. The identity
/// opening + new + expansion + reactivation − contraction − churned = closing holds by construction.</para>
/// <para>Inputs: one row per customer, month and amount (a subscription line, an invoice line normalized to
/// a month); a customer may have several rows in the same month, anywhere in the input and in any partition:
/// their amounts add up. Customer ids are any <see cref="int"/> or <see cref="long"/> values (not dense
/// indexes). Months are <see cref="Period"/>s of unit <see cref="PeriodUnit.Month"/>. Amounts are
/// <see cref="decimal"/>s or <see cref="long"/> minor units (cents for EUR), all in the accumulator's
/// currency, none negative. Rows after the reported month cannot change its movements and are skipped, so
/// that a whole history table can be fed as is; rows with a zero amount move nothing and are skipped too.</para>
/// <para>How: a hash table from customer id to (previous MRR, current MRR, paid before). Merging adds the
/// two months' amounts and ORs the flag, exact in any order while the sums fit decimal's 96 bits (every
/// real amount of money); beyond decimal's range an <see cref="OverflowException"/> is thrown. Memory:
/// about 60 bytes per customer who paid up to the reported month, nothing per row.</para>
/// <para>With no customer the movements are all zero (the calculator, which takes customers, needs at least one).
/// Catalogue id <c>mrr_movements</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// var march = new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3));
/// var jan = Period.Month(2026, 1); var feb = Period.Month(2026, 2); var mar = Period.Month(2026, 3);
/// march.Add(
///     customers: [1, 1, 2, 2, 3, 4, 4],
///     months: [feb, mar, feb, mar, mar, jan, mar],
///     amounts: [100m, 150m, 80m, 0m, 40m, 30m, 30m]);
/// var m = march.Result();
/// // opening 180 (1 and 2), expansion 50 (1), churned 80 (2), new 40 (3), reactivation 30 (4), closing 220 EUR
/// </code>
/// </example>
public sealed class MrrMovementsAccumulator : IAccumulator<MrrMovementsAccumulator, MrrMovements>
{
    private const int BatchSize = 4096;

    private readonly int previousDay;
    private readonly int currentDay;
    private Dictionary<long, CustomerMonths> customers = [];

    /// <summary>Creates an empty accumulator for one month.</summary>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="month">The reported month: a <see cref="Period"/> of unit <see cref="PeriodUnit.Month"/> (<see cref="Period.Month(int, int)"/>), after January of year 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not a calendar month, or is January of year 1 (it has no previous month).</exception>
    /// <example>
    /// <code>
    /// var march = new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3)); // February → March
    /// </code>
    /// </example>
    public MrrMovementsAccumulator(Currency currency, Period month)
    {
        if (month.Unit != PeriodUnit.Month)
        {
            Preconditions.ThrowOutOfRange(nameof(month), month, "The reported month must be a calendar month (Period.Month); it is a period of unit {0}.", month.Unit);
        }

        if (month.Start == DateOnly.MinValue)
        {
            Preconditions.ThrowOutOfRange(nameof(month), month, "The reported month must have a previous month in the calendar.");
        }

        Currency = currency;
        Month = month;
        currentDay = month.Start.DayNumber;
        previousDay = month.Previous().Start.DayNumber;
    }

    /// <summary>The currency of every amount and of the result.</summary>
    /// <example>
    /// <code>
    /// new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3)).Currency; // EUR
    /// </code>
    /// </example>
    public Currency Currency { get; }

    /// <summary>The reported month; its movements are measured from the month before it.</summary>
    /// <example>
    /// <code>
    /// new MrrMovementsAccumulator(Currency.EUR, Period.Month(2026, 3)).Month; // 2026-03
    /// </code>
    /// </example>
    public Period Month { get; }

    /// <summary>The number of customers kept: those with a positive MRR in the reported month, the month before or earlier.</summary>
    /// <example>
    /// <code>
    /// march.CustomerCount; // customers who paid up to March
    /// </code>
    /// </example>
    public int CustomerCount => customers.Count;

    /// <summary>A snapshot of the state, as plain serializable values, customers in increasing id order.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(march.State);
    /// </code>
    /// </example>
    public MrrMovementsState State
    {
        get
        {
            var ids = new long[customers.Count];
            customers.Keys.CopyTo(ids, 0);
            Array.Sort(ids);
            var previous = new decimal[ids.Length];
            var current = new decimal[ids.Length];
            var paidBefore = new bool[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                var months = customers[ids[i]];
                previous[i] = months.Previous;
                current[i] = months.Current;
                paidBefore[i] = months.PaidBefore;
            }

            return new MrrMovementsState(Currency, Month, ids, previous, current, paidBefore);
        }
    }

    /// <summary>Rebuilds an accumulator from a state (see <see cref="State"/>).</summary>
    /// <param name="state">A state produced by <see cref="State"/>, possibly after a JSON round trip.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The state is not one an accumulator can be in (the message names the broken rule): a month that is not a
    /// calendar month or has no previous month, a list missing or of another length than the customers, customer
    /// ids not in strictly increasing order (a duplicate among them), a negative MRR, a customer who carries
    /// nothing, or MRR that do not add up within decimal's range.
    /// </exception>
    /// <example>
    /// <code>
    /// var march = MrrMovementsAccumulator.FromState(JsonSerializer.Deserialize&lt;MrrMovementsState&gt;(json)!);
    /// </code>
    /// </example>
    public static MrrMovementsAccumulator FromState(MrrMovementsState state)
    {
        Preconditions.NotNull(state);
        const string Name = nameof(state);
        var accumulator = Preconditions.StateShape(() => new MrrMovementsAccumulator(state.Currency, state.Month), Name);
        var ids = Preconditions.StateMember(state.Customers, nameof(state.Customers), Name);
        var previous = Preconditions.StateList(state.PreviousMrr, ids.Count, nameof(state.PreviousMrr), Name);
        var current = Preconditions.StateList(state.CurrentMrr, ids.Count, nameof(state.CurrentMrr), Name);
        var paidBefore = Preconditions.StateList(state.PaidBefore, ids.Count, nameof(state.PaidBefore), Name);
        Preconditions.StateNotNegative(previous, nameof(state.PreviousMrr), Name);
        Preconditions.StateNotNegative(current, nameof(state.CurrentMrr), Name);
        decimal previousTotal = 0m, currentTotal = 0m;
        var table = new Dictionary<long, CustomerMonths>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0 && ids[i] <= ids[i - 1])
            {
                Preconditions.ThrowArgument(Name, "The state's '{0}' must be in strictly increasing order (each customer once); {1} follows {2}.", nameof(state.Customers), ids[i], ids[i - 1]);
            }

            if (previous[i] == 0m && current[i] == 0m && !paidBefore[i])
            {
                Preconditions.ThrowArgument(Name, "The state's customer {0} must carry something (an MRR in '{1}' or '{2}', or '{3}'): the accumulator keeps no customer who never paid.", ids[i], nameof(state.PreviousMrr), nameof(state.CurrentMrr), nameof(state.PaidBefore));
            }

            // Result adds every customer's MRR: the totals must stay within decimal's range.
            if (!TryAdd(ref previousTotal, previous[i]) || !TryAdd(ref currentTotal, current[i]))
            {
                Preconditions.ThrowArgument(Name, "The state's '{0}' and '{1}' must each add up within the range of decimal.", nameof(state.PreviousMrr), nameof(state.CurrentMrr));
            }

            table.Add(ids[i], new CustomerMonths { Previous = previous[i], Current = current[i], PaidBefore = paidBefore[i] });
        }

        accumulator.customers = table;
        return accumulator;
    }

    /// <summary>Adds subscription rows with 64-bit customer ids and decimal MRR amounts.</summary>
    /// <param name="customers">The customer of each row: any id.</param>
    /// <param name="months">The month of each row, a <see cref="Period"/> of unit <see cref="PeriodUnit.Month"/>; same length.</param>
    /// <param name="amounts">The MRR of each row in the accumulator's currency, not negative; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is not a calendar month or an amount is negative (the first bad row is reported); nothing is added.</exception>
    /// <exception cref="OverflowException">A customer's MRR is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// march.Add(customerIds, rowMonths, rowMrr); // long[], Period[], decimal[]
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<long> customers, ReadOnlySpan<Period> months, ReadOnlySpan<decimal> amounts)
    {
        Validate(customers.Length, months, amounts, nameof(customers), nameof(months), nameof(amounts));
        AddValid(customers, months, amounts);
    }

    /// <summary>Adds subscription rows with 32-bit customer ids and decimal MRR amounts.</summary>
    /// <param name="customers">The customer of each row: any id.</param>
    /// <param name="months">The month of each row, a <see cref="Period"/> of unit <see cref="PeriodUnit.Month"/>; same length.</param>
    /// <param name="amounts">The MRR of each row in the accumulator's currency, not negative; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is not a calendar month or an amount is negative (the first bad row is reported); nothing is added.</exception>
    /// <exception cref="OverflowException">A customer's MRR is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// march.Add(customers: [7, 7, 9], months: [feb, mar, mar], amounts: [49m, 49m, 99m]);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> customers, ReadOnlySpan<Period> months, ReadOnlySpan<decimal> amounts)
    {
        Validate(customers.Length, months, amounts, nameof(customers), nameof(months), nameof(amounts));
        AddValid(customers, months, amounts);
    }

    /// <summary>Adds subscription rows with 64-bit customer ids and MRR in minor units of the currency (cents for EUR).</summary>
    /// <param name="customers">The customer of each row: any id.</param>
    /// <param name="months">The month of each row, a <see cref="Period"/> of unit <see cref="PeriodUnit.Month"/>; same length.</param>
    /// <param name="amounts">The MRR of each row in minor units, not negative; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is not a calendar month or an amount is negative (the first bad row is reported); nothing is added.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit in ISO 4217: add its amounts as decimals.</exception>
    /// <exception cref="OverflowException">A customer's MRR is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// march.AddMinorUnits(customerIds, rowMonths, rowMrrCents); // long[], Period[], long[]
    /// </code>
    /// </example>
    public void AddMinorUnits(ReadOnlySpan<long> customers, ReadOnlySpan<Period> months, ReadOnlySpan<long> amounts)
    {
        Validate(customers.Length, months, amounts, nameof(customers), nameof(months), nameof(amounts));
        AddMinorUnitsValid(customers, months, amounts);
    }

    /// <summary>Adds subscription rows with 32-bit customer ids and MRR in minor units of the currency (cents for EUR).</summary>
    /// <param name="customers">The customer of each row: any id.</param>
    /// <param name="months">The month of each row, a <see cref="Period"/> of unit <see cref="PeriodUnit.Month"/>; same length.</param>
    /// <param name="amounts">The MRR of each row in minor units, not negative; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is not a calendar month or an amount is negative (the first bad row is reported); nothing is added.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit in ISO 4217: add its amounts as decimals.</exception>
    /// <exception cref="OverflowException">A customer's MRR is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// march.AddMinorUnits(customers: [7, 9], months: [mar, mar], amounts: [4900, 9900]); // 49.00 and 99.00 EUR
    /// </code>
    /// </example>
    public void AddMinorUnits(ReadOnlySpan<int> customers, ReadOnlySpan<Period> months, ReadOnlySpan<long> amounts)
    {
        Validate(customers.Length, months, amounts, nameof(customers), nameof(months), nameof(amounts));
        AddMinorUnitsValid(customers, months, amounts);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The currencies or months differ, or <paramref name="other"/> is this accumulator.</exception>
    /// <exception cref="OverflowException">A customer's MRR is beyond the range of <see cref="decimal"/>.</exception>
    public void Merge(MrrMovementsAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        Preconditions.Argument(other.Currency == Currency && other.Month == Month, nameof(other), "The accumulators must have the same currency and the same month.");
        customers.EnsureCapacity(Math.Max(customers.Count, other.customers.Count));
        foreach (var (id, theirs) in other.customers)
        {
            ref var mine = ref CollectionsMarshal.GetValueRefOrAddDefault(customers, id, out _);
            mine.Previous += theirs.Previous;
            mine.Current += theirs.Current;
            mine.PaidBefore |= theirs.PaidBefore;
        }
    }

    /// <inheritdoc />
    /// <example>
    /// <code>
    /// var m = march.Result();
    /// Subscription.NetRevenueRetention(m); // and every other calculator of MRR movements
    /// </code>
    /// </example>
    public MrrMovements Result()
    {
        var totals = default(MrrMovementTotals);
        foreach (var months in customers.Values)
        {
            totals.Add(months.Previous, months.Current, months.PaidBefore);
        }

        return totals.ToMovements(Currency);
    }

    private static bool TryAdd(ref decimal total, decimal amount)
    {
        try
        {
            total += amount;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static void Validate<TAmount>(int customerCount, ReadOnlySpan<Period> months, ReadOnlySpan<TAmount> amounts, string customersName, string monthsName, string amountsName)
        where TAmount : INumberBase<TAmount>
    {
        Preconditions.SameLength(customerCount, months.Length, customersName, monthsName);
        Preconditions.SameLength(customerCount, amounts.Length, customersName, amountsName);
        for (var i = 0; i < months.Length; i++)
        {
            if (months[i].Unit != PeriodUnit.Month)
            {
                Preconditions.ThrowOutOfRange(monthsName, months[i], "Row {0}: The period must be a calendar month (Period.Month); it is a period of unit {1}.", i, months[i].Unit);
            }

            if (TAmount.IsNegative(amounts[i]) && !TAmount.IsZero(amounts[i]))
            {
                Preconditions.ThrowNegativeAmount(amountsName, i, amounts[i]);
            }
        }
    }

    private void AddMinorUnitsValid<TCustomer>(ReadOnlySpan<TCustomer> ids, ReadOnlySpan<Period> months, ReadOnlySpan<long> amounts)
        where TCustomer : IBinaryInteger<TCustomer>
    {
        if (!Currency.HasMinorUnits)
        {
            throw new InvalidOperationException($"The currency {Currency.Code} has no minor unit in ISO 4217: add its amounts as decimals.");
        }

        // Every row is valid: convert the minor units in batches (exactly, minor / 10^digits) and add them as decimals.
        var scale = (byte)Currency.MinorUnits;
        var buffer = ArrayPool<decimal>.Shared.Rent(Math.Min(BatchSize, Math.Max(1, amounts.Length)));
        try
        {
            for (var start = 0; start < amounts.Length; start += BatchSize)
            {
                var length = Math.Min(BatchSize, amounts.Length - start);
                var batch = buffer.AsSpan(0, length);
                var minor = amounts.Slice(start, length);
                for (var i = 0; i < length; i++)
                {
                    var units = (ulong)minor[i];
                    batch[i] = new decimal(unchecked((int)(uint)units), unchecked((int)(uint)(units >> 32)), 0, false, scale);
                }

                AddValid(ids.Slice(start, length), months.Slice(start, length), batch);
            }
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(buffer);
        }
    }

    private void AddValid<TCustomer>(ReadOnlySpan<TCustomer> ids, ReadOnlySpan<Period> months, ReadOnlySpan<decimal> amounts)
        where TCustomer : IBinaryInteger<TCustomer>
    {
        var table = customers;
        for (var i = 0; i < ids.Length; i++)
        {
            var amount = amounts[i];
            var day = months[i].Start.DayNumber;

            // A zero moves nothing and a later month cannot change this one: neither needs the customer's entry.
            if (amount == 0m || day > currentDay)
            {
                continue;
            }

            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(table, long.CreateTruncating(ids[i]), out _);
            if (day == currentDay)
            {
                entry.Current += amount;
            }
            else if (day == previousDay)
            {
                entry.Previous += amount;
            }
            else
            {
                entry.PaidBefore = true;
            }
        }
    }

    /// <summary>One customer's share of the month: the two months' MRR and whether they paid earlier.</summary>
    private struct CustomerMonths
    {
        public decimal Previous;
        public decimal Current;
        public bool PaidBefore;
    }
}
