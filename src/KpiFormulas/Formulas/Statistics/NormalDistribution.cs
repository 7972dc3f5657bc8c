using System;

namespace KpiFormulas.Formulas;

/// <summary>
/// The standard normal distribution in double precision: its quantile by Wichura's algorithm AS 241
/// (Applied Statistics 37(3), 1988, pp. 477-484, relative accuracy about 1e-16) and its upper tail
/// from the complementary error function (a positive series below 1.5, Laplace's continued fraction
/// above, both to about 1e-15 relative). docs/numeric-policy.md records the choice.
/// </summary>
internal static class NormalDistribution
{
    private static readonly double[] CentralNumerator =
    [
        3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3, 1.3731693765509461125e+4,
        4.5921953931549871457e+4, 6.7265770927008700853e+4, 3.3430575583588128105e+4, 2.5090809287301226727e+3,
    ];

    private static readonly double[] CentralDenominator =
    [
        1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
        2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4, 5.2264952788528545610e+3,
    ];

    private static readonly double[] IntermediateNumerator =
    [
        1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0,
        1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4,
    ];

    private static readonly double[] IntermediateDenominator =
    [
        1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
        1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4, 1.05075007164441684324e-9,
    ];

    private static readonly double[] TailNumerator =
    [
        6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1,
        2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
    ];

    private static readonly double[] TailDenominator =
    [
        1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
        7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15,
    ];

    /// <summary>The z such that P(Z ≤ z) = <paramref name="probability"/>, for a probability strictly between 0 and 1.</summary>
    internal static double Quantile(double probability)
    {
        var q = probability - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - (q * q);
            return q * Horner(CentralNumerator, r) / Horner(CentralDenominator, r);
        }

        var tail = q < 0 ? probability : 1.0 - probability;
        var s = Math.Sqrt(-Math.Log(tail));
        var value = s <= 5.0
            ? Horner(IntermediateNumerator, s - 1.6) / Horner(IntermediateDenominator, s - 1.6)
            : Horner(TailNumerator, s - 5.0) / Horner(TailDenominator, s - 5.0);
        return q < 0 ? -value : value;
    }

    /// <summary>The z of a two-sided confidence level: P(−z ≤ Z ≤ z) = <paramref name="confidence"/>.</summary>
    // The lower tail (1 − c) / 2 is small and exact in double, where 1 − (1 − c) / 2 would lose its last digits.
    internal static double TwoSidedCriticalValue(double confidence) => -Quantile((1.0 - confidence) / 2.0);

    /// <summary>P(|Z| ≥ |z|), the two-sided p-value of a standard normal statistic.</summary>
    internal static double TwoSidedPValue(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>The complementary error function for x ≥ 0.</summary>
    internal static double Erfc(double x)
    {
        if (x < 1.5)
        {
            // erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)): positive terms, no cancellation.
            var term = x;
            var sum = x;
            var twoXSquared = 2.0 * x * x;
            for (var n = 1; n < 200 && term > sum * 1e-17; n++)
            {
                term *= twoXSquared / ((2 * n) + 1);
                sum += term;
            }

            return 1.0 - (2.0 / Math.Sqrt(Math.PI) * Math.Exp(-x * x) * sum);
        }

        // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from a deep enough tail.
        var fraction = x;
        for (var k = 150; k >= 1; k--)
        {
            fraction = x + (k / 2.0 / fraction);
        }

        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / fraction;
    }

    private static double Horner(double[] coefficients, double x)
    {
        var value = coefficients[^1];
        for (var i = coefficients.Length - 2; i >= 0; i--)
        {
            value = (value * x) + coefficients[i];
        }

        return value;
    }
}
