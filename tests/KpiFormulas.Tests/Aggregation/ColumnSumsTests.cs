using System;
using System.Linq;
using KpiFormulas.Aggregation;
using Xunit;
using static KpiFormulas.Tests.Aggregation.AccumulatorLaws;

namespace KpiFormulas.Tests.Aggregation;

/// <summary>The fast path is really taken where it should be, and refused where it must be (the results are tested elsewhere).</summary>
public class ColumnSumsTests
{
    [Fact]
    public void The_decimal_layout_of_this_runtime_allows_the_fast_path()
    {
        Assert.True(ColumnSums.FastDecimalLayout);
    }

    [Fact]
    public void Uniform_scales_take_the_vector_path_and_anything_else_falls_back()
    {
        // 1.00 + 2.50 + ... as 96-bit integers at scale 2.
        var uniform = Enumerable.Range(1, 100).Select(i => i * 1.25m + 0.00m).ToArray();
        Assert.True(ColumnSums.TrySumUniform(uniform, out var sum));
        Assert.Equal(Bits(uniform.Aggregate(0m, (s, x) => s + x)), Bits(sum));

        var mixed = uniform.ToArray();
        mixed[57] = 1.5m;
        Assert.False(ColumnSums.TrySumUniform(mixed, out _));

        var negative = uniform.ToArray();
        negative[3] = -1.25m;
        Assert.False(ColumnSums.TrySumUniform(negative, out _));

        var beyond96Bits = Enumerable.Repeat(decimal.MaxValue, 2).ToArray();
        Assert.False(ColumnSums.TrySumUniform(beyond96Bits, out _));
    }

    [Fact]
    public void Exact_addition_is_refused_when_decimal_would_round()
    {
        Assert.True(ColumnSums.TryAddExact(1.5m, 2.25m, out var sum));
        Assert.Equal(Bits(3.75m), Bits(sum));

        // 79 228 162 514 264 337 593 543 950 335 + 0.5 needs 97 bits at scale 1: decimal would round.
        Assert.False(ColumnSums.TryAddExact(decimal.MaxValue, 0.5m, out _));
        Assert.False(ColumnSums.TryAddExact(7.9228162514264337593543950335m, 0.0000000000000000000000000001m, out _));
        Assert.False(ColumnSums.TryAddExact(1m, -1m, out _));
    }
}

public class ColumnSumsVectorWidthTests
{
    [Fact]
    public void Every_vector_width_gives_the_same_exact_sum_for_every_length()
    {
        for (var regime = 0; regime < DecimalData.RegimeCount; regime++)
        {
            for (var length = 0; length <= 256; length++)
            {
                var values = DecimalData.Amounts(new Random((regime * 31) + length), length, regime);
                var wide = ColumnSums.TrySumUniform(values, out var wideSum);
                var narrow = ColumnSums.TrySumUniform(values, out var narrowSum, allowVector512: false);
                Assert.Equal(wide, narrow);
                if (wide)
                {
                    var plain = 0m;
                    foreach (var value in values)
                    {
                        plain += value;
                    }

                    Assert.Equal(AccumulatorLaws.Bits(plain), AccumulatorLaws.Bits(wideSum));
                    Assert.Equal(AccumulatorLaws.Bits(plain), AccumulatorLaws.Bits(narrowSum));
                }
            }
        }
    }
}
