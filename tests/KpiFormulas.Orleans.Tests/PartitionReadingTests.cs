using System;
using System.Threading.Tasks;
using KpiFormulas.Orleans.Sample;
using KpiFormulas.Orleans.Tests.Support;
using Xunit;

namespace KpiFormulas.Orleans.Tests;

/// <summary>A worker's reading of its partition: one row group of a file, through the Arrow package's column maps.</summary>
public sealed class PartitionReadingTests(OrdersDataSetFixture fixture) : IClassFixture<OrdersDataSetFixture>
{
    [Fact]
    public async Task Each_row_group_gives_the_states_of_the_orders_written_to_it()
    {
        var data = fixture.Data;
        for (var i = 0; i < data.Partitions.Count; i++)
        {
            var partition = data.Partitions[i];
            var written = data.RowGroups[i];
            var kpis = new OrderKpis(OrdersDataSet.Settings);

            Assert.Equal(written.Count, await kpis.AddParquetRowGroupAsync(partition.File, partition.RowGroup));

            // The reference is the span Add over the columns as generated, before any Parquet; the states'
            // JSON holds every decimal with its scale, so 12.00 read back as 12 would differ.
            Expect.SameStates(Expect.SinglePass(written), kpis.States);
        }
    }

    [Fact]
    public async Task A_row_group_the_file_does_not_have_is_refused()
    {
        var file = fixture.Data.Partitions[0].File;
        var kpis = new OrderKpis(OrdersDataSet.Settings);

        // Each file of the data set has 4 row groups, 0 to 3.
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => kpis.AddParquetRowGroupAsync(file, 4));

        Assert.Equal("rowGroups", error.ParamName);
        Expect.SameStates(new OrderKpis(OrdersDataSet.Settings).States, kpis.States);
    }
}
