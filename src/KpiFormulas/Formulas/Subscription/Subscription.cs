using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Subscription (SaaS) KPIs (« indicateurs d'abonnement »): monthly and annual recurring revenue, how it
/// moved over a month (new, expansion, reactivation, contraction, churn), the churn and retention rates of
/// that revenue, the average revenue per account, the quick ratio, and the lifetime value and CAC payback
/// that follow from them.
/// </summary>
/// <remarks>
/// <para>The movements follow the definitions the subscription analytics vendors publish (ChartMogul's
/// and Baremetrics' MRR movement definitions): comparing each customer's MRR at the end of the previous
/// month with the end of this month, a customer from 0 to a positive MRR is <b>new</b> when they never
/// paid before and a <b>reactivation</b> when they did; from positive to 0 is <b>churned</b> (the previous
/// MRR is lost); a rise is <b>expansion</b> and a fall <b>contraction</b>. The identity
/// opening + new + expansion + reactivation − contraction − churned = closing always holds.</para>
/// <para>Amounts are <see cref="Money"/> of one currency, never negative; a rate over a month with no
/// opening MRR, a quick ratio with no loss, an average over no account, a lifetime with no churn are
/// undefined with their reason, never a silent 0 or an infinity.</para>
/// </remarks>
/// <example>A month of six customers (opening 1 000 €, closing 1 060 €: 100 € new, 50 € expansion, 30 €
/// reactivation, 40 € contraction, 80 € churned):
/// <code>
/// var m = new MrrMovements(Money.Euros(1_000m), Money.Euros(100m), Money.Euros(50m), Money.Euros(30m), Money.Euros(40m), Money.Euros(80m));
/// Subscription.GrossMrrChurnRate(m).Value;      // 12 %
/// Subscription.NetMrrChurnRate(m).Value;        // 4 %
/// Subscription.NetRevenueRetention(m).Value;    // 93 %
/// Subscription.GrossRevenueRetention(m).Value;  // 88 %
/// Subscription.SaasQuickRatio(m).Value;         // 1.5
/// </code></example>
public static partial class Subscription
{
    private const int MonthsPerYear = 12;

    /// <summary>Monthly recurring revenue (« revenu récurrent mensuel »): the sum of every customer's MRR.</summary>
    /// <param name="customerMrr">Each customer's monthly recurring revenue (an annual plan counts for a twelfth), at least one, not negative, one currency.</param>
    /// <returns>The sum, exact.</returns>
    /// <remarks>
    /// <para>Formula: Σ customer MRR. Unit: money per month. Direction: higher is better. Undefined: never.</para>
    /// <para>Catalogue id <c>mrr</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">No customer is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer's MRR is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    /// <example>Three customers paying 49 €, 99 € and 1 200 € a year (100 € a month): 248 € of MRR.
    /// <code>Subscription.Mrr([Money.Euros(49m), Money.Euros(99m), Money.Euros(100m)]); // 248 EUR</code></example>
    public static Money Mrr(ReadOnlySpan<Money> customerMrr)
    {
        Preconditions.LongEnough(customerMrr.Length, 1, nameof(customerMrr));
        var total = Money.Zero(customerMrr[0].Currency);
        foreach (var mrr in customerMrr)
        {
            Preconditions.NotNegative(mrr, nameof(customerMrr));
            Preconditions.SameCurrency(total, mrr, nameof(customerMrr));
            total += mrr;
        }

        return total;
    }

    /// <summary>Annual recurring revenue (« revenu récurrent annuel »): twelve times the MRR.</summary>
    /// <param name="mrr">Monthly recurring revenue, not negative.</param>
    /// <returns>12 × MRR, exact.</returns>
    /// <remarks>
    /// <para>Formula: 12 × MRR. Unit: money per year. Direction: higher is better. Undefined: never.
    /// It annualises the current run rate; it is not the revenue of the past twelve months.</para>
    /// <para>Catalogue id <c>arr</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The MRR is negative.</exception>
    /// <example>1 060 € of MRR is 12 720 € of ARR. <code>Subscription.Arr(Money.Euros(1_060m)); // 12 720 EUR</code></example>
    public static Money Arr(Money mrr)
    {
        Preconditions.NotNegative(mrr);
        return mrr * MonthsPerYear;
    }

    /// <summary>
    /// The MRR movements of a month (« mouvements du MRR ») from each customer's MRR at the end of the
    /// previous month and of this month.
    /// </summary>
    /// <param name="previous">Each customer's MRR at the end of the previous month, not negative, one currency.</param>
    /// <param name="current">The same customers' MRR at the end of this month, in the same order, not negative, same currency.</param>
    /// <param name="paidBefore">For each customer, whether they paid in any month before the previous one: it tells a
    /// reactivation from a new customer when their previous MRR is zero. Empty when no customer ever came back (every
    /// customer from zero is then new).</param>
    /// <returns>The opening and closing MRR and the five movements.</returns>
    /// <remarks>
    /// <para>Per customer, previous p and current c: p = 0, c &gt; 0 is new (c), or reactivation (c) when they paid
    /// before; p &gt; 0, c = 0 is churned (p); c &gt; p &gt; 0 is expansion (c − p); p &gt; c &gt; 0 is contraction
    /// (p − c). Unit: money. Direction: new, expansion and reactivation higher is better; contraction and churned
    /// lower is better. Undefined: never; a customer at zero both months moves nothing.</para>
    /// <para>Catalogue id <c>mrr_movements</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">No customer is given, or the lists differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An MRR is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    /// <example>Six customers (previous → current): A 100 → 100, B 200 → 250 (+50 expansion), C 300 → 260 (−40
    /// contraction), D 80 → 0 (80 churned), E 0 → 100 (new), F 0 → 30 having paid before (reactivation).
    /// <code>
    /// var m = Subscription.Movements(
    ///     [Money.Euros(100m), Money.Euros(200m), Money.Euros(300m), Money.Euros(80m), Money.Euros(0m), Money.Euros(0m)],
    ///     [Money.Euros(100m), Money.Euros(250m), Money.Euros(260m), Money.Euros(0m), Money.Euros(100m), Money.Euros(30m)],
    ///     [false, false, false, false, false, true]);
    /// // opening 680, new 100, expansion 50, reactivation 30, contraction 40, churned 80, closing 740 EUR
    /// </code></example>
    public static MrrMovements Movements(ReadOnlySpan<Money> previous, ReadOnlySpan<Money> current, ReadOnlySpan<bool> paidBefore)
    {
        Preconditions.LongEnough(previous.Length, 1, nameof(previous));
        Preconditions.SameLength(previous.Length, current.Length, nameof(previous), nameof(current));
        if (!paidBefore.IsEmpty)
        {
            Preconditions.SameLength(previous.Length, paidBefore.Length, nameof(previous), nameof(paidBefore));
        }

        var currency = previous[0].Currency;
        var totals = default(MrrMovementTotals);
        for (var i = 0; i < previous.Length; i++)
        {
            var before = previous[i];
            var after = current[i];
            Preconditions.NotNegative(before, nameof(previous));
            Preconditions.NotNegative(after, nameof(current));
            Preconditions.SameCurrency(currency, before.Currency, nameof(previous));
            Preconditions.SameCurrency(currency, after.Currency, nameof(current));
            totals.Add(before.Amount, after.Amount, !paidBefore.IsEmpty && paidBefore[i]);
        }

        return totals.ToMovements(currency);
    }

    /// <summary>Gross MRR churn rate (« taux d'attrition brut du MRR »): the share of the opening MRR lost to churn and contraction.</summary>
    /// <param name="movements">The month's MRR movements.</param>
    /// <returns>(churned + contraction) / opening MRR, between 0 % and 100 %; undefined when the opening MRR is zero.</returns>
    /// <remarks>
    /// <para>Formula: (churned + contraction) / opening MRR. Unit: rate per month. Direction: lower is better.</para>
    /// <para>Undefined: no opening MRR (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>gross_mrr_churn_rate</c>.</para>
    /// </remarks>
    /// <example>Opening 1 000 €, 80 € churned, 40 € contraction: 120 / 1 000 = 12 %.</example>
    public static KpiResult<Rate> GrossMrrChurnRate(MrrMovements movements) =>
        ShareOfOpening(KpiIds.GrossMrrChurnRate, movements, movements.Churned.Amount + movements.Contraction.Amount);

    /// <summary>Net MRR churn rate (« taux d'attrition net du MRR »): the lost MRR less the gains from existing customers, as a share of the opening MRR.</summary>
    /// <param name="movements">The month's MRR movements.</param>
    /// <returns>(churned + contraction − expansion − reactivation) / opening MRR; negative when existing and returning
    /// customers add more than is lost (negative churn); undefined when the opening MRR is zero.</returns>
    /// <remarks>
    /// <para>Formula: (churned + contraction − expansion − reactivation) / opening MRR. Unit: rate per month, may be
    /// negative. Direction: lower is better. New customers are not counted.</para>
    /// <para>Undefined: no opening MRR (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>net_mrr_churn_rate</c>.</para>
    /// </remarks>
    /// <example>Opening 1 000 €, 80 € churned, 40 € contraction, 50 € expansion, 30 € reactivation: 40 / 1 000 = 4 %.</example>
    public static KpiResult<Rate> NetMrrChurnRate(MrrMovements movements) =>
        ShareOfOpening(
            KpiIds.NetMrrChurnRate,
            movements,
            movements.Churned.Amount + movements.Contraction.Amount - movements.Expansion.Amount - movements.Reactivation.Amount);

    /// <summary>Net revenue retention (« rétention nette du revenu »): the share of the opening MRR the same customers still pay, with their expansion.</summary>
    /// <param name="movements">The month's MRR movements.</param>
    /// <returns>(opening + expansion − contraction − churned) / opening MRR, 0 % or more, above 100 % when expansion
    /// outweighs losses; undefined when the opening MRR is zero.</returns>
    /// <remarks>
    /// <para>Formula: (opening + expansion − contraction − churned) / opening MRR. Unit: rate. Direction: higher is better.</para>
    /// <para>Reactivation is excluded: a returning customer was not in the opening MRR, so their revenue is not
    /// retained from it. Hence NRR = 1 − net MRR churn − reactivation / opening.</para>
    /// <para>Undefined: no opening MRR (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>net_revenue_retention</c>.</para>
    /// </remarks>
    /// <example>Opening 1 000 €, 50 € expansion, 40 € contraction, 80 € churned: 930 / 1 000 = 93 %.</example>
    public static KpiResult<Rate> NetRevenueRetention(MrrMovements movements) =>
        ShareOfOpening(
            KpiIds.NetRevenueRetention,
            movements,
            movements.Opening.Amount + movements.Expansion.Amount - movements.Contraction.Amount - movements.Churned.Amount);

    /// <summary>Gross revenue retention (« rétention brute du revenu »): the share of the opening MRR kept, expansion left out.</summary>
    /// <param name="movements">The month's MRR movements.</param>
    /// <returns>(opening − contraction − churned) / opening MRR, between 0 % and 100 %; undefined when the opening MRR is zero.</returns>
    /// <remarks>
    /// <para>Formula: (opening − contraction − churned) / opening MRR, that is 1 − gross MRR churn. Unit: rate. Direction:
    /// higher is better. At most 100 % by construction: expansion and reactivation are not counted.</para>
    /// <para>Undefined: no opening MRR (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>gross_revenue_retention</c>.</para>
    /// </remarks>
    /// <example>Opening 1 000 €, 40 € contraction, 80 € churned: 880 / 1 000 = 88 %.</example>
    public static KpiResult<Rate> GrossRevenueRetention(MrrMovements movements) =>
        ShareOfOpening(KpiIds.GrossRevenueRetention, movements, movements.Opening.Amount - movements.Contraction.Amount - movements.Churned.Amount);

    /// <summary>Average revenue per account (« revenu moyen par compte »): the MRR divided by the paying accounts.</summary>
    /// <param name="mrr">Monthly recurring revenue, not negative.</param>
    /// <param name="activeAccounts">Accounts paying at the end of the month, not negative.</param>
    /// <returns>MRR / active accounts; undefined when there is no account.</returns>
    /// <remarks>
    /// <para>Formula: MRR / active accounts. Unit: money per account per month. Direction: higher is better.</para>
    /// <para>Undefined: no active account (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>arpa</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The MRR or the number of accounts is negative.</exception>
    /// <example>740 € of MRR from 5 accounts: 148 € per account. <code>Subscription.Arpa(Money.Euros(740m), 5).Value; // 148 EUR</code></example>
    public static KpiResult<Money> Arpa(Money mrr, long activeAccounts)
    {
        Preconditions.NotNegative(mrr);
        Preconditions.NotNegative(activeAccounts);
        return activeAccounts == 0
            ? KpiResult.Undefined<Money>(KpiIds.Arpa, UndefinedReason.ZeroDenominator, "'activeAccounts' is zero: no account pays, so no average exists.")
            : KpiResult.Defined(KpiIds.Arpa, mrr / activeAccounts);
    }

    /// <summary>SaaS quick ratio (« ratio de croissance du MRR »): the MRR gained for each unit of MRR lost.</summary>
    /// <param name="movements">The month's MRR movements.</param>
    /// <returns>(new + expansion + reactivation) / (contraction + churned); above 1 exactly when MRR grew; undefined when nothing was lost.</returns>
    /// <remarks>
    /// <para>Formula: (new + expansion + reactivation) / (contraction + churned). Unit: ratio. Direction: higher is
    /// better; 4 is the level commonly quoted for efficient growth.</para>
    /// <para>Undefined: no contraction and no churn (<see cref="UndefinedReason.ZeroDenominator"/>): growth without loss has no ratio.</para>
    /// <para>Catalogue id <c>saas_quick_ratio</c>.</para>
    /// </remarks>
    /// <example>100 € new, 50 € expansion, 30 € reactivation against 40 € contraction and 80 € churned: 180 / 120 = 1.5.</example>
    public static KpiResult<Ratio> SaasQuickRatio(MrrMovements movements)
    {
        var lost = movements.Contraction.Amount + movements.Churned.Amount;
        return lost == 0m
            ? KpiResult.Undefined<Ratio>(KpiIds.SaasQuickRatio, UndefinedReason.ZeroDenominator, "No MRR was lost to contraction or churn, so no ratio of gains to losses exists.")
            : KpiResult.Defined(KpiIds.SaasQuickRatio, new Ratio((movements.New.Amount + movements.Expansion.Amount + movements.Reactivation.Amount) / lost));
    }

    /// <summary>Customer lifetime value from the churn rate (« valeur vie client par l'attrition »): the gross margin an account brings over its expected lifetime.</summary>
    /// <param name="arpa">Average revenue per account per month, not negative.</param>
    /// <param name="grossMarginRate">Gross margin rate on that revenue, between 0 % and 100 %.</param>
    /// <param name="monthlyChurnRate">Share of accounts (or of MRR) lost per month, between 0 % and 100 %.</param>
    /// <returns>ARPA × gross margin / monthly churn rate; undefined when the churn rate is zero.</returns>
    /// <remarks>
    /// <para>Formula: ARPA × gross margin rate / monthly churn rate (1 / churn is the expected lifetime in months).
    /// Unit: money. Direction: higher is better.</para>
    /// <para>Undefined: a churn rate of zero (<see cref="UndefinedReason.ZeroDenominator"/>): an infinite lifetime has no value.</para>
    /// <para>Catalogue id <c>churn_based_ltv</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The ARPA is negative, or a rate is outside 0 % to 100 %.</exception>
    /// <example>148 € of ARPA, 80 % of gross margin, 2 % of monthly churn: 148 × 0.8 / 0.02 = 5 920 €.</example>
    public static KpiResult<Money> ChurnBasedLtv(Money arpa, Rate grossMarginRate, Rate monthlyChurnRate)
    {
        Preconditions.NotNegative(arpa);
        Preconditions.Proportion(grossMarginRate);
        Preconditions.Proportion(monthlyChurnRate);
        return monthlyChurnRate.Fraction == 0m
            ? KpiResult.Undefined<Money>(KpiIds.ChurnBasedLtv, UndefinedReason.ZeroDenominator, "'monthlyChurnRate' is zero: accounts never leave, so the lifetime has no end.")
            : KpiResult.Defined(KpiIds.ChurnBasedLtv, arpa * grossMarginRate.Fraction / monthlyChurnRate.Fraction);
    }

    /// <summary>CAC payback in months (« délai de récupération du coût d'acquisition »): how many months of gross margin repay the cost of acquiring an account.</summary>
    /// <param name="cac">Customer acquisition cost per account, not negative.</param>
    /// <param name="arpa">Average revenue per account per month, not negative, same currency.</param>
    /// <param name="grossMarginRate">Gross margin rate on that revenue, between 0 % and 100 %.</param>
    /// <returns>CAC / (ARPA × gross margin), in months, exact and fractional; undefined when an account brings no margin.</returns>
    /// <remarks>
    /// <para>Formula: CAC / (ARPA × gross margin rate). Unit: months. Direction: lower is better.</para>
    /// <para>Undefined: no monthly margin per account (<see cref="UndefinedReason.NeverPaidBack"/>).</para>
    /// <para>Catalogue id <c>cac_payback_months</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, or the margin is outside 0 % to 100 %.</exception>
    /// <exception cref="CurrencyMismatchException">The CAC and the ARPA are in different currencies.</exception>
    /// <example>A 1 184 € CAC, 148 € of ARPA at 80 % margin: 1 184 / 118.4 = 10 months.</example>
    public static KpiResult<decimal> CacPaybackMonths(Money cac, Money arpa, Rate grossMarginRate)
    {
        Preconditions.NotNegative(cac);
        Preconditions.NotNegative(arpa);
        Preconditions.SameCurrency(cac, arpa, nameof(arpa));
        Preconditions.Proportion(grossMarginRate);
        var monthlyMargin = arpa.Amount * grossMarginRate.Fraction;
        return monthlyMargin == 0m
            ? KpiResult.Undefined<decimal>(KpiIds.CacPaybackMonths, UndefinedReason.NeverPaidBack, "An account brings no gross margin ('arpa' × 'grossMarginRate' is zero), so the acquisition cost is never paid back.")
            : KpiResult.Defined(KpiIds.CacPaybackMonths, cac.Amount / monthlyMargin);
    }

    private static KpiResult<Rate> ShareOfOpening(string kpiId, MrrMovements movements, decimal numerator) =>
        movements.Opening.IsZero
            ? KpiResult.Undefined<Rate>(kpiId, UndefinedReason.ZeroDenominator, "The opening MRR is zero: no recurring revenue to lose or keep.")
            : KpiResult.Defined(kpiId, Rate.FromFraction(numerator / movements.Opening.Amount));
}
