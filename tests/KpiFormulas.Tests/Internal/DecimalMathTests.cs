using System;
using KpiFormulas.Internal;
using Xunit;

namespace KpiFormulas.Tests.Internal;

public class DecimalMathTests
{
    [Theory]
    [InlineData(-66.5)]
    [InlineData(-100)]
    [InlineData(-1000000)]
    public void Exp_below_decimal_resolution_is_zero(double x)
    {
        // e^-66.5 = 1.3e-29, below half of decimal's smallest step 1e-28: the exact result rounds to 0.
        Assert.Equal(0m, DecimalMath.Exp((decimal)x));
    }

    [Fact]
    public void Pow_with_a_fractional_exponent_underflows_to_zero()
    {
        // 0.5^200.5 = 2^-200.5 = 1.6e-61, far below 1e-28.
        Assert.Equal(0m, DecimalMath.Pow(0.5m, 200.5m));
    }

    [Theory]
    [InlineData(-8, 3, "x")]
    [InlineData(8, 0, "n")]
    [InlineData(8, -2, "n")]
    public void NthRoot_rejects_a_negative_value_or_a_degree_below_one(int x, int n, string parameter)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.NthRoot(x, n));
        Assert.Equal(parameter, e.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-2)]
    [InlineData(-0.5)]
    public void Pow_of_zero_to_a_negative_power_is_rejected(double y)
    {
        // 0^-1 = 1/0: the integer exponents used to fail as a DivideByZeroException instead.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Pow(0m, (decimal)y));
        Assert.Equal("y", e.ParamName);
    }
}
