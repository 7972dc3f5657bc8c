using System;
using System.Collections.Generic;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Value KPIs (catalogue section 3, « KPI de valeur »): what the sales bring in, in money: revenue,
/// average order and deal size, customer lifetime value, and the revenue added by extra capacity.
/// </summary>
/// <remarks>Every amount keeps its currency and its full decimal precision: 1 000 € over 3 orders is
/// 333.333... €, and 333.33 € only once rounded for display with <see cref="Money.Round()"/>.</remarks>
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
    /// <see cref="Aggregation.RevenueAccumulator.AggregateBy{TRecord, TKey}(IEnumerable{TRecord}, Func{TRecord, Money}, Func{TRecord, TKey}, Currency, IEqualityComparer{TKey})"/>.
    /// Catalogue id <c>revenue</c>.</para>
    /// </remarks>
    /// <exception cref="CurrencyMismatchException">An amount is not in <paramref name="currency"/> (the exception names both codes).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="OverflowException">The sum is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>Four uses of a tool that each bring extra revenue every month, 15 000 €, 8 000 €, 5 000 € and
    /// 12 000 €, add up to 40 000 € a month: revenues of groups or periods add exactly.</example>
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
            Preconditions.SameCurrency(currency, wonAmounts[i].Currency, nameof(wonAmounts));
            if (wonAmounts[i].Amount < 0m)
            {
                Preconditions.ThrowNegativeAmount(nameof(wonAmounts), i, wonAmounts[i]);
            }

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
    /// <para>Target: a typical success mark is +8 % in 90 days, so an AOV that climbed
    /// 12 % succeeded; compare two AOVs with <see cref="Change.Between{T}(T, T)"/>.</para>
    /// <para>Catalogue id <c>average_order_value</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the count is negative.</exception>
    /// <example>1 000 € over 3 orders is 333.333... € per order, kept exact; 333.33 € once rounded for display.</example>
    /// <example>
    /// <code>
    /// SalesValue.AverageOrderValue(Money.Euros(25_000m), 200).Value; // 125 EUR
    /// SalesValue.AverageOrderValue(Money.Euros(30_800m), 220).Value; // 140 EUR: +12 %, above the +8 % success mark
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
    /// <para>« Panier moyen » and « deal size » are often used for the same idea; this is the B2B form,
    /// per signed contract, while <see cref="AverageOrderValue(Money, long)"/> is per order.</para>
    /// <para>Catalogue id <c>average_deal_size</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The revenue or the count is negative.</exception>
    /// <example>100 000 € over 7 won deals is 14 285.714... € per deal, 14 285.71 € once rounded for display.</example>
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
    /// <para>The basket is the amount of one purchase, not a yearly spend: a customer who spends 2 000 € a
    /// year may make one purchase of 2 000 € or four of 500 €. With a yearly figure, use
    /// <see cref="CustomerLifetimeValue(Money, decimal)"/>; passing it as the basket with several purchases a
    /// year would count it several times.</para>
    /// <para>Unit: money per customer. Direction: higher is better. Always defined for valid input.</para>
    /// <para>This is the revenue-based LTV: no margin and no discounting.</para>
    /// <para>Catalogue id <c>customer_lifetime_value</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The basket, the frequency or the length is negative.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>45.50 € a purchase, 2.5 purchases a year, over 3.5 years: 45.50 × 2.5 × 3.5 = 398.125 € exactly,
    /// 398.13 € once rounded for display.</example>
    /// <example>
    /// A customer who spends 2 000 € a year for 5 years, as 4 purchases of 500 €:
    /// <code>
    /// SalesValue.CustomerLifetimeValue(Money.Euros(500m), 4m, 5m); // 10 000 EUR
    /// </code>
    /// </example>
    public static Money CustomerLifetimeValue(Money averageBasket, decimal purchasesPerYear, decimal relationshipYears)
    {
        Preconditions.NotNegative(averageBasket);
        Preconditions.NotNegative(purchasesPerYear);
        Preconditions.NotNegative(relationshipYears);
        return averageBasket * purchasesPerYear * relationshipYears;
    }

    /// <summary>
    /// Customer lifetime value from the yearly spend of a customer (« valeur vie client »), for when
    /// the spend is known per year (a customer spends 2 000 € a year on average).
    /// </summary>
    /// <param name="annualValue">What a customer spends per year: average basket × purchases per year.</param>
    /// <param name="relationshipYears">The average length of the customer relationship, in years; may be fractional.</param>
    /// <returns>annual value × years, in the annual value's currency, unrounded.</returns>
    /// <remarks>
    /// <para>Formula: annual value × relationship years, the same as
    /// <see cref="CustomerLifetimeValue(Money, decimal, decimal)"/> with the basket and the frequency
    /// already multiplied. Unit: money per customer. Direction: higher is better.</para>
    /// <para>Worked example: 2 000 € a year for 5 years is 10 000 €. Catalogue id <c>customer_lifetime_value</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The annual value or the length is negative.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// SalesValue.CustomerLifetimeValue(Money.Euros(2_000m), 5m); // 10 000 EUR
    /// </code>
    /// </example>
    public static Money CustomerLifetimeValue(Money annualValue, decimal relationshipYears)
    {
        Preconditions.NotNegative(annualValue);
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
    /// <para>Worked example: a team going from 8 to 11 clients a month with a 3 500 € basket adds
    /// 3 × 3 500 € = 10 500 € a month. Catalogue id <c>additional_revenue_from_capacity</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The basket is negative.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// SalesValue.AdditionalRevenueFromCapacity(3m, Money.Euros(3_500m)); // 10 500 EUR a month
    /// </code>
    /// </example>
    public static Money AdditionalRevenueFromCapacity(decimal extraUnits, Money averageBasket)
    {
        Preconditions.NotNegative(averageBasket);
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
    /// <para>Catalogue id <c>additional_revenue_from_capacity</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A unit count or the basket is negative.</exception>
    /// <exception cref="OverflowException">The product is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>A consulting firm that goes from 8 to 11 clients a month with an average basket of 3 500 € gains
    /// 3 × 3 500 € = 10 500 € of revenue a month; the same change is a capacity increase of exactly 37.5 %
    /// (3 / 8, <c>capacity_increase</c>). Going back from 11 to 8 clients gives −10 500 €, the revenue lost.</example>
    /// <example>
    /// <code>
    /// SalesValue.AdditionalRevenueFromCapacity(8m, 11m, Money.Euros(3_500m)); // 10 500 EUR a month
    /// </code>
    /// </example>
    public static Money AdditionalRevenueFromCapacity(decimal unitsBefore, decimal unitsAfter, Money averageBasket)
    {
        Preconditions.NotNegative(unitsBefore);
        Preconditions.NotNegative(unitsAfter);
        Preconditions.NotNegative(averageBasket);
        return (unitsAfter - unitsBefore) * averageBasket;
    }
}
