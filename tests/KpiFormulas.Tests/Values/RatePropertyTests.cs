using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;

namespace KpiFormulas.Tests.Values;

public class RatePropertyTests
{
    /// <summary>Tolerance of the documented round trips and compositions.</summary>
    private const decimal Tolerance = 1e-20m;

    /// <summary>
    /// A proportion r and a count n for which the survival over the longer period, (1 - r)^n, is at
    /// least 1e-8. Decimal keeps 28 decimal places, so a survival of 1e-8 still has 20 significant
    /// digits and the n-th root can give r back to 1e-20. Beyond that the digits are not there: a
    /// drop-out of 99.9999 % a month is a survival of 1e-144 over 24 months, which is 0 in decimal,
    /// and no conversion can bring r back from it (see the next property for that range). Every rate
    /// up to 46 % qualifies at n = 24, and every rate below 100 % at n = 1.
    /// </summary>
    private static Gen<(Rate Rate, int Periods)> WellConditionedConversion() =>
        (from n in Generators.PeriodCount()
         from r in Generators.Proportion()
         select (Rate: r, Periods: n))
        .Where(t => Math.Pow(1.0 - (double)t.Rate.Fraction, t.Periods) >= 1e-8);

    private static Gen<(Rate Rate, int Periods)> AnyConversion() =>
        from n in Generators.PeriodCount()
        from r in Generators.Proportion()
        select (Rate: r, Periods: n);

    [KpiProperty]
    public Property Converting_to_a_longer_period_and_back_gives_the_rate_back() =>
        Prop.ForAll(WellConditionedConversion().ToArbitrary(), t =>
        {
            var back = Retention.ChurnPerPeriod(Retention.ChurnOverPeriods(t.Rate, t.Periods), t.Periods);
            return Math.Abs(back.Fraction - t.Rate.Fraction) <= Tolerance;
        });

    [KpiProperty]
    public Property Converting_back_reproduces_the_survival_over_the_longer_period_for_every_proportion() =>
        // Over the whole of [0, 1] (rates near 100 % included), the round trip is exact where decimal can
        // see it: the shorter-period rate compounds again to the same longer-period rate within 1e-26.
        Prop.ForAll(AnyConversion().ToArbitrary(), t =>
        {
            var longer = Retention.ChurnOverPeriods(t.Rate, t.Periods);
            var back = Retention.ChurnPerPeriod(longer, t.Periods);
            return back.IsProportion && Math.Abs(Retention.ChurnOverPeriods(back, t.Periods).Fraction - longer.Fraction) <= 1e-26m;
        });

    [KpiProperty]
    public Property A_longer_period_rate_is_a_proportion_and_grows_with_the_number_of_periods() =>
        Prop.ForAll(AnyConversion().ToArbitrary(), t =>
        {
            var longer = Retention.ChurnOverPeriods(t.Rate, t.Periods);
            var oneMore = Retention.ChurnOverPeriods(t.Rate, t.Periods + 1);
            return longer.IsProportion && oneMore.IsProportion && longer >= t.Rate && oneMore >= longer;
        });

    [KpiProperty]
    public Property A_shorter_period_rate_is_a_proportion_no_larger_than_the_rate() =>
        Prop.ForAll(AnyConversion().ToArbitrary(), t =>
        {
            var shorter = Retention.ChurnPerPeriod(t.Rate, t.Periods);
            return shorter.IsProportion && shorter <= t.Rate;
        });

    [KpiProperty]
    public bool Subtracting_then_adding_a_rate_gives_the_rate_back(Rate a, Rate b)
    {
        // (a - b) + b == a, written rate + points: the sum is defined as Rate + PercentagePoints.
        PercentagePoints difference = a - b;
        return b + difference == a && Rate.Add(b, Rate.Subtract(a, b)) == a && a - difference == b;
    }

    [KpiProperty]
    public bool Subtracting_then_adding_points_gives_the_points_back(PercentagePoints a, PercentagePoints b) =>
        (a - b) + b == a && PercentagePoints.Add(PercentagePoints.Subtract(a, b), b) == a;

    [KpiProperty(typeof(SixDecimalAmounts))]
    public Property The_relative_change_from_a_value_to_itself_is_zero(decimal x) =>
        Prop.When(x != 0m, () => Change.Between(x, x).Relative is { IsDefined: true } change && change.Value == Rate.Zero);

    [KpiProperty(typeof(PositiveQuantities))]
    public bool Relative_changes_compose_by_multiplying_growth_factors(decimal a, decimal b, decimal c)
    {
        // (1 + c(a, b)) (1 + c(b, c)) = (b / a) (c / b) = c / a = 1 + c(a, c) for positive a, b, c.
        var chained = (1m + Change.Between(a, b).Relative.Value.Fraction) * (1m + Change.Between(b, c).Relative.Value.Fraction);
        var direct = 1m + Change.Between(a, c).Relative.Value.Fraction;
        return Math.Abs(chained - direct) <= Tolerance;
    }

    [KpiProperty]
    public bool The_R_format_parses_back_to_the_same_rate(Rate x) =>
        Rate.Parse(x.ToString("R", null), CultureInfo.InvariantCulture) == x;

    /// <summary>fr-FR, en-US, ja-JP and the invariant culture: every culture of the suite but de-DE.</summary>
    public static class CulturesWithoutDotGrouping
    {
        private static readonly CultureInfo[] Pool = [.. new[] { "fr-FR", "en-US", "ja-JP", "" }.Select(CultureInfo.GetCultureInfo)];

        /// <summary>One of them, shrinking toward fr-FR.</summary>
        public static Arbitrary<CultureInfo> Culture() => Arb.From(Gen.Elements(Pool), c => Shrinkers.TowardFirst(Pool, c));
    }

    [KpiProperty(typeof(CulturesWithoutDotGrouping))]
    public bool The_R_format_parses_back_in_cultures_where_a_dot_is_not_a_group_separator(Rate x, CultureInfo culture) =>
        // fr-FR, en-US, ja-JP and the invariant culture; in de-DE "37.5" is read with '.' as the group separator.
        Rate.Parse(x.ToString("R", culture), culture) == x;

    [KpiProperty]
    public bool The_P2_format_parses_back_to_the_rate_rounded_to_four_decimals_of_the_fraction(Rate x, CultureInfo culture) =>
        // P2 shows two decimals of the percentage, that is four of the fraction, rounded half away from zero.
        Rate.Parse(x.ToString("P2", culture), culture) == x.Round(4, MidpointRounding.AwayFromZero);

    [KpiProperty]
    public bool Ordering_is_consistent_with_equality(Rate a, bool same, Rate other)
    {
        // Half of the pairs share a value written at another scale (0.25 and 0.2500).
        var b = same ? Rate.FromFraction(a.Fraction * 1.00m) : other;
        var comparison = a.CompareTo(b);
        return (comparison == 0) == a.Equals(b)
            && (comparison == 0) == (a == b)
            && (comparison != 0 || a.GetHashCode() == b.GetHashCode())
            && Math.Sign(comparison) == -Math.Sign(b.CompareTo(a))
            && (comparison < 0) == (a < b)
            && (comparison > 0) == (a > b)
            && (comparison <= 0) == (a <= b)
            && (comparison >= 0) == (a >= b);
    }
}
