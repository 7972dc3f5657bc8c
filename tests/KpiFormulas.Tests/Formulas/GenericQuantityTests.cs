using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

/// <summary>
/// The generic target and change calculators with each quantity they take: plain numbers, amounts,
/// rates, durations (their own overloads) and a quantity type of the tests' own, which only has the
/// generic-math operators. Every reference value is a hand calculation on round numbers.
/// </summary>
public class GenericQuantityTests
{
    private static readonly Period Window = Targets.TargetPeriod(new DateOnly(2026, 4, 1));

    // 18 of the window's 90 days: a fifth of the way.
    private static readonly DateOnly FifthOfTheWay = new(2026, 4, 19);

    [Fact]
    public void Relative_targets_take_each_quantity_and_keep_its_unit()
    {
        // 200 x (1 - 25 %) = 150, whatever the unit.
        var minus25 = Rate.FromPercent(-25m);
        Assert.Equal(150m, Targets.RelativeTarget(200m, minus25));
        Assert.Equal(new Money(150m, Currency.USD), Targets.RelativeTarget(new Money(200m, Currency.USD), minus25));
        Assert.Equal(Rate.FromPercent(15m), Targets.RelativeTarget(Rate.FromPercent(20m), minus25));       // 20 % x 0.75
        Assert.Equal(TimeSpan.FromMinutes(150), Targets.RelativeTarget(TimeSpan.FromMinutes(200), minus25));
        Assert.Equal(new Kilograms(150m), Targets.RelativeTarget(new Kilograms(200m), minus25));
    }

    [Fact]
    public void Absolute_targets_add_a_change_of_the_quantity_s_own_difference_type()
    {
        Assert.Equal(11, Targets.AbsoluteTarget(8, 3));                                   // a count stays a whole number
        Assert.Equal(11m, Targets.AbsoluteTarget(8m, 3m));
        Assert.Equal(Money.Euros(45m), Targets.AbsoluteTarget(Money.Euros(50m), Money.Euros(-5m)));
        Assert.Equal(Rate.FromPercent(25m), Targets.AbsoluteTarget(Rate.FromPercent(20m), PercentagePoints.FromPoints(5m)));
        Assert.Equal(Rate.FromPercent(15m), Targets.AbsoluteTarget(Rate.FromPercent(20m), PercentagePoints.FromPoints(-5m)));
    }

    [Fact]
    public void Progress_is_the_same_share_of_the_way_in_every_unit()
    {
        // From 200 to 100, now 175: (175 - 200) / (100 - 200) = 25 %.
        var quarter = Rate.FromPercent(25m);
        Assert.Equal(quarter, Targets.Progress(200m, 100m, 175m).Value);
        Assert.Equal(quarter, Targets.Progress(Money.Euros(200m), Money.Euros(100m), Money.Euros(175m)).Value);
        Assert.Equal(quarter, Targets.Progress(Rate.FromPercent(20m), Rate.FromPercent(10m), Rate.FromPercent(17.5m)).Value);
        Assert.Equal(quarter, Targets.Progress(TimeSpan.FromMinutes(200), TimeSpan.FromMinutes(100), TimeSpan.FromMinutes(175)).Value);
        Assert.Equal(quarter, Targets.Progress(new Kilograms(200m), new Kilograms(100m), new Kilograms(175m)).Value);
        Assert.Equal(UndefinedReason.TargetEqualsBaseline, Targets.Progress(new Kilograms(1m), new Kilograms(1m), new Kilograms(2m)).Reason);
        Assert.Equal(UndefinedReason.TargetEqualsBaseline, Targets.Progress(Rate.FromPercent(20m), Rate.FromPercent(20m), Rate.One).Reason);
    }

    [KpiProperty]
    public Property Progress_of_rates_is_progress_of_their_fractions()
    {
        var rate = Gen.Choose(-1_000_000, 1_000_000).Select(i => Rate.FromFraction(i / 1_000_000m));
        return Prop.ForAll(rate.ToArbitrary(), rate.ToArbitrary(), rate.ToArbitrary(), (baseline, target, current) =>
            Targets.Progress(baseline, target, current) == Targets.Progress(baseline.Fraction, target.Fraction, current.Fraction));
    }

    [Fact]
    public void Expected_on_date_is_the_same_straight_line_in_every_unit()
    {
        // A fifth of the way from 200 to 100: 200 - 100 x 18 / 90 = 180.
        Assert.Equal(180m, Targets.ExpectedOnDate(200m, 100m, Window, FifthOfTheWay));
        Assert.Equal(new Money(180m, Currency.JPY), Targets.ExpectedOnDate(new Money(200m, Currency.JPY), new Money(100m, Currency.JPY), Window, FifthOfTheWay));
        Assert.Equal(Rate.FromPercent(18m), Targets.ExpectedOnDate(Rate.FromPercent(20m), Rate.FromPercent(10m), Window, FifthOfTheWay));
        Assert.Equal(TimeSpan.FromMinutes(180), Targets.ExpectedOnDate(TimeSpan.FromMinutes(200), TimeSpan.FromMinutes(100), Window, FifthOfTheWay));
        Assert.Equal(new Kilograms(180m), Targets.ExpectedOnDate(new Kilograms(200m), new Kilograms(100m), Window, FifthOfTheWay));

        // Rising the other way: 100 + 100 x 18 / 90 = 120.
        Assert.Equal(Money.Euros(120m), Targets.ExpectedOnDate(Money.Euros(100m), Money.Euros(200m), Window, FifthOfTheWay));
    }

    [Fact]
    public void Drift_is_the_same_relative_gap_in_every_unit()
    {
        // 90 against a target of 80: +12.5 %, beyond 10 %; 88 against 80: +10 % exactly, on track.
        var gap = Rate.FromPercent(12.5m);
        AssertBehind(Targets.CheckDrift(90m, 80m, Direction.LowerIsBetter));
        AssertBehind(Targets.CheckDrift(Money.Euros(90m), Money.Euros(80m), Direction.LowerIsBetter));
        AssertBehind(Targets.CheckDrift(Rate.FromPercent(9m), Rate.FromPercent(8m), Direction.LowerIsBetter));
        AssertBehind(Targets.CheckDrift(TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(80), Direction.LowerIsBetter));
        AssertBehind(Targets.CheckDrift(new Kilograms(90m), new Kilograms(80m), Direction.LowerIsBetter));
        Assert.Equal(DriftStatus.OnTrack, Targets.CheckDrift(new Kilograms(88m), new Kilograms(80m), Direction.LowerIsBetter).Status);
        Assert.Equal(DriftStatus.AheadOfTarget, Targets.CheckDrift(Rate.FromPercent(9m), Rate.FromPercent(8m), Direction.HigherIsBetter).Status);

        void AssertBehind(DriftCheck check)
        {
            Assert.Equal(gap, check.RelativeGap.Value);
            Assert.Equal(DriftStatus.BehindTarget, check.Status);
            Assert.True(check.RequiresAdjustment);
        }
    }

    [Fact]
    public void Drift_against_a_negative_or_zero_target_reads_the_sign_in_the_target_s_unit()
    {
        // A margin of -80 EUR against a target of -100 EUR: (-80 - -100) / |-100| = +20 %, ahead when higher is better.
        var margin = Targets.CheckDrift(Money.Euros(-80m), Money.Euros(-100m), Direction.HigherIsBetter);
        Assert.Equal(Rate.FromPercent(20m), margin.RelativeGap.Value);
        Assert.Equal(DriftStatus.AheadOfTarget, margin.Status);

        var zero = Targets.CheckDrift(Money.Euros(3m), Money.Euros(0m), Direction.LowerIsBetter);
        Assert.Equal(UndefinedReason.ZeroTarget, zero.RelativeGap.Reason);
        Assert.Equal(DriftStatus.BehindTarget, zero.Status);
        Assert.Equal(DriftStatus.OnTrack, Targets.CheckDrift(Rate.Zero, Rate.Zero, Direction.LowerIsBetter).Status);
    }

    [Fact]
    public void Change_between_takes_each_quantity()
    {
        // From -4 to -2 is +2 absolute and +50 % relative (divided by |-4|).
        var amount = Change.Between(Money.Euros(-4m), Money.Euros(-2m));
        Assert.Equal(Money.Euros(2m), amount.Absolute);
        Assert.Equal(Rate.FromPercent(50m), amount.Relative.Value);

        var weight = Change.Between(new Kilograms(80m), new Kilograms(60m));
        Assert.Equal(new Kilograms(-20m), weight.Absolute);
        Assert.Equal(Rate.FromPercent(-25m), weight.Relative.Value);
        Assert.Equal(ChangeAssessment.Improved, weight.Assess(Direction.LowerIsBetter));
        Assert.Equal(UndefinedReason.ZeroBaseline, Change.Between(new Kilograms(0m), new Kilograms(1m)).Relative.Reason);

        // A rate's absolute change stays in points, a duration's in time.
        Assert.Equal(PercentagePoints.FromPoints(-2m), Change.Between(Rate.FromPercent(8m), Rate.FromPercent(6m)).Absolute);
        Assert.Equal(TimeSpan.FromMinutes(-20), Change.Between(TimeSpan.FromMinutes(80), TimeSpan.FromMinutes(60)).Absolute);
    }

    [Fact]
    public void Amounts_in_two_currencies_are_rejected_naming_the_parameter()
    {
        var euros = Money.Euros(1m);
        var dollars = Money.UsDollars(2m);
        AssertMismatch("target", () => Targets.Progress(euros, dollars, euros));
        AssertMismatch("current", () => Targets.Progress(euros, Money.Euros(2m), dollars));
        AssertMismatch("current", () => Targets.Progress(euros, euros, dollars));   // even when the progress is undefined
        AssertMismatch("target", () => Targets.ExpectedOnDate(euros, dollars, Window, Window.Start));
        AssertMismatch("target", () => Targets.CheckDrift(euros, dollars, Direction.HigherIsBetter));
        AssertMismatch("after", () => Change.Between(euros, dollars));

        static void AssertMismatch(string parameter, Func<object> call)
        {
            var e = Assert.Throws<CurrencyMismatchException>(call);
            Assert.Equal(parameter, e.ParamName);
            Assert.Equal(Currency.EUR, e.Expected);
            Assert.Equal(Currency.USD, e.Actual);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(99)]
    public void Drift_rejects_a_direction_that_is_not_defined(int direction)
    {
        var undefined = (Direction)direction;
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckDrift(5m, 6m, undefined)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckDrift(Money.Euros(5m), Money.Euros(6m), undefined)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckDrift(Rate.Zero, Rate.One, undefined)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckDrift(TimeSpan.Zero, TimeSpan.FromHours(1), undefined)).ParamName);
    }

    [Fact]
    public void A_rate_in_generic_code_is_its_fraction_while_rate_minus_rate_stays_in_points()
    {
        // Through a generic constraint, rates take part in generic math on the fraction scale...
        Assert.Equal(Rate.FromPercent(5m), Gap(Rate.FromPercent(25m), Rate.FromPercent(20m)));
        Assert.Equal(2.5m, Quotient(Rate.FromPercent(25m), Rate.FromPercent(10m)));
        Assert.Equal(Rate.FromPercent(5m), Divided(Rate.FromPercent(20m), 4m));

        // ...while ordinary code keeps the difference of two rates in percentage points.
        PercentagePoints points = Rate.FromPercent(25m) - Rate.FromPercent(20m);
        Assert.Equal(PercentagePoints.FromPoints(5m), points);

        static T Gap<T>(T left, T right)
            where T : ISubtractionOperators<T, T, T> => left - right;

        static decimal Quotient<T>(T left, T right)
            where T : IDivisionOperators<T, T, decimal> => left / right;

        static T Divided<T>(T left, decimal right)
            where T : IDivisionOperators<T, decimal, T> => left / right;
    }

    /// <summary>A quantity the library does not know: only the generic-math operators the calculators ask for.</summary>
    private readonly record struct Kilograms(decimal Value)
        : IComparable<Kilograms>,
          IComparisonOperators<Kilograms, Kilograms, bool>,
          ISubtractionOperators<Kilograms, Kilograms, Kilograms>,
          IMultiplyOperators<Kilograms, decimal, Kilograms>,
          IDivisionOperators<Kilograms, decimal, Kilograms>,
          IDivisionOperators<Kilograms, Kilograms, decimal>
    {
        public static bool operator <(Kilograms left, Kilograms right) => left.Value < right.Value;

        public static bool operator >(Kilograms left, Kilograms right) => left.Value > right.Value;

        public static bool operator <=(Kilograms left, Kilograms right) => left.Value <= right.Value;

        public static bool operator >=(Kilograms left, Kilograms right) => left.Value >= right.Value;

        public static Kilograms operator -(Kilograms left, Kilograms right) => new(left.Value - right.Value);

        public static Kilograms operator *(Kilograms left, decimal right) => new(left.Value * right);

        public static Kilograms operator /(Kilograms left, decimal right) => new(left.Value / right);

        public static decimal operator /(Kilograms left, Kilograms right) => left.Value / right.Value;

        public int CompareTo(Kilograms other) => Value.CompareTo(other.Value);
    }
}
