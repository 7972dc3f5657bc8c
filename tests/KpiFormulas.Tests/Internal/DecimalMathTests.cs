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
}
