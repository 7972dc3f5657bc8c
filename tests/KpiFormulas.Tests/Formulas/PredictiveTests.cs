using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Internal;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

/// <summary>
/// The customer-base models against the papers' published estimates on their own data (cited beside each
/// test), against values computed independently with mpmath 1.3.0 at 30 significant digits (the Python
/// arbitrary-precision library, used as a calculator: its <c>hyp2f1</c> and <c>loggamma</c>), and against
/// hand calculations.
/// </summary>
public class PredictiveTests
{
    private static readonly BgNbdModel Cdnow = new(0.243m, 4.414m, 0.793m, 2.426m);
    private static readonly GammaGammaModel CdnowSpend = new(6.25m, 3.74m, 15.44m);
    private static readonly SbgModel Regular = new(0.704m, 1.182m);
    private static readonly SbgModel HighEnd = new(0.668m, 3.806m);

    private static readonly Lazy<CustomerSummary[]> CdnowCustomers = new(() =>
        [.. Predictive.CustomerSummaries(PredictiveData.CdnowTransactions, PredictiveData.CdnowCalibrationEnd, PredictiveData.CdnowHoldoutEnd, TimeSpan.FromDays(7)).Values]);

    private static void Near(double expected, decimal actual, double relative = 1e-9) =>
        Assert.True(Math.Abs((double)actual - expected) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual}");

    private static void Near(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");

    // ---- catalogue ----------------------------------------------------------------------------------

    [Fact]
    public void The_family_holds_its_ten_kpis_in_order()
    {
        Assert.Equal(
            ["customer_summary", "bgnbd_fit", "probability_alive", "expected_purchases", "gamma_gamma_fit", "expected_average_spend", "predictive_clv", "sbg_fit", "projected_retention", "discounted_expected_residual_lifetime"],
            KpiCatalog.InFamily(KpiFamily.Predictive).Select(d => d.Id));
        Assert.Equal("Probabilité d'être encore actif", KpiCatalog.Get(KpiIds.ProbabilityAlive).FrenchName);
        Assert.All(KpiCatalog.InFamily(KpiFamily.Predictive), d => Assert.NotEmpty(d.References));
    }

    // ---- worked examples: Formulas/Cases/Predictive.json -----------------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Predictive");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    [Theory]
    [KpiTest(KpiIds.ExpectedAverageSpend)]
    [MemberData(nameof(CasesOf), KpiIds.ExpectedAverageSpend)]
    public void Expected_average_spend_cases(ReferenceCase c) =>
        c.AssertResult(Predictive.ExpectedAverageSpend(
            new GammaGammaModel(c.Input<decimal>("p"), c.Input<decimal>("q"), c.Input<decimal>("gamma")),
            c.Input<long>("repeatPurchases"),
            c.Input<Money>("meanRepeatValue")));

    [Theory]
    [KpiTest(KpiIds.ProjectedRetention)]
    [MemberData(nameof(CasesOf), KpiIds.ProjectedRetention)]
    public void Projected_retention_cases(ReferenceCase c) =>
        c.AssertResult(Predictive.ProjectedRetention(new SbgModel(c.Input<decimal>("alpha"), c.Input<decimal>("beta")), c.Input<int>("period")));

    // ---- special functions --------------------------------------------------------------------------

    [Theory]
    [InlineData(0.5, 0.57236494292470008707)]              // ln Γ(1/2) = ln √π (Abramowitz and Stegun 6.1.8)
    [InlineData(1.0, 0.0)]                                 // Γ(1) = 0! = 1
    [InlineData(5.0, 3.17805383034794561964)]              // ln 4! = ln 24
    [InlineData(0.243, 1.31804358469966984947)]            // mpmath loggamma
    [InlineData(12.5, 18.7343475119364457016)]             // mpmath loggamma
    [InlineData(100.25, 360.284559637764234968)]           // mpmath loggamma
    [InlineData(1e-3, 6.90717888538385368251)]             // mpmath loggamma
    public void Log_gamma_matches_published_values(double x, double expected)
    {
        var actual = SpecialFunctions.LogGamma(x);
        Assert.True(Math.Abs(actual - expected) <= 1e-13 * Math.Max(1.0, Math.Abs(expected)), $"ln Γ({x}) = {actual:R}, expected {expected:R}");
    }

    [Fact]
    public void The_hypergeometric_function_matches_closed_forms_and_mpmath()
    {
        // Abramowitz and Stegun 15.1.3: 2F1(1, 1; 2; z) = −ln(1 − z) / z.
        Near(-Math.Log(1 - 0.9) / 0.9, SpecialFunctions.Hypergeometric2F1(1, 1, 2, 0.9), 1e-13);
        // 15.1.8: 2F1(a, b; b; z) = (1 − z)^−a.
        Near(Math.Pow(1 - 0.6, -2.5), SpecialFunctions.Hypergeometric2F1(2.5, 3.1, 3.1, 0.6), 1e-13);
        // 15.1.6: 2F1(1/2, 1/2; 3/2; z²) = arcsin(z) / z.
        Near(Math.Asin(0.8) / 0.8, SpecialFunctions.Hypergeometric2F1(0.5, 0.5, 1.5, 0.64), 1e-13);
        // mpmath hyp2f1, two cases of the BG/NBD's shape.
        Near(3.34550011005309080599, SpecialFunctions.Hypergeometric2F1(2.243, 4.426, 4.219, 0.4), 1e-13);
        Near(1.82624898397892701718, SpecialFunctions.Hypergeometric2F1(0.5, 1.5, 2.5, 0.95), 1e-12);
        Assert.Equal(1.0, SpecialFunctions.Hypergeometric2F1(3, 4, 5, 0));
    }

    // ---- published estimates ------------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.BgNbdFit)]
    public void BG_NBD_on_CDNOW_reproduces_the_published_estimates_and_log_likelihood()
    {
        // Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way", section 4 (CDNOW, 2,357 customers,
        // 39-week calibration, weeks): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9,582.4.
        var fit = Predictive.FitBgNbd(CdnowCustomers.Value).Value;
        Assert.Equal(0.243m, Math.Round(fit.R, 3));
        Assert.Equal(4.414m, Math.Round(fit.Alpha, 3));
        Assert.Equal(0.793m, Math.Round(fit.A, 3));
        Assert.Equal(2.426m, Math.Round(fit.B, 3));
        Assert.Equal(-9582.4m, Math.Round(Predictive.BgNbdLogLikelihood(fit, CdnowCustomers.Value), 1));
    }

    [Fact]
    [KpiTest(KpiIds.BgNbdFit)]
    public void BG_NBD_on_the_published_CDNOW_summary_gives_the_same_estimates()
    {
        // The same estimates from the summary file published with the data (times rounded to 2 decimals).
        var customers = PredictiveData.CdnowPublishedSummary
            .Select(c => new CustomerSummary(c.X, c.Recency, c.T, Money.UsDollars(c.X * c.MeanValue), 0, Money.UsDollars(0m)))
            .ToList();
        var fit = Predictive.FitBgNbd(customers).Value;
        Assert.Equal(0.243m, Math.Round(fit.R, 3));
        Assert.Equal(4.414m, Math.Round(fit.Alpha, 3));
        Assert.Equal(0.793m, Math.Round(fit.A, 3));
        Assert.Equal(2.426m, Math.Round(fit.B, 3));
    }

    [Fact]
    [KpiTest(KpiIds.GammaGammaFit)]
    public void Gamma_Gamma_on_the_CDNOW_repeat_buyers_reproduces_the_published_estimates()
    {
        // Fader and Hardie (2013), "The Gamma-Gamma Model of Monetary Value", section 3 (946 CDNOW customers with
        // repeat purchases in the 39-week calibration period): p = 6.25, q = 3.74, γ = 15.44.
        var fit = Predictive.FitGammaGamma(CdnowCustomers.Value).Value;
        Assert.Equal(6.25m, Math.Round(fit.P, 2));
        Assert.Equal(3.74m, Math.Round(fit.Q, 2));
        Assert.Equal(15.44m, Math.Round(fit.Gamma, 2));
    }

    [Theory]
    [KpiTest(KpiIds.SbgFit)]
    [InlineData(false, 0.704, 1.182)]
    [InlineData(true, 0.668, 3.806)]
    public void SBG_on_years_0_to_7_reproduces_the_published_estimates(bool highEnd, double alpha, double beta)
    {
        // Fader and Hardie (2007), "How to Project Customer Retention", section 4: fitted on years 0..7,
        // "regular" α = 0.704, β = 1.182; "high end" α = 0.668, β = 3.806.
        long[] curve = [.. PredictiveData.Survival.Take(8).Select(s => highEnd ? s.HighEnd : s.Regular)];
        var fit = Predictive.FitSbg(curve).Value;
        Assert.Equal((decimal)alpha, Math.Round(fit.Alpha, 3));
        Assert.Equal((decimal)beta, Math.Round(fit.Beta, 3));
    }

    [Fact]
    [KpiTest(KpiIds.ProjectedRetention)]
    public void SBG_projections_to_year_12_stay_within_5_percent_of_the_actual_survival()
    {
        // The paper's point: fitted on years 0..7, the model projects years 8..12 of the actual counts
        // (survival.csv, the paper's data) closely. With the published estimates, 1000 · S(t) for t = 8..12 is
        // 220.1, 204.4, 191.2, 179.9, 170.1 (regular) and 460.5, 435.8, 414.2, 395.1, 378.0 (high end) (mpmath),
        // against 223..173 and 468..394 actual: within 1.7 % and 4.1 %.
        foreach (var (year, regular, highEnd) in PredictiveData.Survival.Skip(8))
        {
            var regularProjected = 1000m * Predictive.ProjectedSurvival(Regular, year).Fraction;
            var highEndProjected = 1000m * Predictive.ProjectedSurvival(HighEnd, year).Fraction;
            Assert.InRange(Math.Abs(regularProjected - regular) / regular, 0m, 0.05m);
            Assert.InRange(Math.Abs(highEndProjected - highEnd) / highEnd, 0m, 0.05m);
        }

        Near(170.062576806050598814, 1000m * Predictive.ProjectedSurvival(Regular, 12).Fraction);
    }

    // ---- per-customer formulas ----------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.ProbabilityAlive)]
    public void Probability_alive_by_hand_and_mpmath()
    {
        // By hand: 1 / (1 + 0.793 / 3.426 · (43.274 / 34.844)^2.243) = 1 / (1 + 0.231465 · 1.62578) = 0.72658;
        // mpmath: 0.726578570080672910677.
        Near(0.726578570080672910677, Predictive.ProbabilityAlive(Cdnow, 2, 30.43m, 38.86m).Fraction);
        Near(0.778977117406475064244, Predictive.ProbabilityAlive(Cdnow, 7, 29.43m, 35.00m).Fraction);
        Assert.Equal(Rate.FromFraction(1m), Predictive.ProbabilityAlive(Cdnow, 0, 0m, 38.86m));
    }

    [Fact]
    [KpiTest(KpiIds.ExpectedPurchases)]
    public void Expected_purchases_match_mpmath()
    {
        // mpmath, the paper's equations 9 and 10 under the CDNOW estimates.
        Near(1.22602817476714444629, Predictive.ExpectedPurchases(Cdnow, 2, 30.43m, 38.86m, 39m));
        Near(0.195098052011262638685, Predictive.ExpectedPurchases(Cdnow, 0, 0m, 38.86m, 39m));
        Near(4.36928194851859535179, Predictive.ExpectedPurchases(Cdnow, 7, 29.43m, 35.00m, 39m));
        Near(1.19672319332081684186, Predictive.ExpectedPurchasesOfNewCustomer(Cdnow, 39m));
        Near(1.86051905794276853630, Predictive.ExpectedPurchasesOfNewCustomer(Cdnow, 78m));
        Assert.Equal(0m, Predictive.ExpectedPurchases(Cdnow, 2, 30.43m, 38.86m, 0m));
    }

    [Fact]
    [KpiTest(KpiIds.ExpectedPurchases)]
    public void Expected_purchases_at_a_equal_to_1_take_the_limit()
    {
        // (a + b + x − 1) / (a − 1) × bracket is 0/0 at a = 1; mpmath at 60 digits with a = 1 ± 10^-25 (both sides agree
        // to 24 digits): 8.873299484172047944 for r = 0.99, α = 9.3, b = 0.21, x = 10, t_x = T = 50.6, t = 90; and
        // 1.048395294615673608 for a new customer in 39.
        var model = new BgNbdModel(0.99m, 9.3m, 1m, 0.21m);
        Near(8.873299484172047944, Predictive.ExpectedPurchases(model, 10, 50.6m, 50.6m, 90m), 1e-7);
        Near(1.048395294615673608, Predictive.ExpectedPurchasesOfNewCustomer(model, 39m), 1e-7);
    }

    [Fact]
    [KpiTest(KpiIds.ExpectedPurchases)]
    public void The_cumulative_curve_sums_the_new_customer_expectation_over_the_starts()
    {
        // Two customers starting at 0 and one at 39: at 78 the curve is 2 E[X(78)] + E[X(39)] (mpmath:
        // 2 × 1.86051905794 + 1.19672319332 = 4.91776130921); at 39 it is 2 E[X(39)]; at 0 nothing.
        var curve = Predictive.ExpectedCumulativePurchases(Cdnow, [0m, 0m, 39m], [0m, 39m, 78m]);
        Assert.Equal(0m, curve[0]);
        Near(2 * 1.19672319332081684186, curve[1]);
        Near((2 * 1.86051905794276853630) + 1.19672319332081684186, curve[2]);
    }

    [Fact]
    [KpiTest(KpiIds.ExpectedAverageSpend)]
    public void Expected_average_spend_by_hand()
    {
        // 6.25 × (15.44 + 2 × 22.35) / (6.25 × 2 + 3.74 − 1) = 375.875 / 15.24 = 24.6637139107611548556...
        Assert.Equal(Money.UsDollars(375.875m / 15.24m), Predictive.ExpectedAverageSpend(CdnowSpend, 2, Money.UsDollars(22.35m)).Value);
        // x = 0: the population's mean p γ / (q − 1) = 96.5 / 2.74.
        Assert.Equal(Money.UsDollars(96.5m / 2.74m), Predictive.ExpectedAverageSpend(CdnowSpend, 0, Money.UsDollars(0m)).Value);
        // q ≤ 1 and x = 0: infinite mean.
        Assert.Equal(UndefinedReason.ZeroDenominator, Predictive.ExpectedAverageSpend(new GammaGammaModel(6m, 0.8m, 15m), 0, Money.UsDollars(0m)).Reason);
    }

    [Fact]
    [KpiTest(KpiIds.PredictiveClv)]
    public void Predictive_CLV_matches_mpmath()
    {
        // mpmath: 24.66371 $ × Σ_{m=1..12} (E[Y(4.348125 m)] − E[Y(4.348125 (m − 1))]) / 1.01^m = 36.3106448953735780 $.
        var clv = Predictive.PredictiveClv(Cdnow, CdnowSpend, 2, 30.43m, 38.86m, Money.UsDollars(22.35m), Rate.FromPercent(1m), 12, 4.348125m).Value;
        Assert.Equal(Currency.USD, clv.Currency);
        Near(36.3106448953735780426, clv.Amount);
        Assert.Equal(UndefinedReason.ZeroDenominator, Predictive.PredictiveClv(Cdnow, new GammaGammaModel(6m, 0.8m, 15m), 0, 0m, 10m, Money.UsDollars(0m), Rate.FromPercent(1m), 12, 4.348125m).Reason);
    }

    [Fact]
    [KpiTest(KpiIds.ProjectedRetention)]
    public void Projected_retention_by_hand()
    {
        // r_1 = 1.182 / 1.886, r_5 = 5.182 / 5.886.
        Near(1.182 / 1.886, Predictive.ProjectedRetention(Regular, 1).Fraction, 1e-12);
        Near(5.182 / 5.886, Predictive.ProjectedRetention(Regular, 5).Fraction, 1e-12);
        Assert.Equal(1m, Predictive.ProjectedSurvival(Regular, 0).Fraction);
        // S(2) = r_1 r_2 = (1.182 / 1.886) (2.182 / 2.886).
        Near(1.182 / 1.886 * (2.182 / 2.886), Predictive.ProjectedSurvival(Regular, 2).Fraction, 1e-12);
    }

    [Fact]
    [KpiTest(KpiIds.DiscountedExpectedResidualLifetime)]
    public void DERL_matches_mpmath_and_the_sum_of_discounted_survival()
    {
        // mpmath of Fader and Hardie (2010) equation 6 at d = 10 %.
        Near(5.41485604837404057457, Predictive.DiscountedExpectedResidualLifetime(HighEnd, 0, Rate.FromPercent(10m)));
        Near(5.89442285984416004458, Predictive.DiscountedExpectedResidualLifetime(Regular, 4, Rate.FromPercent(10m)));

        // The same as its definition, summed directly: Σ_{k≥1} S(n − 1 + k) / S(n − 1) / 1.1^(k − 1), each ratio a
        // product of retention rates (β + j − 1) / (α + β + j − 1).
        double alpha = 0.704, beta = 1.182, sum = 0, survival = 1;
        const int Renewals = 4;
        for (var k = 1; k < 20_000; k++)
        {
            var j = Renewals + k;
            survival *= (beta + j - 1) / (alpha + beta + j - 1);
            sum += survival / Math.Pow(1.1, k - 1);
        }

        Near(sum, Predictive.DiscountedExpectedResidualLifetime(Regular, Renewals, Rate.FromPercent(10m)), 1e-10);
    }

    // ---- undefined and invalid ----------------------------------------------------------------------

    [Fact]
    [KpiTest(KpiIds.BgNbdFit)]
    [KpiTest(KpiIds.SbgFit)]
    [KpiTest(KpiIds.GammaGammaFit)]
    public void Fits_without_data_or_that_cannot_converge_are_undefined_with_the_reason()
    {
        Assert.Equal(UndefinedReason.EmptyInput, Predictive.FitBgNbd([]).Reason);
        Assert.Equal(UndefinedReason.EmptyInput, Predictive.FitGammaGamma([new CustomerSummary(0, 0m, 10m, Money.UsDollars(0m), 0, Money.UsDollars(0m))]).Reason);

        // Nobody came back: the likelihood rises as r falls to 0, with no maximum.
        var silent = Enumerable.Range(1, 20).Select(i => new CustomerSummary(0, 0m, i, Money.UsDollars(0m), 0, Money.UsDollars(0m)));
        var fit = Predictive.FitBgNbd(silent);
        Assert.Equal(UndefinedReason.FitDidNotConverge, fit.Reason);
        Assert.Contains("iterations", fit.Explanation, StringComparison.Ordinal);
        Assert.Contains("gradient", fit.Explanation, StringComparison.Ordinal);

        // Nobody churns.
        Assert.Equal(UndefinedReason.FitDidNotConverge, Predictive.FitSbg([100, 100, 100]).Reason);
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_the_parameter()
    {
        Assert.Equal("repeatPurchases", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ProbabilityAlive(Cdnow, -1, 0m, 1m)).ParamName);
        Assert.Equal("recency", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ProbabilityAlive(Cdnow, 1, 2m, 1m)).ParamName);
        Assert.Equal("recency", Assert.Throws<ArgumentException>(() => Predictive.ProbabilityAlive(Cdnow, 0, 0.5m, 1m)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ProbabilityAlive(default, 0, 0m, 1m)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedPurchases(Cdnow, 0, 0m, 1m, -1m)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedPurchasesOfNewCustomer(Cdnow, 1e15m)).ParamName);
        Assert.Equal("meanRepeatValue", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ExpectedAverageSpend(CdnowSpend, 1, Money.UsDollars(-1m))).ParamName);
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.PredictiveClv(Cdnow, CdnowSpend, 0, 0m, 1m, Money.UsDollars(0m), Rate.FromPercent(1m), 0, 4m)).ParamName);
        Assert.Equal("monthlyDiscountRate", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.PredictiveClv(Cdnow, CdnowSpend, 0, 0m, 1m, Money.UsDollars(0m), Rate.FromPercent(-1m), 1, 4m)).ParamName);
        Assert.Equal("spend", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.PredictiveClv(Cdnow, default, 0, 0m, 1m, Money.UsDollars(0m), Rate.FromPercent(1m), 1, 4m)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.ProjectedRetention(Regular, 0)).ParamName);
        Assert.Equal("discountRate", Assert.Throws<ArgumentOutOfRangeException>(() => Predictive.DiscountedExpectedResidualLifetime(Regular, 0, Rate.FromPercent(0m))).ParamName);
        Assert.Equal("activeCustomers", Assert.Throws<ArgumentException>(() => Predictive.FitSbg([100])).ParamName);
        Assert.Equal("activeCustomers", Assert.Throws<ArgumentException>(() => Predictive.FitSbg([100, 50, 60])).ParamName);
        Assert.Equal("activeCustomers", Assert.Throws<ArgumentException>(() => Predictive.FitSbg([0, 0])).ParamName);
        Assert.Equal("r", Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbdModel(0m, 1m, 1m, 1m)).ParamName);
        Assert.Equal("gamma", Assert.Throws<ArgumentOutOfRangeException>(() => new GammaGammaModel(1m, 1m, -1m)).ParamName);
        Assert.Equal("beta", Assert.Throws<ArgumentOutOfRangeException>(() => new SbgModel(1m, 0m)).ParamName);
    }

    // ---- properties ---------------------------------------------------------------------------------

    private static Arbitrary<(long X, decimal Recency, decimal T)> Customers() =>
        Gen.Zip(Gen.Zip(Gen.Choose(0, 40), Gen.Choose(0, 1000), static (x, recency) => (x, recency)), Gen.Choose(1, 1000), static (c, t) => c.x == 0
                ? (0L, 0m, t / 10m)
                : ((long)c.x, Math.Min(c.recency, t) / 10m, t / 10m))
            .ToArbitrary();

    private static Arbitrary<BgNbdModel> Models() =>
        Gen.Zip(
                Gen.Zip(Gen.Choose(1, 400), Gen.Choose(1, 400), static (r, alpha) => (r, alpha)),
                Gen.Zip(Gen.Choose(1, 400), Gen.Choose(1, 400), static (a, b) => (a, b)),
                static (gamma, beta) => new BgNbdModel(gamma.r / 100m, gamma.alpha / 10m, beta.a / 100m, beta.b / 100m))
            .ToArbitrary();

    [KpiProperty]
    [KpiTest(KpiIds.ProbabilityAlive)]
    public Property Probability_alive_is_a_probability_and_certain_without_a_repeat_purchase() =>
        Prop.ForAll(Models(), Customers(), (model, c) =>
        {
            var p = Predictive.ProbabilityAlive(model, c.X, c.Recency, c.T).Fraction;
            Assert.InRange(p, 0m, 1m);
            if (c.X == 0)
            {
                Assert.Equal(1m, p);
            }
        });

    [KpiProperty]
    [KpiTest(KpiIds.ExpectedPurchases)]
    public Property Expected_purchases_grow_with_the_horizon() =>
        Prop.ForAll(Models(), Customers(), Gen.Choose(1, 200).ToArbitrary(), (model, c, weeks) =>
        {
            var shorter = Predictive.ExpectedPurchases(model, c.X, c.Recency, c.T, weeks);
            var longer = Predictive.ExpectedPurchases(model, c.X, c.Recency, c.T, weeks + 10);
            Assert.InRange(shorter, 0m, longer);
        });

    private static Arbitrary<SbgModel> SbgModels() =>
        Gen.Zip(Gen.Choose(1, 1000), Gen.Choose(1, 1000), static (alpha, beta) => new SbgModel(alpha / 100m, beta / 100m)).ToArbitrary();

    [KpiProperty]
    [KpiTest(KpiIds.ProjectedRetention)]
    public Property Survival_falls_and_retention_rises_over_time_for_a_heterogeneous_cohort() =>
        Prop.ForAll(SbgModels(), Gen.Choose(1, 50).ToArbitrary(), (model, t) =>
        {
            Assert.True(Predictive.ProjectedSurvival(model, t) < Predictive.ProjectedSurvival(model, t - 1));
            Assert.True(Predictive.ProjectedRetention(model, t + 1) > Predictive.ProjectedRetention(model, t));
        });

    [KpiProperty]
    [KpiTest(KpiIds.DiscountedExpectedResidualLifetime)]
    public Property DERL_grows_with_the_renewals_made() =>
        Prop.ForAll(SbgModels(), Gen.Choose(0, 30).ToArbitrary(), (model, renewals) =>
            Assert.True(Predictive.DiscountedExpectedResidualLifetime(model, renewals + 1, Rate.FromPercent(10m))
                > Predictive.DiscountedExpectedResidualLifetime(model, renewals, Rate.FromPercent(10m))));
}
