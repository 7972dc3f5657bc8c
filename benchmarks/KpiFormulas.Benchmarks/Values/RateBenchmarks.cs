using BenchmarkDotNet.Attributes;
using KpiFormulas.Formulas;

namespace KpiFormulas.Benchmarks.Values;

/// <summary>The hot operations of <see cref="Rate"/> and <see cref="Period"/>.</summary>
[MemoryDiagnoser]
public class RateBenchmarks
{
    private readonly Rate monthlyChurn = Rate.FromPercent(2m);
    private readonly Rate yearlyChurn = Retention.ChurnOverPeriods(Rate.FromPercent(2m), 12m);
    private readonly Money revenue = new(1550m, Currency.EUR);
    private readonly Period march = Period.Month(2026, 3);

    /// <summary>Monthly to yearly: 1 - (1 - m)^12 by repeated squaring in decimal.</summary>
    [Benchmark]
    public Rate MonthlyToYearly() => Retention.ChurnOverPeriods(monthlyChurn, 12m);

    /// <summary>Yearly to monthly: a decimal twelfth root by Newton's method.</summary>
    [Benchmark]
    public Rate YearlyToMonthly() => Retention.ChurnPerPeriod(yearlyChurn, 12m);

    /// <summary>Weekly to monthly with a fractional exponent (52/12): decimal exp and ln.</summary>
    [Benchmark]
    public Rate FractionalPeriods() => Retention.ChurnOverPeriods(monthlyChurn, 4.348125m);

    /// <summary>Applying a rate to money.</summary>
    [Benchmark]
    public Money MoneyTimesRate() => revenue * monthlyChurn;

    /// <summary>Difference in percentage points.</summary>
    [Benchmark]
    public PercentagePoints Points() => yearlyChurn - monthlyChurn;

    /// <summary>Period-over-period navigation.</summary>
    [Benchmark]
    public Period PreviousMonth() => march.Previous();
}
