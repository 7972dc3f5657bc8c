using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace KpiFormulas.Tests.Results;

/// <summary>
/// Results used as keys (a set of results, a cache keyed by result) must spread: a hash code that
/// ignores the value of a defined result, or the reason of an undefined one, keeps the contract
/// (equal results, equal hashes) but puts every result of a KPI in one bucket.
/// </summary>
public class KpiResultHashAndTextTests
{
    [Fact]
    public void Defined_results_of_one_kpi_with_different_values_hash_apart()
    {
        var hashes = Enumerable.Range(1, 20)
            .Select(percent => KpiResult.Defined("churn_rate", Rate.FromPercent(percent)).GetHashCode())
            .ToHashSet();

        // Twenty different values colliding into one or two codes would be a hash of the id alone.
        Assert.True(hashes.Count > 2, $"20 different values gave {hashes.Count} hash codes.");
    }

    [Fact]
    public void Undefined_results_of_one_kpi_with_different_reasons_hash_apart()
    {
        var hashes = Enum.GetValues<UndefinedReason>()
            .Select(reason => KpiResult.Undefined<Rate>("churn_rate", reason, "no customer at the start.").GetHashCode())
            .ToHashSet();

        Assert.True(hashes.Count > 1, $"{Enum.GetValues<UndefinedReason>().Length} reasons gave {hashes.Count} hash code(s).");
    }

    [Fact]
    public void A_set_of_results_keeps_one_of_each_equal_result()
    {
        var results = new HashSet<KpiResult<Rate>>
        {
            KpiResult.Defined("churn_rate", Rate.FromPercent(5m)),
            KpiResult.Defined("churn_rate", Rate.FromPercent(5.0m)),
            KpiResult.Defined("churn_rate", Rate.FromPercent(6m)),
            KpiResult.Undefined<Rate>("churn_rate", UndefinedReason.ZeroDenominator, "no customer."),
            KpiResult.Undefined<Rate>("churn_rate", UndefinedReason.ZeroDenominator, "other words, same reason."),
            KpiResult.Undefined<Rate>("churn_rate", UndefinedReason.ZeroBaseline, "no baseline."),
        };

        Assert.Equal(4, results.Count);
    }

    [Fact]
    public void A_value_whose_text_is_null_prints_as_empty_text()
    {
        // ToString is annotated as never null, but a struct from other code may still return null.
        Assert.Equal(string.Empty, KpiResult.Defined("custom", new ValueWithoutText()).ToString());
    }

    private readonly struct ValueWithoutText
    {
        public override string ToString() => null!;
    }
}
