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
    // ---- change ----------------------------------------------------------------------------

    [Fact]
    public void Change_of_a_rate_is_in_points_absolute_and_percent_relative()
    {
        // seed 003, line 193: "Taux de réclamation 8% 3% -62%": -5 points, -62.5 % exactly (printed -62 %, truncated).
        var change = Change.Between(Rate.FromPercent(8m), Rate.FromPercent(3m));
        Assert.Equal(PercentagePoints.FromPoints(-5m), change.Absolute);
        Assert.Equal(Rate.FromFraction(-0.625m), change.Relative.Value);
        Assert.Equal(-62m, decimal.Truncate(change.Relative.Value.Percent));
        Assert.Equal(ChangeAssessment.Improved, change.Assess(Direction.LowerIsBetter));
        Assert.Equal(ChangeAssessment.Worsened, change.Assess(Direction.HigherIsBetter));
    }

    [Fact]
    public void Plus_five_points_is_not_plus_five_percent()
    {
        // seed 001, line 15: quote -> order success is "+5 points". From 20 %: +5 points is 25 % (a +25 % relative change),
        // while +5 % relative would be 21 %.
        var change = Change.Between(Rate.FromPercent(20m), Rate.FromPercent(25m));
        Assert.Equal(5m, change.Absolute.Points);
        Assert.Equal(25m, change.Relative.Value.Percent);
        Assert.Equal(Rate.FromPercent(21m), Targets.RelativeTarget(Rate.FromPercent(20m), Rate.FromPercent(5m)));
        Assert.Equal(Rate.FromPercent(25m), Targets.AbsoluteTarget(Rate.FromPercent(20m), PercentagePoints.FromPoints(5m)));
    }

    [Fact]
    public void Change_of_durations_money_numbers_and_ratios()
    {
        // seed 003, line 191: "Temps de réponse 4h 45 min -81%": (45 - 240) / 240 = -81.25 %.
        var response = Change.Between(TimeSpan.FromHours(4), TimeSpan.FromMinutes(45));
        Assert.Equal(TimeSpan.FromMinutes(-195), response.Absolute);
        Assert.Equal(-81.25m, response.Relative.Value.Percent);

        // seed 003, line 192: "NPS 32 48 +50%": (48 - 32) / 32 = +50 %, +16 absolute.
        var nps = Change.Between(32m, 48m);
        Assert.Equal(16m, nps.Absolute);
        Assert.Equal(50m, nps.Relative.Value.Percent);

        var aov = Change.Between(Money.Euros(100m), Money.Euros(112m)); // seed 001, line 41: "l'AOV a grimpé de 12 %"
        Assert.Equal(Money.Euros(12m), aov.Absolute);
        Assert.Equal(12m, aov.Relative.Value.Percent);
        Assert.Throws<CurrencyMismatchException>(() => Change.Between(Money.Euros(1m), Money.UsDollars(1m)));

        // A ratio's change is the change of its value (x of x : 1).
        var roi = Change.Between(new Ratio(1.2m).Value, new Ratio(2.4m).Value);
        Assert.Equal(1.2m, roi.Absolute);
        Assert.Equal(100m, roi.Relative.Value.Percent);
    }

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
    public void Change_equality()
    {
        Assert.Equal(Change.Between(1m, 2m), Change.Between(1m, 2m));
        Assert.True(Change.Between(1m, 2m) == Change.Between(1.0m, 2.00m));
        Assert.True(Change.Between(1m, 2m) != Change.Between(1m, 3m));
        Assert.False(Change.Between(1m, 2m).Equals((object)"x"));
        Assert.Equal(Change.Between(1m, 2m).GetHashCode(), Change.Between(1m, 2m).GetHashCode());
    }

    [Fact]
    public void Relative_change_of_x_to_x_is_zero_and_assessment_flips_with_direction()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Generators.Amount(4).ToArbitrary(),
            Generators.Amount(4).ToArbitrary(),
            (a, b) =>
            {
                var same = a == 0m || Change.Between(a, a).Relative.Value == Rate.Zero;
                var c = Change.Between(a, b);
                var higher = c.Assess(Direction.HigherIsBetter);
                var lower = c.Assess(Direction.LowerIsBetter);
                var flips = a == b ? higher == ChangeAssessment.Unchanged && lower == ChangeAssessment.Unchanged : higher != lower;
                return same && flips && c.Absolute == b - a;
            }));
    }

    // ---- baseline and target windows ----------------------------------------------------------

    [Fact]
    public void Baseline_window_is_the_30_days_before_acting_and_target_window_the_90_after()
    {
        // seed 001, lines 30-31: "Mesurer l'existant sur 30 jours", "Fixer une cible à 90 jours".
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

    [Fact]
    public void Relative_targets_reproduce_document_001()
    {
        // seed 001, line 21: CPL 50 €, "viser une réduction de 10 % ... pour passer à 45 €/lead".
        Assert.Equal(Money.Euros(45m), Targets.RelativeTarget(Money.Euros(50m), Rate.FromPercent(-10m)));
        // seed 001, line 31: "augmenter la durée de session de 20 %": 5 min -> 6 min.
        Assert.Equal(TimeSpan.FromMinutes(6), Targets.RelativeTarget(TimeSpan.FromMinutes(5), Rate.FromPercent(20m)));
        // seed 001, line 18: handling time -15 %: 20 min -> 17 min.
        Assert.Equal(TimeSpan.FromMinutes(17), Targets.RelativeTarget(TimeSpan.FromMinutes(20), Rate.FromPercent(-15m)));
        // seed 001, line 17: AOV +8 %: 125 € -> 135 €.
        Assert.Equal(Money.Euros(135m), Targets.RelativeTarget(Money.Euros(125m), Rate.FromPercent(8m)));
        Assert.Equal(1.2m, Targets.RelativeTarget(3m, Rate.FromPercent(-60m)));
        Assert.Equal(Rate.FromPercent(11.5m), Targets.RelativeTarget(Rate.FromPercent(10m), Rate.FromPercent(15m)));
    }

    [Fact]
    public void Absolute_targets_add_in_the_kpi_unit()
    {
        Assert.Equal(Money.Euros(45m), Targets.AbsoluteTarget(Money.Euros(50m), Money.Euros(-5m)));
        Assert.Equal(11m, Targets.AbsoluteTarget(8m, 3m));
        Assert.Throws<CurrencyMismatchException>(() => Targets.AbsoluteTarget(Money.Euros(50m), Money.UsDollars(-5m)));
    }

    // ---- progress ------------------------------------------------------------------------------

    [Fact]
    public void Progress_measures_the_share_of_the_way_in_either_direction()
    {
        // CPL from 50 € to 45 €, now 47 €: (47 - 50) / (45 - 50) = 60 %.
        Assert.Equal(Rate.FromPercent(60m), Targets.Progress(50m, 45m, 47m).Value);
        Assert.Equal(Rate.FromPercent(60m), Targets.Progress(Money.Euros(50m), Money.Euros(45m), Money.Euros(47m)).Value);
        // Quote -> order 20 % to 25 %, now 22 %: 2 / 5 = 40 %.
        Assert.Equal(Rate.FromPercent(40m), Targets.Progress(Rate.FromPercent(20m), Rate.FromPercent(25m), Rate.FromPercent(22m)).Value);
        // Session 5 min to 6 min, now 5.5 min: 50 %.
        Assert.Equal(Rate.FromPercent(50m), Targets.Progress(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(5.5)).Value);
        // Moving away is negative; beyond the target above 100 %.
        Assert.Equal(Rate.FromPercent(-20m), Targets.Progress(50m, 45m, 51m).Value);
        Assert.Equal(Rate.FromPercent(120m), Targets.Progress(50m, 45m, 44m).Value);
    }

    [Fact]
    public void Progress_to_a_target_equal_to_the_baseline_is_undefined()
    {
        var progress = Targets.Progress(50m, 50m, 47m);
        Assert.Equal(UndefinedReason.TargetEqualsBaseline, progress.Reason);
        Assert.Equal(KpiIds.TargetProgress, progress.KpiId);
        Assert.Throws<CurrencyMismatchException>(() => Targets.Progress(Money.Euros(1m), Money.UsDollars(2m), Money.Euros(1m)));
        Assert.Throws<CurrencyMismatchException>(() => Targets.Progress(Money.Euros(1m), Money.Euros(2m), Money.UsDollars(1m)));
    }

    [Fact]
    public void Progress_is_zero_at_the_baseline_and_one_at_the_target()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Generators.Amount(4).ToArbitrary(),
            Generators.Amount(4).ToArbitrary(),
            (baseline, target) =>
                baseline == target
                || (Targets.Progress(baseline, target, baseline).Value == Rate.Zero
                    && Targets.Progress(baseline, target, target).Value == Rate.One)));
    }

    [Fact]
    public void Expected_on_date_interpolates_linearly_and_clamps()
    {
        var window = Targets.TargetPeriod(new DateOnly(2026, 4, 1));
        Assert.Equal(50m, Targets.ExpectedOnDate(50m, 45m, window, new DateOnly(2026, 3, 1)));
        Assert.Equal(50m, Targets.ExpectedOnDate(50m, 45m, window, new DateOnly(2026, 4, 1)));
        Assert.Equal(47.5m, Targets.ExpectedOnDate(50m, 45m, window, new DateOnly(2026, 5, 16)));   // 45 of 90 days
        Assert.Equal(45m, Targets.ExpectedOnDate(50m, 45m, window, window.End));
        Assert.Equal(45m, Targets.ExpectedOnDate(50m, 45m, window, new DateOnly(2027, 1, 1)));
        // The same trajectory for amounts, rates and durations, half-way (45 of 90 days).
        Assert.Equal(Money.Euros(47.5m), Targets.ExpectedOnDate(Money.Euros(50m), Money.Euros(45m), window, new DateOnly(2026, 5, 16)));
        Assert.Throws<CurrencyMismatchException>(() => Targets.ExpectedOnDate(Money.Euros(50m), Money.UsDollars(45m), window, new DateOnly(2026, 5, 16)));
        Assert.Equal(Rate.FromPercent(22.5m), Targets.ExpectedOnDate(Rate.FromPercent(20m), Rate.FromPercent(25m), window, new DateOnly(2026, 5, 16)));
        Assert.Equal(TimeSpan.FromMinutes(5.5), Targets.ExpectedOnDate(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6), window, new DateOnly(2026, 5, 16)));
    }

    // ---- drift ---------------------------------------------------------------------------------

    [Fact]
    public void Drift_beyond_ten_percent_requires_an_adjustment()
    {
        // seed 001, line 32: "une dérive de plus de 10 % par rapport à la cible appelle un ajustement".
        // CPL target 45 €, measured 52 €: (52 - 45) / 45 = +15.56 %, the bad side for a cost.
        var behind = Targets.CheckDrift(52m, 45m, Direction.LowerIsBetter);
        Assert.Equal(Rate.FromFraction(7m / 45m), behind.RelativeGap.Value);
        Assert.True(behind.RequiresAdjustment);
        Assert.Equal(DriftStatus.BehindTarget, behind.Status);
        Assert.Equal(Rate.FromPercent(10m), behind.Tolerance);

        // Exactly 10 % away is still on track ("plus de 10 %"): 49.5 against 45.
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

    [Fact]
    public void Drift_requires_adjustment_exactly_when_the_gap_exceeds_the_tolerance()
    {
        PropertyCheck.Holds(Prop.ForAll(
            Gen.Choose(-100_000, 100_000).ToArbitrary(),
            Gen.Choose(1, 100_000).ToArbitrary(),
            Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter).ToArbitrary(),
            (measured, target, direction) =>
            {
                var check = Targets.CheckDrift((decimal)measured, (decimal)target, direction);
                var gap = Math.Abs((decimal)(measured - target) / target);
                return check.RequiresAdjustment == (gap > 0.1m) && (check.Status == DriftStatus.OnTrack) == !check.RequiresAdjustment;
            }));
    }

    // ---- dashboard size ----------------------------------------------------------------------------

    [Theory]
    [InlineData(3, DashboardScope.Project, DashboardSizeVerdict.WithinRecommendation)]   // seed 001, line 23: "trois KPI par projet"
    [InlineData(4, DashboardScope.Project, DashboardSizeVerdict.AboveRecommendation)]
    [InlineData(7, DashboardScope.Team, DashboardSizeVerdict.WithinRecommendation)]      // seed 004, line 316: "5 à 7 KPI majeurs"
    [InlineData(8, DashboardScope.Team, DashboardSizeVerdict.AboveRecommendation)]
    [InlineData(10, DashboardScope.Dashboard, DashboardSizeVerdict.WithinRecommendation)] // seed 004, line 286: "7 à 10 indicateurs"
    [InlineData(11, DashboardScope.Dashboard, DashboardSizeVerdict.AboveRecommendation)]
    [InlineData(15, DashboardScope.Dashboard, DashboardSizeVerdict.AboveRecommendation)]
    [InlineData(16, DashboardScope.Dashboard, DashboardSizeVerdict.TooMany)]              // seed 001, line 54: "plus de 15 ou 20"
    [InlineData(0, DashboardScope.Team, DashboardSizeVerdict.WithinRecommendation)]
    public void Dashboard_size_advice_follows_the_documents(int count, DashboardScope scope, DashboardSizeVerdict verdict)
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
        // seed 001, line 48: a marketplace's North Star "nombre de commandes mensuelles", served by traffic, click-through and retention.
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
        // seed 003, line 75: 13 h a week -> 13 * 4.348125 = 56.525625 h a month.
        Assert.Equal(56.525625m, week.PerMonth(13m));
        Assert.Equal(13m, month.PerWeek(56.525625m));
        Assert.Equal(new TimeSpan(2, 8, 31, 32, 250), week.PerMonth(TimeSpan.FromHours(13)));
        Assert.Equal(TimeSpan.FromHours(13), month.PerWeek(new TimeSpan(2, 8, 31, 32, 250)));
        Assert.Equal(18_600m, month.PerYear(1_550m));
        Assert.Equal(50m, year.PerMonth(600m));     // seed 003, line 42: "600€/an"
        Assert.Equal(521.775m, week.PerYear(10m));
        Assert.Equal(10m, year.PerWeek(521.775m));
    }

    [Fact]
    public void Period_normalisation_round_trips()
    {
        var week = Period.IsoWeek(2026, 10);
        var month = Period.Month(2026, 3);
        var year = Period.Year(2026);
        PropertyCheck.Holds(Prop.ForAll(
            Generators.Amount(4).ToArbitrary(),
            x => Math.Abs(month.PerWeek(week.PerMonth(x)) - x) <= Math.Abs(x) * 1e-26m + 1e-20m
                 && year.PerMonth(month.PerYear(x)) == x));
    }
}
