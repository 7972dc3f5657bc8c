using System;
using System.Collections.Generic;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

public static partial class Predictive
{
    /// <summary>
    /// The customer summary (« synthèse client ») of every customer whose first purchase falls in the
    /// calibration window, from transaction rows: repeat purchases x, recency t_x, time observed T and
    /// the value of the repeat purchases up to <paramref name="calibrationEnd"/>, and the purchases and
    /// value after it up to <paramref name="holdoutEnd"/>.
    /// </summary>
    /// <typeparam name="TCustomer">The customer's key (an id, a name).</typeparam>
    /// <param name="transactions">One row per purchase: the customer, the day and the amount (not negative, all in one currency).
    /// Dated at the latest <paramref name="holdoutEnd"/>.</param>
    /// <param name="calibrationEnd">The last day of the calibration window, included.</param>
    /// <param name="holdoutEnd">The last day of the holdout window, included; not before <paramref name="calibrationEnd"/>
    /// (equal to it for no holdout window).</param>
    /// <param name="timeUnit">The unit of the times, positive: <c>TimeSpan.FromDays(7)</c> for weeks, <c>TimeSpan.FromDays(1)</c> for days.</param>
    /// <param name="customerComparer">How customer keys are compared; the default comparer when null.</param>
    /// <returns>The summary of each customer who bought in the calibration window, in the order their first rows appear.
    /// A customer whose first purchase is after <paramref name="calibrationEnd"/> is not part of the calibration cohort and is left out.</returns>
    /// <remarks>
    /// <para>Purchases of one customer on the same day count as one purchase, whose value is their sum; the
    /// first purchase day is not a repeat purchase. Times are in days divided by the unit:
    /// t_x = (last repeat day − first day) / unit, T = (<paramref name="calibrationEnd"/> − first day) / unit.</para>
    /// <para>This is the convention of Fader, Hardie and Lee's CDNOW summary: with weeks and a calibration
    /// window to 30 September 1997, a customer first seen on 1 January 1997 has T = 272 / 7 = 38.86 weeks.</para>
    /// <para>Catalogue id <c>customer_summary</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, a row is dated after <paramref name="holdoutEnd"/>,
    /// <paramref name="holdoutEnd"/> is before <paramref name="calibrationEnd"/>, or the unit is not positive.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <example>
    /// <code>
    /// (string, DateOnly, Money)[] rows =
    /// [
    ///     ("0001", new DateOnly(1997, 1, 1), Money.UsDollars(29.33m)),
    ///     ("0001", new DateOnly(1997, 1, 18), Money.UsDollars(29.73m)),
    ///     ("0001", new DateOnly(1997, 8, 2), Money.UsDollars(14.96m)),
    ///     ("0001", new DateOnly(1997, 12, 12), Money.UsDollars(26.48m)),
    /// ];
    /// var summary = Predictive.CustomerSummaries(rows, new DateOnly(1997, 9, 30), new DateOnly(1998, 6, 30), TimeSpan.FromDays(7))["0001"];
    /// // x = 2, t_x = 30.43 weeks, T = 38.86 weeks, repeat value 44.69 $, 1 holdout purchase of 26.48 $
    /// </code>
    /// </example>
    public static IReadOnlyDictionary<TCustomer, CustomerSummary> CustomerSummaries<TCustomer>(
        IEnumerable<(TCustomer Customer, DateOnly Date, Money Amount)> transactions,
        DateOnly calibrationEnd,
        DateOnly holdoutEnd,
        TimeSpan timeUnit,
        IEqualityComparer<TCustomer>? customerComparer = null)
        where TCustomer : notnull
    {
        Preconditions.NotNull(transactions);
        Preconditions.ArgumentInRange(holdoutEnd >= calibrationEnd, holdoutEnd, nameof(holdoutEnd), "The holdout window must not end before the calibration window.");
        Preconditions.ArgumentInRange(timeUnit > TimeSpan.Zero, timeUnit, nameof(timeUnit), Preconditions.MustBePositive);

        var days = new Dictionary<TCustomer, List<(int Day, decimal Amount)>>(customerComparer);
        Currency? currency = null;
        var row = 0;
        foreach (var (customer, date, amount) in transactions)
        {
            Preconditions.NotNull(customer, nameof(transactions), "A row's customer must not be null.");
            if (amount.Amount < 0m)
            {
                Preconditions.ThrowNegativeAmount(nameof(transactions), row, amount);
            }

            currency ??= amount.Currency;
            Preconditions.SameCurrency(currency.Value, amount.Currency, nameof(transactions));
            if (date > holdoutEnd)
            {
                Preconditions.ThrowOutOfRange(nameof(transactions), date, "Row {0}: The date must not be after the end of the holdout window, {1:yyyy-MM-dd}.", row, holdoutEnd);
            }

            if (!days.TryGetValue(customer, out var purchases))
            {
                purchases = [];
                days.Add(customer, purchases);
            }

            purchases.Add((date.DayNumber, amount.Amount));
            row++;
        }

        var summaries = new Dictionary<TCustomer, CustomerSummary>(days.Count, customerComparer);
        if (currency is not { } unit)
        {
            return summaries;
        }

        var calibrationDay = calibrationEnd.DayNumber;
        var ticksPerUnit = (decimal)timeUnit.Ticks;
        foreach (var (customer, purchases) in days)
        {
            purchases.Sort(static (left, right) => left.Day.CompareTo(right.Day));
            var firstDay = purchases[0].Day;
            if (firstDay > calibrationDay)
            {
                continue;
            }

            long repeatPurchases = 0, holdoutPurchases = 0;
            decimal repeatValue = 0m, holdoutValue = 0m;
            var lastRepeatDay = firstDay;
            var previousDay = firstDay;
            foreach (var (day, amount) in purchases)
            {
                var newDay = day != previousDay;
                previousDay = day;
                if (day == firstDay)
                {
                    continue;
                }

                if (day <= calibrationDay)
                {
                    repeatPurchases += newDay ? 1 : 0;
                    repeatValue += amount;
                    lastRepeatDay = day;
                }
                else
                {
                    holdoutPurchases += newDay ? 1 : 0;
                    holdoutValue += amount;
                }
            }

            summaries.Add(customer, new CustomerSummary(
                repeatPurchases,
                InUnits(lastRepeatDay - firstDay, ticksPerUnit),
                InUnits(calibrationDay - firstDay, ticksPerUnit),
                new Money(repeatValue, unit),
                holdoutPurchases,
                new Money(holdoutValue, unit)));
        }

        return summaries;
    }

    private static decimal InUnits(int days, decimal ticksPerUnit) => days * (decimal)TimeSpan.TicksPerDay / ticksPerUnit;
}
