using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace KpiFormulas.Tests.Support;

/// <summary>FsCheck generators for the library's value types.</summary>
public static class Generators
{
    /// <summary>The cultures every formatting and parsing test covers.</summary>
    public static readonly string[] CultureNames = ["fr-FR", "en-US", "de-DE", "ja-JP", ""];

    /// <summary>A decimal with up to <paramref name="maxScale"/> decimals and a magnitude below about 2^63 / 10^scale.</summary>
    public static Gen<decimal> Amount(byte maxScale = 6) =>
        from lo in ArbMap.Default.GeneratorFor<int>()
        from mid in Gen.Choose(0, int.MaxValue)
        from small in Gen.Elements(true, false)
        from negative in Gen.Elements(true, false)
        from scale in Gen.Choose(0, maxScale)
        select new decimal(lo, small ? mid % 1000 : mid, 0, negative, (byte)scale);

    /// <summary>Any currency of the embedded table.</summary>
    public static Gen<Currency> Currency() => Gen.Elements(KpiFormulas.Currency.All.ToArray());

    /// <summary>A currency that has a minor unit in ISO 4217.</summary>
    public static Gen<Currency> CurrencyWithMinorUnits() =>
        Gen.Elements(KpiFormulas.Currency.All.Where(c => c.HasMinorUnits).ToArray());

    /// <summary>Money in any currency with any precision.</summary>
    public static Gen<Money> Money() =>
        from amount in Amount(8)
        from currency in Currency()
        select new Money(amount, currency);

    /// <summary>Money in one currency.</summary>
    public static Gen<Money> Money(Currency currency) => Amount(8).Select(a => new Money(a, currency));

    /// <summary>
    /// A long over its whole range, small values included. FsCheck's own long generator stays within
    /// plus or minus the test size (100), which is far too narrow for amounts of minor units.
    /// </summary>
    public static Gen<long> WideLong() =>
        Gen.OneOf(
            Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i),
            from high in Gen.Choose(int.MinValue, int.MaxValue)
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            select ((long)high << 32) | (uint)low);

    /// <summary>
    /// Money that is a whole number of minor units of a currency with minor units: everyday amounts
    /// (up to 1 000 000 minor units) and amounts up to about 2^63 / 1000 minor units.
    /// </summary>
    public static Gen<Money> RoundedMoney() =>
        from units in Gen.OneOf(Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i), WideLong().Select(l => l / 1000))
        from currency in CurrencyWithMinorUnits()
        select KpiFormulas.Money.FromMinorUnits(units, currency);

    /// <summary>A proportion within [0, 1] with up to 6 decimals.</summary>
    public static Gen<Rate> Proportion() => Gen.Choose(0, 1_000_000).Select(i => Rate.FromFraction(i / 1_000_000m));

    /// <summary>Any rate (negative and above 100 % included).</summary>
    public static Gen<Rate> AnyRate() => Amount(6).Select(d => Rate.FromFraction(d / 1_000_000m));

    /// <summary>Any difference in percentage points (negative included), with up to 12 decimals of the fraction.</summary>
    public static Gen<PercentagePoints> Points() => Amount(6).Select(d => PercentagePoints.FromFraction(d / 1_000_000m));

    /// <summary>Any ratio x : 1 (negative included) with up to 6 decimals.</summary>
    public static Gen<Ratio> AnyRatio() => Amount(6).Select(d => new Ratio(d));

    /// <summary>A positive quantity within [0.01, 10 000] with two decimals (counts, durations, amounts of a KPI).</summary>
    public static Gen<decimal> PositiveQuantity() => Gen.Choose(1, 1_000_000).Select(i => i / 100m);

    /// <summary>A number of periods for rate conversions: 1 to 24 (weeks in a half-year, months in two years).</summary>
    public static Gen<int> PeriodCount() => Gen.Choose(1, 24);

    /// <summary>A culture from <see cref="CultureNames"/>.</summary>
    public static Gen<CultureInfo> Culture() => Gen.Elements(CultureNames).Select(CultureInfo.GetCultureInfo);

    /// <summary>A period of any unit between years 1900 and 2200.</summary>
    public static Gen<Period> Period() =>
        from unit in Gen.Elements(Enum.GetValues<PeriodUnit>())
        from year in Gen.Choose(1900, 2200)
        from n in Gen.Choose(1, 400)
        from day in Gen.Choose(0, 364)
        select unit switch
        {
            PeriodUnit.Year => KpiFormulas.Period.Year(year),
            PeriodUnit.Quarter => KpiFormulas.Period.Quarter(year, (n % 4) + 1),
            PeriodUnit.Month => KpiFormulas.Period.Month(year, (n % 12) + 1),
            PeriodUnit.IsoWeek => KpiFormulas.Period.IsoWeek(year, (n % 52) + 1),
            _ => KpiFormulas.Period.FromDays(new DateOnly(year, 1, 1).AddDays(day), n),
        };
}
