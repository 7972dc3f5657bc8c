using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace KpiFormulas.Benchmarks.Values;

/// <summary>The hot operations of <see cref="Money"/>, side by side with the bare decimal they wrap.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly Money price = new(1549.995m, Currency.EUR);
    private readonly Money fee = new(0.35m, Currency.EUR);
    private readonly decimal priceAmount = 1549.995m;
    private readonly decimal feeAmount = 0.35m;
    private readonly string frenchText = new Money(1550m, Currency.EUR).ToString("C", CultureInfo.GetCultureInfo("fr-FR"));
    private readonly char[] buffer = new char[64];

    /// <summary>The baseline: adding two decimals.</summary>
    [Benchmark(Baseline = true)]
    public decimal AddDecimal() => priceAmount + feeAmount;

    /// <summary>Adding two amounts of one currency (with the currency check).</summary>
    [Benchmark]
    public Money AddMoney() => price + fee;

    /// <summary>Multiplying by a decimal and rounding to cents.</summary>
    [Benchmark]
    public Money MultiplyAndRound() => (price * 1.2m).Round();

    /// <summary>Splitting 1 550.00 EUR into 7 parts.</summary>
    [Benchmark]
    public Money[] Split() => price.Round().Split(7);

    /// <summary>Allocating by four weights.</summary>
    [Benchmark]
    public Money[] Allocate() => price.Round().Allocate(45m, 25m, 15m, 15m);

    /// <summary>Formatting in fr-FR.</summary>
    [Benchmark]
    public string FormatFrench() => price.ToString("C", French);

    /// <summary>Formatting the invariant round-trip form into a span.</summary>
    [Benchmark]
    public bool TryFormatRoundTrip() => price.TryFormat(buffer, out _, "R", null);

    /// <summary>Parsing what fr-FR formatting produced.</summary>
    [Benchmark]
    public Money ParseFrench() => Money.Parse(frenchText, French);

    /// <summary>Looking up a currency by code.</summary>
    [Benchmark]
    public Currency ParseCurrency() => Currency.Parse("EUR".AsSpan(), null);
}
