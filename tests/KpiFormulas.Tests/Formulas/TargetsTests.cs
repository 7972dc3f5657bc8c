using System;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class TargetsTests
{
    // ---- worked examples: Formulas/Cases/Targets.json ----------------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Targets");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    /// <summary>The tool of a case, its overload chosen by the kind of value its inputs are written as.</summary>
    private static object Calculate(ReferenceCase c) => (c.Kpi, c.Calculator) switch
    {
        ("target", "RelativeTarget") => c.Value("baseline") switch
        {
            Money baseline => Targets.RelativeTarget(baseline, c.Input<Rate>("relativeChange")),
            TimeSpan baseline => Targets.RelativeTarget(baseline, c.Input<Rate>("relativeChange")),
            Rate baseline => Targets.RelativeTarget(baseline, c.Input<Rate>("relativeChange")),
            decimal baseline => Targets.RelativeTarget(baseline, c.Input<Rate>("relativeChange")),
            var other => throw new NotSupportedException($"No relative target of {other.GetType().Name} values."),
        },
        ("target", "AbsoluteTarget") => (c.Value("baseline"), c.Value("change")) switch
        {
            (Rate baseline, PercentagePoints change) => Targets.AbsoluteTarget(baseline, change),
            (Money baseline, Money change) => Targets.AbsoluteTarget(baseline, change),
            (decimal baseline, decimal change) => Targets.AbsoluteTarget(baseline, change),
            var other => throw new NotSupportedException($"No absolute target of {other}."),
        },
        (KpiIds.TargetProgress, _) => (c.Value("baseline"), c.Value("target"), c.Value("current")) switch
        {
            (decimal baseline, decimal target, decimal current) => Targets.Progress(baseline, target, current),
            (Money baseline, Money target, Money current) => Targets.Progress(baseline, target, current),
            (Rate baseline, Rate target, Rate current) => Targets.Progress(baseline, target, current),
            (TimeSpan baseline, TimeSpan target, TimeSpan current) => Targets.Progress(baseline, target, current),
            var other => throw new NotSupportedException($"No progress between {other}."),
        },
        ("expected_on_date", _) => ExpectedOnDate(c.Value("baseline"), c.Value("target"), c.Input<Period>("targetPeriod"), c.Input<DateOnly>("date")),
        (KpiIds.Change, _) => (c.Value("before"), c.Value("after")) switch
        {
            (Rate before, Rate after) => Change.Between(before, after),
            (TimeSpan before, TimeSpan after) => Change.Between(before, after),
            (decimal before, decimal after) => Change.Between(before, after),
            (Money before, Money after) => Change.Between(before, after),
            (Ratio before, Ratio after) => Change.Between(before.Value, after.Value),
            var other => throw new NotSupportedException($"No change between {other}."),
        },
        _ => throw new InvalidOperationException($"No tool for the case '{c}' of '{c.Kpi}'."),
    };

    private static object ExpectedOnDate(object baseline, object target, Period window, DateOnly date) => (baseline, target) switch
    {
        (decimal from, decimal to) => Targets.ExpectedOnDate(from, to, window, date),
        (Money from, Money to) => Targets.ExpectedOnDate(from, to, window, date),
        (Rate from, Rate to) => Targets.ExpectedOnDate(from, to, window, date),
        (TimeSpan from, TimeSpan to) => Targets.ExpectedOnDate(from, to, window, date),
        var other => throw new NotSupportedException($"No trajectory between {other}."),
    };

    // ---- change ----------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.Change)]
    public void Change_is_absolute_in_the_kpi_unit_points_for_a_rate_and_relative_in_percent(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    public void A_fall_reads_as_worse_when_a_rise_is_better()
    {
        // The complaint rate from 8 % to 3 %: an improvement when lower is better, a worsening otherwise.
        var change = (Change<Rate, PercentagePoints>)Calculate(Cases.Case("complaint rate from eight to three percent"));
        Assert.Equal(ChangeAssessment.Worsened, change.Assess(Direction.HigherIsBetter));
    }

    [Fact]
    public void Change_of_amounts_refuses_two_currencies() =>
        Assert.Throws<CurrencyMismatchException>(() => Change.Between(Money.Euros(1m), Money.UsDollars(1m)));

    [Fact]
    public void Change_from_zero_is_undefined_relative_but_defined_absolute()
    {
        var change = Change.Between(0m, 12m);
        Assert.Equal(12m, change.Absolute);
        Assert.False(change.Relative.IsDefined);
        Assert.Equal(UndefinedReason.ZeroBaseline, change.Relative.Reason);
        Assert.Equal(KpiIds.Change, change.Relative.KpiId);
        Assert.Equal(ChangeAssessment.Improved, change.Assess(Direction.HigherIsBetter));
        Assert.Equal(ChangeAssessment.Unchanged, Change.Between(5m, 5m).Assess(Direction.LowerIsBetter));
        Assert.Contains("undefined", change.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Assessing_a_change_with_an_undefined_direction_is_refused()
    {
        // An undefined direction is neither "higher" nor "lower is better": it must not read as either.
        var change = Change.Between(3m, 5m);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => change.Assess((Direction)42)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Change.Between(5m, 5m).Assess((Direction)(-1))).ParamName);
    }

    [Fact]
    public void Change_equality()
    {
        Assert.Equal(Change.Between(1m, 2m), Change.Between(1m, 2m));
        Assert.True(Change.Between(1m, 2m) == Change.Between(1.0m, 2.00m));
        Assert.True(Change.Between(1m, 2m) != Change.Between(1m, 3m));
        Assert.False(Change.Between(1m, 2m).Equals((object)"x"));
        Assert.Equal(Change.Between(1m, 2m).GetHashCode(), Change.Between(1m, 2m).GetHashCode());
    }

    [KpiProperty(typeof(FourDecimalAmounts))]
    public bool Relative_change_of_x_to_x_is_zero_and_assessment_flips_with_direction(decimal a, decimal b)
    {
        var same = a == 0m || Change.Between(a, a).Relative.Value == Rate.Zero;
        var c = Change.Between(a, b);
        var higher = c.Assess(Direction.HigherIsBetter);
        var lower = c.Assess(Direction.LowerIsBetter);
        var flips = a == b ? higher == ChangeAssessment.Unchanged && lower == ChangeAssessment.Unchanged : higher != lower;
        return same && flips && c.Absolute == b - a;
    }

    // ---- baseline and target windows ----------------------------------------------------------

    [Fact]
    public void Baseline_window_is_the_30_days_before_acting_and_target_window_the_90_after()
    {
        // Measure the 30 days before acting as the baseline; set a target 90 days ahead.
        var action = new DateOnly(2026, 4, 1);
        var baseline = Targets.BaselinePeriod(action);
        Assert.Equal(new DateOnly(2026, 3, 2), baseline.Start);   // April 1 minus 30 days
        Assert.Equal(action, baseline.End);
        Assert.Equal(30, baseline.Days);
        var target = Targets.TargetPeriod(action);
        Assert.Equal(action, target.Start);
        Assert.Equal(new DateOnly(2026, 6, 30), target.End);       // 30 (Apr) + 31 (May) + 29 days of June = 90
    }

    [Fact]
    public void Baseline_averages_only_the_observations_in_the_window()
    {
        var action = new DateOnly(2026, 4, 1);
        DateOnly[] dates = [new(2026, 3, 1), new(2026, 3, 2), new(2026, 3, 20), new(2026, 3, 31), new(2026, 4, 1)];
        decimal[] values = [1_000m, 48m, 50m, 52m, 1_000m];       // March 1 and April 1 are outside [Mar 2, Apr 1)
        var baseline = Targets.Baseline(dates, values, action);
        Assert.Equal(50m, baseline.Value);                        // (48 + 50 + 52) / 3
        Assert.Equal(KpiIds.Baseline, baseline.KpiId);
        Assert.Equal(UndefinedReason.EmptyInput, Targets.Baseline([new DateOnly(2026, 1, 1)], [1m], action).Reason);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Targets.Baseline([action], [], action)).ParamName);
    }

    // ---- targets ---------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(CasesOf), "target")]
    public void Targets_move_the_baseline_by_a_relative_change_or_by_an_absolute_one_in_the_kpi_unit(ReferenceCase c) =>
        c.AssertResult(Calculate(c));

    [Fact]
    public void Absolute_targets_refuse_two_currencies() =>
        Assert.Throws<CurrencyMismatchException>(() => Targets.AbsoluteTarget(Money.Euros(50m), Money.UsDollars(-5m)));

    // ---- progress ------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(CasesOf), KpiIds.TargetProgress)]
    public void Progress_measures_the_share_of_the_way_in_either_direction(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    public void Progress_to_a_target_equal_to_the_baseline_is_undefined()
    {
        var progress = Targets.Progress(50m, 50m, 47m);
        Assert.Equal(UndefinedReason.TargetEqualsBaseline, progress.Reason);
        Assert.Equal(KpiIds.TargetProgress, progress.KpiId);
        Assert.Throws<CurrencyMismatchException>(() => Targets.Progress(Money.Euros(1m), Money.UsDollars(2m), Money.Euros(1m)));
        Assert.Throws<CurrencyMismatchException>(() => Targets.Progress(Money.Euros(1m), Money.Euros(2m), Money.UsDollars(1m)));
    }

    [KpiProperty(typeof(FourDecimalAmounts))]
    public bool Progress_is_zero_at_the_baseline_and_one_at_the_target(decimal baseline, decimal target) =>
        baseline == target
        || (Targets.Progress(baseline, target, baseline).Value == Rate.Zero
            && Targets.Progress(baseline, target, target).Value == Rate.One);

    [Theory]
    [MemberData(nameof(CasesOf), "expected_on_date")]
    public void Expected_on_date_interpolates_linearly_and_clamps(ReferenceCase c) => c.AssertResult(Calculate(c));

    [Fact]
    public void Expected_on_date_refuses_two_currencies()
    {
        var window = Targets.TargetPeriod(new DateOnly(2026, 4, 1));
        Assert.Throws<CurrencyMismatchException>(() => Targets.ExpectedOnDate(Money.Euros(50m), Money.UsDollars(45m), window, new DateOnly(2026, 5, 16)));
    }

    // ---- drift ---------------------------------------------------------------------------------

    [Fact]
    public void Drift_beyond_ten_percent_requires_an_adjustment()
    {
        // A drift of more than 10 % from the target calls for an adjustment.
        // CPL target 45 €, measured 52 €: (52 - 45) / 45 = +15.56 %, the bad side for a cost.
        var behind = Targets.CheckDrift(52m, 45m, Direction.LowerIsBetter);
        Assert.Equal(Rate.FromFraction(7m / 45m), behind.RelativeGap.Value);
        Assert.True(behind.RequiresAdjustment);
        Assert.Equal(DriftStatus.BehindTarget, behind.Status);
        Assert.Equal(Rate.FromPercent(10m), behind.Tolerance);

        // Exactly 10 % away is still on track (more than 10 % is needed): 49.5 against 45.
        var edge = Targets.CheckDrift(49.5m, 45m, Direction.LowerIsBetter);
        Assert.Equal(Rate.FromPercent(10m), edge.RelativeGap.Value);
        Assert.False(edge.RequiresAdjustment);
        Assert.Equal(DriftStatus.OnTrack, edge.Status);

        // Far better than the target: beyond tolerance on the good side.
        var ahead = Targets.CheckDrift(38m, 45m, Direction.LowerIsBetter);
        Assert.Equal(DriftStatus.AheadOfTarget, ahead.Status);
        Assert.True(ahead.RequiresAdjustment);
    }

    [Fact]
    public void Drift_for_money_rates_durations_and_custom_tolerance()
    {
        Assert.True(Targets.CheckDrift(Money.Euros(52m), Money.Euros(45m), Direction.LowerIsBetter).RequiresAdjustment);
        Assert.Throws<CurrencyMismatchException>(() => Targets.CheckDrift(Money.Euros(52m), Money.UsDollars(45m), Direction.LowerIsBetter));
        // Quote -> order 22 % against 25 %: -12 %, behind for a higher-is-better KPI.
        var rate = Targets.CheckDrift(Rate.FromPercent(22m), Rate.FromPercent(25m), Direction.HigherIsBetter);
        Assert.Equal(Rate.FromPercent(-12m), rate.RelativeGap.Value);
        Assert.Equal(DriftStatus.BehindTarget, rate.Status);
        // Session 5 min against 6 min: -16.7 %.
        Assert.True(Targets.CheckDrift(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6), Direction.HigherIsBetter).RequiresAdjustment);
        // With a 20 % tolerance, -16.7 % is on track.
        Assert.Equal(DriftStatus.OnTrack, Targets.CheckDrift(5m, 6m, Direction.HigherIsBetter, Rate.FromPercent(20m)).Status);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckDrift(5m, 6m, Direction.HigherIsBetter, Rate.FromPercent(-1m))).ParamName);
    }

    [Fact]
    public void Drift_against_a_zero_target_has_no_relative_gap()
    {
        var check = Targets.CheckDrift(3m, 0m, Direction.LowerIsBetter);
        Assert.Equal(UndefinedReason.ZeroTarget, check.RelativeGap.Reason);
        Assert.Equal(KpiIds.Drift, check.RelativeGap.KpiId);
        Assert.Equal(DriftStatus.BehindTarget, check.Status);
        Assert.True(check.RequiresAdjustment);
        var onTarget = Targets.CheckDrift(0m, 0m, Direction.LowerIsBetter);
        Assert.Equal(DriftStatus.OnTrack, onTarget.Status);
        Assert.False(onTarget.RequiresAdjustment);
        Assert.Equal(onTarget, Targets.CheckDrift(0m, 0m, Direction.LowerIsBetter));
        Assert.True(onTarget != check);
        Assert.False(onTarget.Equals((object)1));
        Assert.Equal(onTarget.GetHashCode(), Targets.CheckDrift(0m, 0m, Direction.LowerIsBetter).GetHashCode());
    }

    [KpiProperty]
    public Property Drift_requires_adjustment_exactly_when_the_gap_exceeds_the_tolerance(Direction direction) =>
        Prop.ForAll(
            Gen.Choose(-100_000, 100_000).ToArbitrary(),
            Gen.Choose(1, 100_000).ToArbitrary(),
            (measured, target) =>
            {
                var check = Targets.CheckDrift((decimal)measured, (decimal)target, direction);
                var gap = Math.Abs((decimal)(measured - target) / target);
                return check.RequiresAdjustment == (gap > 0.1m) && (check.Status == DriftStatus.OnTrack) == !check.RequiresAdjustment;
            });

    // ---- rate drift against noise ----------------------------------------------------------------

    // Hand calculations of the one-proportion score test, z = (p − p₀) / √(p₀(1 − p₀) / n), and its two-sided
    // p-value 2(1 − Φ(|z|)) read from the normal distribution (checked with Python's math.erfc; R's
    // prop.test(x, n, p, correct = FALSE) gives the same p-values, its X² being z²):
    // - 22 of 100 against 25 %: z = −0.03 / 0.0433013 = −0.6928, p = 0.4884: within noise, though 12 % behind
    //   the target by the 10 % tolerance of CheckDrift.
    // - 150 of 1 000 against 25 %: z = −0.1 / 0.0136931 = −7.303, p = 2.8e-13: behind.
    // - 3 of 40 against 20 %: z = −0.125 / 0.0632456 = −1.9764, p = 0.0481: behind at 5 %, not at 1 %.
    // - 12 of 100 against a 5 % complaint rate (lower is better): z = 0.07 / 0.0217945 = 3.2118, p = 0.0013: behind.
    // - 5 of 40 against 25 %: z = −0.125 / 0.0684653 = −1.8257, p = 0.0679: within noise.
    // - 0 of 10 against 5 %: z = −0.05 / 0.0689202 = −0.7255, p = 0.4682: within noise.
    [Theory]
    [InlineData(22, 100, 25, Direction.HigherIsBetter, 5, 0.4884, DriftStatus.OnTrack)]
    [InlineData(150, 1_000, 25, Direction.HigherIsBetter, 5, 0.0000, DriftStatus.BehindTarget)]
    [InlineData(150, 1_000, 25, Direction.LowerIsBetter, 5, 0.0000, DriftStatus.AheadOfTarget)]
    [InlineData(3, 40, 20, Direction.HigherIsBetter, 5, 0.0481, DriftStatus.BehindTarget)]
    [InlineData(3, 40, 20, Direction.HigherIsBetter, 1, 0.0481, DriftStatus.OnTrack)]
    [InlineData(12, 100, 5, Direction.LowerIsBetter, 5, 0.0013, DriftStatus.BehindTarget)]
    [InlineData(12, 100, 5, Direction.HigherIsBetter, 5, 0.0013, DriftStatus.AheadOfTarget)]
    [InlineData(5, 40, 25, Direction.HigherIsBetter, 5, 0.0679, DriftStatus.OnTrack)]
    [InlineData(0, 10, 5, Direction.LowerIsBetter, 5, 0.4682, DriftStatus.OnTrack)]
    public void A_rate_is_off_target_beyond_noise_only_when_the_score_test_says_so(long successes, long trials, int targetPercent, Direction direction, int levelPercent, double pValue, DriftStatus status)
    {
        var check = Targets.CheckRateDriftAgainstNoise(successes, trials, Rate.FromPercent(targetPercent), direction, Rate.FromPercent(levelPercent)).Value;

        Assert.Equal((decimal)pValue, Math.Round(check.PValue, 4));
        Assert.Equal(status, check.Status);
        Assert.Equal(status != DriftStatus.OnTrack, check.IsBeyondNoise);
        Assert.Equal(Rate.FromFraction((decimal)successes / trials), check.Observed.PointEstimate);
        Assert.Equal(Rate.FromFraction((decimal)successes / trials) - Rate.FromPercent(targetPercent), check.Gap);
        Assert.Equal(direction, check.Direction);
        Assert.Equal(Rate.FromPercent(levelPercent), check.SignificanceLevel);
    }

    [Fact]
    public void The_interval_of_a_rate_drift_check_is_the_wilson_interval_at_one_minus_the_level()
    {
        // 22 of 100 at 95 %: Wilson's centre (0.22 + 0.0192073) / 1.0384146 = 0.2303582 and half-width
        // 1.9599640 / 1.0384146 × √(0.22 × 0.78 / 100 + 3.8414588 / 40 000) = 0.0803454: [15.00 %, 31.07 %], which holds 25 %.
        var check = Targets.CheckRateDriftAgainstNoise(22, 100, Rate.FromPercent(25m), Direction.HigherIsBetter).Value;

        Assert.Equal(0.1500m, Math.Round(check.Observed.Lower.Fraction, 4));
        Assert.Equal(0.3107m, Math.Round(check.Observed.Upper.Fraction, 4));
        Assert.True(check.Observed.Contains(check.Target));
        Assert.Equal(Rate.FromPercent(5m), check.SignificanceLevel);
        Assert.Equal(Statistics.RateConfidenceInterval(22, 100, Rate.FromPercent(95m)).Value, check.Observed);
        Assert.Equal("Within noise of the target at the 5 % level (22 % observed against 25 %, p = 0.4884): the gap may be chance, keep measuring.", check.Verdict);
        Assert.Equal(
            "Behind target beyond noise at the 5 % level (15 % observed against 25 %, p = 0.0000): the gap is unlikely to be chance, adjust the action.",
            Targets.CheckRateDriftAgainstNoise(150, 1_000, Rate.FromPercent(25m), Direction.HigherIsBetter).Value.Verdict);
        Assert.Equal(
            "Ahead of target beyond noise at the 5 % level (12 % observed against 5 %, p = 0.0013): the gap is unlikely to be chance, the target may be too modest.",
            Targets.CheckRateDriftAgainstNoise(12, 100, Rate.FromPercent(5m), Direction.HigherIsBetter).Value.Verdict);
    }

    [Fact]
    public void A_rate_drift_check_without_trials_is_undefined_and_bad_input_is_refused()
    {
        var none = Targets.CheckRateDriftAgainstNoise(0, 0, Rate.FromPercent(25m), Direction.HigherIsBetter);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.RateDrift, none.KpiId);
        Assert.Equal(KpiIds.RateDrift, Targets.CheckRateDriftAgainstNoise(1, 2, Rate.FromPercent(25m), Direction.HigherIsBetter).KpiId);

        var target = Rate.FromPercent(25m);
        Assert.Equal("successes", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckRateDriftAgainstNoise(-1, 10, target, Direction.HigherIsBetter)).ParamName);
        Assert.Equal("trials", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckRateDriftAgainstNoise(0, -1, target, Direction.HigherIsBetter)).ParamName);
        Assert.Equal("successes", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckRateDriftAgainstNoise(11, 10, target, Direction.HigherIsBetter)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckRateDriftAgainstNoise(1, 10, Rate.Zero, Direction.HigherIsBetter)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckRateDriftAgainstNoise(1, 10, Rate.One, Direction.HigherIsBetter)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckRateDriftAgainstNoise(1, 10, target, (Direction)7)).ParamName);
        Assert.Equal("significanceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckRateDriftAgainstNoise(1, 10, target, Direction.HigherIsBetter, Rate.Zero)).ParamName);
        Assert.Equal("significanceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.CheckRateDriftAgainstNoise(1, 10, target, Direction.HigherIsBetter, Rate.FromPercent(100m))).ParamName);
    }

    [KpiProperty]
    public Property A_rate_drift_verdict_agrees_with_its_interval_and_reads_the_direction(Direction direction) =>
        Prop.ForAll(
            Gen.Choose(1, 5_000).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Choose(1, 999).ToArbitrary(),
            (trials, draw, perMille) =>
            {
                var successes = (long)draw * trials / 1_000_000;
                var target = Rate.FromFraction(perMille / 1_000m);
                var check = Targets.CheckRateDriftAgainstNoise(successes, trials, target, direction).Value;
                var better = direction == Direction.HigherIsBetter ? check.Observed.PointEstimate > target : check.Observed.PointEstimate < target;
                var status = !check.IsBeyondNoise ? DriftStatus.OnTrack : better ? DriftStatus.AheadOfTarget : DriftStatus.BehindTarget;

                // The interval and the test are the same statistics; only a p-value within rounding of the level may differ.
                var nearTheLevel = Math.Abs(check.PValue - 0.05m) < 1e-9m;
                return check.PValue is >= 0m and <= 1m
                    && check.Status == status
                    && (nearTheLevel || check.Observed.Contains(target) != check.IsBeyondNoise);
            });

    [KpiProperty]
    public Property A_rate_drift_p_value_is_the_same_for_the_failures_against_the_complement_of_the_target() =>
        Prop.ForAll(
            Gen.Choose(1, 5_000).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Choose(1, 999).ToArbitrary(),
            (trials, draw, perMille) =>
            {
                var successes = (long)draw * trials / 1_000_000;
                var check = Targets.CheckRateDriftAgainstNoise(successes, trials, Rate.FromFraction(perMille / 1_000m), Direction.HigherIsBetter).Value;
                var mirror = Targets.CheckRateDriftAgainstNoise(trials - successes, trials, Rate.FromFraction(1m - (perMille / 1_000m)), Direction.LowerIsBetter).Value;
                return Math.Abs(check.PValue - mirror.PValue) < 1e-12m && check.Status == mirror.Status;
            });

    // ---- dashboard size ----------------------------------------------------------------------------

    [Theory]
    [InlineData(3, DashboardScope.Project, DashboardSizeVerdict.WithinRecommendation)]   // three KPIs a project
    [InlineData(4, DashboardScope.Project, DashboardSizeVerdict.AboveRecommendation)]
    [InlineData(7, DashboardScope.Team, DashboardSizeVerdict.WithinRecommendation)]      // 5 to 7 major KPIs for a team
    [InlineData(8, DashboardScope.Team, DashboardSizeVerdict.AboveRecommendation)]
    [InlineData(10, DashboardScope.Dashboard, DashboardSizeVerdict.WithinRecommendation)] // 7 to 10 indicators on a dashboard
    [InlineData(11, DashboardScope.Dashboard, DashboardSizeVerdict.AboveRecommendation)]
    [InlineData(15, DashboardScope.Dashboard, DashboardSizeVerdict.AboveRecommendation)]
    [InlineData(16, DashboardScope.Dashboard, DashboardSizeVerdict.TooMany)]              // beyond 15, too many to follow
    [InlineData(0, DashboardScope.Team, DashboardSizeVerdict.WithinRecommendation)]
    public void Dashboard_size_advice_follows_the_recommended_sizes(int count, DashboardScope scope, DashboardSizeVerdict verdict)
    {
        var advice = Targets.AdviseDashboardSize(count, scope);
        Assert.Equal(verdict, advice.Verdict);
        Assert.Equal(count, advice.KpiCount);
        Assert.Equal(scope, advice.Scope);
        Assert.Equal(Math.Max(0, count - advice.RecommendedMaximum), advice.ExcessCount);
    }

    [Fact]
    public void Dashboard_size_advice_rejects_bad_input_and_compares_by_value()
    {
        Assert.Equal("kpiCount", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.AdviseDashboardSize(-1, DashboardScope.Team)).ParamName);
        Assert.Equal("scope", Assert.Throws<ArgumentOutOfRangeException>(() => Targets.AdviseDashboardSize(1, (DashboardScope)9)).ParamName);
        Assert.Equal(3, Targets.AdviseDashboardSize(1, DashboardScope.Project).RecommendedMaximum);
        Assert.True(Targets.AdviseDashboardSize(1, DashboardScope.Project) == Targets.AdviseDashboardSize(1, DashboardScope.Project));
        Assert.True(Targets.AdviseDashboardSize(1, DashboardScope.Project) != Targets.AdviseDashboardSize(2, DashboardScope.Project));
        Assert.False(Targets.AdviseDashboardSize(1, DashboardScope.Project).Equals((object)1));
        Assert.Equal(Targets.AdviseDashboardSize(1, DashboardScope.Team).GetHashCode(), Targets.AdviseDashboardSize(1, DashboardScope.Team).GetHashCode());
    }

    // ---- north star ----------------------------------------------------------------------------------

    [Fact]
    public void North_star_declares_its_drivers()
    {
        // A marketplace's North Star, its monthly orders, served by traffic, click-through and retention.
        var star = new NorthStar("monthly_orders", "traffic", "click_through_rate", KpiIds.RetentionRate);
        Assert.Equal("monthly_orders", star.Metric);
        Assert.Equal(["traffic", "click_through_rate", KpiIds.RetentionRate], star.Drivers);
        Assert.True(star.IsDriver(KpiIds.RetentionRate));
        Assert.False(star.IsDriver("monthly_orders"));
        Assert.False(star.IsDriver(null!));
        Assert.True(star.Serves("monthly_orders"));
        Assert.True(star.Serves("traffic"));
        Assert.False(star.Serves(KpiIds.Cac));
    }

    [Fact]
    public void North_star_rejects_blank_repeated_and_self_drivers()
    {
        Assert.Throws<ArgumentException>(() => new NorthStar(" ", "a"));
        Assert.Throws<ArgumentNullException>(() => new NorthStar(null!, "a"));
        Assert.Throws<ArgumentNullException>(() => new NorthStar("x", (string[])null!));
        Assert.Equal("drivers", Assert.Throws<ArgumentException>(() => new NorthStar("x", "a", "a")).ParamName);
        Assert.Equal("drivers", Assert.Throws<ArgumentException>(() => new NorthStar("x", "x")).ParamName);
        Assert.Equal("drivers", Assert.Throws<ArgumentException>(() => new NorthStar("x", "")).ParamName);
    }

    // ---- period normalisation (Period.PerWeek, PerMonth, PerYear) --------------------------------

    [Fact]
    public void Period_normalisation_uses_the_mean_gregorian_calendar()
    {
        var week = Period.IsoWeek(2026, 10);
        var month = Period.Month(2026, 3);
        var year = Period.Year(2026);

        // 30.436875 / 7 = 4.348125 weeks a month; 365.2425 / 7 = 52.1775 weeks a year.
        Assert.Equal(4.348125m, month.Weeks);
        Assert.Equal(52.1775m, year.Weeks);
        // 13 h saved a week -> 13 * 4.348125 = 56.525625 h a month.
        Assert.Equal(56.525625m, week.PerMonth(13m));
        Assert.Equal(13m, month.PerWeek(56.525625m));
        Assert.Equal(new TimeSpan(2, 8, 31, 32, 250), week.PerMonth(TimeSpan.FromHours(13)));
        Assert.Equal(TimeSpan.FromHours(13), month.PerWeek(new TimeSpan(2, 8, 31, 32, 250)));
        Assert.Equal(18_600m, month.PerYear(1_550m));
        Assert.Equal(50m, year.PerMonth(600m));     // a 600 € yearly subscription is 50 € a month
        Assert.Equal(521.775m, week.PerYear(10m));
        Assert.Equal(10m, year.PerWeek(521.775m));
    }

    [KpiProperty(typeof(FourDecimalAmounts))]
    public bool Period_normalisation_round_trips(decimal x)
    {
        var week = Period.IsoWeek(2026, 10);
        var month = Period.Month(2026, 3);
        var year = Period.Year(2026);
        return Math.Abs(month.PerWeek(week.PerMonth(x)) - x) <= Math.Abs(x) * 1e-26m + 1e-20m
            && year.PerMonth(month.PerYear(x)) == x;
    }
}
