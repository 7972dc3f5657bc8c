using System;

namespace KpiFormulas.Internal;

/// <summary>
/// The special functions of the customer-base models, in double precision: the logarithm of the gamma
/// function and the Gaussian hypergeometric function ₂F₁ inside its circle of convergence.
/// </summary>
internal static class SpecialFunctions
{
    // Lanczos approximation, g = 7, 9 coefficients (Numerical Recipes' and Boost's published set):
    // relative error below 2e-15 for x ≥ 0.5.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2.0 * Math.PI);

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    internal static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Γ(x) = Γ(x + 1) / x keeps the approximation where it is accurate.
            return LogGamma(x + 1.0) - Math.Log(x);
        }

        x -= 1.0;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return HalfLogTwoPi + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b &gt; 0.</summary>
    internal static double LogBeta(double a, double b) => LogGamma(a) + LogGamma(b) - LogGamma(a + b);

    /// <summary>
    /// ₂F₁(a, b; c; z) = Σ (a)_k (b)_k / ((c)_k k!) z^k for 0 ≤ z &lt; 1 and c &gt; 0, summed until a term no
    /// longer changes the sum in double precision; positive a and b keep every term positive, so the sum
    /// has no cancellation. Near z = 1 the terms fall like z^k: 0.999 takes about 40 000 terms.
    /// </summary>
    /// <returns>The sum; <see cref="double.NaN"/> when it has not settled after a million terms (z too close to 1),
    /// for the caller to refuse the argument that brought z there.</returns>
    internal static double Hypergeometric2F1(double a, double b, double c, double z)
    {
        var term = 1.0;
        var sum = 1.0;
        for (var k = 0; k < 1_000_000; k++)
        {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.Abs(term) <= 1e-17 * Math.Abs(sum) && k > 2)
            {
                return sum;
            }
        }

        return double.NaN;
    }
}
