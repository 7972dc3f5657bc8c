using System.Text.Json;
using KpiFormulas.Orleans.Sample;
using Xunit;

namespace KpiFormulas.Orleans.Tests.Support;

/// <summary>Comparisons of states and the single-pass reference.</summary>
public static class Expect
{
    /// <summary>The states of one pass over <paramref name="orders"/>, in one process.</summary>
    public static OrderKpiStates SinglePass(params OrderColumns[] orders)
    {
        var kpis = new OrderKpis(OrdersDataSet.Settings);
        foreach (var part in orders)
        {
            kpis.Revenue.Add(part.Amounts, part.Channels);
            kpis.Cohorts.Add(part.Customers, part.OrderDates);
            kpis.Nps.Add(part.Scores);
        }

        return kpis.States;
    }

    /// <summary>Bit for bit: the library's JSON of each state writes every count, bit mask and decimal with its scale.</summary>
    public static void SameStates(OrderKpiStates expected, OrderKpiStates actual)
    {
        Assert.Equal(JsonSerializer.Serialize(expected.Revenue), JsonSerializer.Serialize(actual.Revenue));
        Assert.Equal(JsonSerializer.Serialize(expected.Cohorts), JsonSerializer.Serialize(actual.Cohorts));
        Assert.Equal(JsonSerializer.Serialize(expected.Nps), JsonSerializer.Serialize(actual.Nps));
    }
}
