using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace KpiFormulas.Tests.Support;

/// <summary>
/// The default arbitraries of every <see cref="KpiPropertyAttribute"/> property: a parameter of one of
/// these types is drawn from the generator of <see cref="Generators"/> or <see cref="MoneyGenerators"/>
/// named below and shrunk by <see cref="Shrinkers"/>. The classes next to it override one type for the
/// properties that need a narrower domain.
/// </summary>
public static class ValueArbitraries
{
    private static readonly Currency[] AllCurrencies = [.. Currency.All];

    /// <summary>Cultures from the simplest (invariant) on, for shrinking.</summary>
    private static readonly CultureInfo[] CulturesByShrinkOrder =
        [.. Generators.CultureNames.OrderBy(name => name.Length).ThenBy(name => name, StringComparer.Ordinal).Select(CultureInfo.GetCultureInfo)];

    /// <summary>Any currency of the table (<see cref="Generators.Currency"/>).</summary>
    public static Arbitrary<Currency> AnyCurrency() =>
        Arb.From(Generators.Currency(), c => Shrinkers.TowardFirst(AllCurrencies, c));

    /// <summary>Any amount in any currency (<see cref="MoneyGenerators.AnyMoney"/>).</summary>
    public static Arbitrary<Money> AnyMoney() =>
        Arb.From(MoneyGenerators.AnyMoney(), m => Shrinkers.Money(m, AllCurrencies));

    /// <summary>Any rate, negative and above 100 % included (<see cref="Generators.AnyRate"/>).</summary>
    public static Arbitrary<Rate> AnyRate() =>
        Arb.From(Generators.AnyRate(), r => Shrinkers.Amount(r.Fraction).Select(Rate.FromFraction));

    /// <summary>Any difference in percentage points (<see cref="Generators.Points"/>).</summary>
    public static Arbitrary<PercentagePoints> AnyPoints() =>
        Arb.From(Generators.Points(), p => Shrinkers.Amount(p.Fraction).Select(PercentagePoints.FromFraction));

    /// <summary>Any ratio (<see cref="Generators.AnyRatio"/>).</summary>
    public static Arbitrary<Ratio> AnyRatio() =>
        Arb.From(Generators.AnyRatio(), r => Shrinkers.Amount(r.Value).Select(v => new Ratio(v)));

    /// <summary>A period of any unit between 1900 and 2200 (<see cref="Generators.Period"/>).</summary>
    public static Arbitrary<Period> AnyPeriod() => Arb.From(Generators.Period(), Shrinkers.Period);

    /// <summary>One of <see cref="Generators.CultureNames"/> (<see cref="Generators.Culture"/>).</summary>
    public static Arbitrary<CultureInfo> AnyCulture() =>
        Arb.From(Generators.Culture(), c => Shrinkers.TowardFirst(CulturesByShrinkOrder, c));

    /// <summary>Any period unit.</summary>
    public static Arbitrary<PeriodUnit> AnyPeriodUnit() => ArbitraryOf.Elements(Enum.GetValues<PeriodUnit>());

    /// <summary>Any defined midpoint rounding (<see cref="MoneyGenerators.Mode"/>).</summary>
    public static Arbitrary<MidpointRounding> AnyMidpointRounding() =>
        Arb.From(MoneyGenerators.Mode(), m => Shrinkers.TowardFirst(Enum.GetValues<MidpointRounding>(), m));

    /// <summary>Either direction.</summary>
    public static Arbitrary<Direction> AnyDirection() => ArbitraryOf.Elements(Enum.GetValues<Direction>());
}

/// <summary>Builders kept out of the arbitrary classes, whose every public static method FsCheck reads as an instance.</summary>
public static class ArbitraryOf
{
    /// <summary>One of <paramref name="values"/>, equally likely, shrinking toward the first.</summary>
    public static Arbitrary<T> Elements<T>(T[] values) => Arb.From(Gen.Elements(values), v => Shrinkers.TowardFirst(values, v));
}

/// <summary>Every <see cref="Rate"/> parameter is a proportion in [0, 1] with up to 6 decimals (<see cref="Generators.Proportion"/>).</summary>
public static class Proportions
{
    /// <summary>Shrinks toward 0 % in millionths.</summary>
    public static Arbitrary<Rate> Proportion() =>
        Arb.From(Generators.Proportion(), r => Shrinkers.Toward(0, (int)(r.Fraction * 1_000_000m)).Select(i => Rate.FromFraction(i / 1_000_000m)));
}

/// <summary>Every <see cref="Currency"/> parameter has minor units (<see cref="Generators.CurrencyWithMinorUnits"/>).</summary>
public static class CurrenciesWithMinorUnits
{
    private static readonly Currency[] Pool = [.. Currency.All.Where(c => c.HasMinorUnits)];

    /// <summary>Shrinks toward the first such currency of the table.</summary>
    public static Arbitrary<Currency> CurrencyWithMinorUnits() =>
        Arb.From(Generators.CurrencyWithMinorUnits(), c => Shrinkers.TowardFirst(Pool, c));
}

/// <summary>Every <see cref="decimal"/> parameter has up to 4 decimals (<see cref="Generators.Amount"/> with 4).</summary>
public static class FourDecimalAmounts
{
    /// <summary>Shrinks toward 0 without gaining decimals.</summary>
    public static Arbitrary<decimal> Amount() => Arb.From(Generators.Amount(4), Shrinkers.Amount);
}

/// <summary>Every <see cref="decimal"/> parameter has up to 6 decimals (<see cref="Generators.Amount"/> with 6).</summary>
public static class SixDecimalAmounts
{
    /// <summary>Shrinks toward 0 without gaining decimals.</summary>
    public static Arbitrary<decimal> Amount() => Arb.From(Generators.Amount(6), Shrinkers.Amount);
}

/// <summary>Every <see cref="decimal"/> parameter is a positive quantity in [0.01, 10 000] (<see cref="Generators.PositiveQuantity"/>).</summary>
public static class PositiveQuantities
{
    /// <summary>Shrinks toward 0.01 in hundredths.</summary>
    public static Arbitrary<decimal> PositiveQuantity() =>
        Arb.From(Generators.PositiveQuantity(), q => Shrinkers.Toward(1, (int)(q * 100m)).Select(i => i / 100m));
}
