using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Internal;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Internal;

public class DecimalMathTests
{
    // Published constants (OEIS A002162, A001113, A002193, A002392), rounded to decimal's 28 places.
    private const decimal Ln2 = 0.6931471805599453094172321215m; // 0.69314718055994530941723212145817...
    private const decimal E = 2.7182818284590452353602874714m; // 2.71828182845904523536028747135266...
    private const decimal Sqrt2 = 1.4142135623730950488016887242m; // 1.41421356237309504880168872420969...
    private const decimal Ln10 = 2.3025850929940456840179914547m; // 2.30258509299404568401799145468436...

    private static void Near(decimal expected, decimal actual, decimal tolerance) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected} within {tolerance}, got {actual}");

    // ---- PowInteger --------------------------------------------------------------------------------

    [Theory]
    [InlineData(2, 10, 1024)]
    [InlineData(2, 0, 1)]
    [InlineData(0, 0, 1)]
    [InlineData(0, 5, 0)]
    [InlineData(1, 1_000_000, 1)]
    [InlineData(-2, 3, -8)]
    [InlineData(-2, 4, 16)]
    [InlineData(2, -2, 0.25)]
    [InlineData(10, -3, 0.001)]
    [InlineData(1.5, 2, 2.25)]
    public void PowInteger_multiplies_by_squaring(double x, long n, double expected)
    {
        Assert.Equal((decimal)expected, DecimalMath.PowInteger((decimal)x, n));
    }

    [Fact]
    public void PowInteger_is_exact_while_the_digits_fit()
    {
        // 0.98^12 = 98^12 / 100^12 = 784 716 723 734 800 033 386 496 / 10^24 (98^2 = 9 604, 9 604^2 = 92 236 816,
        // 92 236 816^2 = 8 507 630 225 817 856, x 92 236 816 = 784 716 723 734 800 033 386 496).
        Assert.Equal(0.784716723734800033386496m, DecimalMath.PowInteger(0.98m, 12));
        Assert.Equal(0.0000000000000000000000000001m, DecimalMath.PowInteger(10m, -28));
    }

    [Fact]
    public void PowInteger_of_a_small_base_underflows_to_zero()
    {
        // 0.5^200 = 6.2e-61, far below decimal's smallest step.
        Assert.Equal(0m, DecimalMath.PowInteger(0.5m, 200));
    }

    [Fact]
    public void PowInteger_of_zero_to_a_negative_power_divides_by_zero()
    {
        Assert.Throws<DivideByZeroException>(() => DecimalMath.PowInteger(0m, -1));
    }

    [Fact]
    public void PowInteger_beyond_decimal_overflows()
    {
        // 10^29 > decimal.MaxValue (7.9e28).
        Assert.Throws<OverflowException>(() => DecimalMath.PowInteger(10m, 29));
    }

    // ---- Pow ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("1.5", "2", "2.25")]
    [InlineData("2", "-1", "0.5")]
    [InlineData("0.98", "12", "0.784716723734800033386496")]
    [InlineData("0.98", "12.000", "0.784716723734800033386496")]
    [InlineData("7", "0", "1")]
    public void Pow_with_an_integer_exponent_is_exact(string x, string y, string expected)
    {
        static decimal Dec(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
        Assert.Equal(Dec(expected), DecimalMath.Pow(Dec(x), Dec(y)));
    }

    [Fact]
    public void Pow_with_the_inverse_of_an_integer_takes_a_root()
    {
        Assert.Equal(2m, DecimalMath.Pow(4m, 0.5m));
        Assert.Equal(0.5m, DecimalMath.Pow(0.25m, 0.5m));
        Near(Sqrt2, DecimalMath.Pow(2m, 0.5m), 1e-27m);

        // 1/3 in decimal is 0.333...3 (28 digits), 1e-28 from a third: still read as the cube root.
        Near(3m, DecimalMath.Pow(27m, 1m / 3m), 1e-26m);
        Near(0.98m, DecimalMath.Pow(0.784716723734800033386496m, 1m / 12m), 1e-26m);
    }

    [Fact]
    public void Pow_with_a_general_exponent_goes_through_the_logarithm()
    {
        // 2^1.5 = 2 sqrt(2) = 2.82842712474619009760337744841939...; 0.25^2.5 = 0.5^5 = 0.03125.
        Near(2.8284271247461900976033774484m, DecimalMath.Pow(2m, 1.5m), 1e-26m);
        Near(0.03125m, DecimalMath.Pow(0.25m, 2.5m), 1e-26m);
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(0.5)]
    [InlineData(3)]
    [InlineData(0)]
    public void Pow_of_zero_and_one(double y)
    {
        var exponent = (decimal)y;
        Assert.Equal(exponent == 0m ? 1m : 0m, DecimalMath.Pow(0m, exponent));
        Assert.Equal(1m, DecimalMath.Pow(1m, exponent));
        Assert.Equal(1m, DecimalMath.Pow(1m, -exponent));
    }

    [Theory]
    [InlineData(-2, 2)]
    [InlineData(-2, 0.5)]
    [InlineData(-0.0001, 1.5)]
    public void Pow_of_a_negative_base_is_rejected(double x, double y)
    {
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Pow((decimal)x, (decimal)y)).ParamName);
    }

    [Fact]
    public void Pow_with_a_fractional_exponent_underflows_to_zero()
    {
        // 0.5^200.5 = 2^-200.5 = 1.6e-61, far below 1e-28.
        Assert.Equal(0m, DecimalMath.Pow(0.5m, 200.5m));
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

    // ---- NthRoot -----------------------------------------------------------------------------------

    [Fact]
    public void NthRoot_inverts_the_integer_power()
    {
        Assert.Equal(2m, DecimalMath.NthRoot(8m, 3));
        Assert.Equal(0.1m, DecimalMath.NthRoot(0.0001m, 4));
        Near(Sqrt2, DecimalMath.NthRoot(2m, 2), 1e-27m);
        Near(0.98m, DecimalMath.NthRoot(0.784716723734800033386496m, 12), 1e-26m);
        Near(0.00001m, DecimalMath.NthRoot(0.00000000000000000001m, 4), 1e-26m);
    }

    [Fact]
    public void NthRoot_of_zero_one_and_the_first_root()
    {
        Assert.Equal(0m, DecimalMath.NthRoot(0m, 5));
        Assert.Equal(1m, DecimalMath.NthRoot(1m, 7));
        Assert.Equal(0.123456m, DecimalMath.NthRoot(0.123456m, 1));
        Assert.Equal(123456m, DecimalMath.NthRoot(123456m, 1));
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

    // ---- Ln and Exp --------------------------------------------------------------------------------

    [Fact]
    public void Ln_of_one_is_zero()
    {
        Assert.Equal(0m, DecimalMath.Ln(1m));
    }

    [Fact]
    public void Ln_of_two_is_right_to_27_digits()
    {
        Near(Ln2, DecimalMath.Ln(2m), 1e-27m);
        Near(-Ln2, DecimalMath.Ln(0.5m), 1e-27m);
    }

    [Fact]
    public void Ln_of_published_constants()
    {
        Near(1m, DecimalMath.Ln(E), 1e-27m);
        Near(Ln10, DecimalMath.Ln(10m), 1e-26m);
        Near(-28m * Ln10, DecimalMath.Ln(0.0000000000000000000000000001m), 1e-24m);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Ln_needs_a_positive_value(double x)
    {
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Ln((decimal)x)).ParamName);
    }

    [Fact]
    public void Exp_of_zero_is_one_and_of_one_is_e()
    {
        Assert.Equal(1m, DecimalMath.Exp(0m));
        Near(E, DecimalMath.Exp(1m), 1e-27m);
        Near(0.5m, DecimalMath.Exp(-Ln2), 1e-27m);
    }

    [Fact]
    public void Exp_reaches_the_top_of_decimal()
    {
        // e^66 = 46 071 866 343 312 915 426 773 184 428.06... (reference: 45-digit arithmetic), below decimal.MaxValue 7.9e28.
        var value = DecimalMath.Exp(66m);
        Assert.True(Math.Abs(value - 46_071_866_343_312_915_426_773_184_428m) / value <= 1e-24m, value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Exp_beyond_decimal_overflows()
    {
        // e^67 = 1.25e29 > decimal.MaxValue.
        Assert.Throws<OverflowException>(() => DecimalMath.Exp(67m));
    }

    [Theory]
    [InlineData(-66.5)]
    [InlineData(-100)]
    [InlineData(-1000000)]
    public void Exp_below_decimal_resolution_is_zero(double x)
    {
        // e^-66.5 = 1.3e-29, below half of decimal's smallest step 1e-28: the exact result rounds to 0.
        Assert.Equal(0m, DecimalMath.Exp((decimal)x));
    }

    [KpiProperty]
    public Property Exp_inverts_Ln()
    {
        // x in [0.001, 1 000 000] with up to 3 decimals: relative error within 1e-24.
        var x = Gen.Choose(1, 1_000_000_000).Select(i => i / 1000m);
        return Prop.ForAll(x.ToArbitrary(), v => Math.Abs(DecimalMath.Exp(DecimalMath.Ln(v)) - v) <= 1e-24m * v);
    }
}
