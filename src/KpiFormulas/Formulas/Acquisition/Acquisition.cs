using System;
using System.Collections.Generic;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Acquisition and cost KPIs (catalogue section 1): what it costs to win a customer or a lead, in
/// money and in sales time.
/// </summary>
/// <remarks>Every amount keeps its currency and its full decimal precision: a cost per customer of 708.333... €
/// stays so through every further calculation. Round for display only, with <see cref="Money.Round()"/>.</remarks>
public static partial class Acquisition
{
    /// <summary>
    /// Customer acquisition cost (CAC, « coût d'acquisition client »): what one new customer cost in
    /// sales and marketing over a period.
    /// </summary>
    /// <param name="salesCosts">Sales costs of the period: salaries and commissions, tools (CRM, prospecting), events.</param>
    /// <param name="marketingCosts">Marketing costs of the same period: advertising, content, tools; same currency.</param>
    /// <param name="newCustomers">New customers acquired in the period.</param>
    /// <returns>The cost per new customer, in the costs' currency, unrounded; undefined when no customer was acquired.</returns>
    /// <remarks>
    /// <para>Formula: (sales costs + marketing costs) / new customers acquired.</para>
    /// <para>Unit: money per customer. Direction: lower is better.</para>
    /// <para>Undefined: <paramref name="newCustomers"/> is 0 (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>For the same CAC read from the cost of a qualified lead, see <see cref="CustomerAcquisitionCostFromLeadCost(Money, Rate)"/>. Catalogue id <c>cac</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A cost or the count is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The two costs are in different currencies.</exception>
    /// <example>
    /// A quarter with 30 000 € of sales costs, 15 000 € of marketing and 60 new customers:
    /// <code>
    /// Acquisition.CustomerAcquisitionCost(Money.Euros(30_000m), Money.Euros(15_000m), 60).Value; // 750 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> CustomerAcquisitionCost(Money salesCosts, Money marketingCosts, long newCustomers)
    {
        Preconditions.NotNegative(salesCosts);
        Preconditions.NotNegative(marketingCosts);
        Preconditions.SameCurrency(salesCosts, marketingCosts, nameof(marketingCosts));
        return KpiMath.PerUnit(KpiIds.Cac, salesCosts + marketingCosts, newCustomers, nameof(salesCosts), nameof(newCustomers));
    }

    /// <summary>
    /// Customer acquisition cost from the total of sales and marketing costs (see
    /// <see cref="CustomerAcquisitionCost(Money, Money, long)"/>).
    /// </summary>
    /// <param name="acquisitionCosts">All sales and marketing costs of the period.</param>
    /// <param name="newCustomers">New customers acquired in the period.</param>
    /// <returns>The cost per new customer; undefined when no customer was acquired.</returns>
    /// <remarks>Formula: costs / new customers. Catalogue id <c>cac</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The costs or the count are negative.</exception>
    /// <example>
    /// <code>
    /// Acquisition.CustomerAcquisitionCost(Money.Euros(45_000m), 60).Value; // 750 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> CustomerAcquisitionCost(Money acquisitionCosts, long newCustomers) =>
        KpiMath.PerUnit(KpiIds.Cac, acquisitionCosts, newCustomers, nameof(acquisitionCosts), nameof(newCustomers));

    /// <summary>
    /// CAC from the cost of a qualified lead and the lead-to-customer conversion rate (« CAC via coût du
    /// lead qualifié »): each customer costs 1 / rate qualified leads.
    /// </summary>
    /// <param name="costPerQualifiedLead">What one qualified lead costs.</param>
    /// <param name="leadToCustomerRate">The share of qualified leads that become customers, within [0 %, 100 %].</param>
    /// <returns>The cost per customer; undefined when the rate is 0 %.</returns>
    /// <remarks>
    /// <para>Formula: cost per qualified lead / conversion rate.</para>
    /// <para>Unit: money per customer. Direction: lower is better.</para>
    /// <para>Undefined: a 0 % conversion rate (no lead ever converts).</para>
    /// <para>Worked example: a qualified lead at 85 € that converts at 12 % makes each customer cost 708 €; once prospecting is automated, 38 € at 18 % makes it 211 €. Catalogue id <c>cac_from_lead_cost</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The cost is negative or the rate is outside [0 %, 100 %].</exception>
    /// <example>Automating prospecting lowers the cost of a qualified lead from 85 € to 38 € and lifts the share of
    /// qualified leads that become customers from 12 % to 18 %. The acquisition cost falls from
    /// 85 / 0.12 = 708.33 € to 38 / 0.18 = 211.11 € per customer, a fall of 70.2 %: the two levers
    /// multiply, so the cost per customer falls faster than either of them.</example>
    /// <example>
    /// <code>
    /// Acquisition.CustomerAcquisitionCostFromLeadCost(Money.Euros(85m), Rate.FromPercent(12m)).Value; // 708.33... EUR (708 € rounded)
    /// </code>
    /// </example>
    public static KpiResult<Money> CustomerAcquisitionCostFromLeadCost(Money costPerQualifiedLead, Rate leadToCustomerRate)
    {
        Preconditions.NotNegative(costPerQualifiedLead);
        Preconditions.Proportion(leadToCustomerRate);

        return leadToCustomerRate.Fraction == 0m
            ? KpiResult.Undefined<Money>(KpiIds.CacFromLeadCost, UndefinedReason.ZeroDenominator, "'leadToCustomerRate' is 0 %: no lead converts.")
            : KpiResult.Defined(KpiIds.CacFromLeadCost, costPerQualifiedLead / leadToCustomerRate.Fraction);
    }

    /// <summary>
    /// CAC per acquisition channel (« CAC par canal »): for each channel, its spend divided by the paying
    /// customers it generated, written into <paramref name="destination"/> without allocating.
    /// </summary>
    /// <param name="spendByChannel">The spend of each channel, all in one currency.</param>
    /// <param name="newCustomersByChannel">The new customers of each channel, same order and length.</param>
    /// <param name="destination">Receives one result per channel; at least as long as the inputs.</param>
    /// <remarks>
    /// <para>Formula: spend of the channel / new customers of the channel.</para>
    /// <para>Undefined: a channel with no new customer (only that channel's entry).</para>
    /// <para>Catalogue id <c>cac_by_channel</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">The inputs differ in length, the destination is too short, or the channels mix currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A spend or a count is negative.</exception>
    /// <example>
    /// <code>
    /// Span&lt;KpiResult&lt;Money&gt;&gt; cac = stackalloc KpiResult&lt;Money&gt;[2];
    /// Acquisition.CustomerAcquisitionCostByChannel([Money.Euros(1_000m), Money.Euros(600m)], [10, 3], cac);
    /// // cac[0] = 100 EUR (ads), cac[1] = 200 EUR (events)
    /// </code>
    /// </example>
    public static void CustomerAcquisitionCostByChannel(ReadOnlySpan<Money> spendByChannel, ReadOnlySpan<long> newCustomersByChannel, Span<KpiResult<Money>> destination)
    {
        Preconditions.SameLength(spendByChannel.Length, newCustomersByChannel.Length, nameof(spendByChannel), nameof(newCustomersByChannel));
        Preconditions.LongEnough(destination.Length, spendByChannel.Length, nameof(destination));

        for (var i = 0; i < spendByChannel.Length; i++)
        {
            if (i > 0)
            {
                Preconditions.SameCurrency(spendByChannel[0], spendByChannel[i], nameof(spendByChannel));
            }

            destination[i] = ChannelCac(spendByChannel[i], newCustomersByChannel[i], $"{i}", nameof(spendByChannel), nameof(newCustomersByChannel));
        }
    }

    /// <summary>
    /// CAC per acquisition channel from named channels (see
    /// <see cref="CustomerAcquisitionCostByChannel(ReadOnlySpan{Money}, ReadOnlySpan{long}, Span{KpiResult{Money}})"/>).
    /// </summary>
    /// <param name="channels">Each channel's name, spend and new customers; names must be unique.</param>
    /// <returns>The CAC of each channel by name, in input order; undefined for a channel with no customer.</returns>
    /// <remarks>Catalogue id <c>cac_by_channel</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> or a name is null.</exception>
    /// <exception cref="ArgumentException">A channel name repeats, or the channels mix currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A spend or a count is negative.</exception>
    /// <example>
    /// <code>
    /// var cac = Acquisition.CustomerAcquisitionCostByChannel([("Ads", Money.Euros(1_000m), 10), ("Events", Money.Euros(600m), 3)]);
    /// cac["Events"].Value; // 200 EUR
    /// </code>
    /// </example>
    public static IReadOnlyDictionary<string, KpiResult<Money>> CustomerAcquisitionCostByChannel(IEnumerable<(string Channel, Money Spend, long NewCustomers)> channels)
    {
        Preconditions.NotNull(channels);
        var result = new Dictionary<string, KpiResult<Money>>(StringComparer.Ordinal);
        Money? first = null;
        foreach (var (channel, spend, newCustomers) in channels)
        {
            Preconditions.NotNull(channel, nameof(channels), "The channel names must not be null.");
            if (first is { } firstSpend)
            {
                Preconditions.SameCurrency(firstSpend, spend, nameof(channels));
            }

            first ??= spend;
            if (!result.TryAdd(channel, ChannelCac(spend, newCustomers, $"'{channel}'", nameof(channels), nameof(channels))))
            {
                Preconditions.ThrowArgument(nameof(channels), "The channel names must be unique; '{0}' appears twice.", channel);
            }
        }

        return result;
    }

    /// <summary>Cost per lead (CPL, « coût par lead »): the spend of a campaign divided by the leads it generated.</summary>
    /// <param name="spend">What the campaign cost.</param>
    /// <param name="leads">Leads (contacts) it generated.</param>
    /// <returns>The cost per lead; undefined when no lead came in.</returns>
    /// <remarks>
    /// <para>Formula: spend / leads generated. Unit: money per lead. Direction: lower is better.</para>
    /// <para>Worked example: search ads that bring contacts at 50 € each, with a target of −10 % within 90 days, aim at 45 € a contact. Catalogue id <c>cpl</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The spend or the count is negative.</exception>
    /// <example>
    /// <code>
    /// Acquisition.CostPerLead(Money.Euros(5_000m), 100).Value; // 50 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> CostPerLead(Money spend, long leads) =>
        KpiMath.PerUnit(KpiIds.Cpl, spend, leads, nameof(spend), nameof(leads));

    /// <summary>Cost per qualified lead (« coût par lead qualifié »): the spend divided by the qualified leads only.</summary>
    /// <param name="spend">What the prospecting cost.</param>
    /// <param name="qualifiedLeads">Leads that match the target and were qualified.</param>
    /// <returns>The cost per qualified lead; undefined when no lead was qualified.</returns>
    /// <remarks>
    /// <para>Formula: spend / qualified leads. Unit: money per qualified lead. Direction: lower is better.</para>
    /// <para>Worked example: automating prospecting takes a qualified lead from 85 € to 38 € (−55 %). Catalogue id <c>cost_per_qualified_lead</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The spend or the count is negative.</exception>
    /// <example>A qualified lead that cost 85 € and now costs 38 € is a change of −47 €, −55.3 %.</example>
    /// <example>
    /// <code>
    /// Acquisition.CostPerQualifiedLead(Money.Euros(3_400m), 40).Value; // 85 EUR
    /// </code>
    /// </example>
    public static KpiResult<Money> CostPerQualifiedLead(Money spend, long qualifiedLeads) =>
        KpiMath.PerUnit(KpiIds.CostPerQualifiedLead, spend, qualifiedLeads, nameof(spend), nameof(qualifiedLeads));

    /// <summary>Sales time per lead (« temps commercial par lead »): the time sales spent divided by the leads handled.</summary>
    /// <param name="salesTime">Total sales time spent on leads.</param>
    /// <param name="leadsHandled">Leads handled in that time.</param>
    /// <returns>The mean time per lead (to TimeSpan's 100 ns); undefined when no lead was handled.</returns>
    /// <remarks>
    /// <para>Formula: sales time / leads handled. Unit: duration per lead. Direction: lower is better.</para>
    /// <para>Worked example: automating prospecting takes the sales time per lead from 45 min to 20 min (−56 %). Catalogue id <c>time_per_lead</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The time or the count is negative.</exception>
    /// <example>From 45 to 20 minutes of sales time per lead is 25 minutes saved on each lead, −55.6 %.</example>
    /// <example>
    /// <code>
    /// Acquisition.TimePerLead(TimeSpan.FromHours(30), 40).Value; // 00:45:00
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> TimePerLead(TimeSpan salesTime, long leadsHandled) =>
        KpiMath.PerUnit(KpiIds.TimePerLead, salesTime, leadsHandled, nameof(salesTime), nameof(leadsHandled));

    /// <summary>
    /// Time to convert (« délai de conversion »): the mean time from a lead's creation to its first
    /// payment, over the leads that converted.
    /// </summary>
    /// <param name="leadCreated">When each converted lead was created.</param>
    /// <param name="firstPayment">When the same lead first paid, same order and length; not before its creation.</param>
    /// <returns>The mean delay (to TimeSpan's 100 ns, rounded half away from zero); undefined when no lead converted.</returns>
    /// <remarks>
    /// <para>Formula: Σ (first payment − creation) / converted leads. Unit: duration. Direction: lower is better.</para>
    /// <para>Undefined: empty input (<see cref="UndefinedReason.EmptyInput"/>).</para>
    /// <para>It tells how long winning a customer takes, where the conversion rate tells how many are won. Catalogue id <c>time_to_convert</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A payment is before its lead's creation.</exception>
    /// <example>
    /// <code>
    /// Acquisition.TimeToConvert([new DateTime(2026, 3, 1), new DateTime(2026, 3, 5)],
    ///                           [new DateTime(2026, 3, 11), new DateTime(2026, 3, 25)]).Value; // 15 days
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> TimeToConvert(ReadOnlySpan<DateTime> leadCreated, ReadOnlySpan<DateTime> firstPayment)
    {
        Preconditions.SameLength(leadCreated.Length, firstPayment.Length, nameof(leadCreated), nameof(firstPayment));

        if (leadCreated.IsEmpty)
        {
            return KpiResult.Undefined<TimeSpan>(KpiIds.TimeToConvert, UndefinedReason.EmptyInput, "no lead converted.");
        }

        decimal totalTicks = 0m;
        for (var i = 0; i < leadCreated.Length; i++)
        {
            var delay = firstPayment[i] - leadCreated[i];
            if (delay < TimeSpan.Zero)
            {
                Preconditions.ThrowOutOfRange(nameof(firstPayment), firstPayment[i], "Row {0}: The first payment must not be before the lead's creation, {1:O}.", i, leadCreated[i]);
            }

            totalTicks += delay.Ticks;
        }

        return KpiResult.Defined(KpiIds.TimeToConvert, TimeSpan.FromTicks(KpiMath.RoundedTicks(totalTicks / leadCreated.Length)));
    }

    /// <summary>Time to convert from a total delay and the number of converted leads (see <see cref="TimeToConvert(ReadOnlySpan{DateTime}, ReadOnlySpan{DateTime})"/>).</summary>
    /// <param name="totalDelay">Σ over converted leads of (first payment − creation).</param>
    /// <param name="convertedLeads">Leads that converted.</param>
    /// <returns>The mean delay; undefined when no lead converted.</returns>
    /// <remarks>Catalogue id <c>time_to_convert</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The delay or the count is negative.</exception>
    /// <example>
    /// <code>
    /// Acquisition.TimeToConvert(TimeSpan.FromDays(30), 2).Value; // 15 days
    /// </code>
    /// </example>
    public static KpiResult<TimeSpan> TimeToConvert(TimeSpan totalDelay, long convertedLeads) =>
        KpiMath.PerUnit(KpiIds.TimeToConvert, totalDelay, convertedLeads, nameof(totalDelay), nameof(convertedLeads));

    /// <summary>The CAC of one channel, with errors and an undefined result that name the channel.</summary>
    /// <param name="spend">The channel's spend.</param>
    /// <param name="newCustomers">The channel's new customers.</param>
    /// <param name="channel">The channel as the messages name it: its position or its quoted name.</param>
    /// <param name="spendName">The parameter the spend came from.</param>
    /// <param name="countName">The parameter the count came from.</param>
    private static KpiResult<Money> ChannelCac(Money spend, long newCustomers, string channel, string spendName, string countName)
    {
        if (spend.Amount < 0m)
        {
            Preconditions.ThrowOutOfRange(spendName, spend, "The spend of channel {0} must not be negative.", channel);
        }

        if (newCustomers < 0)
        {
            Preconditions.ThrowOutOfRange(countName, newCustomers, "The new customers of channel {0} must not be negative.", channel);
        }

        return newCustomers == 0
            ? KpiResult.Undefined<Money>(KpiIds.CacByChannel, UndefinedReason.ZeroDenominator, $"channel {channel} acquired no new customer.")
            : KpiResult.Defined(KpiIds.CacByChannel, spend / newCustomers);
    }
}
