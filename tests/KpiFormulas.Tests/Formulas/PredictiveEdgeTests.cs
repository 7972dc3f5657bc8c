using System;
using System.Linq;
using KpiFormulas.Formulas;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

/// <summary>
/// The maximum-likelihood search on functions whose maximum is known by hand, and the edges of the customer-base
/// models: which input is refused, with which parameter and message, and the reason and explanation of each
/// undefined result.
/// </summary>
public class PredictiveEdgeTests
{
    private static readonly BgNbdModel Cdnow = new(0.243m, 4.414m, 0.793m, 2.426m);
    private static readonly GammaGammaModel CdnowSpend = new(6.25m, 3.74m, 15.44m);
    private static readonly SbgModel Regular = new(0.704m, 1.182m);
    private static readonly DateOnly CalibrationEnd = new(1997, 9, 30);
    private static readonly DateOnly HoldoutEnd = new(1998, 6, 30);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private static CustomerSummary Customer(long x, decimal recency, decimal t, decimal value) =>
        new(x, recency, t, Money.UsDollars(value), 0, Money.UsDollars(0m));

    // ---- the search, on functions whose maximum is known ------------------------------------------------

    // A concave quadratic: its maximum 3 is at (1, −0.5), where both squares vanish.
    private static double Bowl(double[] x) => 3.0 - ((x[0] - 1.0) * (x[0] - 1.0)) - (2.0 * (x[1] + 0.5) * (x[1] + 0.5));

    [Fact]
    public void The_search_finds_the_maximum_of_a_bowl_and_reports_its_likelihood_with_its_sign()
    {
        var outcome = MaximumLikelihood.Maximise(Bowl, [0.0, 0.0]);

        Assert.True(outcome.Converged);
        Assert.Equal(1.0, outcome.LogParameters[0], 1e-5);
        Assert.Equal(-0.5, outcome.LogParameters[1], 1e-5);
        // The reported value is the likelihood itself (+3), not the cost the search minimises (−3).
        Assert.Equal(Bowl(outcome.LogParameters), outcome.MeanLogLikelihood);
        Assert.Equal(3.0, outcome.MeanLogLikelihood, 1e-9);
        Assert.True(outcome.GradientNorm <= MaximumLikelihood.GradientTolerance, $"gradient norm {outcome.GradientNorm:R}");
        Assert.InRange(outcome.Iterations, 1, 19_999);
    }

    [Fact]
    public void The_maximum_found_is_not_beaten_by_any_nearby_point()
    {
        var outcome = MaximumLikelihood.Maximise(Bowl, [0.0, 0.0]);

        for (var i = 0; i < 2; i++)
        {
            foreach (var step in new[] { -1e-3, 1e-3 })
            {
                var nearby = (double[])outcome.LogParameters.Clone();
                nearby[i] += step;
                Assert.True(Bowl(nearby) <= outcome.MeanLogLikelihood, $"moving parameter {i} by {step} raised the likelihood");
            }
        }
    }

    [Fact]
    public void A_search_started_far_from_the_maximum_still_reaches_it()
    {
        var outcome = MaximumLikelihood.Maximise(Bowl, [15.0, -15.0]);

        Assert.True(outcome.Converged);
        Assert.Equal(1.0, outcome.LogParameters[0], 1e-5);
        Assert.Equal(-0.5, outcome.LogParameters[1], 1e-5);
        Assert.Equal(Bowl(outcome.LogParameters), outcome.MeanLogLikelihood);
        Assert.InRange(outcome.Iterations, 1, 19_999);
    }

    [Fact]
    public void A_likelihood_that_varies_by_less_than_the_cost_tolerance_still_has_its_maximum_located()
    {
        // −10^-20 (x − 1)^2: every value agrees within 10^-14, so only the spread of the points can tell the
        // search it has not arrived; the maximum is at x = 1, two half-steps from the start.
        static double Flat(double[] x) => -1e-20 * (x[0] - 1.0) * (x[0] - 1.0);
        var outcome = MaximumLikelihood.Maximise(Flat, [0.0]);

        Assert.Equal(1.0, outcome.LogParameters[0], 1e-6);
        Assert.True(outcome.Converged);
    }

    [Fact]
    public void The_gradient_norm_is_measured_by_central_differences_of_step_one_hundred_thousandth()
    {
        // A kinked peak at the origin, with slopes 2 and −1 along x, 3 and −1 along y: the search never leaves
        // the start, the best point. The cost −f at ±10^-5: along x, (10^-5 − 2·10^-5) / (2·10^-5) = −0.5;
        // along y, (10^-5 − 3·10^-5) / (2·10^-5) = −1; the norm is √(0.25 + 1) = 1.1180339887.
        static double Kink(double v, double slopeBelow) => v <= 0 ? slopeBelow * v : -v;
        var outcome = MaximumLikelihood.Maximise(x => Kink(x[0], 2.0) + Kink(x[1], 3.0), [0.0, 0.0]);

        Assert.Equal(new[] { 0.0, 0.0 }, outcome.LogParameters);
        Assert.Equal(0.0, outcome.MeanLogLikelihood);
        Assert.Equal(Math.Sqrt(1.25), outcome.GradientNorm, 1e-9);
        Assert.False(outcome.Converged);
        Assert.Contains("has norm 1.118 (at most 1E-06 is required)", outcome.Explanation("test"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_maximum_beyond_the_log_parameter_bound_is_found_but_not_accepted_and_the_explanation_names_its_size()
    {
        // The maximum of −(x − 25)^2 is at x = 25, past the bound |ln θ| ≤ 20: the gradient vanishes there,
        // but the estimate e^25 is one the data do not identify.
        var outcome = MaximumLikelihood.Maximise(x => -((x[0] - 25.0) * (x[0] - 25.0)), [0.0]);

        Assert.Equal(25.0, outcome.LogParameters[0], 1e-4);
        Assert.True(outcome.GradientNorm <= MaximumLikelihood.GradientTolerance);
        Assert.False(outcome.Converged);
        Assert.Contains("the largest log-parameter is 25 in size (at most 20 is required", outcome.Explanation("test"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_explanation_gives_the_iterations_the_gradient_and_the_largest_log_parameter_in_size()
    {
        // The largest |ln θ| of (1.5, −7.25) is 7.25, a negative one counted by its size.
        var outcome = new FitOutcome([1.5, -7.25], -2.0, false, 123, 0.5);

        Assert.Equal(
            "the sBG fit did not converge: after 123 Nelder-Mead iterations the gradient of the mean log-likelihood in the log-parameters has norm 0.5 "
            + "(at most 1E-06 is required) and the largest log-parameter is 7.25 in size (at most 20 is required: beyond, the estimate runs off to 0 or "
            + "infinity and the data do not identify it).",
            outcome.Explanation("sBG"));
    }

    [Fact]
    public void A_likelihood_that_overflows_to_infinity_counts_as_worse_than_any_finite_one()
    {
        // −(x − 2)^2 on x ≤ 1 and +∞ beyond: the best finite value is −1 at x = 1, the edge, where the gradient
        // probe one step past it is not finite, so the fit is not accepted.
        static double Edge(double[] x) => x[0] <= 1.0 ? -((x[0] - 2.0) * (x[0] - 2.0)) : double.PositiveInfinity;
        var outcome = MaximumLikelihood.Maximise(Edge, [0.0]);

        Assert.True(double.IsFinite(outcome.MeanLogLikelihood));
        Assert.True(outcome.LogParameters[0] <= 1.0);
        Assert.InRange(outcome.MeanLogLikelihood, -1.0001, -1.0);
        Assert.False(outcome.Converged);
    }

    [Fact]
    public void A_search_where_the_likelihood_is_nowhere_finite_runs_out_of_its_20000_iterations_and_is_not_accepted()
    {
        var outcome = MaximumLikelihood.Maximise(_ => double.NaN, [0.0]);

        Assert.Equal(20_000, outcome.Iterations);
        Assert.Equal(double.NegativeInfinity, outcome.MeanLogLikelihood);
        Assert.False(outcome.Converged);
    }

    // ---- fits: undefined results and refused input ------------------------------------------------------

    [Fact]
    public void An_empty_BG_NBD_fit_says_there_is_nothing_to_fit()
    {
        var fit = Predictive.FitBgNbd([]);

        Assert.Equal(UndefinedReason.EmptyInput, fit.Reason);
        Assert.Equal("'customers' is empty: there is nothing to fit.", fit.Explanation);
    }

    [Fact]
    public void A_BG_NBD_fit_with_no_repeat_purchase_is_undefined_and_names_the_model_in_its_explanation()
    {
        var silent = Enumerable.Range(1, 5).Select(i => Customer(0, 0m, i, 0m));
        var fit = Predictive.FitBgNbd(silent);

        Assert.Equal(UndefinedReason.FitDidNotConverge, fit.Reason);
        Assert.StartsWith("the BG/NBD fit did not converge: after ", fit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_sBG_fit_where_nobody_churns_is_undefined_and_names_the_model_in_its_explanation()
    {
        var fit = Predictive.FitSbg([100, 100, 100]);

        Assert.Equal(UndefinedReason.FitDidNotConverge, fit.Reason);
        Assert.StartsWith("the sBG fit did not converge: after ", fit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Gamma_Gamma_fit_on_identical_spends_is_undefined_and_names_the_model_in_its_explanation()
    {
        // Every mean is 10 $ on one purchase: the likelihood grows without bound as the spend distribution
        // narrows around 10 $, so the parameters run off and the fit has no maximum to accept.
        var fit = Predictive.FitGammaGamma([Customer(1, 1m, 2m, 10m), Customer(1, 1m, 3m, 10m), Customer(1, 2m, 3m, 10m)]);

        Assert.Equal(UndefinedReason.FitDidNotConverge, fit.Reason);
        Assert.StartsWith("the Gamma-Gamma fit did not converge: after ", fit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Gamma_Gamma_fit_without_a_positive_repeat_value_is_undefined_and_says_why()
    {
        // Repeat purchases worth 0 $ have no spend the model can describe (its spend is never 0).
        var fit = Predictive.FitGammaGamma([Customer(2, 1m, 2m, 0m), Customer(0, 0m, 2m, 0m)]);

        Assert.Equal(UndefinedReason.EmptyInput, fit.Reason);
        Assert.Equal("no customer has a repeat purchase with a positive value: there is no spend to fit.", fit.Explanation);
    }

    [Fact]
    public void A_Gamma_Gamma_fit_refuses_null_customers_naming_them()
    {
        Assert.Equal("customers", Assert.Throws<ArgumentNullException>(() => Predictive.FitGammaGamma(null!)).ParamName);
    }

    [Fact]
    public void A_Gamma_Gamma_fit_refuses_customers_in_two_currencies_even_after_the_first()
    {
        CustomerSummary[] customers =
        [
            Customer(1, 1m, 2m, 10m),
            new(1, 1m, 2m, Money.Euros(12m), 0, Money.Euros(0m)),
        ];

        var ex = Assert.Throws<CurrencyMismatchException>(() => Predictive.FitGammaGamma(customers));
        Assert.Equal("customers", ex.ParamName);
    }

    [Fact]
    public void An_sBG_fit_refuses_a_curve_of_one_period_and_accepts_two()
    {
        var ex = Assert.Throws<ArgumentException>(() => Predictive.FitSbg([100]));
        Assert.Equal("activeCustomers", ex.ParamName);
        Assert.StartsWith("The survival curve must have at least two periods: the cohort's size and one renewal.", ex.Message, StringComparison.Ordinal);

        Assert.Null(Record.Exception(() => Predictive.FitSbg([100, 50])));
    }

    [Fact]
    public void An_sBG_fit_refuses_an_empty_cohort_and_says_why()
    {
        var ex = Assert.Throws<ArgumentException>(() => Predictive.FitSbg([0, 0]));
        Assert.StartsWith("The cohort's size, the first count, must be positive.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_sBG_fit_refuses_a_negative_count_but_accepts_a_cohort_that_empties()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.FitSbg([100, -5]));
        Assert.Equal("activeCustomers", ex.ParamName);
        Assert.StartsWith("The value must not be negative.", ex.Message, StringComparison.Ordinal);

        Assert.Null(Record.Exception(() => Predictive.FitSbg([100, 50, 0])));
    }

    [Fact]
    public void An_sBG_fit_refuses_a_rising_curve_naming_both_periods_and_counts()
    {
        var ex = Assert.Throws<ArgumentException>(() => Predictive.FitSbg([100, 50, 60]));
        Assert.StartsWith("A survival curve never rises: period 2 has 60 customers, more than the 50 of period 1.", ex.Message, StringComparison.Ordinal);
    }

    // ---- model functions: refused input -----------------------------------------------------------------

    [Fact]
    public void A_default_model_is_refused_and_the_message_names_its_type()
    {
        var bgNbd = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ProbabilityAlive(default, 0, 0m, 1m));
        Assert.StartsWith("The model must have positive parameters; default(BgNbdModel) has none.", bgNbd.Message, StringComparison.Ordinal);

        var sbg = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ProjectedRetention(default, 1));
        Assert.Equal("model", sbg.ParamName);
        Assert.StartsWith("The model must have positive parameters; default(SbgModel) has none.", sbg.Message, StringComparison.Ordinal);

        var spend = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedAverageSpend(default, 1, Money.UsDollars(10m)));
        Assert.Equal("model", spend.ParamName);
        Assert.StartsWith("The model must have positive parameters; default(GammaGammaModel) has none.", spend.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_time_observed_is_refused_naming_it()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ProbabilityAlive(Cdnow, 0, 0m, -1m));
        Assert.Equal("timeObserved", ex.ParamName);
        Assert.StartsWith("The value must not be negative.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recency_without_a_repeat_purchase_is_refused_and_says_why()
    {
        var ex = Assert.Throws<ArgumentException>(() => Predictive.ProbabilityAlive(Cdnow, 0, 0.5m, 1m));
        Assert.StartsWith("The recency must be 0 when there is no repeat purchase.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_purchases_check_the_customer_first()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedPurchases(Cdnow, -1, 0m, 1m, 1m));
        Assert.Equal("repeatPurchases", ex.ParamName);
        Assert.StartsWith("The value must not be negative.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_customer_s_negative_horizon_is_refused_as_negative_and_a_huge_one_as_too_long()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedPurchasesOfNewCustomer(Cdnow, -1m));
        Assert.Equal("horizon", negative.ParamName);
        Assert.StartsWith("The value must not be negative.", negative.Message, StringComparison.Ordinal);

        var huge = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedPurchasesOfNewCustomer(Cdnow, 1e15m));
        Assert.StartsWith("The time is too long for the model's hypergeometric series to settle.", huge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_cumulative_purchases_refuse_negative_first_purchase_times_and_negative_times()
    {
        var start = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedCumulativePurchases(Cdnow, [-1m], [1m]));
        Assert.Equal("firstPurchaseTimes", start.ParamName);
        Assert.StartsWith("The value must not be negative.", start.Message, StringComparison.Ordinal);

        var time = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedCumulativePurchases(Cdnow, [0m], [-1m]));
        Assert.Equal("times", time.ParamName);
        Assert.StartsWith("The value must not be negative.", time.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Projected_survival_and_residual_lifetime_refuse_negative_periods_and_a_zero_discount_rate()
    {
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ProjectedSurvival(Regular, -1)).ParamName);
        Assert.Equal("renewals", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.DiscountedExpectedResidualLifetime(Regular, -1, Rate.FromPercent(10m))).ParamName);

        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.DiscountedExpectedResidualLifetime(Regular, 0, Rate.FromPercent(0m)));
        Assert.Equal("discountRate", zero.ParamName);
        Assert.StartsWith("The value must be greater than zero.", zero.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_average_spend_refuses_a_negative_count()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedAverageSpend(CdnowSpend, -1, Money.UsDollars(10m)));
        Assert.Equal("repeatPurchases", ex.ParamName);
    }

    [Theory]
    [InlineData(0.5)] // p·0 + 0.5 − 1 = −0.5
    [InlineData(1.0)] // p·0 + 1 − 1 = 0: the boundary is undefined too
    public void Expected_average_spend_with_an_infinite_mean_is_undefined_and_says_why(double q)
    {
        var result = Predictive.ExpectedAverageSpend(new GammaGammaModel(1m, (decimal)q, 10m), 0, Money.UsDollars(10m));

        Assert.Equal(UndefinedReason.ZeroDenominator, result.Reason);
        Assert.Equal("p·x + q − 1 is not positive: the model's mean spend is infinite for this customer.", result.Explanation);
    }

    [Fact]
    public void Predictive_clv_with_an_infinite_mean_spend_is_undefined_and_says_why()
    {
        var result = Predictive.PredictiveClv(Cdnow, new GammaGammaModel(1m, 0.5m, 10m), 0, 0m, 10m, Money.UsDollars(10m), Rate.FromPercent(1m), 12, 4.348125m);

        Assert.Equal(UndefinedReason.ZeroDenominator, result.Reason);
        Assert.Equal("p·x + q − 1 is not positive: the model's mean spend is infinite for this customer.", result.Explanation);
    }

    [Fact]
    public void Predictive_clv_checks_the_customer_the_value_and_the_month()
    {
        var money = Money.UsDollars(10m);
        var rate = Rate.FromPercent(1m);
        Assert.Equal("repeatPurchases", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.PredictiveClv(Cdnow, CdnowSpend, -1, 0m, 10m, money, rate, 12, 4m)).ParamName);
        Assert.Equal("meanRepeatValue", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.PredictiveClv(Cdnow, CdnowSpend, 1, 5m, 10m, Money.UsDollars(-1m), rate, 12, 4m)).ParamName);
        Assert.Equal("timeUnitsPerMonth", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.PredictiveClv(Cdnow, CdnowSpend, 1, 5m, 10m, money, rate, 12, 0m)).ParamName);
    }

    [Fact]
    public void Predictive_clv_accepts_a_zero_discount_rate()
    {
        var result = Predictive.PredictiveClv(Cdnow, CdnowSpend, 2, 30.43m, 38.86m, Money.UsDollars(22.35m), Rate.FromPercent(0m), 1, 4.348125m);

        Assert.True(result.IsDefined);
        Assert.True(result.Value.Amount > 0m);
    }

    // ---- customer summaries -----------------------------------------------------------------------------

    [Fact]
    public void A_holdout_window_ending_before_the_calibration_window_is_refused_and_says_why()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Predictive.CustomerSummaries(Array.Empty<(string, DateOnly, Money)>(), CalibrationEnd, CalibrationEnd.AddDays(-1), Week));
        Assert.Equal("holdoutEnd", ex.ParamName);
        Assert.StartsWith("The holdout window must not end before the calibration window.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_a_customer_is_refused_naming_the_transactions()
    {
        (string, DateOnly, Money)[] rows = [(null!, new DateOnly(1997, 1, 1), Money.UsDollars(1m))];

        var ex = Assert.Throws<ArgumentNullException>(() => Predictive.CustomerSummaries(rows, CalibrationEnd, HoldoutEnd, Week));
        Assert.Equal("transactions", ex.ParamName);
        Assert.StartsWith("A row's customer must not be null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_after_the_holdout_window_is_refused_naming_its_index_and_the_window_s_end()
    {
        (string, DateOnly, Money)[] rows =
        [
            ("a", new DateOnly(1997, 1, 1), Money.UsDollars(1m)),
            ("b", new DateOnly(1997, 2, 1), Money.UsDollars(1m)),
            ("a", new DateOnly(1998, 7, 1), Money.UsDollars(1m)),
        ];

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.CustomerSummaries(rows, CalibrationEnd, HoldoutEnd, Week));
        Assert.Equal("transactions", ex.ParamName);
        Assert.StartsWith("Row 2: The date must not be after the end of the holdout window, 1998-06-30.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_holdout_purchases_on_one_day_count_as_one_purchase_worth_their_sum()
    {
        (string, DateOnly, Money)[] rows =
        [
            ("a", new DateOnly(1997, 1, 1), Money.UsDollars(5m)),
            ("a", new DateOnly(1997, 12, 12), Money.UsDollars(7m)),
            ("a", new DateOnly(1997, 12, 12), Money.UsDollars(8m)),
        ];

        var summary = Predictive.CustomerSummaries(rows, CalibrationEnd, HoldoutEnd, Week)["a"];

        Assert.Equal(1L, summary.HoldoutPurchases);
        Assert.Equal(Money.UsDollars(15m), summary.HoldoutValue); // 7 + 8
    }

    [Fact]
    public void A_summary_refuses_a_negative_holdout_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerSummary(0, 0m, 1m, Money.UsDollars(0m), 1, Money.UsDollars(-1m)));
        Assert.Equal("holdoutValue", ex.ParamName);
        Assert.StartsWith("The amount must not be negative.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_refuses_a_recency_or_a_value_without_a_purchase_and_says_which()
    {
        var recency = Assert.Throws<ArgumentException>(() => new CustomerSummary(0, 1m, 2m, Money.UsDollars(0m), 0, Money.UsDollars(0m)));
        Assert.Equal("recency", recency.ParamName);
        Assert.StartsWith("The recency must be 0 when there is no repeat purchase.", recency.Message, StringComparison.Ordinal);

        var repeat = Assert.Throws<ArgumentException>(() => new CustomerSummary(0, 0m, 2m, Money.UsDollars(3m), 0, Money.UsDollars(0m)));
        Assert.Equal("repeatValue", repeat.ParamName);
        Assert.StartsWith("The value must be 0 when there is no repeat purchase.", repeat.Message, StringComparison.Ordinal);

        var holdout = Assert.Throws<ArgumentException>(() => new CustomerSummary(0, 0m, 2m, Money.UsDollars(0m), 0, Money.UsDollars(3m)));
        Assert.Equal("holdoutValue", holdout.ParamName);
        Assert.StartsWith("The value must be 0 when there is no holdout purchase.", holdout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mean_repeat_value_of_a_customer_without_a_repeat_purchase_is_undefined_and_says_why()
    {
        var mean = Customer(0, 0m, 5m, 0m).MeanRepeatValue;

        Assert.Equal(UndefinedReason.EmptyInput, mean.Reason);
        Assert.Equal("the customer made no repeat purchase in the calibration window.", mean.Explanation);
    }
}
