using System;

namespace KpiFormulas.Orleans.Tests.Support;

/// <summary>
/// One partition of orders as columns, as the tests generate and write them: the shape every
/// accumulator's span <c>Add</c> takes, one array per field, all of the same length.
/// </summary>
public sealed class OrderColumns
{
    /// <summary>Creates the columns of a partition of orders.</summary>
    /// <param name="amounts">The amount of each order, in the data set's currency.</param>
    /// <param name="channels">The sales channel of each order (dense ids from 0).</param>
    /// <param name="customers">The customer of each order (dense ids from 0, the same on every partition).</param>
    /// <param name="orderDates">The date of each order.</param>
    /// <param name="scores">The 0 to 10 answer each order's post-purchase survey got.</param>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    public OrderColumns(decimal[] amounts, byte[] channels, int[] customers, DateOnly[] orderDates, byte[] scores)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(orderDates);
        ArgumentNullException.ThrowIfNull(scores);
        SameLength(amounts.Length, channels.Length, nameof(channels));
        SameLength(amounts.Length, customers.Length, nameof(customers));
        SameLength(amounts.Length, orderDates.Length, nameof(orderDates));
        SameLength(amounts.Length, scores.Length, nameof(scores));
        Amounts = amounts;
        Channels = channels;
        Customers = customers;
        OrderDates = orderDates;
        Scores = scores;
    }

    /// <summary>The amount of each order.</summary>
    public decimal[] Amounts { get; }

    /// <summary>The sales channel of each order.</summary>
    public byte[] Channels { get; }

    /// <summary>The customer of each order.</summary>
    public int[] Customers { get; }

    /// <summary>The date of each order.</summary>
    public DateOnly[] OrderDates { get; }

    /// <summary>The survey answer of each order.</summary>
    public byte[] Scores { get; }

    /// <summary>The number of orders.</summary>
    public int Count => Amounts.Length;

    private static void SameLength(int expected, int actual, string paramName)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"The column has {actual} rows where the amounts have {expected}: every column of a partition has one value per order.", paramName);
        }
    }
}
