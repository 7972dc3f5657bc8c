using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

public class StatisticsTests
{
    private static readonly Rate NinetyFive = Rate.FromPercent(95m);
    private static readonly Rate FivePercent = Rate.FromPercent(5m);

    // ---- catalogue entries ------------------------------------------------------------------------

    [Fact]
    public void The_family_holds_its_four_kpis_in_order()
    {
        Assert.Equal(
            ["rate_confidence_interval", "change_significance", "nps_margin_of_error", "required_sample_size"],
            KpiCatalog.InFamily(KpiFamily.Statistics).Select(d => d.Id));
        Assert.Equal(ResultKind.RateInterval, KpiCatalog.Get(KpiIds.RateConfidenceInterval).ResultKind);
        Assert.Equal(ResultKind.Significance, KpiCatalog.Get(KpiIds.ChangeSignificance).ResultKind);
        Assert.Equal("Marge d'erreur du NPS", KpiCatalog.Get(KpiIds.NpsMarginOfError).FrenchName);
        Assert.All(KpiCatalog.InFamily(KpiFamily.Statistics), d => Assert.NotEmpty(d.References));
    }

    // ---- worked examples: Formulas/Cases/Statistics.json -----------------------------------------

    private static readonly ReferenceCaseFile Cases = ReferenceCases.Load("Statistics");

    public static TheoryData<ReferenceCase> CasesOf(string kpi) => Cases.Of(kpi);

    [Theory]
    [KpiTest(KpiIds.RateConfidenceInterval)]
    [KpiTest(KpiIds.ChangeSignificance)]
    [KpiTest(KpiIds.NpsMarginOfError)]
    [KpiTest(KpiIds.RequiredSampleSize)]
    [MemberData(nameof(CasesOf), KpiIds.RateConfidenceInterval)]
    [MemberData(nameof(CasesOf), KpiIds.ChangeSignificance)]
    [MemberData(nameof(CasesOf), KpiIds.NpsMarginOfError)]
    [MemberData(nameof(CasesOf), KpiIds.RequiredSampleSize)]
    public void Worked_examples_give_their_published_or_hand_calculated_figures(ReferenceCase c)
    {
        var inputs = c.Data.Inputs;
        long Count(string name) => inputs[name].GetInt64();
        Rate Percent(string name) => Rate.FromPercent(decimal.Parse(inputs[name].GetString()!.Replace(" %", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
        string Fixed(decimal value, string format) => value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
        var actual = c.Data.Kpi switch
        {
            KpiIds.RateConfidenceInterval => Statistics.RateConfidenceInterval(Count("successes"), Count("trials"), Percent("confidence")).Value is var i
                ? $"{Fixed(i.Lower.Fraction * 100m, "0.00")} % to {Fixed(i.Upper.Fraction * 100m, "0.00")} %"
                : null,
            KpiIds.ChangeSignificance => Fixed(Statistics.ChangeSignificance(Count("successesBefore"), Count("trialsBefore"), Count("successesAfter"), Count("trialsAfter"), Percent("significanceLevel")).Value.PValue, "0.0000"),
            KpiIds.NpsMarginOfError => Fixed(Statistics.NpsMarginOfError(Count("promoters"), Count("passives"), Count("detractors"), Percent("confidence")).Value, "0.00"),
            _ => Statistics.RequiredSampleSize(Percent("marginOfError"), Percent("confidence")).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        Assert.Equal(c.Data.Expected, actual);
    }

    // ---- normal distribution ----------------------------------------------------------------------

    // Reference quantiles: the 97.5 %, 99.5 % and 90 % points printed in every normal table to 16 digits
    // (NIST/SEMATECH e-Handbook, table of the normal distribution) and, for the far tail, Python's
    // statistics.NormalDist().inv_cdf(1e-10) = -6.361340902404056.
    [Theory]
    [InlineData(0.975, 1.9599639845400536)]
    [InlineData(0.995, 2.5758293035489)]
    [InlineData(0.9, 1.2815515655446008)]
    [InlineData(0.5, 0.0)]
    [InlineData(1e-10, -6.361340902404056)]
    public void The_normal_quantile_matches_the_tables_to_about_1e_15(double probability, double expected) =>
        Assert.Equal(expected, NormalDistribution.Quantile(probability), 1e-14);

    // Reference values: Python's math.erfc (the C library's erfc, an implementation independent of ours).
    [Theory]
    [InlineData(0.5, 0.4795001221869535)]
    [InlineData(1.0, 0.15729920705028513)]
    [InlineData(2.0, 0.004677734981047265)]
    [InlineData(3.0, 2.2090496998585438e-05)]
    [InlineData(5.0, 1.5374597944280351e-12)]
    public void Erfc_matches_the_c_library_to_a_relative_1e_14(double x, double expected) =>
        Assert.True(Math.Abs(NormalDistribution.Erfc(x) - expected) <= expected * 1e-14, $"erfc({x}) = {NormalDistribution.Erfc(x):R}, expected {expected:R}");

    [KpiProperty]
    public Property The_quantile_inverts_the_tail() =>
        Prop.ForAll(
            Gen.Choose(1, 999_999).ToArbitrary(),
            millionths =>
            {
                var p = millionths / 1_000_000.0;
                var z = NormalDistribution.Quantile(p);
                var lowerTail = z < 0 ? NormalDistribution.Erfc(-z / Math.Sqrt(2.0)) / 2.0 : 1.0 - (NormalDistribution.Erfc(z / Math.Sqrt(2.0)) / 2.0);
                return Math.Abs(lowerTail - p) <= 1e-14;
            });

    // ---- rate_confidence_interval -----------------------------------------------------------------

    // Newcombe (1998), Statistics in Medicine 17, 857-872, table II, method 3 (Wilson score, no continuity
    // correction), examples (a), (b), (c) and (e). Recomputed by hand for 81/263: p = 0.307985, z² = 3.841459,
    // z²/n = 0.014606, centre = (0.307985 + 0.007303) / 1.014606 = 0.310748, half-width
    // = 1.959964 × √(0.00081036 + 0.00001388) / 1.014606 = 0.055461: [0.25529, 0.36621].
    [Theory]
    [KpiTest(KpiIds.RateConfidenceInterval)]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_interval_matches_Newcombe_1998(long successes, long trials, double lower, double upper)
    {
        var interval = Statistics.RateConfidenceInterval(successes, trials, NinetyFive).Value;
        Assert.Equal((decimal)lower, Math.Round(interval.Lower.Fraction, 4));
        Assert.Equal((decimal)upper, Math.Round(interval.Upper.Fraction, 4));
        Assert.Equal((decimal)successes / trials, interval.PointEstimate.Fraction);
    }

    [Fact]
    [KpiTest(KpiIds.RateConfidenceInterval)]
    public void Wilson_interval_is_undefined_without_trials_and_refuses_invalid_input()
    {
        var none = Statistics.RateConfidenceInterval(0, 0, NinetyFive);
        Assert.Equal(UndefinedReason.ZeroDenominator, none.Reason);
        Assert.Equal(KpiIds.RateConfidenceInterval, none.KpiId);
        Assert.Equal("successes", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.RateConfidenceInterval(5, 4, NinetyFive)).ParamName);
        Assert.Equal("trials", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.RateConfidenceInterval(0, -1, NinetyFive)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.RateConfidenceInterval(1, 4, Rate.One)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.RateConfidenceInterval(1, 4, Rate.Zero)).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.RateConfidenceInterval)]
    public Property Wilson_interval_contains_the_point_estimate_within_0_and_100_percent() =>
        Prop.ForAll(
            Gen.Choose(1, 100_000).ToArbitrary(),
            Gen.Choose(0, 100_000).ToArbitrary(),
            Gen.Choose(1, 9_999).ToArbitrary(),
            (trials, rawSuccesses, confidenceBasisPoints) =>
            {
                var successes = rawSuccesses % (trials + 1);
                var interval = Statistics.RateConfidenceInterval(successes, trials, Rate.FromFraction(confidenceBasisPoints / 10_000m)).Value;
                return interval.Lower.Fraction >= 0m && interval.Upper.Fraction <= 1m && interval.Contains(interval.PointEstimate);
            });

    [KpiProperty]
    [KpiTest(KpiIds.RateConfidenceInterval)]
    public Property Wilson_interval_widens_with_confidence_and_narrows_with_trials() =>
        Prop.ForAll(
            Gen.Choose(1, 10_000).ToArbitrary(),
            Gen.Choose(0, 10_000).ToArbitrary(),
            Gen.Choose(100, 9_800).ToArbitrary(),
            (trials, rawSuccesses, confidenceBasisPoints) =>
            {
                var successes = rawSuccesses % (trials + 1);
                var confidence = Rate.FromFraction(confidenceBasisPoints / 10_000m);
                var higher = Rate.FromFraction((confidenceBasisPoints + 100) / 10_000m);
                var interval = Statistics.RateConfidenceInterval(successes, trials, confidence).Value;
                var wider = Statistics.RateConfidenceInterval(successes, trials, higher).Value;

                // The same rate on four times the trials.
                var larger = Statistics.RateConfidenceInterval(successes * 4L, trials * 4L, confidence).Value;
                return wider.Width.Fraction > interval.Width.Fraction && larger.Width.Fraction < interval.Width.Fraction;
            });

    // ---- change_significance ----------------------------------------------------------------------

    // Fisher (1935), The Design of Experiments, section 2: the lady tasting tea, 4 cups of each kind, 3 right
    // of each. Given the margins the hypergeometric probabilities of 0..4 right are 1, 16, 36, 16, 1 out of
    // C(8, 4) = 70; the tables no likelier than 16/70 sum to 34/70 = 17/35 = 0.4857142857...
    [Fact]
    [KpiTest(KpiIds.ChangeSignificance)]
    public void Fisher_exact_test_on_the_tea_tasting_table_gives_17_over_35()
    {
        var result = Statistics.ChangeSignificance(3, 4, 1, 4, FivePercent).Value;
        Assert.Equal(SignificanceTest.FisherExact, result.Test);
        Assert.Equal(17m / 35m, result.PValue, 12);
        Assert.False(result.IsSignificant);
        Assert.Equal("Not significant at the 5 % level (p = 0.4857, Fisher's exact test): the change may be noise.", result.Verdict);
    }

    // Hand calculation: 2 of 2, then 0 of 2. Given the margins (2 and 2 trials, 2 successes) the tables with
    // 0, 1, 2 successes in the first group have probabilities 1/6, 4/6, 1/6; the observed one (2) and the
    // other as unlikely (0) sum to 1/3. The walk from the most likely table reaches both ends.
    [Fact]
    [KpiTest(KpiIds.ChangeSignificance)]
    public void Fisher_exact_test_sums_both_tails_no_likelier_than_the_observed_table()
    {
        var result = Statistics.ChangeSignificance(2, 2, 0, 2, FivePercent).Value;
        Assert.Equal(SignificanceTest.FisherExact, result.Test);
        Assert.Equal(1m / 3m, result.PValue, 12);
    }

    // Huge groups with a small expected count still go to Fisher's test, without an array over the tables:
    // 1 success among 2 × 10^18 trials in two equal groups is equally likely in either (p = 1); 5 of 5 against
    // 0 of 10^12 has probability 5! / (10^12 + 5)···(10^12 + 1) ≈ 1.2e-58, which rounds to 0 at 15 decimals.
    [Fact]
    [KpiTest(KpiIds.ChangeSignificance)]
    public void Fisher_exact_test_takes_groups_of_any_size()
    {
        var even = Statistics.ChangeSignificance(1, 1_000_000_000_000_000_000, 0, 1_000_000_000_000_000_000, FivePercent).Value;
        Assert.Equal(SignificanceTest.FisherExact, even.Test);
        Assert.Equal(1m, even.PValue);

        var extreme = Statistics.ChangeSignificance(5, 5, 0, 1_000_000_000_000, FivePercent).Value;
        Assert.Equal(SignificanceTest.FisherExact, extreme.Test);
        Assert.Equal(0m, extreme.PValue);
        Assert.True(extreme.IsSignificant);
    }

    // Hand calculation: 20/200 then 40/200, every expected count 30 or 170. Pooled p = 60/400 = 0.15,
    // standard error √(0.15 × 0.85 × (1/200 + 1/200)) = 0.0357071, z = 0.1 / 0.0357071 = 2.8005602,
    // p-value erfc(z / √2) = 0.0051013996 (Python's math.erfc).
    [Fact]
    [KpiTest(KpiIds.ChangeSignificance)]
    public void Two_proportion_z_test_on_large_counts_matches_the_hand_calculation()
    {
        var result = Statistics.ChangeSignificance(20, 200, 40, 200, FivePercent).Value;
        Assert.Equal(SignificanceTest.TwoProportionZTest, result.Test);
        Assert.Equal(0.005101399646005m, result.PValue, 12);
        Assert.True(result.IsSignificant);
        Assert.Equal("Significant at the 5 % level (p = 0.0051, two-proportion z-test): the change is unlikely to be noise.", result.Verdict);
    }

    // "+5 points on 40 leads": 8/40 = 20 % then 10/40 = 25 %. Expected successes 9 ≥ 5, so the z-test:
    // pooled 18/80 = 0.225, standard error √(0.225 × 0.775 × (2/40)) = 0.0933742, z = 0.05 / 0.0933742
    // = 0.5354796, p-value = erfc(0.5354796 / √2) = 0.592318 (Python's math.erfc): noise.
    [Fact]
    [KpiTest(KpiIds.ChangeSignificance)]
    public void Five_points_on_forty_leads_is_noise()
    {
        var result = Statistics.ChangeSignificance(8, 40, 10, 40, FivePercent).Value;
        Assert.Equal(SignificanceTest.TwoProportionZTest, result.Test);
        Assert.Equal(0.592318m, Math.Round(result.PValue, 6));
        Assert.False(result.IsSignificant);
    }

    [Fact]
    [KpiTest(KpiIds.ChangeSignificance)]
    public void Change_significance_is_undefined_without_trials_and_refuses_invalid_input()
    {
        Assert.Equal(UndefinedReason.ZeroDenominator, Statistics.ChangeSignificance(0, 0, 1, 4, FivePercent).Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, Statistics.ChangeSignificance(1, 4, 0, 0, FivePercent).Reason);
        Assert.Equal("successesBefore", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.ChangeSignificance(5, 4, 1, 4, FivePercent)).ParamName);
        Assert.Equal("successesAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.ChangeSignificance(1, 4, 5, 4, FivePercent)).ParamName);
        Assert.Equal("trialsAfter", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.ChangeSignificance(1, 4, 0, -4, FivePercent)).ParamName);
        Assert.Equal("significanceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.ChangeSignificance(1, 4, 1, 4, Rate.Zero)).ParamName);
    }

    [Fact]
    [KpiTest(KpiIds.ChangeSignificance)]
    public void Identical_groups_give_a_p_value_of_one()
    {
        Assert.Equal(1m, Statistics.ChangeSignificance(0, 10, 0, 10, FivePercent).Value.PValue);
        Assert.Equal(1m, Statistics.ChangeSignificance(10, 10, 10, 10, FivePercent).Value.PValue);
        Assert.Equal(1m, Statistics.ChangeSignificance(50, 100, 50, 100, FivePercent).Value.PValue);
    }

    [KpiProperty]
    [KpiTest(KpiIds.ChangeSignificance)]
    public Property P_value_is_a_probability_and_symmetric_in_the_groups() =>
        Prop.ForAll(
            Gen.Choose(1, 2_000).ToArbitrary(),
            Gen.Choose(1, 2_000).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (trials1, trials2, seed) =>
            {
                var successes1 = seed % (trials1 + 1);
                var successes2 = seed / 2_001 % (trials2 + 1);
                var forward = Statistics.ChangeSignificance(successes1, trials1, successes2, trials2, FivePercent).Value;
                var backward = Statistics.ChangeSignificance(successes2, trials2, successes1, trials1, FivePercent).Value;
                return forward.PValue >= 0m && forward.PValue <= 1m
                    && forward.Test == backward.Test
                    && Math.Abs(forward.PValue - backward.PValue) <= 1e-12m;
            });

    // ---- nps_margin_of_error ----------------------------------------------------------------------

    // Hand calculation: 60 promoters, 25 passives, 15 detractors (NPS 45). Variance per respondent
    // 0.60 + 0.15 − 0.45² = 0.5475; standard error √(0.5475 / 100) = 0.0739932; × 1.9599640 × 100
    // = 14.5024 NPS points.
    [Fact]
    [KpiTest(KpiIds.NpsMarginOfError)]
    public void Nps_margin_of_error_matches_the_hand_calculation()
    {
        Assert.Equal(14.5024m, Math.Round(Statistics.NpsMarginOfError(60, 25, 15, NinetyFive).Value, 4));
        Assert.Equal(0m, Statistics.NpsMarginOfError(40, 0, 0, NinetyFive).Value);
        Assert.Equal(UndefinedReason.ZeroDenominator, Statistics.NpsMarginOfError(0, 0, 0, NinetyFive).Reason);
        Assert.Equal("detractors", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.NpsMarginOfError(1, 1, -1, NinetyFive)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.NpsMarginOfError(1, 1, 1, Rate.FromPercent(100m))).ParamName);
    }

    // ---- required_sample_size ---------------------------------------------------------------------

    // Hand calculations, n = z² p (1 − p) / e² with z = 1.959964 (z² = 3.841459): 3.841459 × 0.25 / 0.0025
    // = 384.15 → 385 (the figure of every survey guide); / 0.01 = 96.04 → 97; p = 10 %: 3.841459 × 0.09 /
    // 0.0025 = 138.29 → 139; 99 % (z = 2.575829, z² = 6.634897): 6.634897 × 0.25 / 0.0009 = 1843.03 → 1844.
    [Theory]
    [KpiTest(KpiIds.RequiredSampleSize)]
    [InlineData(5, 95, null, 385)]
    [InlineData(10, 95, null, 97)]
    [InlineData(5, 95, 10, 139)]
    [InlineData(3, 99, null, 1844)]
    public void Required_sample_size_matches_the_hand_calculation(int marginPercent, int confidencePercent, int? expectedPercent, long expected) =>
        Assert.Equal(
            expected,
            Statistics.RequiredSampleSize(
                Rate.FromPercent(marginPercent),
                Rate.FromPercent(confidencePercent),
                expectedPercent is { } p ? Rate.FromPercent(p) : null));

    [Fact]
    [KpiTest(KpiIds.RequiredSampleSize)]
    public void Required_sample_size_refuses_rates_outside_the_open_unit_interval()
    {
        Assert.Equal("marginOfError", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.RequiredSampleSize(Rate.Zero, NinetyFive)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.RequiredSampleSize(FivePercent, Rate.One)).ParamName);
        Assert.Equal("expectedProportion", Assert.Throws<ArgumentOutOfRangeException>(() => Statistics.RequiredSampleSize(FivePercent, NinetyFive, Rate.One)).ParamName);
    }

    [KpiProperty]
    [KpiTest(KpiIds.RequiredSampleSize)]
    public Property Required_sample_size_gives_a_margin_no_larger_than_the_target_and_is_the_least_such() =>
        Prop.ForAll(
            Gen.Choose(10, 5_000).ToArbitrary(),
            Gen.Choose(5_000, 9_990).ToArbitrary(),
            Gen.Choose(1, 99).ToArbitrary(),
            (marginBasisPoints, confidenceBasisPoints, expectedPercent) =>
            {
                var margin = marginBasisPoints / 10_000.0;
                var confidence = confidenceBasisPoints / 10_000.0;
                var p = expectedPercent / 100.0;
                var n = Statistics.RequiredSampleSize(
                    Rate.FromFraction(marginBasisPoints / 10_000m), Rate.FromFraction(confidenceBasisPoints / 10_000m), Rate.FromPercent(expectedPercent));
                var z = NormalDistribution.TwoSidedCriticalValue(confidence);
                double MarginAt(long size) => z * Math.Sqrt(p * (1 - p) / size);
                return MarginAt(n) <= margin * (1 + 1e-12) && (n == 1 || MarginAt(n - 1) > margin * (1 - 1e-12));
            });

    // ---- JSON forms -------------------------------------------------------------------------------

    [Fact]
    public void Results_round_trip_through_their_json_forms()
    {
        var interval = Statistics.RateConfidenceInterval(81, 263, NinetyFive);
        var significance = Statistics.ChangeSignificance(3, 4, 1, 4, FivePercent);
        var intervalJson = System.Text.Json.JsonSerializer.Serialize(interval, KpiFormulas.Json.KpiJsonContext.Default.KpiResultRateInterval);
        var significanceJson = System.Text.Json.JsonSerializer.Serialize(significance, KpiFormulas.Json.KpiJsonContext.Default.KpiResultSignificanceResult);
        Assert.Contains("\"pointEstimate\"", intervalJson, StringComparison.Ordinal);
        Assert.Contains("\"test\":\"FisherExact\"", significanceJson, StringComparison.Ordinal);
        Assert.Equal(interval, System.Text.Json.JsonSerializer.Deserialize(intervalJson, KpiFormulas.Json.KpiJsonContext.Default.KpiResultRateInterval));
        Assert.Equal(significance, System.Text.Json.JsonSerializer.Deserialize(significanceJson, KpiFormulas.Json.KpiJsonContext.Default.KpiResultSignificanceResult));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(
            "{\"lower\":0.5,\"upper\":0.4,\"pointEstimate\":0.45}", KpiFormulas.Json.KpiJsonContext.Default.RateInterval));
    }
}
