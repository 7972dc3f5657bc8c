using System;
using System.Collections.Generic;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>
/// The customer summaries (« synthèse client ») of the customer-base models from transaction rows
/// (customer, day, amount) in one pass: for each customer first seen in the calibration window, the
/// repeat purchases x, recency t_x, time observed T and repeat value, and the purchases and value of
/// the holdout window.
/// </summary>
/// <remarks>
/// <para>The result is exactly what <see cref="Predictive.CustomerSummaries{TCustomer}"/> builds from
/// the same rows (keyed by the customer ids): purchases of one customer on one day count once, with
/// their summed value; the first purchase day is not a repeat; customers first seen after the
/// calibration window are left out; times are days divided by the unit.</para>
/// <para>How: each customer's purchase days are kept, one entry per (customer, day) with the day's
/// value. Rows are appended as they come and folded into that sorted form (a counting sort by customer,
/// then a sort of each customer's few days) when the result, the state or a merge needs it, or when the
/// unfolded rows outnumber the folded ones. Same-day purchases and merges therefore need no lookup per
/// row, and merging is exact in any order: the union of the purchase days, their values summed.</para>
/// <para>Inputs: customer ids as dense integers 0..customerCount − 1, days as <see cref="DateOnly"/> or
/// day numbers up to the end of the holdout window, amounts not negative in the accumulator's currency.</para>
/// <para>Memory: 24 bytes per purchase day kept, plus up to as much for the rows not yet folded;
/// <c>4 × customerCount</c> bytes while folding. Catalogue id <c>customer_summary</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// var summaries = new CustomerSummaryAccumulator(2, Currency.USD, new DateOnly(1997, 9, 30), new DateOnly(1998, 6, 30), TimeSpan.FromDays(7));
/// summaries.Add(
///     customers: [0, 0, 0, 0, 1],
///     purchaseDates: [new(1997, 1, 1), new(1997, 1, 18), new(1997, 8, 2), new(1997, 12, 12), new(1997, 3, 1)],
///     amounts: [29.33m, 29.73m, 14.96m, 26.48m, 10.00m]);
/// var first = summaries.Result()[0]; // x = 2, t_x = 30.43 weeks, T = 38.86 weeks, 44.69 $; 1 holdout purchase of 26.48 $
/// </code>
/// </example>
public sealed class CustomerSummaryAccumulator : IAccumulator<CustomerSummaryAccumulator, IReadOnlyDictionary<int, CustomerSummary>>
{
    private const int InitialCapacity = 16;

    /// <summary>Below this many unfolded rows, adding never folds: folding costs a pass over every customer.</summary>
    private const int FoldThreshold = 1 << 20;

    private readonly int calibrationDay;
    private readonly int holdoutDay;
    private readonly decimal ticksPerUnit;

    // Entries [0, folded) are sorted strictly by (customer, day), one per purchase day; entries
    // [folded, count) are rows as added, in any order and possibly on the same days.
    private int[] customers = new int[InitialCapacity];
    private int[] days = new int[InitialCapacity];
    private decimal[] amounts = new decimal[InitialCapacity];
    private int count;
    private int folded;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="customerCount">The number of customers: ids are 0 to customerCount − 1 (at most 2^28).</param>
    /// <param name="currency">The currency of every amount and of the summaries' values.</param>
    /// <param name="calibrationEnd">The last day of the calibration window, included.</param>
    /// <param name="holdoutEnd">The last day of the holdout window, included; not before <paramref name="calibrationEnd"/> (equal to it for no holdout window).</param>
    /// <param name="timeUnit">The unit of the times, positive: <c>TimeSpan.FromDays(7)</c> for weeks, <c>TimeSpan.FromDays(1)</c> for days.</param>
    /// <exception cref="ArgumentOutOfRangeException">The customer count is out of range, the holdout window ends before the calibration window, or the unit is not positive.</exception>
    /// <example>
    /// <code>
    /// var summaries = new CustomerSummaryAccumulator(2_357, Currency.USD, new DateOnly(1997, 9, 30), new DateOnly(1998, 6, 30), TimeSpan.FromDays(7));
    /// </code>
    /// </example>
    public CustomerSummaryAccumulator(int customerCount, Currency currency, DateOnly calibrationEnd, DateOnly holdoutEnd, TimeSpan timeUnit)
    {
        Preconditions.InRange(customerCount, 0, Columns.MaxIndexCount);
        Preconditions.ArgumentInRange(holdoutEnd >= calibrationEnd, holdoutEnd, nameof(holdoutEnd), "The holdout window must not end before the calibration window.");
        Preconditions.ArgumentInRange(timeUnit > TimeSpan.Zero, timeUnit, nameof(timeUnit), Preconditions.MustBePositive);
        CustomerCount = customerCount;
        Currency = currency;
        CalibrationEnd = calibrationEnd;
        HoldoutEnd = holdoutEnd;
        TimeUnit = timeUnit;
        calibrationDay = calibrationEnd.DayNumber;
        holdoutDay = holdoutEnd.DayNumber;
        ticksPerUnit = timeUnit.Ticks;
    }

    /// <summary>The number of customers: ids are 0 to this − 1.</summary>
    /// <example>
    /// <code>
    /// summaries.CustomerCount; // 2 357: ids 0..2 356
    /// </code>
    /// </example>
    public int CustomerCount { get; }

    /// <summary>The currency of every amount and of the summaries' values.</summary>
    /// <example>
    /// <code>
    /// summaries.Currency; // USD
    /// </code>
    /// </example>
    public Currency Currency { get; }

    /// <summary>The last day of the calibration window, included.</summary>
    /// <example>
    /// <code>
    /// summaries.CalibrationEnd; // 1997-09-30
    /// </code>
    /// </example>
    public DateOnly CalibrationEnd { get; }

    /// <summary>The last day of the holdout window, included.</summary>
    /// <example>
    /// <code>
    /// summaries.HoldoutEnd; // 1998-06-30
    /// </code>
    /// </example>
    public DateOnly HoldoutEnd { get; }

    /// <summary>The unit of the summaries' times.</summary>
    /// <example>
    /// <code>
    /// summaries.TimeUnit; // 7.00:00:00: weeks
    /// </code>
    /// </example>
    public TimeSpan TimeUnit { get; }

    /// <summary>A snapshot of the state: the configuration and each customer's purchase days with their values.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(summaries.State);
    /// </code>
    /// </example>
    public CustomerSummaryState State
    {
        get
        {
            Fold();
            return new(
                Currency,
                CustomerCount,
                CalibrationEnd,
                HoldoutEnd,
                TimeUnit.Ticks,
                customers.AsSpan(0, count).ToArray(),
                days.AsSpan(0, count).ToArray(),
                amounts.AsSpan(0, count).ToArray());
        }
    }

    /// <summary>Rebuilds an accumulator from a state.</summary>
    /// <param name="state">A state produced by <see cref="State"/>.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">The state is not one an accumulator can be in (the message names the broken rule): a customer count out of
    /// range, windows or a unit the constructor refuses, lists missing or of different lengths, a customer out of range, a day after the holdout window
    /// or before 0001-01-01, a negative amount, entries not strictly ascending by customer then day.</exception>
    /// <example>
    /// <code>
    /// var summaries = CustomerSummaryAccumulator.FromState(state);
    /// </code>
    /// </example>
    public static CustomerSummaryAccumulator FromState(CustomerSummaryState state)
    {
        Preconditions.NotNull(state);
        const string Name = nameof(state);
        Preconditions.StateInRange(state.CustomerCount, 0, Columns.MaxIndexCount, nameof(state.CustomerCount), Name);
        var accumulator = Preconditions.StateShape(
            () => new CustomerSummaryAccumulator(state.CustomerCount, state.Currency, state.CalibrationEnd, state.HoldoutEnd, TimeSpan.FromTicks(state.TimeUnitTicks)),
            Name);
        var length = Preconditions.StateMember(state.Customers, nameof(state.Customers), Name).Count;
        var customers = Preconditions.StateList(state.Customers, length, nameof(state.Customers), Name);
        var days = Preconditions.StateList(state.PurchaseDays, length, nameof(state.PurchaseDays), Name);
        var amounts = Preconditions.StateList(state.PurchaseAmounts, length, nameof(state.PurchaseAmounts), Name);
        for (var i = 0; i < length; i++)
        {
            Preconditions.StateRule(Columns.IsIndex(customers[i], state.CustomerCount), Name, "The state's '{0}' must be customer ids from 0 to the customer count − 1; entry {1} is {2}.", nameof(state.Customers), i, customers[i]);
            Preconditions.StateRule(
                days[i] >= DateOnly.MinValue.DayNumber && days[i] <= accumulator.holdoutDay,
                Name,
                "The state's '{0}' must be day numbers from 0 to the holdout end's, {1}; entry {2} is {3}.",
                nameof(state.PurchaseDays),
                accumulator.holdoutDay,
                i,
                days[i]);
            Preconditions.StateRule(amounts[i] >= 0m, Name, "The state's '{0}' must not be negative; entry {1} is {2}.", nameof(state.PurchaseAmounts), i, amounts[i]);
            Preconditions.StateRule(
                i == 0 || customers[i] > customers[i - 1] || (customers[i] == customers[i - 1] && days[i] > days[i - 1]),
                Name,
                "The state's '{0}' and '{1}' must be strictly ascending by customer, then day (one entry per purchase day); entry {2} is not.",
                nameof(state.Customers),
                nameof(state.PurchaseDays),
                i);
        }

        accumulator.customers = length == 0 ? accumulator.customers : customers;
        accumulator.days = length == 0 ? accumulator.days : days;
        accumulator.amounts = length == 0 ? accumulator.amounts : amounts;
        accumulator.count = length;
        accumulator.folded = length;
        return accumulator;
    }

    /// <summary>Adds transaction rows: one customer id, one date and one amount per row.</summary>
    /// <param name="customers">The customer of each row, in <c>[0, CustomerCount)</c>.</param>
    /// <param name="purchaseDates">The date of each row, at the latest <see cref="HoldoutEnd"/>; same length.</param>
    /// <param name="amounts">The amount of each row in <see cref="Currency"/>, not negative; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer id is out of range, a date is after the holdout window, or an amount is negative (the first bad row is reported); nothing is added.</exception>
    /// <example>
    /// <code>
    /// summaries.Add(customerIds, purchaseDates, amounts);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> customers, ReadOnlySpan<DateOnly> purchaseDates, ReadOnlySpan<decimal> amounts)
    {
        int[]? buffer = null;
        Add(customers, DayNumbers.Of(purchaseDates, ref buffer), amounts, nameof(customers), nameof(purchaseDates), nameof(amounts));
    }

    /// <summary>Adds transaction rows with their dates as day numbers (<see cref="DateOnly.DayNumber"/>: days since 0001-01-01).</summary>
    /// <param name="customers">The customer of each row, in <c>[0, CustomerCount)</c>.</param>
    /// <param name="purchaseDayNumbers">The day number of each row, from 0 to the holdout end's; same length.</param>
    /// <param name="amounts">The amount of each row in <see cref="Currency"/>, not negative; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer id or a day is out of range, or an amount is negative; nothing is added.</exception>
    /// <example>
    /// <code>
    /// summaries.Add(customerIds, purchaseDayNumbers, amounts);
    /// </code>
    /// </example>
    public void Add(ReadOnlySpan<int> customers, ReadOnlySpan<int> purchaseDayNumbers, ReadOnlySpan<decimal> amounts) =>
        Add(customers, purchaseDayNumbers, amounts, nameof(customers), nameof(purchaseDayNumbers), nameof(amounts));

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The accumulators differ in customer count, currency, windows or unit, or <paramref name="other"/> is this accumulator.</exception>
    public void Merge(CustomerSummaryAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        Preconditions.Argument(
            other.CustomerCount == CustomerCount && other.Currency == Currency && other.CalibrationEnd == CalibrationEnd && other.HoldoutEnd == HoldoutEnd && other.TimeUnit == TimeUnit,
            nameof(other),
            "The accumulators must have the same customers, currency, windows and time unit.");

        // The other's entries, folded or not, are rows like any other: appended, folded later.
        Append(other.customers.AsSpan(0, other.count), other.days.AsSpan(0, other.count), other.amounts.AsSpan(0, other.count));
        FoldWhenLarge();
    }

    /// <inheritdoc />
    /// <returns>The summary of each customer first seen in the calibration window, keyed by customer id, in ascending id order;
    /// the customers without a purchase, or first seen after the calibration window, are left out.</returns>
    /// <example>
    /// <code>
    /// var byCustomer = summaries.Result();
    /// byCustomer[0].RepeatPurchases; // customer 0's repeat purchases in the calibration window
    /// </code>
    /// </example>
    public IReadOnlyDictionary<int, CustomerSummary> Result()
    {
        Fold();
        var result = new Dictionary<int, CustomerSummary>();
        var i = 0;
        while (i < count)
        {
            var customer = customers[i];
            var firstDay = days[i];
            var end = i + 1;
            while (end < count && customers[end] == customer)
            {
                end++;
            }

            if (firstDay <= calibrationDay)
            {
                long repeatPurchases = 0, holdoutPurchases = 0;
                decimal repeatValue = 0m, holdoutValue = 0m;
                var lastRepeatDay = firstDay;
                for (var j = i + 1; j < end; j++)
                {
                    if (days[j] <= calibrationDay)
                    {
                        repeatPurchases++;
                        repeatValue += amounts[j];
                        lastRepeatDay = days[j];
                    }
                    else
                    {
                        holdoutPurchases++;
                        holdoutValue += amounts[j];
                    }
                }

                result.Add(customer, new CustomerSummary(
                    repeatPurchases,
                    InUnits(lastRepeatDay - firstDay),
                    InUnits(calibrationDay - firstDay),
                    new Money(repeatValue, Currency),
                    holdoutPurchases,
                    new Money(holdoutValue, Currency)));
            }

            i = end;
        }

        return result;
    }

    // As Predictive.CustomerSummaries: the same decimal operations, so that the times are the same to the last bit.
    private decimal InUnits(int dayCount) => dayCount * (decimal)TimeSpan.TicksPerDay / ticksPerUnit;

    private void Add(ReadOnlySpan<int> customers, ReadOnlySpan<int> days, ReadOnlySpan<decimal> amounts, string customersName, string daysName, string amountsName)
    {
        Preconditions.SameLength(customers.Length, days.Length, customersName, daysName);
        Preconditions.SameLength(customers.Length, amounts.Length, customersName, amountsName);
        Preconditions.Indexes(customers, CustomerCount, customersName);
        var outside = DayNumbers.FirstOutside(days, DateOnly.MinValue.DayNumber, holdoutDay);
        if (outside >= 0)
        {
            Preconditions.ThrowDayOutside(daysName, outside, days[outside], DateOnly.MinValue.DayNumber, holdoutDay);
        }

        for (var row = 0; row < amounts.Length; row++)
        {
            if (amounts[row] < 0m)
            {
                Preconditions.ThrowNegativeAmount(amountsName, row, amounts[row]);
            }
        }

        Append(customers, days, amounts);
        FoldWhenLarge();
    }

    /// <summary>Folds when the unfolded rows outnumber the folded ones (and the threshold): memory stays within about twice the folded state.</summary>
    private void FoldWhenLarge()
    {
        if (count - folded > Math.Max(folded, FoldThreshold))
        {
            Fold();
        }
    }

    private void Append(ReadOnlySpan<int> newCustomers, ReadOnlySpan<int> newDays, ReadOnlySpan<decimal> newAmounts)
    {
        var needed = (long)count + newCustomers.Length;
        if (needed > customers.Length)
        {
            Preconditions.ArgumentInRange(needed <= Array.MaxLength, newCustomers.Length, nameof(newCustomers), "The rows must fit in the largest array; split the customers between accumulators.");
            var capacity = (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * customers.Length));
            Array.Resize(ref customers, capacity);
            Array.Resize(ref days, capacity);
            Array.Resize(ref amounts, capacity);
        }

        newCustomers.CopyTo(customers.AsSpan(count));
        newDays.CopyTo(days.AsSpan(count));
        newAmounts.CopyTo(amounts.AsSpan(count));
        count += newCustomers.Length;
    }

    /// <summary>Sorts every entry by customer then day and sums the entries of one customer on one day into one.</summary>
    private void Fold()
    {
        if (folded == count)
        {
            return;
        }

        // Counting sort by customer: each customer's entries become one contiguous run.
        var starts = new int[CustomerCount + 1];
        foreach (var customer in customers.AsSpan(0, count))
        {
            starts[customer + 1]++;
        }

        for (var c = 0; c < CustomerCount; c++)
        {
            starts[c + 1] += starts[c];
        }

        var sortedDays = new int[count];
        var sortedAmounts = new decimal[count];
        var next = starts.AsSpan(0, CustomerCount).ToArray();
        for (var i = 0; i < count; i++)
        {
            var slot = next[customers[i]]++;
            sortedDays[slot] = days[i];
            sortedAmounts[slot] = amounts[i];
        }

        // Each run sorted by day, then one entry per day, written back from the start (never ahead of the reads).
        var written = 0;
        for (var c = 0; c < CustomerCount; c++)
        {
            var run = starts[c]..starts[c + 1];
            var runDays = sortedDays.AsSpan(run);
            var runAmounts = sortedAmounts.AsSpan(run);
            if (runDays.Length > 1)
            {
                runDays.Sort(runAmounts);
            }

            for (var i = 0; i < runDays.Length; i++)
            {
                if (i > 0 && runDays[i] == runDays[i - 1])
                {
                    amounts[written - 1] += runAmounts[i];
                    continue;
                }

                customers[written] = c;
                days[written] = runDays[i];
                amounts[written] = runAmounts[i];
                written++;
            }
        }

        count = written;
        folded = written;
    }
}
