using System.Globalization;
using System.Text.Json.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>
/// Whether a change between two rates is real or may be noise: the p-value, the test that gave it and
/// the significance level it is judged at.
/// </summary>
[JsonConverter(typeof(SignificanceResultJsonConverter))]
public readonly record struct SignificanceResult
{
    internal SignificanceResult(decimal pValue, SignificanceTest test, Rate significanceLevel)
    {
        PValue = pValue;
        Test = test;
        SignificanceLevel = significanceLevel;
    }

    /// <summary>The two-sided p-value, between 0 and 1: the probability of a difference at least as large as the one observed if both rates were in truth the same.</summary>
    public decimal PValue { get; }

    /// <summary>The test that gave the p-value.</summary>
    public SignificanceTest Test { get; }

    /// <summary>The level the p-value is compared with (5 % by convention).</summary>
    public Rate SignificanceLevel { get; }

    /// <summary>Whether the p-value is below the significance level: the change is unlikely to be noise.</summary>
    public bool IsSignificant => PValue < SignificanceLevel.Fraction;

    /// <summary>The verdict in plain English, with the p-value to four decimals, the level and the test.</summary>
    /// <example><c>Significant at the 5 % level (p = 0.0124, two-proportion z-test): the change is unlikely to be noise.</c></example>
    public string Verdict
    {
        get
        {
            var test = Test == SignificanceTest.FisherExact ? "Fisher's exact test" : "two-proportion z-test";
            var level = (SignificanceLevel.Fraction * 100m).ToString("0.####", CultureInfo.InvariantCulture);
            var p = PValue.ToString("0.0000", CultureInfo.InvariantCulture);
            return IsSignificant
                ? $"Significant at the {level} % level (p = {p}, {test}): the change is unlikely to be noise."
                : $"Not significant at the {level} % level (p = {p}, {test}): the change may be noise.";
        }
    }
}
