using System;
using System.Collections.Generic;
using System.Globalization;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Value KPIs (catalogue section 3, « KPI de valeur »): what the sales bring in, in money: revenue,
/// average order and deal size, customer lifetime value, and the revenue added by extra capacity.
/// </summary>
public static partial class SalesValue
{
    /// <summary>
    /// Revenue generated (« chiffre d'affaires généré »): the total of the won amounts (signed contracts,
    /// paid orders) of a period.
    /// </summary>
    /// <param name="wonAmounts">The amount of each won deal or order of the period, all in <paramref name="currency"/>, none negative.</param>
    /// <param name="currency">The currency of the result, and the one every amount must be in.</param>
    /// <returns>
    /// The exact sum in <paramref name="currency"/>. An empty span is a real sum, zero in
    /// <paramref name="currency"/> (no sale is a revenue of 0, not an unknown revenue).
    /// </returns>
    /// <remarks>
    /// <para>Formula: Σ won amounts. Unit: money. Direction: higher is better.</para>
    /// <para>Undefined: never; an empty input is 0. The sum is additive: the revenue of two sets of
    /// deals put together is the sum of their revenues, so revenues of periods or groups can be added.</para>
    /// <para>Refunds and credit notes are not negative won amounts: subtract them explicitly.</para>
    /// <para>Per rep, team, product or channel (or with the order count and AOV), group the deals with
    /// <see cref="Aggregation.RevenueAccumulator.AggregateBy{TRecord, TKey}(IEnumerable{TRecord}, Func{TRecord, Money}, Func{TRecord, TKey}, Currency, IEqualityComparer{TKey})"/>.</para>
    /// <para>Sources: document 004 (« le montant total des contrats signés sur une période donnée »,
    /// analysed by rep, team or product), document 003 metric 9. Catalogue id <c>revenue</c>.</para>
    /// </remarks>
    /// <exception cref="CurrencyMismatchException">An amount is not in <paramref name="currency"/> (the exception names both codes).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// Three contracts signed in the month:
    /// <code>
    /// SalesValue.Revenue([Money.Euros(12_000m), Money.Euros(4_500m), Money.Euros(800m)], Currency.EUR); // 17 300 EUR
    /// SalesValue.Revenue([], Currency.EUR);                                                          // 0 EUR
    /// </code>
    /// </example>
    public static Money Revenue(ReadOnlySpan<Money> wonAmounts, Currency currency)
    {
        var total = 0m;
        for (var i = 0; i < wonAmounts.Length; i++)
        {
            RequireWonAmount(wonAmounts[i], currency, i, nameof(wonAmounts));
            total += wonAmounts[i].Amount;
        }

        return new Money(total, currency);
    }

    /// <summary>
    /// Average order value (AOV, « panier moyen », « valeur moyenne de commande »): the revenue of a
    /// period divided by its orders.
    /// </summary>
    /// <param name="revenue">The revenue of the orders of the period (see <see cref="Revenue(ReadOnlySpan{Money}, Currency)"/>).</param>
    /// <param name="orders">The number of orders of the same period.</param>
    /// <returns>The mean amount per order, in the revenue's currency, unrounded; undefined when there was no order.</returns>
    /// <remarks>
    /// <para>Formula: revenue / orders. Unit: money per order. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="orders"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Target: document 001 sets success at +8 % in 90 days and reports an AOV that « a grimpé de
    /// 12 % »; compare two AOVs with <see cref="Change.Between{T}(T, T)"/>.</para>
    /// <para>Sources: documents 000, 001 and 004. Catalogue id <c>average_order_value</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the count is negative.</exception>
    /// <example>
    /// <code>
    /// SalesValue.AverageOrderValue(Money.Euros(25_000m), 200).Value; // 125 EUR
    /// SalesValue.AverageOrderValue(Money.Euros(30_800m), 220).Value; // 140 EUR: +12 % (document 001), above the +8 % success mark
    /// </code>
    /// </example>
    public static KpiResult<Money> AverageOrderValue(Money revenue, long orders) =>
        KpiMath.PerUnit(KpiIds.AverageOrderValue, revenue, orders, nameof(revenue), nameof(orders));

    /// <summary>
    /// Average deal size (« taille moyenne des contrats », « deal size »): the revenue of the won deals
    /// divided by their number.
    /// </summary>
    /// <param name="wonRevenue">The revenue of the deals won in the period.</param>
    /// <param name="wonDeals">The number of deals won in the period.</param>
    /// <returns>The mean amount per won deal, unrounded; undefined when no deal was won.</returns>
    /// <remarks>
    /// <para>Formula: won revenue / won deals. Unit: money per deal. Direction: higher is better.</para>
    /// <para>Undefined: <paramref name="wonDeals"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Document 004 uses « panier moyen » and « deal size » for the same idea; this is the B2B form,
    /// per signed contract, while <see cref="AverageOrderValue(Money, long)"/> is per order.</para>
    /// <para>Source: document 004. Catalogue id <c>average_deal_size</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the count is negative.</exception>
    /// <example>
    /// <code>
    /// SalesValue.AverageDealSize(Money.Euros(96_000m), 8).Value; // 12 000 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> AverageDealSize(Money wonRevenue, long wonDeals) =>
        KpiMath.PerUnit(KpiIds.AverageDealSize, wonRevenue, wonDeals, nameof(wonRevenue), nameof(wonDeals));

    /// <summary>
    /// Customer lifetime value (LTV, CLV, « valeur vie client »): what a customer brings in over the
    /// whole relationship, from the average basket, the purchase frequency and the relationship length.
    /// </summary>
    /// <param name="averageBasket">The average amount of one purchase (« panier moyen par achat »).</param>
    /// <param name="purchasesPerYear">Purchases per customer per year; may be fractional (0.5 is one purchase every two years).</param>
    /// <param name="relationshipYears">The average length of the customer relationship, in years; may be fractional.</param>
    /// <returns>basket × purchases per year × years, in the basket's currency, unrounded.</returns>
    /// <remarks>
    /// <para>Formula: average basket per purchase × purchases per year × average relationship length in years.</para>
    /// <para>Unit: money per customer. Direction: higher is better. Always defined for valid input.</para>
    /// <para>This is document 004's revenue-based LTV: no margin and no discounting.</para>
    /// <para>Sources: document 004, lines 164-166; document 000 (« Valeur Vie Client »). Catalogue id <c>customer_lifetime_value</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The basket, the frequency or the length is negative.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// Document 004's customer spends 2 000 € a year for 5 years; as 4 purchases of 500 €:
    /// <code>
    /// SalesValue.CustomerLifetimeValue(Money.Euros(500m), 4m, 5m); // 10 000 EUR
    /// </code>
    /// </example>
    public static Money CustomerLifetimeValue(Money averageBasket, decimal purchasesPerYear, decimal relationshipYears)
    {
        KpiMath.RequireNotNegative(averageBasket, nameof(averageBasket));
        Preconditions.NotNegative(purchasesPerYear);
        Preconditions.NotNegative(relationshipYears);
        return averageBasket * purchasesPerYear * relationshipYears;
    }

    /// <summary>
    /// Customer lifetime value from the yearly spend of a customer (« valeur vie client »: « un client
    /// dépense en moyenne 2 000 € par an »), the form of document 004's example.
    /// </summary>
    /// <param name="annualValue">What a customer spends per year: average basket × purchases per year.</param>
    /// <param name="relationshipYears">The average length of the customer relationship, in years; may be fractional.</param>
    /// <returns>annual value × years, in the annual value's currency, unrounded.</returns>
    /// <remarks>
    /// <para>Formula: annual value × relationship years, the same as
    /// <see cref="CustomerLifetimeValue(Money, decimal, decimal)"/> with the basket and the frequency
    /// already multiplied. Unit: money per customer. Direction: higher is better.</para>
    /// <para>Source: document 004, line 166 (2 000 € a year for 5 years: 10 000 €). Catalogue id <c>customer_lifetime_value</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The annual value or the length is negative.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// SalesValue.CustomerLifetimeValue(Money.Euros(2_000m), 5m); // 10 000 EUR (document 004)
    /// </code>
    /// </example>
    public static Money CustomerLifetimeValue(Money annualValue, decimal relationshipYears)
    {
        KpiMath.RequireNotNegative(annualValue, nameof(annualValue));
        Preconditions.NotNegative(relationshipYears);
        return annualValue * relationshipYears;
    }

    /// <summary>
    /// Additional revenue from added capacity (« CA additionnel »): the extra units (clients, projects,
    /// files) handled without hiring, valued at the average basket.
    /// </summary>
    /// <param name="extraUnits">
    /// Units handled in addition per period (after − before). Negative when capacity fell, which gives
    /// a negative amount: the revenue lost.
    /// </param>
    /// <param name="averageBasket">The average revenue of one unit.</param>
    /// <returns>extra units × average basket, per the same period as the units, in the basket's currency.</returns>
    /// <remarks>
    /// <para>Formula: extra units handled × average basket. Unit: money per period. Direction: higher is better.</para>
    /// <para>Always defined. The amount is revenue, not profit, and assumes the extra capacity is sold.</para>
    /// <para>Source: document 003, metric 10 (8 → 11 clients a month, basket 3 500 €: « 3 × 3 500€ = 10 500€/mois »).
    /// Catalogue id <c>additional_revenue_from_capacity</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The basket is negative.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// SalesValue.AdditionalRevenueFromCapacity(3m, Money.Euros(3_500m)); // 10 500 EUR a month (document 003)
    /// </code>
    /// </example>
    public static Money AdditionalRevenueFromCapacity(decimal extraUnits, Money averageBasket)
    {
        KpiMath.RequireNotNegative(averageBasket, nameof(averageBasket));
        return extraUnits * averageBasket;
    }

    /// <summary>
    /// Additional revenue from added capacity (« CA additionnel »), from the units handled per period
    /// before and after.
    /// </summary>
    /// <param name="unitsBefore">Units (clients, projects, files) handled per period before, not negative.</param>
    /// <param name="unitsAfter">Units handled per period after, not negative.</param>
    /// <param name="averageBasket">The average revenue of one unit.</param>
    /// <returns>(after − before) × average basket; negative when capacity fell.</returns>
    /// <remarks>
    /// <para>Formula: (units after − units before) × average basket. Unit: money per period. Direction: higher is better.</para>
    /// <para>Chains exactly: the additional revenue from a to b plus that from b to c is that from a to c.</para>
    /// <para>Source: document 003, metric 10. Catalogue id <c>additional_revenue_from_capacity</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A unit count or the basket is negative.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// SalesValue.AdditionalRevenueFromCapacity(8m, 11m, Money.Euros(3_500m)); // 10 500 EUR a month (document 003)
    /// </code>
    /// </example>
    public static Money AdditionalRevenueFromCapacity(decimal unitsBefore, decimal unitsAfter, Money averageBasket)
    {
        Preconditions.NotNegative(unitsBefore);
        Preconditions.NotNegative(unitsAfter);
        KpiMath.RequireNotNegative(averageBasket, nameof(averageBasket));
        return (unitsAfter - unitsBefore) * averageBasket;
    }

    private static void RequireWonAmount(Money amount, Currency currency, int index, string paramName)
    {
        CurrencyMismatchException.ThrowIfDifferent(currency, amount.Currency, paramName);
        if (amount.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                amount,
                $"Won amount {index.ToString(CultureInfo.InvariantCulture)} ({amount.ToString("R", CultureInfo.InvariantCulture)}) is negative: a won amount cannot be negative; subtract refunds and credit notes separately.");
        }
    }
}
