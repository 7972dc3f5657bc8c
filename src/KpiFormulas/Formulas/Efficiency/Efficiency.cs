using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Efficiency KPIs (catalogue section 4, « KPI d'efficacité »): how well time and money are used: the
/// sales cycle, the LTV/CAC ratio, handling and response times, self-service and reminder calls.
/// </summary>
/// <remarks>Durations are <see cref="TimeSpan"/>s exact to the tick (100 ns): a mean is computed exactly and
/// rounded once, to the tick, half away from zero.</remarks>
public static partial class Efficiency
{
    /// <summary>
    /// Sales cycle length (« durée du cycle de vente »): the mean number of days between the first
    /// contact with a prospect and the signature, over the deals won.
    /// </summary>
    /// <param name="firstContact">The date of the first contact of each won deal.</param>
    /// <param name="closed">The closing (signature) date of the same deal, same order and length; not before its first contact.</param>
    /// <returns>
    /// The mean cycle as a duration of whole and fractional days, to TimeSpan's 100 ns (rounded half
    /// away from zero); undefined when no deal was won.
    /// </returns>
    /// <remarks>
    /// <para>Formula: Σ over won deals of (closing date − first contact date) in days / number of won deals.</para>
    /// <para>Days are calendar days between the two dates (a deal signed on the day of the first contact is 0 days).</para>
    /// <para>Unit: duration. Direction: lower is better.</para>
    /// <para>Undefined: no won deal (<see cref="UndefinedReason.EmptyInput"/>).</para>
    /// <para>Catalogue id <c>sales_cycle_length</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A deal closed before its first contact.</exception>
    /// <example>Deals won in 1, 1 and 2 days average 4/3 of a day: a cycle of 32 hours.</example>
    /// <example>
    /// Three deals won in 30, 45 and 60 days:
    /// <code>
    /// Efficiency.SalesCycleLength(
    ///     [new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 1)],
    ///     [new DateOnly(2026, 2, 4), new DateOnly(2026, 2, 24), new DateOnly(2026, 4, 2)]).Value; // 45 days
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> SalesCycleLength(ReadOnlySpan<DateOnly> firstContact, ReadOnlySpan<DateOnly> closed)
    {
        Preconditions.SameLength(firstContact.Length, closed.Length, nameof(firstContact), nameof(closed));

        if (firstContact.IsEmpty)
        {
            return KpiResult.Undefined<TimeSpan>(KpiIds.SalesCycleLength, UndefinedReason.EmptyInput, "no deal was won.");
        }

        // At most 3.65 million days per deal and int.MaxValue deals: the sum fits in a long.
        var totalDays = 0L;
        for (var i = 0; i < firstContact.Length; i++)
        {
            var days = closed[i].DayNumber - firstContact[i].DayNumber;
            if (days < 0)
            {
                Preconditions.ThrowOutOfRange(nameof(closed), closed[i], "Row {0}: The close date must not be before the first contact, {1:O}.", i, firstContact[i]);
            }

            totalDays += days;
        }

        return KpiResult.Defined(KpiIds.SalesCycleLength, MeanDays(totalDays, firstContact.Length));
    }

    /// <summary>
    /// Sales cycle length from the total of the cycles' days and the number of won deals (see
    /// <see cref="SalesCycleLength(ReadOnlySpan{DateOnly}, ReadOnlySpan{DateOnly})"/>).
    /// </summary>
    /// <param name="totalDays">Σ over won deals of the days between first contact and closing.</param>
    /// <param name="wonDeals">The number of won deals.</param>
    /// <returns>The mean cycle, to TimeSpan's 100 ns; undefined when no deal was won.</returns>
    /// <remarks>
    /// <para>Formula: total days / won deals. Unit: duration. Direction: lower is better.</para>
    /// <para>Undefined: <paramref name="wonDeals"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>sales_cycle_length</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The total or the count is negative.</exception>
    /// <exception cref="OverflowException">The mean is beyond the range of <see cref="TimeSpan"/> (about 10.6 million days).</exception>
    /// <example>
    /// <code>
    /// Efficiency.SalesCycleLength(135, 3).Value; // 45 days
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> SalesCycleLength(long totalDays, long wonDeals)
    {
        Preconditions.NotNegative(totalDays);
        Preconditions.NotNegative(wonDeals);
        return wonDeals == 0
            ? KpiResult.Undefined<TimeSpan>(KpiIds.SalesCycleLength, UndefinedReason.ZeroDenominator, $"'{nameof(wonDeals)}' is zero.")
            : KpiResult.Defined(KpiIds.SalesCycleLength, MeanDays(totalDays, wonDeals));
    }

    /// <summary>
    /// LTV/CAC ratio (« ratio LTV/CAC »): what a customer brings in over the relationship for each unit
    /// of money spent to acquire one, as x : 1.
    /// </summary>
    /// <param name="lifetimeValue">The customer lifetime value (see <see cref="SalesValue.CustomerLifetimeValue(Money, decimal, decimal)"/>).</param>
    /// <param name="acquisitionCost">The customer acquisition cost (see <see cref="Acquisition.CustomerAcquisitionCost(Money, long)"/>), same currency.</param>
    /// <returns>LTV / CAC : 1, exact; undefined when the acquisition cost is zero.</returns>
    /// <remarks>
    /// <para>Formula: LTV / CAC. Unit: ratio x : 1. Direction: higher is better (though a very high
    /// ratio may mean under-investing in acquisition).</para>
    /// <para>Bands: <see cref="ClassifyLtvToCac(Ratio)"/>.</para>
    /// <para>Undefined: <paramref name="acquisitionCost"/> is zero (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>ltv_to_cac</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The LTV or the CAC is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The LTV and the CAC are in different currencies.</exception>
    /// <example>The ratio is exact: an LTV of 10 000 € against a CAC of 3 000 € is 3.333... : 1, shown 3.3:1, and
    /// healthy. An LTV of zero is a defined 0 : 1, losing money; only a CAC of zero leaves the ratio
    /// undefined.</example>
    /// <example>
    /// An LTV of 10 000 € (2 000 € a year for 5 years) against a CAC of 2 500 €:
    /// <code>
    /// Efficiency.LifetimeValueToAcquisitionCost(Money.Euros(10_000m), Money.Euros(2_500m)).Value; // 4.0:1, Healthy
    /// </code>
    /// </example>
    public static KpiResult<Ratio> LifetimeValueToAcquisitionCost(Money lifetimeValue, Money acquisitionCost)
    {
        Preconditions.NotNegative(lifetimeValue);
        Preconditions.NotNegative(acquisitionCost);
        Preconditions.SameCurrency(lifetimeValue, acquisitionCost, nameof(acquisitionCost));
        return acquisitionCost.IsZero
            ? KpiResult.Undefined<Ratio>(KpiIds.LtvToCac, UndefinedReason.ZeroDenominator, $"'{nameof(acquisitionCost)}' is zero: acquiring a customer cost nothing.")
            : KpiResult.Defined(KpiIds.LtvToCac, new Ratio(lifetimeValue.Amount / acquisitionCost.Amount));
    }

    /// <summary>
    /// Classifies an LTV/CAC ratio with the library's documented bands (<see cref="Efficiency.LtvToCacBands"/>).
    /// </summary>
    /// <param name="ratio">The LTV/CAC ratio.</param>
    /// <returns>
    /// <see cref="LtvToCacHealth.LosingMoney"/> below 1 : 1 (« alerte rouge »),
    /// <see cref="LtvToCacHealth.BreakEven"/> at exactly 1 : 1 (« à l'équilibre »),
    /// <see cref="LtvToCacHealth.BelowHealthy"/> above 1 : 1 and below 3 : 1,
    /// <see cref="LtvToCacHealth.Healthy"/> from 3 : 1 inclusive (« excellent »).
    /// </returns>
    /// <remarks>
    /// <para>3 : 1 is the usual mark of a healthy company, so exactly 3 : 1 is already
    /// <see cref="LtvToCacHealth.Healthy"/>, not only ratios above it.
    /// The band between 1 : 1 and 3 : 1 has no usual name.</para>
    /// <para>The level never decreases as the ratio grows. Catalogue id <c>ltv_to_cac</c>.</para>
    /// </remarks>
    /// <example>Around the thresholds: 0.99 : 1 loses money; exactly 1 : 1 breaks even; 1.0001 : 1 is already
    /// above break-even, below healthy, as is 2.99 : 1; 3 : 1 and 3.01 : 1 are healthy. Break-even is a
    /// single value.</example>
    /// <example>
    /// <code>
    /// Efficiency.ClassifyLtvToCac(new Ratio(3m));    // Healthy
    /// Efficiency.ClassifyLtvToCac(new Ratio(0.99m)); // LosingMoney
    /// </code>
    /// </example>
    public static LtvToCacHealth ClassifyLtvToCac(Ratio ratio) => Efficiency.LtvToCacBands.Classify(ratio);

    /// <summary>
    /// Average handling time (« temps moyen de traitement »): the total time spent processing items
    /// (orders, files, requests) divided by the items processed.
    /// </summary>
    /// <param name="totalProcessingTime">The total processing time of the period.</param>
    /// <param name="itemsProcessed">The items processed in that time.</param>
    /// <returns>The mean time per item, to TimeSpan's 100 ns (rounded half away from zero); undefined when no item was processed.</returns>
    /// <remarks>
    /// <para>Formula: total processing time / items processed. Unit: duration per item. Direction: lower is better.</para>
    /// <para>Undefined: <paramref name="itemsProcessed"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Target: a typical success mark is −15 % (20 min → 17 min).</para>
    /// <para>For example the time to process one order. Catalogue id <c>average_handling_time</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The time or the count is negative.</exception>
    /// <example>A target of −15 % from 20 minutes per order is 17 minutes: <c>Change.Between</c> of the two gives
    /// exactly −15 %.</example>
    /// <example>
    /// <code>
    /// Efficiency.AverageHandlingTime(TimeSpan.FromHours(10), 30).Value; // 00:20:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> AverageHandlingTime(TimeSpan totalProcessingTime, long itemsProcessed) =>
        KpiMath.PerUnit(KpiIds.AverageHandlingTime, totalProcessingTime, itemsProcessed, nameof(totalProcessingTime), nameof(itemsProcessed));

    /// <summary>
    /// Average handling time (« temps moyen de traitement ») from the processing time of each item.
    /// </summary>
    /// <param name="processingTimes">The processing time of each item; none negative.</param>
    /// <returns>The mean, to TimeSpan's 100 ns (rounded half away from zero); undefined when the span is empty.</returns>
    /// <remarks>
    /// <para>Formula: Σ processing times / number of items. Unit: duration per item. Direction: lower is better.</para>
    /// <para>Undefined: no item (<see cref="UndefinedReason.EmptyInput"/>). The sum is exact (no TimeSpan overflow).</para>
    /// <para>Catalogue id <c>average_handling_time</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A processing time is negative.</exception>
    /// <example>
    /// <code>
    /// Efficiency.AverageHandlingTime([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(25)]).Value; // 00:20:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> AverageHandlingTime(ReadOnlySpan<TimeSpan> processingTimes)
    {
        if (processingTimes.IsEmpty)
        {
            return KpiResult.Undefined<TimeSpan>(KpiIds.AverageHandlingTime, UndefinedReason.EmptyInput, "no item was processed.");
        }

        var totalTicks = 0m;
        for (var i = 0; i < processingTimes.Length; i++)
        {
            if (processingTimes[i] < TimeSpan.Zero)
            {
                Preconditions.ThrowOutOfRange(nameof(processingTimes), processingTimes[i], "Row {0}: " + Preconditions.DurationMustNotBeNegative, i);
            }

            totalTicks += processingTimes[i].Ticks;
        }

        return KpiResult.Defined(KpiIds.AverageHandlingTime, TimeSpan.FromTicks(KpiMath.RoundedTicks(totalTicks / processingTimes.Length)));
    }

    /// <summary>
    /// Average response time (« délai de réponse moyen », « temps de réponse »): the total time to the
    /// first response divided by the requests answered.
    /// </summary>
    /// <param name="totalTimeToFirstResponse">Σ over the requests of the time from receipt to the first response.</param>
    /// <param name="requests">The requests answered.</param>
    /// <returns>The mean time to first response, to TimeSpan's 100 ns; undefined when there was no request.</returns>
    /// <remarks>
    /// <para>Formula: total time to first response / requests. Unit: duration. Direction: lower is better.</para>
    /// <para>Undefined: <paramref name="requests"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Worked example: a support team answering in 45 min instead of 4 h is −81.25 % exactly
    /// (−81 % rounded). Catalogue id <c>average_response_time</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The time or the count is negative.</exception>
    /// <example>
    /// <code>
    /// Efficiency.AverageResponseTime(TimeSpan.FromHours(30), 40).Value; // 00:45:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> AverageResponseTime(TimeSpan totalTimeToFirstResponse, long requests) =>
        KpiMath.PerUnit(KpiIds.AverageResponseTime, totalTimeToFirstResponse, requests, nameof(totalTimeToFirstResponse), nameof(requests));

    /// <summary>
    /// Average response time (« délai de réponse moyen ») from when each request was received and first answered.
    /// </summary>
    /// <param name="received">When each request was received (use one clock, UTC, for both spans).</param>
    /// <param name="firstResponse">When the same request was first answered, same order and length; not before it was received.</param>
    /// <returns>The mean time to first response, to TimeSpan's 100 ns (rounded half away from zero); undefined when the spans are empty.</returns>
    /// <remarks>
    /// <para>Formula: Σ (first response − receipt) / requests. Unit: duration. Direction: lower is better.</para>
    /// <para>Undefined: no request (<see cref="UndefinedReason.EmptyInput"/>). Requests never answered
    /// have no time to first response: leave them out, or track them separately.</para>
    /// <para>Catalogue id <c>average_response_time</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A response is before its request was received.</exception>
    /// <example>
    /// <code>
    /// Efficiency.AverageResponseTime(
    ///     [new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc)],
    ///     [new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 11, 0, 0, DateTimeKind.Utc)]).Value; // 00:45:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> AverageResponseTime(ReadOnlySpan<DateTime> received, ReadOnlySpan<DateTime> firstResponse)
    {
        Preconditions.SameLength(received.Length, firstResponse.Length, nameof(received), nameof(firstResponse));

        if (received.IsEmpty)
        {
            return KpiResult.Undefined<TimeSpan>(KpiIds.AverageResponseTime, UndefinedReason.EmptyInput, "no request was answered.");
        }

        var totalTicks = 0m;
        for (var i = 0; i < received.Length; i++)
        {
            var delay = firstResponse[i] - received[i];
            if (delay < TimeSpan.Zero)
            {
                Preconditions.ThrowOutOfRange(nameof(firstResponse), firstResponse[i], "Row {0}: The first response must not be before the request was received, {1:O}.", i, received[i]);
            }

            totalTicks += delay.Ticks;
        }

        return KpiResult.Defined(KpiIds.AverageResponseTime, TimeSpan.FromTicks(KpiMath.RoundedTicks(totalTicks / received.Length)));
    }

    /// <summary>
    /// Self-service rate (« tickets résolus sans intervention humaine »): the share of tickets resolved
    /// with no human involved.
    /// </summary>
    /// <param name="resolvedWithoutHuman">Tickets resolved with no human intervention (chatbot, help centre, automation).</param>
    /// <param name="tickets">All tickets of the period; at least <paramref name="resolvedWithoutHuman"/>.</param>
    /// <returns>The share within [0 %, 100 %]; undefined when there was no ticket.</returns>
    /// <remarks>
    /// <para>Formula: tickets resolved without a human / tickets. Unit: rate. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="tickets"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>The count of tickets resolved with no human is often tracked on its own; the catalogue
    /// reports it as a share of all tickets so periods compare. Catalogue id <c>self_service_rate</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more tickets were resolved without a human than there were tickets.</exception>
    /// <example>
    /// <code>
    /// Efficiency.SelfServiceRate(120, 400).Value; // 30 %
    /// </code>
    /// </example>
    public static KpiResult<Rate> SelfServiceRate(long resolvedWithoutHuman, long tickets) =>
        KpiMath.Share(KpiIds.SelfServiceRate, resolvedWithoutHuman, tickets, nameof(resolvedWithoutHuman), nameof(tickets));

    /// <summary>
    /// Follow-ups per invoice (« nombre d'appels de relance par facture »): the reminder calls made to get
    /// invoices paid, per invoice.
    /// </summary>
    /// <param name="reminderCalls">Reminder calls made in the period.</param>
    /// <param name="invoices">Invoices issued in the period.</param>
    /// <returns>Calls per invoice, exact (1.2, not 1); undefined when there was no invoice.</returns>
    /// <remarks>
    /// <para>Formula: reminder calls / invoices. Unit: calls per invoice. Direction: lower is better.</para>
    /// <para>Undefined: <paramref name="invoices"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Worked example: automated invoice reminders took the reminder calls from 3 to 1.2 per
    /// invoice (−60 %). Catalogue id <c>follow_ups_per_invoice</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <example>The figure is exact: 7 calls for 3 invoices is 2.333... calls per invoice, not 2. From 3 to 1.2 calls
    /// per invoice is −1.8 calls, −60 %.</example>
    /// <example>
    /// <code>
    /// Efficiency.FollowUpsPerInvoice(150, 50).Value; // 3 (before automated reminders)
    /// Efficiency.FollowUpsPerInvoice(60, 50).Value;  // 1.2 (after): Change.Between(3m, 1.2m).Relative is −60 %
    /// </code>
    /// </example>
    public static KpiResult<decimal> FollowUpsPerInvoice(long reminderCalls, long invoices)
    {
        Preconditions.NotNegative(reminderCalls);
        return KpiMath.PerUnit(KpiIds.FollowUpsPerInvoice, reminderCalls, invoices, nameof(reminderCalls), nameof(invoices));
    }

    /// <summary>totalDays / count days as a TimeSpan, rounded to the tick half away from zero (exact before the rounding).</summary>
    private static TimeSpan MeanDays(long totalDays, long count) =>
        TimeSpan.FromTicks(KpiMath.RoundedTicks((decimal)totalDays * TimeSpan.TicksPerDay / count));
}
