using System;
using System.Text.Json.Serialization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// What the customer-base models need to know of one customer (« synthèse client », the
/// recency-frequency-monetary statistics): in the calibration window, the repeat purchases <c>x</c>,
/// the time of the last one <c>t_x</c> (recency), the time observed <c>T</c> since the first purchase
/// and the value of the repeat purchases; in the holdout window that follows, the purchases and their
/// value, to compare a model's forecast with what happened.
/// </summary>
/// <remarks>
/// <para>Times are in one unit chosen by whoever builds the summaries (days, weeks), counted from the
/// customer's first purchase: <c>0 ≤ t_x ≤ T</c>. The first purchase is not a repeat purchase, and
/// purchases on the same day count once (the convention of the papers and of the CDNOW data).</para>
/// <para><see cref="Predictive.CustomerSummaries{TCustomer}"/> builds them from transactions; the
/// constructor takes summaries computed elsewhere and checks that they are consistent.
/// Catalogue id <c>customer_summary</c>.</para>
/// </remarks>
/// <example>A customer who first bought on 1 January 1997, again on 18 January (29.73 $) and on
/// 2 August (14.96 $), with a calibration window to 30 September, in weeks: x = 2,
/// t_x = 213 / 7 = 30.43, T = 272 / 7 = 38.86, mean repeat value (29.73 + 14.96) / 2 = 22.345 $.
/// <code>
/// var customer = new CustomerSummary(2, 213m / 7m, 272m / 7m, Money.UsDollars(44.69m), 0, Money.UsDollars(0m));
/// customer.MeanRepeatValue.Value; // 22.345 USD
/// </code></example>
[JsonConverter(typeof(CustomerSummaryJsonConverter))]
public readonly record struct CustomerSummary
{
    /// <summary>Creates the summary of one customer, checking that its figures are consistent.</summary>
    /// <param name="repeatPurchases">The repeat purchases x in the calibration window (purchase days after the first one); not negative.</param>
    /// <param name="recency">The time t_x of the last repeat purchase since the first purchase; 0 when there is none; from 0 to <paramref name="timeObserved"/>.</param>
    /// <param name="timeObserved">The time T from the first purchase to the end of the calibration window; not negative.</param>
    /// <param name="repeatValue">The total value of the repeat purchases in the calibration window; not negative, 0 when there is none.</param>
    /// <param name="holdoutPurchases">The purchases (purchase days) in the holdout window; not negative.</param>
    /// <param name="holdoutValue">The total value of the holdout purchases, in the currency of <paramref name="repeatValue"/>; not negative, 0 when there is none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count, time or value is negative, or the recency is after the time observed.</exception>
    /// <exception cref="ArgumentException">A recency or a value without a purchase.</exception>
    /// <exception cref="CurrencyMismatchException">The two values are in different currencies.</exception>
    public CustomerSummary(long repeatPurchases, decimal recency, decimal timeObserved, Money repeatValue, long holdoutPurchases, Money holdoutValue)
    {
        Preconditions.NotNegative(repeatPurchases);
        Preconditions.NotNegative(timeObserved);
        Preconditions.InRange(recency, 0m, timeObserved);
        Preconditions.NotNegative(repeatValue);
        Preconditions.NotNegative(holdoutPurchases);
        Preconditions.NotNegative(holdoutValue);
        Preconditions.SameCurrency(repeatValue, holdoutValue, nameof(holdoutValue));
        Preconditions.Argument(repeatPurchases > 0 || recency == 0m, nameof(recency), "The recency must be 0 when there is no repeat purchase.");
        Preconditions.Argument(repeatPurchases > 0 || repeatValue.Amount == 0m, nameof(repeatValue), "The value must be 0 when there is no repeat purchase.");
        Preconditions.Argument(holdoutPurchases > 0 || holdoutValue.Amount == 0m, nameof(holdoutValue), "The value must be 0 when there is no holdout purchase.");
        RepeatPurchases = repeatPurchases;
        Recency = recency;
        TimeObserved = timeObserved;
        RepeatValue = repeatValue;
        HoldoutPurchases = holdoutPurchases;
        HoldoutValue = holdoutValue;
    }

    /// <summary>The repeat purchases x in the calibration window: the purchase days after the first one.</summary>
    public long RepeatPurchases { get; }

    /// <summary>The time t_x of the last repeat purchase, since the first purchase (0 without a repeat purchase).</summary>
    public decimal Recency { get; }

    /// <summary>The time T from the first purchase to the end of the calibration window.</summary>
    public decimal TimeObserved { get; }

    /// <summary>The total value of the repeat purchases in the calibration window (the first purchase excluded).</summary>
    public Money RepeatValue { get; }

    /// <summary>The purchases (purchase days) in the holdout window.</summary>
    public long HoldoutPurchases { get; }

    /// <summary>The total value of the purchases in the holdout window.</summary>
    public Money HoldoutValue { get; }

    /// <summary>
    /// The mean value of the repeat purchases, z̄ = <see cref="RepeatValue"/> / <see cref="RepeatPurchases"/>;
    /// undefined (<see cref="UndefinedReason.EmptyInput"/>) for a customer without a repeat purchase.
    /// </summary>
    public KpiResult<Money> MeanRepeatValue =>
        RepeatPurchases == 0
            ? KpiResult.Undefined<Money>(KpiIds.CustomerSummary, UndefinedReason.EmptyInput, "the customer made no repeat purchase in the calibration window.")
            : KpiResult.Defined(KpiIds.CustomerSummary, RepeatValue / RepeatPurchases);
}
