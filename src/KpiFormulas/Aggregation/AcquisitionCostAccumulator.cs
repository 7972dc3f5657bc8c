using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>The spend, new customers and leads of one acquisition channel (or of all), with its CAC and CPL.</summary>
/// <param name="Spend">The sales and marketing spend, exact (the plain <c>decimal</c> loop over the spend rows in order).</param>
/// <param name="NewCustomers">The new paying customers acquired.</param>
/// <param name="Leads">The leads generated.</param>
/// <param name="CustomerAcquisitionCost">
/// Spend / new customers: for a channel, from <see cref="Acquisition.CustomerAcquisitionCostByChannel(ReadOnlySpan{Money}, ReadOnlySpan{long}, Span{KpiResult{Money}})"/>
/// (id <c>cac_by_channel</c>); for the total, from <see cref="Acquisition.CustomerAcquisitionCost(Money, long)"/>
/// (id <c>cac</c>). Undefined (<see cref="UndefinedReason.ZeroDenominator"/>) with no new customer.
/// </param>
/// <param name="CostPerLead">Spend / leads from <see cref="Acquisition.CostPerLead(Money, long)"/> (id <c>cpl</c>); undefined with no lead.</param>
/// <example>
/// <code>
/// var ads = acquisition.Result().Channels[0]; // ads.Spend, ads.NewCustomers, ads.CustomerAcquisitionCost.Value
/// </code>
/// </example>
[JsonConverter(typeof(ChannelAcquisitionJsonConverter))]
public readonly record struct ChannelAcquisition(Money Spend, long NewCustomers, long Leads, KpiResult<Money> CustomerAcquisitionCost, KpiResult<Money> CostPerLead)
{
    /// <summary>The sales and marketing spend, exact (the plain <c>decimal</c> loop over the spend rows in order).</summary>
    public Money Spend { get; } = Spend;

    /// <summary>The new paying customers acquired.</summary>
    public long NewCustomers { get; } = NewCustomers;

    /// <summary>The leads generated.</summary>
    public long Leads { get; } = Leads;

    /// <summary>Spend / new customers: for a channel, from <see cref="Acquisition.CustomerAcquisitionCostByChannel(ReadOnlySpan{Money}, ReadOnlySpan{long}, Span{KpiResult{Money}})"/> (id <c>cac_by_channel</c>); for the total, from <see cref="Acquisition.CustomerAcquisitionCost(Money, long)"/> (id <c>cac</c>). Undefined (<see cref="UndefinedReason.ZeroDenominator"/>) with no new customer.</summary>
    public KpiResult<Money> CustomerAcquisitionCost { get; } = CustomerAcquisitionCost;

    /// <summary>Spend / leads from <see cref="Acquisition.CostPerLead(Money, long)"/> (id <c>cpl</c>); undefined with no lead.</summary>
    public KpiResult<Money> CostPerLead { get; } = CostPerLead;
}

/// <summary>What an <see cref="AcquisitionCostAccumulator"/> computed: every channel and the total.</summary>
/// <example>
/// <code>
/// var result = acquisition.Result();
/// result.Channels[0].CustomerAcquisitionCost.Value; // CAC of channel 0
/// result.Total.CostPerLead.Value;                   // CPL over every channel
/// </code>
/// </example>
[JsonConverter(typeof(AcquisitionCostResultJsonConverter))]
public sealed class AcquisitionCostResult
{
    internal AcquisitionCostResult(ChannelAcquisition total, ChannelAcquisition[] channels)
    {
        Total = total;
        Channels = new ReadOnlyCollection<ChannelAcquisition>(channels);
    }

    /// <summary>All channels together (CAC id <c>cac</c>).</summary>
    /// <example>
    /// <code>
    /// acquisition.Result().Total.CustomerAcquisitionCost.Value; // CAC over every channel
    /// </code>
    /// </example>
    public ChannelAcquisition Total { get; }

    /// <summary>One entry per channel index (CAC id <c>cac_by_channel</c>).</summary>
    /// <example>
    /// <code>
    /// acquisition.Result().Channels[2].CostPerLead; // CPL of channel 2
    /// </code>
    /// </example>
    public ReadOnlyCollection<ChannelAcquisition> Channels { get; }
}

/// <summary>The serializable state of an <see cref="AcquisitionCostAccumulator"/> (see <see cref="RevenueState"/> for the conventions).</summary>
/// <param name="Currency">The currency of the spend.</param>
/// <param name="ChannelCount">The number of channels.</param>
/// <param name="TotalSpend">The plain-loop sum of every spend row.</param>
/// <param name="SpendRows">The number of spend rows.</param>
/// <param name="ChannelSpend">Per channel: the plain-loop sum of its spend rows.</param>
/// <param name="ChannelSpendRows">Per channel: its spend rows.</param>
/// <param name="ChannelNewCustomers">Per channel: its new customers.</param>
/// <param name="ChannelLeads">Per channel: its leads.</param>
/// <example>
/// <code>
/// var copy = AcquisitionCostAccumulator.FromState(JsonSerializer.Deserialize&lt;AcquisitionCostState&gt;(JsonSerializer.Serialize(acquisition.State))!);
/// </code>
/// </example>
[JsonConverter(typeof(AcquisitionCostStateJsonConverter))]
public sealed record AcquisitionCostState(
    Currency Currency,
    int ChannelCount,
    decimal TotalSpend,
    long SpendRows,
    IReadOnlyList<decimal> ChannelSpend,
    IReadOnlyList<long> ChannelSpendRows,
    IReadOnlyList<long> ChannelNewCustomers,
    IReadOnlyList<long> ChannelLeads)
{
    /// <summary>The currency of the spend.</summary>
    public Currency Currency { get; } = Currency;

    /// <summary>The number of channels.</summary>
    public int ChannelCount { get; } = ChannelCount;

    /// <summary>The plain-loop sum of every spend row.</summary>
    public decimal TotalSpend { get; } = TotalSpend;

    /// <summary>The number of spend rows.</summary>
    public long SpendRows { get; } = SpendRows;

    /// <summary>Per channel: the plain-loop sum of its spend rows.</summary>
    public IReadOnlyList<decimal> ChannelSpend { get; } = ChannelSpend;

    /// <summary>Per channel: its spend rows.</summary>
    public IReadOnlyList<long> ChannelSpendRows { get; } = ChannelSpendRows;

    /// <summary>Per channel: its new customers.</summary>
    public IReadOnlyList<long> ChannelNewCustomers { get; } = ChannelNewCustomers;

    /// <summary>Per channel: its leads.</summary>
    public IReadOnlyList<long> ChannelLeads { get; } = ChannelLeads;
}

/// <summary>
/// Customer acquisition cost and cost per lead by channel (« CAC par canal », « coût par lead »)
/// from spend rows, new-customer rows and lead rows, each tagged with a channel index.
/// </summary>
/// <remarks>
/// <para>Formula: per channel, CAC = spend / new customers and CPL = spend / leads; in total, the
/// same over every channel. The ratios come from <see cref="Acquisition"/>'s calculators, so a
/// channel with no customer or no lead has an undefined ratio, never an exception.</para>
/// <para>Inputs: spend amounts as <see cref="decimal"/> in the accumulator's currency, not negative
/// (summed exactly as <see cref="RevenueAccumulator"/> does); one channel index per new customer and
/// per lead, or counts per channel.</para>
/// <para>Catalogue ids <c>cac</c>, <c>cac_by_channel</c> and <c>cpl</c>.</para>
/// </remarks>
/// <example>
/// Channel 0 is ads, 1 is events:
/// <code>
/// var acquisition = new AcquisitionCostAccumulator(Currency.EUR, channelCount: 2);
/// acquisition.AddSpend([600.00m, 400.00m, 600.00m], [0, 0, 1]);
/// acquisition.AddCustomers([0, 0, 1, 0, 1]);        // 3 from ads, 2 from events
/// acquisition.AddLeads(channel: 0, count: 50);
/// var result = acquisition.Result();
/// result.Channels[0].CustomerAcquisitionCost.Value; // 333.33... EUR (1 000.00 / 3)
/// result.Channels[0].CostPerLead.Value;             // 20.00 EUR (1 000.00 / 50)
/// result.Channels[1].CostPerLead.Reason;            // ZeroDenominator: no lead from events
/// </code>
/// </example>
public sealed class AcquisitionCostAccumulator : IAccumulator<AcquisitionCostAccumulator, AcquisitionCostResult>
{
    private DecimalTotals spend;
    private long[] newCustomers;
    private long[] leads;

    // The totals over every channel, kept so that an addition that would make them overflow is refused
    // when it is made rather than by Result().
    private long allCustomers;
    private long allLeads;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="currency">The currency of the spend.</param>
    /// <param name="channelCount">The number of channels (indexes 0 to channelCount − 1), at least 1 and at most 2^28.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channelCount"/> is below 1 or above 2^28.</exception>
    /// <example>
    /// <code>
    /// var acquisition = new AcquisitionCostAccumulator(Currency.EUR, channelCount: 4);
    /// </code>
    /// </example>
    public AcquisitionCostAccumulator(Currency currency, int channelCount)
    {
        Preconditions.InRange(channelCount, 1, Columns.MaxIndexCount);
        Currency = currency;
        spend = new DecimalTotals(channelCount);
        newCustomers = new long[channelCount];
        leads = new long[channelCount];
    }

    /// <summary>The currency of the spend and of the costs.</summary>
    /// <example>
    /// <code>
    /// new AcquisitionCostAccumulator(Currency.EUR, 3).Currency; // EUR
    /// </code>
    /// </example>
    public Currency Currency { get; }

    /// <summary>The number of channels.</summary>
    /// <example>
    /// <code>
    /// new AcquisitionCostAccumulator(Currency.EUR, 3).ChannelCount; // 3: channels 0, 1, 2
    /// </code>
    /// </example>
    public int ChannelCount => newCustomers.Length;

    /// <summary>A snapshot of the state, as plain serializable values.</summary>
    /// <example>
    /// <code>
    /// var json = JsonSerializer.Serialize(acquisition.State);
    /// </code>
    /// </example>
    public AcquisitionCostState State =>
        new(Currency, ChannelCount, spend.Total, spend.Count, (decimal[])spend.KeyTotals.Clone(), (long[])spend.KeyCounts.Clone(), (long[])newCustomers.Clone(), (long[])leads.Clone());

    /// <summary>Rebuilds an accumulator from a state.</summary>
    /// <param name="state">A state produced by <see cref="State"/>.</param>
    /// <returns>An accumulator that continues from the state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The state is not one an accumulator can be in (the message names the broken rule): a channel count
    /// out of range, a list of the wrong length, a negative count or amount, spend without any spend row,
    /// per-channel spend rows or spend that do not add up to the totals (beyond decimal's own rounding), or
    /// customers or leads that add up beyond <see cref="long.MaxValue"/>.
    /// </exception>
    /// <example>
    /// <code>
    /// var acquisition = AcquisitionCostAccumulator.FromState(state);
    /// </code>
    /// </example>
    public static AcquisitionCostAccumulator FromState(AcquisitionCostState state)
    {
        Preconditions.NotNull(state);
        const string Name = nameof(state);
        Preconditions.StateInRange(state.ChannelCount, 1, Columns.MaxIndexCount, nameof(state.ChannelCount), Name);
        var channelSpend = Preconditions.StateList(state.ChannelSpend, state.ChannelCount, nameof(state.ChannelSpend), Name);
        var spendRows = Preconditions.StateList(state.ChannelSpendRows, state.ChannelCount, nameof(state.ChannelSpendRows), Name);
        var customers = Preconditions.StateList(state.ChannelNewCustomers, state.ChannelCount, nameof(state.ChannelNewCustomers), Name);
        var channelLeads = Preconditions.StateList(state.ChannelLeads, state.ChannelCount, nameof(state.ChannelLeads), Name);
        Preconditions.StateNotNegative(state.TotalSpend, nameof(state.TotalSpend), Name);
        Preconditions.StateNotNegative(state.SpendRows, nameof(state.SpendRows), Name);
        Preconditions.StateNotNegative(channelSpend, nameof(state.ChannelSpend), Name);
        Preconditions.StateNotNegative(spendRows, nameof(state.ChannelSpendRows), Name);
        Preconditions.StateNotNegative(customers, nameof(state.ChannelNewCustomers), Name);
        Preconditions.StateNotNegative(channelLeads, nameof(state.ChannelLeads), Name);
        Preconditions.StateNoAmountWithoutRows(state.TotalSpend, state.SpendRows, nameof(state.TotalSpend), nameof(state.SpendRows), Name);
        Preconditions.StateNoAmountWithoutRows(channelSpend, spendRows, nameof(state.ChannelSpend), nameof(state.ChannelSpendRows), Name);
        Preconditions.StateSumIs(spendRows, state.SpendRows, nameof(state.ChannelSpendRows), nameof(state.SpendRows), Name);
        Preconditions.StateDecimalSumIs(channelSpend, state.TotalSpend, state.SpendRows, nameof(state.ChannelSpend), nameof(state.TotalSpend), Name);
        var allCustomers = Preconditions.StateSumFits(customers, nameof(state.ChannelNewCustomers), Name);
        var allLeads = Preconditions.StateSumFits(channelLeads, nameof(state.ChannelLeads), Name);
        var accumulator = new AcquisitionCostAccumulator(state.Currency, state.ChannelCount);
        accumulator.spend.Total = state.TotalSpend;
        accumulator.spend.Count = state.SpendRows;
        accumulator.spend.KeyTotals = channelSpend;
        accumulator.spend.KeyCounts = spendRows;
        accumulator.newCustomers = customers;
        accumulator.leads = channelLeads;
        accumulator.allCustomers = allCustomers;
        accumulator.allLeads = allLeads;
        return accumulator;
    }

    /// <summary>Adds spend rows (an invoice, a day of ads...), each with its channel.</summary>
    /// <param name="amounts">The spend amounts, in the accumulator's currency, none negative.</param>
    /// <param name="channels">The channel of each amount; same length.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A channel is out of range or an amount negative.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// acquisition.AddSpend([600.00m, 400.00m], [0, 1]);
    /// </code>
    /// </example>
    public void AddSpend(ReadOnlySpan<decimal> amounts, ReadOnlySpan<int> channels) =>
        spend.Add(amounts, channels, nameof(amounts), nameof(channels));

    /// <summary>Adds one spend row.</summary>
    /// <param name="amount">The amount, in the accumulator's currency, not negative.</param>
    /// <param name="channel">Its channel.</param>
    /// <exception cref="CurrencyMismatchException">The amount is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The channel is out of range or the amount negative.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// acquisition.AddSpend(Money.Euros(1_200m), channel: 2);
    /// </code>
    /// </example>
    public void AddSpend(Money amount, int channel)
    {
        Preconditions.SameCurrency(Currency, amount.Currency, nameof(amount));
        spend.Add(amount.Amount, channel, nameof(amount), nameof(channel));
    }

    /// <summary>Adds new customers: one channel index per customer acquired.</summary>
    /// <param name="channels">The channel that acquired each new customer.</param>
    /// <exception cref="ArgumentOutOfRangeException">A channel is out of range.</exception>
    /// <exception cref="OverflowException">The total over every channel would be beyond <see cref="long.MaxValue"/>; nothing is added.</exception>
    /// <example>
    /// <code>
    /// acquisition.AddCustomers([0, 0, 1]);
    /// </code>
    /// </example>
    public void AddCustomers(ReadOnlySpan<int> channels)
    {
        var total = checked(allCustomers + channels.Length);
        Histogram.Add(newCustomers, channels, nameof(channels));
        allCustomers = total;
    }

    /// <summary>Adds a number of new customers of one channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="count">The new customers, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The channel is out of range or the count negative.</exception>
    /// <exception cref="OverflowException">The total over every channel would be beyond <see cref="long.MaxValue"/>; nothing is added.</exception>
    /// <example>
    /// <code>
    /// acquisition.AddCustomers(channel: 1, count: 12);
    /// </code>
    /// </example>
    public void AddCustomers(int channel, long count) => allCustomers = AddCount(newCustomers, allCustomers, channel, count);

    /// <summary>Adds leads: one channel index per lead generated.</summary>
    /// <param name="channels">The channel of each lead.</param>
    /// <exception cref="ArgumentOutOfRangeException">A channel is out of range.</exception>
    /// <exception cref="OverflowException">The total over every channel would be beyond <see cref="long.MaxValue"/>; nothing is added.</exception>
    /// <example>
    /// <code>
    /// acquisition.AddLeads([0, 1, 1, 1]);
    /// </code>
    /// </example>
    public void AddLeads(ReadOnlySpan<int> channels)
    {
        var total = checked(allLeads + channels.Length);
        Histogram.Add(leads, channels, nameof(channels));
        allLeads = total;
    }

    /// <summary>Adds a number of leads of one channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="count">The leads, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The channel is out of range or the count negative.</exception>
    /// <exception cref="OverflowException">The total over every channel would be beyond <see cref="long.MaxValue"/>; nothing is added.</exception>
    /// <example>
    /// <code>
    /// acquisition.AddLeads(channel: 0, count: 50);
    /// </code>
    /// </example>
    public void AddLeads(int channel, long count) => allLeads = AddCount(leads, allLeads, channel, count);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="other"/> is this accumulator, or has another number of channels.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">A merged total (spend, customers or leads over every channel) is beyond the range of its type; nothing is merged.</exception>
    public void Merge(AcquisitionCostAccumulator other)
    {
        Preconditions.NotNull(other);
        Preconditions.NotSame(this, other, nameof(other));
        Preconditions.SameCurrency(Currency, other.Currency, nameof(other));
        Preconditions.Argument(other.ChannelCount == ChannelCount, nameof(other), "The accumulators must have the same number of channels.");

        var mergedSpend = new DecimalTotals(0)
        {
            Total = spend.Total,
            Count = spend.Count,
            KeyTotals = (decimal[])spend.KeyTotals.Clone(),
            KeyCounts = (long[])spend.KeyCounts.Clone(),
        };
        mergedSpend.Merge(other.spend);
        var mergedAllCustomers = checked(allCustomers + other.allCustomers);
        var mergedAllLeads = checked(allLeads + other.allLeads);
        var mergedCustomers = Sum(newCustomers, other.newCustomers);
        var mergedLeads = Sum(leads, other.leads);
        spend = mergedSpend;
        newCustomers = mergedCustomers;
        leads = mergedLeads;
        allCustomers = mergedAllCustomers;
        allLeads = mergedAllLeads;
    }

    /// <inheritdoc />
    /// <example>
    /// <code>
    /// acquisition.Result().Channels[1].CustomerAcquisitionCost;
    /// </code>
    /// </example>
    public AcquisitionCostResult Result()
    {
        var count = ChannelCount;
        var spends = new Money[count];
        for (var c = 0; c < count; c++)
        {
            spends[c] = new Money(spend.KeyTotals[c], Currency);
        }

        var cac = new KpiResult<Money>[count];
        Acquisition.CustomerAcquisitionCostByChannel(spends, newCustomers, cac);
        var channels = new ChannelAcquisition[count];
        long customers = 0;
        long allLeads = 0;
        for (var c = 0; c < count; c++)
        {
            channels[c] = new ChannelAcquisition(spends[c], newCustomers[c], leads[c], cac[c], Acquisition.CostPerLead(spends[c], leads[c]));
            customers = checked(customers + newCustomers[c]);
            allLeads = checked(allLeads + leads[c]);
        }

        var totalSpend = new Money(spend.Total, Currency);
        var total = new ChannelAcquisition(
            totalSpend,
            customers,
            allLeads,
            Acquisition.CustomerAcquisitionCost(totalSpend, customers),
            Acquisition.CostPerLead(totalSpend, allLeads));
        return new AcquisitionCostResult(total, channels);
    }

    /// <summary>CAC and CPL by channel from records that are not in columns, with any channel type.</summary>
    /// <typeparam name="TChannel">The channel (a name, an enum...).</typeparam>
    /// <param name="spend">Each spend row: its channel and amount (in <paramref name="currency"/>, not negative).</param>
    /// <param name="newCustomerChannels">The channel of each new customer (for example <c>customers.Select(c =&gt; c.Channel)</c>).</param>
    /// <param name="leadChannels">The channel of each lead.</param>
    /// <param name="currency">The currency of the spend.</param>
    /// <returns>Each channel's figures, in the order in which channels first appear (spend, then customers, then leads).</returns>
    /// <exception cref="ArgumentNullException">An argument or a channel is null.</exception>
    /// <exception cref="CurrencyMismatchException">A spend amount is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A spend amount is negative.</exception>
    /// <exception cref="OverflowException">A total is beyond the range of <see cref="decimal"/>.</exception>
    /// <example>
    /// <code>
    /// var byChannel = AcquisitionCostAccumulator.AggregateBy(
    ///     invoices.Select(i =&gt; (i.Channel, i.Amount)), customers.Select(c =&gt; c.Channel), leads.Select(l =&gt; l.Channel), Currency.EUR);
    /// byChannel["ads"].CustomerAcquisitionCost.Value;
    /// </code>
    /// </example>
    public static IReadOnlyDictionary<TChannel, ChannelAcquisition> AggregateBy<TChannel>(
        IEnumerable<(TChannel Channel, Money Spend)> spend,
        IEnumerable<TChannel> newCustomerChannels,
        IEnumerable<TChannel> leadChannels,
        Currency currency)
        where TChannel : notnull
    {
        Preconditions.NotNull(spend);
        Preconditions.NotNull(newCustomerChannels);
        Preconditions.NotNull(leadChannels);
        var indexes = new OrderedDictionary<TChannel, int>();
        var accumulator = new AcquisitionCostAccumulator(currency, 1);
        var row = 0;
        foreach (var (channel, amount) in spend)
        {
            // Checked here so that the exception names this method's parameter and the record's row.
            Preconditions.SameCurrency(currency, amount.Currency, nameof(spend));
            if (amount.Amount < 0m)
            {
                Preconditions.ThrowNegativeAmount(nameof(spend), row, amount.Amount);
            }

            accumulator.AddSpend(amount, accumulator.Channel(indexes, channel, nameof(spend)));
            row++;
        }

        foreach (var channel in newCustomerChannels)
        {
            accumulator.AddCustomers(accumulator.Channel(indexes, channel, nameof(newCustomerChannels)), 1);
        }

        foreach (var channel in leadChannels)
        {
            accumulator.AddLeads(accumulator.Channel(indexes, channel, nameof(leadChannels)), 1);
        }

        var result = new OrderedDictionary<TChannel, ChannelAcquisition>(indexes.Count);
        var channels = accumulator.Result().Channels;
        foreach (var (channel, index) in indexes)
        {
            result.Add(channel, channels[index]);
        }

        return result;
    }

    /// <summary>The dense index of a channel, growing the accumulator when the channel is new.</summary>
    private int Channel<TChannel>(OrderedDictionary<TChannel, int> indexes, TChannel channel, string paramName)
        where TChannel : notnull
    {
        if (channel is null)
        {
            Preconditions.ThrowArgumentNull(paramName, "The channels must not be null.");
        }

        if (!indexes.TryGetValue(channel, out var index))
        {
            index = indexes.Count;
            indexes.Add(channel, index);
            if (index >= ChannelCount)
            {
                var count = Math.Max(index + 1, 2 * ChannelCount);
                spend.GrowKeys(count);
                Array.Resize(ref newCustomers, count);
                Array.Resize(ref leads, count);
            }
        }

        return index;
    }

    private static long[] Sum(long[] left, long[] right)
    {
        var sum = new long[left.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = checked(left[i] + right[i]);
        }

        return sum;
    }

    private static long AddCount(long[] counts, long total, int channel, long count)
    {
        if (!Columns.IsIndex(channel, counts.Length))
        {
            Preconditions.ThrowIndexOutOfRange(nameof(channel), 0, channel, counts.Length);
        }

        Preconditions.NotNegative(count);

        // Each channel's count is at most the total over every channel, which fits.
        var newTotal = checked(total + count);
        counts[channel] += count;
        return newTotal;
    }
}
