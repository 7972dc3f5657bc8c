using System;
using System.Linq;
using KpiFormulas.Aggregation;
using Xunit;

namespace KpiFormulas.Tests.Aggregation;

public class PartitionedTests
{
    [Fact]
    public void A_factory_that_hands_out_one_instance_twice_is_refused_before_any_row_is_added()
    {
        // 1 000 orders of 1 € over 8 partitions: with one shared accumulator every partition's rows
        // would land in it and the merge would add it to itself, counting 8 000 € or more.
        var amounts = Enumerable.Repeat(1m, 1_000).ToArray();
        var shared = new RevenueAccumulator(Currency.EUR);
        var e = Assert.Throws<ArgumentException>(() =>
            Partitioned.Aggregate(amounts.Length, () => shared, (accumulator, rows) => accumulator.Add(amounts.AsSpan(rows)), partitions: 8));
        Assert.Equal("create", e.ParamName);
        Assert.Equal(0, shared.Result().Total.Orders);
    }

    [Fact]
    public void A_factory_that_hands_out_new_instances_gives_one_pass_total()
    {
        // Hand count: 1 000 orders of 1 € are 1 000 € over any number of partitions.
        var amounts = Enumerable.Repeat(1m, 1_000).ToArray();
        var total = Partitioned.Aggregate(amounts.Length, () => new RevenueAccumulator(Currency.EUR), (accumulator, rows) => accumulator.Add(amounts.AsSpan(rows)), partitions: 8);
        Assert.Equal(Money.Euros(1_000m), total.Result().Total.Revenue);
        Assert.Equal(1_000, total.Result().Total.Orders);
    }
}
