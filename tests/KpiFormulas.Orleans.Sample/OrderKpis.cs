using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KpiFormulas.Aggregation;
using KpiFormulas.Arrow;
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

    /// <summary>The columns of an orders file revenue reads: the amount (a Parquet decimal(18, 2): exact, never a double) and the sales channel (a dense id from 0).</summary>
    public static RevenueColumns RevenueColumns { get; } = new(amount: "amount", key: "channel");

    /// <summary>The columns of an orders file cohort retention reads: the customer (a dense id from 0, the same on every file) and the order date (a Parquet date).</summary>
    public static CohortRetentionColumns CohortColumns { get; } = new(customer: "customer", orderDate: "order_date");

    /// <summary>The column of an orders file NPS reads: the 0 to 10 answer of the order's post-purchase survey.</summary>
    public static NpsColumns NpsColumns { get; } = new(score: "nps_score");

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

    /// <summary>
    /// Adds one row group of an orders Parquet file, a partition, to the three accumulators, each reading
    /// its own columns (<see cref="RevenueColumns"/>, <see cref="CohortColumns"/>, <see cref="NpsColumns"/>):
    /// memory holds one row group's columns, never the file.
    /// </summary>
    /// <param name="file">The Parquet file.</param>
    /// <param name="rowGroup">The row group, from 0.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The number of orders of the row group.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The file has no such row group (the exception names <c>rowGroups</c>), or a channel, customer, date, amount or score is out of range (the message names the column, row and row group).</exception>
    /// <exception cref="ArgumentException">A column is missing, or of a type the accumulators cannot read.</exception>
    public async Task<long> AddParquetRowGroupAsync(string file, int rowGroup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        int[] only = [rowGroup];
        var stream = File.OpenRead(file);
        await using (stream.ConfigureAwait(false))
        {
            var rows = await Revenue.AddParquetAsync(stream, RevenueColumns, rowGroups: only, cancellationToken: cancellationToken).ConfigureAwait(false);
            stream.Position = 0;
            await Cohorts.AddParquetAsync(stream, CohortColumns, rowGroups: only, cancellationToken: cancellationToken).ConfigureAwait(false);
            stream.Position = 0;
            await Nps.AddParquetAsync(stream, NpsColumns, rowGroups: only, cancellationToken: cancellationToken).ConfigureAwait(false);
            return rows;
        }
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
