using System;
using KpiFormulas.Aggregation;
using Orleans;

namespace KpiFormulas.Orleans.Sample;

/// <summary>What every partition of a job must agree on: the accumulators' configuration.</summary>
/// <param name="Currency">The currency of every amount.</param>
/// <param name="ChannelCount">The number of sales channels (ids 0 to ChannelCount − 1).</param>
/// <param name="CustomerCount">The number of customers (ids 0 to CustomerCount − 1, the same customer on every partition).</param>
/// <param name="FirstMonth">The first month of the cohort window.</param>
/// <param name="MonthCount">The number of months of the cohort window.</param>
[GenerateSerializer]
[Immutable]
public sealed record OrderKpiSettings(
    [property: Id(0)] Currency Currency,
    [property: Id(1)] int ChannelCount,
    [property: Id(2)] int CustomerCount,
    [property: Id(3)] Period FirstMonth,
    [property: Id(4)] int MonthCount);

/// <summary>
/// The accumulators' states of a partition, or of a merge of partitions: what a worker hands back and
/// the reducer merges. Each state is the library's own plain record (Orleans writes it with the
/// library's JSON converters, see <see cref="KpiAggregationHosting"/>).
/// </summary>
/// <param name="Revenue">Revenue, orders and average order value by channel.</param>
/// <param name="Cohorts">The months each customer ordered in.</param>
/// <param name="Nps">Promoters, passives and detractors of the survey answers.</param>
/// <remarks>Records compare lists by reference: compare two states through their JSON.</remarks>
[GenerateSerializer]
[Immutable]
public sealed record OrderKpiStates(
    [property: Id(0)] RevenueState Revenue,
    [property: Id(1)] CohortRetentionState Cohorts,
    [property: Id(2)] NpsState Nps);

/// <summary>
/// The three accumulators an orders partition feeds: revenue by channel, cohort retention by month of
/// first order, and NPS. Not thread-safe: one per partition, then <see cref="Merge"/>.
/// </summary>
/// <remarks>
/// A partition one accumulator rejects may already be in the others: discard the instance, as a
/// worker does (a failed partition hands back nothing).
/// </remarks>
public sealed class OrderKpis
{
    private OrderKpis(RevenueAccumulator revenue, CohortRetentionAccumulator cohorts, NpsAccumulator nps)
    {
        Revenue = revenue;
        Cohorts = cohorts;
        Nps = nps;
    }

    /// <summary>Creates empty accumulators.</summary>
    /// <param name="settings">The job's configuration.</param>
    public OrderKpis(OrderKpiSettings settings)
        : this(
            new RevenueAccumulator((settings ?? throw new ArgumentNullException(nameof(settings))).Currency, settings.ChannelCount),
            new CohortRetentionAccumulator(settings.CustomerCount, settings.FirstMonth, settings.MonthCount),
            new NpsAccumulator())
    {
    }

    /// <summary>Revenue, orders and average order value by channel.</summary>
    public RevenueAccumulator Revenue { get; }

    /// <summary>Cohort retention by month of first order.</summary>
    public CohortRetentionAccumulator Cohorts { get; }

    /// <summary>The survey answers' NPS.</summary>
    public NpsAccumulator Nps { get; }

    /// <summary>A snapshot of the three states.</summary>
    public OrderKpiStates States => new(Revenue.State, Cohorts.State, Nps.State);

    /// <summary>Rebuilds the accumulators from states; each state is checked by its accumulator's <c>FromState</c>.</summary>
    /// <param name="states">States produced by <see cref="States"/>, possibly after a trip through the cluster.</param>
    /// <returns>Accumulators that continue from the states.</returns>
    /// <exception cref="ArgumentException">A state is not one an accumulator can be in.</exception>
    public static OrderKpis FromStates(OrderKpiStates states)
    {
        ArgumentNullException.ThrowIfNull(states);
        return new OrderKpis(
            RevenueAccumulator.FromState(states.Revenue),
            CohortRetentionAccumulator.FromState(states.Cohorts),
            NpsAccumulator.FromState(states.Nps));
    }

    /// <summary>Adds a partition's orders to the three accumulators (each column goes to the span <c>Add</c> that takes it).</summary>
    /// <param name="orders">The orders.</param>
    /// <exception cref="ArgumentOutOfRangeException">A channel, customer, date, amount or score is out of range (the accumulator names it).</exception>
    public void Add(OrderColumns orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        Revenue.Add(orders.Amounts, orders.Channels);
        Cohorts.Add(orders.Customers, orders.OrderDates);
        Nps.Add(orders.Scores);
    }

    /// <summary>Adds everything another partition's accumulators hold.</summary>
    /// <param name="other">Accumulators of the same configuration.</param>
    /// <exception cref="ArgumentException">The configurations differ.</exception>
    public void Merge(OrderKpis other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Revenue.Merge(other.Revenue);
        Cohorts.Merge(other.Cohorts);
        Nps.Merge(other.Nps);
    }
}
