using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace KpiFormulas.Tests.Support;

/// <summary>
/// Generators for the Money properties, on top of <see cref="Generators"/>: everyday amounts (which
/// <see cref="Generators.Amount"/> rarely yields: its middle 32 bits are zero about once in 2 000 cases), amounts
/// sitting on a rounding midpoint, small value sets that make equal pairs likely, and allocation weights.
/// </summary>
public static class MoneyGenerators
{
    /// <summary>The currencies of <see cref="FewValues"/>.</summary>
    public static readonly Currency[] FewCurrencies = [Currency.EUR, Currency.USD, Currency.JPY, Currency.XXX];

    /// <summary>An amount below 100 000 in magnitude with 0 to 8 decimals (12.5, -0.125, 3.14159265).</summary>
    public static Gen<decimal> EverydayAmount() =>
        from digits in Gen.Choose(-10_000_000, 10_000_000)
        from scale in Gen.Choose(0, 8)
        let magnitude = (int)Math.Abs((long)digits)
        select new decimal(magnitude, 0, 0, digits < 0, (byte)scale);

    /// <summary>An amount exactly half-way between two minor units of <paramref name="currency"/>.</summary>
    public static Gen<decimal> MidpointAmount(Currency currency) =>
        from units in Gen.Choose(-1_000_000, 1_000_000)
        let unit = Unit(currency)
        select (units * unit) + (unit / 2m);

    /// <summary>Any amount: everyday, midpoint-ish or huge (<see cref="Generators.Amount"/>).</summary>
    public static Gen<decimal> AnyAmount() => Gen.OneOf(Generators.Amount(8), EverydayAmount());

    /// <summary>Money in any currency of the table with any amount.</summary>
    public static Gen<Money> AnyMoney() =>
        from currency in Generators.Currency()
        from amount in AnyAmount()
        select new Money(amount, currency);

    /// <summary>Money in a currency with a minor unit, with any amount, midpoints included.</summary>
    public static Gen<Money> MoneyWithMinorUnits() =>
        from currency in Generators.CurrencyWithMinorUnits()
        from amount in Gen.OneOf(AnyAmount(), MidpointAmount(currency))
        select new Money(amount, currency);

    /// <summary>Money that is a whole number of minor units (see <see cref="Generators.RoundedMoney"/>).</summary>
    public static Gen<Money> RoundedMoney() => Generators.RoundedMoney();

    /// <summary>
    /// Money from a small set (four currencies, -0.3 to 0.3 with 1 to 4 decimals), so that equal
    /// amounts of different scales and same-currency pairs come up often.
    /// </summary>
    public static Gen<Money> FewValues() =>
        from currency in Gen.Elements(FewCurrencies)
        from tenths in Gen.Choose(-3, 3)
        from extraZeros in Gen.Choose(0, 3)
        let digits = Math.Abs(tenths) * (int)Math.Pow(10, extraZeros)
        select new Money(new decimal(digits, 0, 0, tenths < 0, (byte)(1 + extraZeros)), currency);

    /// <summary>One to twelve non-negative weights with a positive sum: zeros, whole numbers and fractions.</summary>
    public static Gen<decimal[]> Weights() =>
        from count in Gen.Choose(1, 12)
        from weights in Weight().ArrayOf(count)
        select weights.Any(w => w > 0m) ? weights : [1m, .. weights.Skip(1)];

    /// <summary>A number of parts for Split.</summary>
    public static Gen<int> Parts() => Gen.OneOf(Gen.Choose(1, 12), Gen.Choose(1, 500));

    /// <summary>Any defined MidpointRounding.</summary>
    public static Gen<MidpointRounding> Mode() => Gen.Elements(Enum.GetValues<MidpointRounding>());

    /// <summary>One minor unit of a currency: 0.01 for EUR, 1 for JPY, 0.001 for BHD.</summary>
    public static decimal Unit(Currency currency)
    {
        var unit = 1m;
        for (var i = 0; i < currency.MinorUnits; i++)
        {
            unit /= 10m;
        }

        return unit;
    }

    /// <summary>True when the amount is a whole number of minor units of its currency.</summary>
    public static bool IsWholeMinorUnits(Money money)
    {
        var units = money.Amount / Unit(money.Currency);
        return units == decimal.Truncate(units);
    }

    private static Gen<decimal> Weight() =>
        Gen.Frequency(
            (1, Gen.Constant(0m)),
            (3, Gen.Choose(1, 100).Select(i => (decimal)i)),
            (2, Gen.Choose(1, 1_000_000).Select(i => i / 10_000m)));
}
