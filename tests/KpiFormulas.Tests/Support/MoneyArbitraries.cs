using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace KpiFormulas.Tests.Support;

/// <summary>Every <see cref="decimal"/> parameter is any amount: everyday or huge (<see cref="MoneyGenerators.AnyAmount"/>).</summary>
public static class AnyAmounts
{
    /// <summary>Shrinks toward 0 without gaining decimals.</summary>
    public static Arbitrary<decimal> Amount() => Arb.From(MoneyGenerators.AnyAmount(), Shrinkers.Amount);
}

/// <summary>
/// Every <see cref="Money"/> parameter is a whole number of minor units of a currency with minor units
/// (<see cref="MoneyGenerators.RoundedMoney"/>).
/// </summary>
public static class WholeMinorUnitMoney
{
    private static readonly Currency[] Pool = [.. Currency.All.Where(c => c.HasMinorUnits)];

    /// <summary>Shrinks toward fewer minor units and an earlier currency, staying whole.</summary>
    public static Arbitrary<Money> RoundedMoney() =>
        Arb.From(MoneyGenerators.RoundedMoney(), m => Shrinkers.WholeMinorUnits(m, Pool));
}

/// <summary>
/// Every <see cref="Money"/> parameter is in a currency with minor units, with any amount, midpoints
/// included (<see cref="MoneyGenerators.MoneyWithMinorUnits"/>).
/// </summary>
public static class MinorUnitMoney
{
    private static readonly Currency[] Pool = [.. Currency.All.Where(c => c.HasMinorUnits)];

    /// <summary>Shrinks the amount toward 0 and the currency toward an earlier one with minor units.</summary>
    public static Arbitrary<Money> MoneyWithMinorUnits() =>
        Arb.From(MoneyGenerators.MoneyWithMinorUnits(), m => Shrinkers.Money(m, Pool));
}

/// <summary>
/// Every <see cref="Money"/> parameter is exactly half-way between two minor units of a currency with
/// minor units (<see cref="MoneyGenerators.MidpointAmount"/>).
/// </summary>
public static class MidpointMoney
{
    private static readonly Currency[] Pool = [.. Currency.All.Where(c => c.HasMinorUnits)];

    /// <summary>Shrinks toward the midpoint just above zero and an earlier currency, staying on a midpoint.</summary>
    public static Arbitrary<Money> Midpoint() =>
        Arb.From(
            Generators.CurrencyWithMinorUnits().SelectMany(c => MoneyGenerators.MidpointAmount(c).Select(a => new Money(a, c))),
            Shrink);

    private static Money At(long units, Currency currency)
    {
        var unit = MoneyGenerators.Unit(currency);
        return new Money((units * unit) + (unit / 2m), currency);
    }

    private static System.Collections.Generic.IEnumerable<Money> Shrink(Money money)
    {
        var unit = MoneyGenerators.Unit(money.Currency);
        var units = (long)((money.Amount - (unit / 2m)) / unit);
        return Shrinkers.Toward(0L, units).Select(u => At(u, money.Currency))
            .Concat(Shrinkers.TowardFirst(Pool, money.Currency).Select(c => At(units, c)));
    }
}

/// <summary>
/// Every <see cref="Money"/> parameter comes from a small set (<see cref="MoneyGenerators.FewValues"/>),
/// so that equal amounts at different scales and same-currency pairs come up often.
/// </summary>
public static class FewMoneyValues
{
    /// <summary>Shrinks toward 0.0, one decimal and the first currency of the set, staying in the set.</summary>
    public static Arbitrary<Money> FewValues() => Arb.From(MoneyGenerators.FewValues(), Shrink);

    private static System.Collections.Generic.IEnumerable<Money> Shrink(Money money)
    {
        var amount = money.Amount;
        if (amount != 0m)
        {
            yield return new Money(0.0m, money.Currency);
        }

        if (amount < 0m)
        {
            yield return new Money(-amount, money.Currency);
        }

        if (amount.Scale > 1)
        {
            yield return new Money(decimal.Round(amount, 1), money.Currency);
        }

        foreach (var currency in Shrinkers.TowardFirst(MoneyGenerators.FewCurrencies, money.Currency))
        {
            yield return new Money(amount, currency);
        }
    }
}
