using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>The test that gave the p-value of a change between two rates.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<SignificanceTest>))]
public enum SignificanceTest
{
    /// <summary>The two-proportion z-test with pooled variance: every expected count is 5 or more.</summary>
    TwoProportionZTest = 0,

    /// <summary>Fisher's exact test, two-sided: some expected count is below 5, where the normal approximation fails.</summary>
    FisherExact = 1,
}
