using System;

namespace KpiFormulas.Internal;

/// <summary>
/// Powers, roots, logarithms and exponentials in <see cref="decimal"/>, so that rate conversions
/// such as 1 - (1 - m)^12 never pass through floating point.
/// </summary>
internal static class DecimalMath
{
    // ln(2) to 28 significant digits.
    private const decimal Ln2 = 0.6931471805599453094172321215m;

    // Below this, e^x rounds to zero in decimal (k >= -95 above it, so 2^-k fits).
    private const decimal ExpUnderflow = -66m;

    /// <summary>x^n for an integer exponent, by repeated squaring (exact while the digits fit).</summary>
    internal static decimal PowInteger(decimal x, long n)
    {
        if (n < 0)
        {
            return 1m / PowInteger(x, -n);
        }

        var result = 1m;
        var factor = x;
        while (n > 0)
        {
            if ((n & 1) == 1)
            {
                result *= factor;
            }

            n >>= 1;
            if (n > 0)
            {
                factor *= factor;
            }
        }

        return result;
    }

    /// <summary>x^y for x &gt;= 0 and any real y, in decimal.</summary>
    internal static decimal Pow(decimal x, decimal y)
    {
        Preconditions.NotNegative(x);

        // Before the integer path, which would divide by zero for 0^-1.
        Preconditions.ArgumentInRange(x != 0m || y >= 0m, y, nameof(y), "A negative power needs a base other than zero.");

        if (y == decimal.Truncate(y) && Math.Abs(y) <= 1_000_000m)
        {
            return PowInteger(x, (long)y);
        }

        if (x == 0m)
        {
            return 0m;
        }

        if (x == 1m)
        {
            return 1m;
        }

        // 1/y an integer (a root): Newton's iteration converges to the last digit.
        if (y > 0m && y < 1m)
        {
            var inverse = 1m / y;
            var rounded = decimal.Round(inverse);
            if (Math.Abs(inverse - rounded) < 1e-20m && rounded <= 100_000m)
            {
                return NthRoot(x, (int)rounded);
            }
        }

        return Exp(y * Ln(x));
    }

    /// <summary>The positive n-th root of x (x &gt;= 0, n &gt;= 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is negative or <paramref name="n"/> is less than 1.</exception>
    internal static decimal NthRoot(decimal x, int n)
    {
        // Checked here: a negative x or n = 0 would otherwise fail later in the double start value
        // with an OverflowException (NaN or infinity to decimal) or a DivideByZeroException.
        Preconditions.NotNegative(x);
        Preconditions.Positive(n);
        if (n == 1 || x == 0m || x == 1m)
        {
            return x;
        }

        // A double start is good to ~15 digits; Newton doubles the correct digits per step.
        var guess = (decimal)Math.Pow((double)x, 1.0 / n);
        if (guess <= 0m)
        {
            guess = Exp(Ln(x) / n);
        }

        for (var i = 0; i < 8; i++)
        {
            var power = PowInteger(guess, n - 1);
            var next = guess - ((guess * power) - x) / (n * power);
            if (next == guess)
            {
                break;
            }

            guess = next;
        }

        return guess;
    }

    /// <summary>The natural logarithm of x &gt; 0.</summary>
    internal static decimal Ln(decimal x)
    {
        Preconditions.Positive(x);

        // Bring x into [0.75, 1.5) by powers of two, then use ln(m) = 2 atanh((m - 1) / (m + 1)).
        var k = 0;
        while (x >= 1.5m)
        {
            x /= 2m;
            k++;
        }

        while (x < 0.75m)
        {
            x *= 2m;
            k--;
        }

        var z = (x - 1m) / (x + 1m);
        var z2 = z * z;
        var term = z;
        var sum = 0m;
        for (var i = 1; i < 200; i += 2)
        {
            var next = sum + (term / i);
            if (next == sum)
            {
                break;
            }

            sum = next;
            term *= z2;
        }

        return (2m * sum) + (k * Ln2);
    }

    /// <summary>
    /// e^x for the range decimal can hold: 0 below about −66, where e^x is less than half of
    /// decimal's smallest step (1e-28); <see cref="OverflowException"/> above about 66.
    /// </summary>
    internal static decimal Exp(decimal x)
    {
        // e^-66 = 2.2e-29 rounds to zero in decimal. Without this, 2^-k below needs 2^96 or more,
        // beyond decimal.MaxValue, and the conversion of a daily drop-out rate to a year threw.
        if (x < ExpUnderflow)
        {
            return 0m;
        }

        // x = k ln 2 + r with |r| <= ln2 / 2, e^x = 2^k e^r.
        var k = (long)decimal.Round(x / Ln2);
        var r = x - (k * Ln2);
        var sum = 1m;
        var term = 1m;
        for (var i = 1; i < 100; i++)
        {
            term = term * r / i;
            var next = sum + term;
            if (next == sum)
            {
                break;
            }

            sum = next;
        }

        return k >= 0 ? sum * PowInteger(2m, k) : sum / PowInteger(2m, -k);
    }
}
