using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KpiFormulas.Tests.Support;

/// <summary>
/// Shrinkers for the arbitraries of the value types. Each candidate is simpler than the value it comes
/// from (closer to zero, fewer decimals, an earlier element of a pool, a period nearer 2000) and stays
/// within the domain of the generator it shrinks for, so that a shrunk counterexample is still one the
/// property promises to hold for.
/// </summary>
public static class Shrinkers
{
    private const int PivotYear = 2000;

    /// <summary>An integer moved toward <paramref name="target"/>: the target, half-way, one step.</summary>
    public static IEnumerable<long> Toward(long target, long value)
    {
        if (value == target)
        {
            yield break;
        }

        yield return target;
        var half = target + ((value - target) / 2);
        if (half != target)
        {
            yield return half;
        }

        var step = value > target ? value - 1 : value + 1;
        if (step != half && step != target)
        {
            yield return step;
        }
    }

    /// <summary>An <see cref="int"/> moved toward <paramref name="target"/> (see <see cref="Toward(long, long)"/>).</summary>
    public static IEnumerable<int> Toward(int target, int value) => Toward((long)target, value).Select(v => (int)v);

    /// <summary>
    /// A decimal moved toward zero without growing in magnitude or scale: zero, its absolute value,
    /// one decimal less (rounded toward zero), and half of it at the same scale.
    /// </summary>
    public static IEnumerable<decimal> Amount(decimal value)
    {
        if (value == 0m)
        {
            yield break;
        }

        yield return 0m;
        if (value < 0m)
        {
            yield return -value;
        }

        var scale = value.Scale;
        if (scale > 0)
        {
            yield return decimal.Round(value, scale - 1, MidpointRounding.ToZero);
        }

        var half = decimal.Round(value / 2m, scale, MidpointRounding.ToZero);
        if (half != 0m)
        {
            yield return half;
        }
    }

    /// <summary>The elements of <paramref name="pool"/> before <paramref name="value"/>, the first one first.</summary>
    public static IEnumerable<T> TowardFirst<T>(IReadOnlyList<T> pool, T value)
    {
        var index = pool.ToList().IndexOf(value);
        return index <= 0 ? [] : Toward(0, index).Select(i => pool[i]);
    }

    /// <summary>Money with a simpler amount (see <see cref="Amount"/>) or an earlier currency of <paramref name="currencies"/>.</summary>
    public static IEnumerable<Money> Money(Money money, IReadOnlyList<Currency> currencies) =>
        Amount(money.Amount).Select(amount => new Money(amount, money.Currency))
            .Concat(TowardFirst(currencies, money.Currency).Select(currency => new Money(money.Amount, currency)));

    /// <summary>Money of whole minor units with fewer minor units, or as many of an earlier currency of <paramref name="currencies"/>.</summary>
    public static IEnumerable<Money> WholeMinorUnits(Money money, IReadOnlyList<Currency> currencies)
    {
        var units = money.ToMinorUnits();
        return Toward(0L, units).Select(u => KpiFormulas.Money.FromMinorUnits(u, money.Currency))
            .Concat(TowardFirst(currencies, money.Currency).Select(currency => KpiFormulas.Money.FromMinorUnits(units, currency)));
    }

    /// <summary>A period nearer to 2000, with a lower index in its year (quarter, month, week, day) or fewer days.</summary>
    public static IEnumerable<Period> Period(Period period)
    {
        var year = period.Start.Year;
        switch (period.Unit)
        {
            case PeriodUnit.Year:
                return Toward(PivotYear, year).Select(KpiFormulas.Period.Year);
            case PeriodUnit.Quarter:
                var quarter = ((period.Start.Month - 1) / 3) + 1;
                return Toward(PivotYear, year).Select(y => KpiFormulas.Period.Quarter(y, quarter))
                    .Concat(Toward(1, quarter).Select(q => KpiFormulas.Period.Quarter(year, q)));
            case PeriodUnit.Month:
                var month = period.Start.Month;
                return Toward(PivotYear, year).Select(y => KpiFormulas.Period.Month(y, month))
                    .Concat(Toward(1, month).Select(m => KpiFormulas.Period.Month(year, m)));
            case PeriodUnit.IsoWeek:
                var start = period.Start.ToDateTime(TimeOnly.MinValue);
                var isoYear = ISOWeek.GetYear(start);
                var week = ISOWeek.GetWeekOfYear(start);
                return Toward(PivotYear, isoYear).Where(y => week <= ISOWeek.GetWeeksInYear(y)).Select(y => KpiFormulas.Period.IsoWeek(y, week))
                    .Concat(Toward(1, week).Select(w => KpiFormulas.Period.IsoWeek(isoYear, w)));
            default:
                var day = period.Start.DayOfYear - 1;
                var days = period.Days;
                return Toward(PivotYear, year).Select(y => KpiFormulas.Period.FromDays(new DateOnly(y, 1, 1).AddDays(day), days))
                    .Concat(Toward(0, day).Select(d => KpiFormulas.Period.FromDays(new DateOnly(year, 1, 1).AddDays(d), days)))
                    .Concat(Toward(1, days).Select(n => KpiFormulas.Period.FromDays(period.Start, n)));
        }
    }
}
