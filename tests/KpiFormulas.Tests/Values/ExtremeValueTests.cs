using System;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// Exactness promises at the extremes: allocation and splitting up to the largest amount whose minor
/// units a decimal holds, per-period scaling with one rounding, and the time reinvestment mix for every
/// documented number of decimals. The references are integer computations (BigInteger) of the rule
/// each method documents, independent of the library's code.
/// </summary>
public class ExtremeValueTests
{
    /// <summary>2^96 − 1: the most minor units a decimal can hold at the currency's scale.</summary>
    private static readonly BigInteger MaxUnits = (BigInteger.One << 96) - 1;

    private static Gen<BigInteger> Units =>
        from high in Gen.Choose(0, int.MaxValue)
        from mid in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        from near in Gen.Elements(true, false)
        let random = ((BigInteger)(uint)high << 65) | ((BigInteger)(uint)mid << 32) | (uint)low
        select near ? MaxUnits - (random % 1000) : random % (MaxUnits + 1);

    private static Money Euros(BigInteger units) => new(FromUnits(units, 2), Currency.EUR);

    private static decimal FromUnits(BigInteger units, byte scale)
    {
        var bytes = new int[3];
        for (var i = 0; i < 3; i++)
        {
            bytes[i] = unchecked((int)(uint)((units >> (32 * i)) & uint.MaxValue));
        }

        return new decimal(bytes[0], bytes[1], bytes[2], false, scale);
    }

    private static BigInteger ToUnits(Money money)
    {
        var bits = decimal.GetBits(money.Amount);
        Assert.Equal(2, money.Amount.Scale);
        return ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
    }

    [KpiProperty]
    public Property Split_is_exact_up_to_the_largest_amount_in_minor_units() =>
        Prop.ForAll(Units.ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), (units, parts) =>
        {
            var split = Euros(units).Split(parts).Select(ToUnits).ToArray();
            var share = BigInteger.DivRem(units, parts, out var remainder);
            for (var i = 0; i < parts; i++)
            {
                Assert.Equal(i < remainder ? share + 1 : share, split[i]);
            }
        });

    [KpiProperty]
    public Property Allocate_is_within_one_minor_unit_of_each_exact_share_up_to_the_largest_amount() =>
        Prop.ForAll(Units.ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 1_000_000)).Where(w => w.Length is > 0 and < 8 && w.Any(x => x > 0)).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (units, weights, scale) =>
        {
            var decimals = weights.Select(w => w / (decimal)Math.Pow(10, scale)).ToArray();
            var parts = Euros(units).Allocate(decimals).Select(ToUnits).ToArray();
            var total = weights.Aggregate(BigInteger.Zero, (sum, w) => sum + w);
            Assert.Equal(units, parts.Aggregate(BigInteger.Zero, (a, b) => a + b));
            for (var i = 0; i < weights.Length; i++)
            {
                // exact share = units × w / total: the part is its floor or its ceiling.
                var floor = BigInteger.DivRem(units * weights[i], total, out var remainder);
                Assert.True(parts[i] == floor || (remainder != 0 && parts[i] == floor + 1), $"part {i}: {parts[i]} for an exact share of {floor} + {remainder}/{total}");
            }
        });

    [Fact]
    public void Allocate_near_decimals_range_hands_out_exactly_the_largest_remainders()
    {
        // 2^96 − 1 cents in thirds: 26 409 387 504 754 779 197 847 983 445 cents each, remainder 0, so exact.
        var amount = Euros(MaxUnits);
        var thirds = amount.Allocate(1m, 1m, 1m).Select(ToUnits).ToArray();
        Assert.All(thirds, t => Assert.Equal(MaxUnits / 3, t));

        // Weights 1 and 2 of 2^96 − 1: shares (2^96 − 1) / 3 and 2 × (2^96 − 1) / 3, both whole.
        var unequal = amount.Allocate(1m, 2m).Select(ToUnits).ToArray();
        Assert.Equal(new[] { MaxUnits / 3, 2 * (MaxUnits / 3) }, unequal);
    }

    [Fact]
    public void Splitting_beyond_the_minor_units_a_decimal_holds_throws_the_documented_overflow()
    {
        var beyond = new Money(decimal.MaxValue, Currency.EUR);
        Assert.Throws<OverflowException>(() => beyond.Split(3));
        Assert.Throws<OverflowException>(() => beyond.Allocate(1m, 2m));
    }

    [Fact]
    public void Per_week_scaling_is_exact_where_the_math_is()
    {
        // 50 over 10 days is 50 × 7 / 10 = 35 a week exactly (dividing by 10 / 7 = 1.428…6 gave 34.999…9).
        var tenDays = Period.FromDays(new DateOnly(2026, 3, 2), 10);
        Assert.Equal(35m, tenDays.PerWeek(50m));
        Assert.Equal(Money.Euros(35m), tenDays.PerWeek(Money.Euros(50m)));

        // A year's figure per year is itself, even at decimal's limit (× 12 / 12 would overflow).
        Assert.Equal(decimal.MaxValue, Period.Year(2026).PerYear(decimal.MaxValue));
        Assert.Equal(decimal.MaxValue, Period.Month(2026, 3).PerMonth(decimal.MaxValue));
        Assert.Equal(decimal.MaxValue, Period.IsoWeek(2026, 10).PerWeek(decimal.MaxValue));
    }

    [KpiProperty]
    public Property Per_week_scaling_of_a_whole_number_of_weeks_is_exact() =>
        Prop.ForAll(Gen.Choose(1, 500).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (weeks, perWeek) =>
        {
            // A quantity of n × q over 7 n days is q a week, whatever n.
            var period = Period.FromDays(new DateOnly(2026, 1, 5), 7 * weeks);
            Assert.Equal((decimal)perWeek, period.PerWeek((decimal)perWeek * weeks));
        });

    [Fact]
    public void Time_reinvestment_mix_works_for_every_documented_number_of_decimals()
    {
        // Thirds of a freed hour: the shares add up to exactly 100 %, the first one unit of 10^-d larger.
        for (var decimals = 0; decimals <= Productivity.MaximumShareDecimals; decimals++)
        {
            var mix = Productivity.TimeReinvestmentMix(["Ventes", "Produit", "Formation"], [TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(20)], decimals).Value;
            var fractions = mix.Select(s => s.Share.Fraction).ToArray();
            Assert.Equal(1m, fractions.Sum());
            var third = decimal.Round(1m / 3m, decimals, MidpointRounding.ToZero);
            var unit = decimals == 0 ? 1m : 1m / (decimal)Math.Pow(10, decimals);
            Assert.Equal(1m - (2 * third), fractions[0]);
            Assert.Equal(third, fractions[1]);
            Assert.True(fractions[0] - fractions[1] <= unit);
        }
    }

    [Fact]
    public void The_targets_windows_at_the_ends_of_the_calendar_name_the_action_date()
    {
        // 0001-01-31 is day 30: its 30 days before are 0001-01-01 to 0001-01-30. 9999-10-02 plus 90 days is 9999-12-31.
        Assert.Equal(DateOnly.MinValue, Targets.BaselinePeriod(new DateOnly(1, 1, 31)).Start);
        Assert.Equal("actionDate", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.BaselinePeriod(new DateOnly(1, 1, 30))).ParamName);
        Assert.Equal(new DateOnly(9999, 12, 31), Targets.TargetPeriod(new DateOnly(9999, 10, 2)).End);
        Assert.Equal("actionDate", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.TargetPeriod(new DateOnly(9999, 10, 3))).ParamName);
    }

    [Fact]
    public void A_partition_factory_that_returns_null_or_a_negative_partition_count_is_refused()
    {
        var amounts = Enumerable.Repeat(1m, 100).ToArray();
        Assert.Equal("create", Assert.Throws<ArgumentNullException>(() => Partitioned.Aggregate<RevenueAccumulator>(amounts.Length, () => null!, (a, r) => a.Add(amounts.AsSpan(r)), 4)).ParamName);
        Assert.Equal("partitions", Assert.Throws<ArgumentOutOfRangeException>(() => Partitioned.Aggregate(amounts.Length, () => new RevenueAccumulator(Currency.EUR), (a, r) => a.Add(amounts.AsSpan(r)), -1)).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => Partitioned.Aggregate(-1, () => new RevenueAccumulator(Currency.EUR), (a, r) => a.Add(amounts.AsSpan(r)))).ParamName);
    }
}
