using System.Collections.Generic;
using System.Collections.ObjectModel;
using KpiFormulas.Aggregation;
using KpiFormulas.Arrow.Internal;

namespace KpiFormulas.Arrow;

/// <summary>
/// Which columns of a record batch or Parquet file an accumulator reads, by name: one subclass per
/// accumulator (<see cref="RevenueColumns"/>, <see cref="CohortRetentionColumns"/>...).
/// </summary>
/// <typeparam name="TAccumulator">The accumulator the columns feed.</typeparam>
/// <remarks>Columns not named are not read; a name is matched exactly (ordinal, case-sensitive).</remarks>
public abstract class ColumnMap<TAccumulator>
    where TAccumulator : class
{
    private protected ColumnMap(params string?[] names)
    {
        var read = new List<string>();
        foreach (var name in names)
        {
            if (name is not null)
            {
                read.Add(name);
            }
        }

        Names = read.AsReadOnly();
    }

    /// <summary>The names of the columns read, in the order of the constructor's parameters.</summary>
    public ReadOnlyCollection<string> Names { get; }

    /// <summary>Feeds the rows of <paramref name="source"/> to <paramref name="accumulator"/>.</summary>
    internal abstract void Add(TAccumulator accumulator, ColumnSource source);
}

/// <summary>The columns of orders for a <see cref="RevenueAccumulator"/>: an amount, and a key when the accumulator groups.</summary>
/// <remarks>
/// <para>The amount column is either <b>Int64 minor units</b> of the accumulator's currency (cents for EUR),
/// read in place into <see cref="RevenueAccumulator.AddMinorUnits(System.ReadOnlySpan{long}, System.ReadOnlySpan{int})"/>,
/// or a <b>decimal</b> column (Arrow Decimal128, Decimal64, Decimal32; Parquet DECIMAL) with a scale
/// of 28 or less, converted exactly to <see cref="decimal"/>.</para>
/// <para>The key column holds the key index in <c>[0, KeyCount)</c>: UInt8 and Int32 are read in place,
/// other integer types are checked and converted; a dictionary-encoded column gives its indices, so
/// that group <c>i</c> of the result is dictionary entry <c>i</c> (every batch must share the dictionary,
/// as the batches of one Arrow IPC stream do).</para>
/// </remarks>
public sealed class RevenueColumns : ColumnMap<RevenueAccumulator>
{
    /// <summary>Names the columns of orders.</summary>
    /// <param name="amount">The column of order amounts, none negative.</param>
    /// <param name="key">The column of group keys; null for an accumulator without keys.</param>
    /// <exception cref="System.ArgumentException">A name is null or blank.</exception>
    public RevenueColumns(string amount, string? key = null)
        : base(ColumnErrors.ColumnName(amount, nameof(amount)), key is null ? null : ColumnErrors.ColumnName(key, nameof(key)))
    {
        Amount = amount;
        Key = key;
    }

    /// <summary>The column of order amounts.</summary>
    public string Amount { get; }

    /// <summary>The column of group keys, or null.</summary>
    public string? Key { get; }

    internal override void Add(RevenueAccumulator accumulator, ColumnSource source)
    {
        var amounts = source.Amounts(Amount);
        const string Amounts = "amounts";
        const string Keys = "keys";
        if (Key is null)
        {
            switch (amounts)
            {
                case Column<long> minor:
                    source.Feed(minor, accumulator.AddMinorUnits, Amounts);
                    break;
                case Column<decimal> exact:
                    source.Feed(exact, accumulator.Add, Amounts);
                    break;
            }

            return;
        }

        switch (amounts, source.Keys(Key))
        {
            case (Column<long> minor, Column<byte> keys):
                source.Feed(minor, keys, accumulator.AddMinorUnits, Amounts, Keys);
                break;
            case (Column<long> minor, Column<int> keys):
                source.Feed(minor, keys, accumulator.AddMinorUnits, Amounts, Keys);
                break;
            case (Column<decimal> exact, Column<byte> keys):
                source.Feed(exact, keys, accumulator.Add, Amounts, Keys);
                break;
            case (Column<decimal> exact, Column<int> keys):
                source.Feed(exact, keys, accumulator.Add, Amounts, Keys);
                break;
        }
    }
}

/// <summary>The columns of orders for a <see cref="CohortRetentionAccumulator"/>: a customer id and an order date.</summary>
/// <remarks>
/// The customer column holds dense ids in <c>[0, CustomerCount)</c> (Int32 read in place; other
/// integer types checked; a dictionary-encoded column gives its indices). The date column is Date32,
/// Date64 or Timestamp; see <see cref="ArrowAggregation"/> for how a timestamp is dated.
/// </remarks>
public sealed class CohortRetentionColumns : ColumnMap<CohortRetentionAccumulator>
{
    /// <summary>Names the columns of orders.</summary>
    /// <param name="customer">The column of customer ids.</param>
    /// <param name="orderDate">The column of order dates.</param>
    /// <exception cref="System.ArgumentException">A name is null or blank.</exception>
    public CohortRetentionColumns(string customer, string orderDate)
        : base(ColumnErrors.ColumnName(customer, nameof(customer)), ColumnErrors.ColumnName(orderDate, nameof(orderDate)))
    {
        Customer = customer;
        OrderDate = orderDate;
    }

    /// <summary>The column of customer ids.</summary>
    public string Customer { get; }

    /// <summary>The column of order dates.</summary>
    public string OrderDate { get; }

    internal override void Add(CohortRetentionAccumulator accumulator, ColumnSource source) =>
        source.Feed(source.Indexes(Customer), source.Days(OrderDate), accumulator.Add, "customers", "orderDayNumbers");
}

/// <summary>The columns of uses for an <see cref="AdoptionAccumulator"/>: a user id and a use date.</summary>
/// <remarks>The user column holds dense ids in <c>[0, UserCount)</c>, read as <see cref="CohortRetentionColumns.Customer"/> is; the date column as <see cref="CohortRetentionColumns.OrderDate"/>.</remarks>
public sealed class AdoptionColumns : ColumnMap<AdoptionAccumulator>
{
    /// <summary>Names the columns of uses.</summary>
    /// <param name="user">The column of user ids.</param>
    /// <param name="useDate">The column of use dates.</param>
    /// <exception cref="System.ArgumentException">A name is null or blank.</exception>
    public AdoptionColumns(string user, string useDate)
        : base(ColumnErrors.ColumnName(user, nameof(user)), ColumnErrors.ColumnName(useDate, nameof(useDate)))
    {
        User = user;
        UseDate = useDate;
    }

    /// <summary>The column of user ids.</summary>
    public string User { get; }

    /// <summary>The column of use dates.</summary>
    public string UseDate { get; }

    internal override void Add(AdoptionAccumulator accumulator, ColumnSource source) =>
        source.Feed(source.Indexes(User), source.Days(UseDate), accumulator.Add, "users", "useDayNumbers");
}

/// <summary>The column of answers for an <see cref="NpsAccumulator"/>: a score from 0 to 10.</summary>
/// <remarks>UInt8 is read in place; other integer types are checked and converted.</remarks>
public sealed class NpsColumns : ColumnMap<NpsAccumulator>
{
    /// <summary>Names the column of scores.</summary>
    /// <param name="score">The column of scores.</param>
    /// <exception cref="System.ArgumentException">The name is null or blank.</exception>
    public NpsColumns(string score)
        : base(ColumnErrors.ColumnName(score, nameof(score)))
    {
        Score = score;
    }

    /// <summary>The column of scores.</summary>
    public string Score { get; }

    internal override void Add(NpsAccumulator accumulator, ColumnSource source) =>
        source.Feed(source.Scores(Score), accumulator.Add, "scores");
}

/// <summary>The column of leads for a <see cref="FunnelAccumulator"/>: the furthest stage each lead reached.</summary>
/// <remarks>The stage column holds stage indexes (UInt8 and Int32 read in place; other integer types checked; a dictionary-encoded column gives its indices).</remarks>
public sealed class FunnelColumns : ColumnMap<FunnelAccumulator>
{
    /// <summary>Names the column of furthest stages.</summary>
    /// <param name="furthestStage">The column of stage indexes.</param>
    /// <exception cref="System.ArgumentException">The name is null or blank.</exception>
    public FunnelColumns(string furthestStage)
        : base(ColumnErrors.ColumnName(furthestStage, nameof(furthestStage)))
    {
        FurthestStage = furthestStage;
    }

    /// <summary>The column of stage indexes.</summary>
    public string FurthestStage { get; }

    internal override void Add(FunnelAccumulator accumulator, ColumnSource source)
    {
        switch (source.Keys(FurthestStage))
        {
            case Column<byte> bytes:
                source.Feed(bytes, accumulator.Add, "furthestStages");
                break;
            case Column<int> ints:
                source.Feed(ints, accumulator.Add, "furthestStages");
                break;
        }
    }
}

/// <summary>The columns of items for a <see cref="CycleTimeAccumulator"/>: a start date and an end date.</summary>
/// <remarks>Both are Date32, Date64 or Timestamp columns, read as <see cref="CohortRetentionColumns.OrderDate"/> is.</remarks>
public sealed class CycleTimeColumns : ColumnMap<CycleTimeAccumulator>
{
    /// <summary>Names the columns of dates.</summary>
    /// <param name="start">The column of start dates.</param>
    /// <param name="end">The column of end dates.</param>
    /// <exception cref="System.ArgumentException">A name is null or blank.</exception>
    public CycleTimeColumns(string start, string end)
        : base(ColumnErrors.ColumnName(start, nameof(start)), ColumnErrors.ColumnName(end, nameof(end)))
    {
        Start = start;
        End = end;
    }

    /// <summary>The column of start dates.</summary>
    public string Start { get; }

    /// <summary>The column of end dates.</summary>
    public string End { get; }

    internal override void Add(CycleTimeAccumulator accumulator, ColumnSource source) =>
        source.Feed(source.Days(Start), source.Days(End), accumulator.Add, "startDayNumbers", "endDayNumbers");
}

/// <summary>The columns of spend rows for an <see cref="AcquisitionCostAccumulator"/>: an amount and its channel.</summary>
/// <remarks>
/// The amount is a decimal column (Arrow Decimal128, Decimal64, Decimal32; Parquet DECIMAL) with a scale
/// of 28 or less, converted exactly (the accumulator takes no minor units); the channel an integer or
/// dictionary-encoded column of channel indexes, read as <see cref="CohortRetentionColumns.Customer"/> is.
/// </remarks>
public sealed class AcquisitionSpendColumns : ColumnMap<AcquisitionCostAccumulator>
{
    /// <summary>Names the columns of spend rows.</summary>
    /// <param name="amount">The column of spend amounts.</param>
    /// <param name="channel">The column of channel indexes.</param>
    /// <exception cref="System.ArgumentException">A name is null or blank.</exception>
    public AcquisitionSpendColumns(string amount, string channel)
        : base(ColumnErrors.ColumnName(amount, nameof(amount)), ColumnErrors.ColumnName(channel, nameof(channel)))
    {
        Amount = amount;
        Channel = channel;
    }

    /// <summary>The column of spend amounts.</summary>
    public string Amount { get; }

    /// <summary>The column of channel indexes.</summary>
    public string Channel { get; }

    internal override void Add(AcquisitionCostAccumulator accumulator, ColumnSource source)
    {
        if (source.Amounts(Amount) is not Column<decimal> amounts)
        {
            ColumnErrors.WrongType(source.Where, Amount, "Int64", "a decimal column (Decimal128, Decimal64, Decimal32; Parquet DECIMAL): spend is not taken in minor units");
            return;
        }

        source.Feed(amounts, source.Indexes(Channel), accumulator.AddSpend, "amounts", "channels");
    }
}

/// <summary>The column of new customers for an <see cref="AcquisitionCostAccumulator"/>: the channel that acquired each one.</summary>
/// <remarks>An integer or dictionary-encoded column of channel indexes, read as <see cref="CohortRetentionColumns.Customer"/> is.</remarks>
public sealed class NewCustomerColumns : ColumnMap<AcquisitionCostAccumulator>
{
    /// <summary>Names the column of channels.</summary>
    /// <param name="channel">The column of channel indexes, one row per new customer.</param>
    /// <exception cref="System.ArgumentException">The name is null or blank.</exception>
    public NewCustomerColumns(string channel)
        : base(ColumnErrors.ColumnName(channel, nameof(channel)))
    {
        Channel = channel;
    }

    /// <summary>The column of channel indexes.</summary>
    public string Channel { get; }

    internal override void Add(AcquisitionCostAccumulator accumulator, ColumnSource source) =>
        source.Feed(source.Indexes(Channel), accumulator.AddCustomers, "channels");
}

/// <summary>The column of leads for an <see cref="AcquisitionCostAccumulator"/>: the channel of each lead.</summary>
/// <remarks>An integer or dictionary-encoded column of channel indexes, read as <see cref="CohortRetentionColumns.Customer"/> is.</remarks>
public sealed class LeadColumns : ColumnMap<AcquisitionCostAccumulator>
{
    /// <summary>Names the column of channels.</summary>
    /// <param name="channel">The column of channel indexes, one row per lead.</param>
    /// <exception cref="System.ArgumentException">The name is null or blank.</exception>
    public LeadColumns(string channel)
        : base(ColumnErrors.ColumnName(channel, nameof(channel)))
    {
        Channel = channel;
    }

    /// <summary>The column of channel indexes.</summary>
    public string Channel { get; }

    internal override void Add(AcquisitionCostAccumulator accumulator, ColumnSource source) =>
        source.Feed(source.Indexes(Channel), accumulator.AddLeads, "channels");
}
