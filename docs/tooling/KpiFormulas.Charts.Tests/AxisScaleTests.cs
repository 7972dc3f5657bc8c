using Xunit;

namespace KpiFormulas.Charts.Tests;

public class AxisScaleTests
{
    [Theory]
    [InlineData(0, 100, true, 0, 100, 20)]
    [InlineData(0, 45, true, 0, 50, 10)]
    [InlineData(15, 45, true, 0, 50, 10)]
    [InlineData(-1000, 1000, false, -1000, 1000, 500)]
    [InlineData(-20, 40, true, -20, 40, 20)]
    [InlineData(2.1, 2.6, false, 2.1, 2.6, 0.1)]
    [InlineData(0, 0, true, 0, 1, 0.2)]
    [InlineData(5, 5, false, 4.4, 5.6, 0.2)]
    [InlineData(-3, -3, true, -3, 0, 1)]
    [InlineData(0, 1234567, true, 0, 1500000, 500000)]
    public void Bounds_are_multiples_of_a_1_2_5_step(double min, double max, bool includeZero, double expectedMin, double expectedMax, double expectedStep)
    {
        var scale = AxisScale.Nice((decimal)min, (decimal)max, includeZero);
        Assert.Equal((decimal)expectedMin, scale.Min);
        Assert.Equal((decimal)expectedMax, scale.Max);
        Assert.Equal((decimal)expectedStep, scale.Step);
    }

    [Fact]
    public void Ticks_include_both_bounds_and_map_linearly()
    {
        var scale = AxisScale.Nice(0m, 100m, includeZero: true);
        Assert.Equal([0m, 20m, 40m, 60m, 80m, 100m], scale.Ticks());
        Assert.Equal(312m, scale.Map(0m, 312m, 72m));
        Assert.Equal(192m, scale.Map(50m, 312m, 72m));
        Assert.Equal(72m, scale.Map(100m, 312m, 72m));
    }
}
