using System.Linq;
using System.Threading.Tasks;
using KpiFormulas.Orleans.Sample;
using KpiFormulas.Orleans.Tests.Support;
using Xunit;

namespace KpiFormulas.Orleans.Tests;

/// <summary>The sample's Parquet reading: a row group comes back as the columns written, decimals with their scale.</summary>
public sealed class OrdersParquetTests(OrdersDataSetFixture fixture) : IClassFixture<OrdersDataSetFixture>
{
    [Fact]
    public async Task Each_row_group_reads_back_the_columns_written()
    {
        var data = fixture.Data;
        Assert.Equal(4, await OrdersParquet.RowGroupCountAsync(data.Partitions[0].File));
        for (var i = 0; i < data.Partitions.Count; i++)
        {
            var partition = data.Partitions[i];
            var written = data.RowGroups[i];

            var read = await OrdersParquet.ReadRowGroupAsync(partition.File, partition.RowGroup);

            // decimal.Equals ignores the scale; the bits do not (12.00 and 12 differ there).
            Assert.Equal(written.Amounts.Select(decimal.GetBits), read.Amounts.Select(decimal.GetBits));
            Assert.Equal(written.Channels, read.Channels);
            Assert.Equal(written.Customers, read.Customers);
            Assert.Equal(written.OrderDates, read.OrderDates);
            Assert.Equal(written.Scores, read.Scores);
        }
    }
}
