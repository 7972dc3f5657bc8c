using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

/// <summary>
/// Small-sample statistics for the rates of the other families: how precise a conversion, churn or
/// adoption rate measured on a few dozen cases is (<see cref="RateConfidenceInterval"/>), whether a
/// change between two rates is real or noise (<see cref="ChangeSignificance"/>), how precise a Net
/// Promoter Score is (<see cref="NpsMarginOfError"/>), and how many answers a survey needs
/// (<see cref="RequiredSampleSize"/>).
/// </summary>
/// <remarks>
/// <para>These are the tools the targets of <see cref="Targets"/> need to tell drift from noise:
/// "+5 points on 40 leads" is rarely a real change.</para>
/// <para>Numbers: counts are exact; the normal quantiles, tails and hypergeometric probabilities are
/// computed in double (Wichura's AS 241 for the quantile; see docs/numeric-policy.md) and returned as
/// decimal, accurate to about 1e-14, far beyond the precision any decision on them needs. The point
/// estimate of an interval is the exact decimal quotient.</para>
/// <para>Undefined: no trials, no respondents (<see cref="UndefinedReason.ZeroDenominator"/>). Invalid
/// input (more successes than trials, a negative count, a confidence level or significance level not
/// strictly between 0 % and 100 %) throws an <see cref="ArgumentException"/> naming the parameter.</para>
/// </remarks>
/// <example>
/// <code>
/// Statistics.RateConfidenceInterval(81, 263, Rate.FromPercent(95m)).Value; // [25.53 %, 36.62 %], point 30.80 %
/// Statistics.ChangeSignificance(3, 4, 1, 4, Rate.FromPercent(5m)).Value.PValue; // 0.4857 (Fisher's exact test)
/// Statistics.NpsMarginOfError(60, 25, 15, Rate.FromPercent(95m)).Value;    // 14.50 NPS points
/// Statistics.RequiredSampleSize(Rate.FromPercent(5m), Rate.FromPercent(95m)); // 385
/// </code>
/// </example>
public static partial class Statistics
{
    internal const string MustBeOpenProportion = "The value must be strictly between 0 % and 100 %.";

    /// <summary>
    /// Wilson score confidence interval of a rate measured as successes out of trials: conversion,
    /// churn, adoption, any proportion KPI.
    /// </summary>
    /// <param name="successes">The number of successes (conversions, churned customers...), not negative, at most <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials (leads, customers at the start...), not negative.</param>
    /// <param name="confidence">The confidence level, strictly between 0 % and 100 % (95 % by convention).</param>
    /// <returns>The lower and upper bounds and the observed rate; undefined when there are no trials.</returns>
    /// <remarks>
    /// <para>Formula (Wilson 1927; Newcombe 1998, method 3): with p = successes / trials, n = trials and z
    /// the two-sided normal critical value of the confidence level,
    /// (p + z²/2n ± z √(p(1 − p)/n + z²/4n²)) / (1 + z²/n). Unlike the textbook p ± z √(p(1 − p)/n), it stays
    /// within 0 % and 100 % and keeps its coverage on small samples and rates near 0 % or 100 %: 0 out of 10
    /// gives [0 %, 27.75 %], not [0 %, 0 %].</para>
    /// <para>Unit: rates. Undefined: no trials (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>rate_confidence_interval</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the successes exceed the trials, or the confidence is not strictly between 0 % and 100 %.</exception>
    /// <example>81 conversions out of 263 leads: 30.80 %, and at 95 % confidence between 25.53 % and 36.62 %.</example>
    public static KpiResult<RateInterval> RateConfidenceInterval(long successes, long trials, Rate confidence)
    {
        Preconditions.NotNegative(successes);
        Preconditions.NotNegative(trials);
        Preconditions.NotAbove(successes, trials, nameof(successes), nameof(trials));
        var z = CriticalValue(confidence);
        if (trials == 0)
        {
            return KpiResult.Undefined<RateInterval>(KpiIds.RateConfidenceInterval, UndefinedReason.ZeroDenominator, "no trials, so no rate was observed.");
        }

        return KpiResult.Defined(KpiIds.RateConfidenceInterval, Wilson(successes, trials, z));
    }

    /// <summary>
    /// Whether a change between two rates, each measured as successes out of trials, is real or may be
    /// noise: the two-sided p-value, the test used and a plain-language verdict.
    /// </summary>
    /// <param name="successesBefore">Successes of the first period or group, not negative, at most <paramref name="trialsBefore"/>.</param>
    /// <param name="trialsBefore">Trials of the first period or group, not negative.</param>
    /// <param name="successesAfter">Successes of the second period or group, not negative, at most <paramref name="trialsAfter"/>.</param>
    /// <param name="trialsAfter">Trials of the second period or group, not negative.</param>
    /// <param name="significanceLevel">The level the p-value is compared with, strictly between 0 % and 100 % (5 % by convention).</param>
    /// <returns>The p-value, the test and the verdict; undefined when either group has no trials.</returns>
    /// <remarks>
    /// <para>The 2 × 2 table (successes and failures of each group) decides the test. When every expected
    /// count (row total × column total / grand total) is 5 or more, the two-proportion z-test with pooled
    /// variance: p = (s₁ + s₂)/(n₁ + n₂), z = (s₂/n₂ − s₁/n₁) / √(p(1 − p)(1/n₁ + 1/n₂)), p-value = P(|Z| ≥ |z|).
    /// Otherwise Fisher's exact test, two-sided: the sum of the hypergeometric probabilities of every table
    /// with the same margins that is no more likely than the observed one (with a relative tolerance of
    /// 1e-7 for ties, as R's fisher.test). The probabilities are computed in double from the ratio of
    /// consecutive terms, starting at the most likely table, so no factorial overflows.</para>
    /// <para>Undefined: either group has no trials (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>change_significance</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, successes exceed their trials, or the level is not strictly between 0 % and 100 %.</exception>
    /// <example>Fisher's tea-tasting table (3 right and 1 wrong of each kind of cup): p = 0.4857, not significant at 5 %.
    /// 20 conversions out of 200 leads, then 40 out of 200: z = 2.80, p = 0.0051, significant.</example>
    public static KpiResult<SignificanceResult> ChangeSignificance(long successesBefore, long trialsBefore, long successesAfter, long trialsAfter, Rate significanceLevel)
    {
        Preconditions.NotNegative(successesBefore);
        Preconditions.NotNegative(trialsBefore);
        Preconditions.NotNegative(successesAfter);
        Preconditions.NotNegative(trialsAfter);
        Preconditions.NotAbove(successesBefore, trialsBefore, nameof(successesBefore), nameof(trialsBefore));
        Preconditions.NotAbove(successesAfter, trialsAfter, nameof(successesAfter), nameof(trialsAfter));
        Preconditions.ArgumentInRange(IsOpenProportion(significanceLevel), significanceLevel, nameof(significanceLevel), MustBeOpenProportion);
        if (trialsBefore == 0 || trialsAfter == 0)
        {
            return KpiResult.Undefined<SignificanceResult>(
                KpiIds.ChangeSignificance,
                UndefinedReason.ZeroDenominator,
                trialsBefore == 0 ? "the first group has no trials, so it has no rate." : "the second group has no trials, so it has no rate.");
        }

        var (pValue, test) = HasSmallExpectedCount(successesBefore, trialsBefore, successesAfter, trialsAfter)
            ? (FisherExactTwoSided(successesBefore, trialsBefore, successesAfter, trialsAfter), SignificanceTest.FisherExact)
            : (TwoProportionZTest(successesBefore, trialsBefore, successesAfter, trialsAfter), SignificanceTest.TwoProportionZTest);
        return KpiResult.Defined(KpiIds.ChangeSignificance, new SignificanceResult(ToProbability(pValue), test, significanceLevel));
    }

    /// <summary>
    /// Margin of error of a Net Promoter Score, in NPS points: the score lies within ± this margin of the
    /// measured one at the confidence level.
    /// </summary>
    /// <param name="promoters">Respondents scoring 9 or 10, not negative.</param>
    /// <param name="passives">Respondents scoring 7 or 8, not negative.</param>
    /// <param name="detractors">Respondents scoring 0 to 6, not negative.</param>
    /// <param name="confidence">The confidence level, strictly between 0 % and 100 % (95 % by convention).</param>
    /// <returns>z × √((p_P + p_D − (p_P − p_D)²) / n) × 100, in NPS points; undefined with no respondent.</returns>
    /// <remarks>
    /// <para>Each respondent scores +100 (promoter), 0 (passive) or −100 (detractor); the NPS is their mean,
    /// whose variance per respondent is p_P + p_D − (p_P − p_D)² (in fractions), so the standard error is
    /// √(variance / n) and the margin z times it. Zero when every respondent gives the same answer.</para>
    /// <para>Undefined: no respondent (<see cref="UndefinedReason.ZeroDenominator"/>).</para>
    /// <para>Catalogue id <c>nps_margin_of_error</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the confidence is not strictly between 0 % and 100 %.</exception>
    /// <example>60 promoters, 25 passives and 15 detractors: NPS 45 ± 14.50 points at 95 %.</example>
    public static KpiResult<decimal> NpsMarginOfError(long promoters, long passives, long detractors, Rate confidence)
    {
        Preconditions.NotNegative(promoters);
        Preconditions.NotNegative(passives);
        Preconditions.NotNegative(detractors);
        var z = CriticalValue(confidence);
        var respondents = (decimal)promoters + passives + detractors;
        if (respondents == 0m)
        {
            return KpiResult.Undefined<decimal>(KpiIds.NpsMarginOfError, UndefinedReason.ZeroDenominator, "no respondent, so no score was measured.");
        }

        var promoterShare = promoters / respondents;
        var detractorShare = detractors / respondents;
        var net = promoterShare - detractorShare;
        var variance = promoterShare + detractorShare - (net * net);
        var margin = z * Math.Sqrt((double)(variance / respondents)) * 100.0;
        return KpiResult.Defined(KpiIds.NpsMarginOfError, (decimal)margin);
    }

    /// <summary>
    /// The number of answers (leads, respondents) needed to estimate a proportion within a margin of error
    /// at a confidence level.
    /// </summary>
    /// <param name="marginOfError">The largest acceptable distance between the estimate and the true rate, strictly between 0 % and 100 % (5 % is ± 5 points).</param>
    /// <param name="confidence">The confidence level, strictly between 0 % and 100 % (95 % by convention).</param>
    /// <param name="expectedProportion">The expected rate, strictly between 0 % and 100 %; null for 50 %, the most demanding case and the safe choice when nothing is known.</param>
    /// <returns>n = z² p(1 − p) / e², rounded up to a whole number.</returns>
    /// <remarks>
    /// <para>The normal-approximation (Wald) sample size for a proportion, as in Cochran, Sampling Techniques
    /// (1977), without the finite-population correction: 5 % at 95 % gives the well-known 385.</para>
    /// <para>Never undefined. Catalogue id <c>required_sample_size</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A rate is not strictly between 0 % and 100 %.</exception>
    /// <example>± 5 points at 95 %: 385 answers; ± 10 points: 97; expecting a 10 % rate, ± 5 points: 139.</example>
    public static long RequiredSampleSize(Rate marginOfError, Rate confidence, Rate? expectedProportion = null)
    {
        Preconditions.ArgumentInRange(IsOpenProportion(marginOfError), marginOfError, nameof(marginOfError), MustBeOpenProportion);
        var z = CriticalValue(confidence);
        var proportion = expectedProportion ?? Rate.FromPercent(50m);
        Preconditions.ArgumentInRange(IsOpenProportion(proportion), proportion, nameof(expectedProportion), MustBeOpenProportion);
        var p = (double)proportion.Fraction;
        var e = (double)marginOfError.Fraction;
        return (long)Math.Ceiling(z * z * p * (1.0 - p) / (e * e));
    }

    internal static double CriticalValue(Rate confidence, string paramName = "confidence")
    {
        Preconditions.ArgumentInRange(IsOpenProportion(confidence), confidence, paramName, MustBeOpenProportion);
        return NormalDistribution.TwoSidedCriticalValue((double)confidence.Fraction);
    }

    internal static bool IsOpenProportion(Rate rate) => rate.Fraction > 0m && rate.Fraction < 1m;

    internal static RateInterval Wilson(long successes, long trials, double z)
    {
        var pointEstimate = Rate.FromFraction((decimal)successes / trials);
        double n = trials;
        var p = (double)successes / trials;
        var zSquared = z * z;
        var denominator = 1.0 + (zSquared / n);
        var centre = (p + (zSquared / (2.0 * n))) / denominator;
        var halfWidth = z / denominator * Math.Sqrt((p * (1.0 - p) / n) + (zSquared / (4.0 * n * n)));

        // Rounding in double must not put a bound on the wrong side of the exact point estimate or of 0 % and 100 %.
        var lower = successes == 0 ? 0m : Math.Min(Math.Max((decimal)(centre - halfWidth), 0m), pointEstimate.Fraction);
        var upper = successes == trials ? 1m : Math.Max(Math.Min((decimal)(centre + halfWidth), 1m), pointEstimate.Fraction);
        return new RateInterval(Rate.FromFraction(lower), Rate.FromFraction(upper), pointEstimate);
    }

    private static bool HasSmallExpectedCount(long successesBefore, long trialsBefore, long successesAfter, long trialsAfter)
    {
        double total = trialsBefore + trialsAfter;
        double successes = successesBefore + successesAfter;
        var failures = total - successes;
        var smallestRow = Math.Min(trialsBefore, trialsAfter);
        return smallestRow * Math.Min(successes, failures) / total < 5.0;
    }

    private static double TwoProportionZTest(long successesBefore, long trialsBefore, long successesAfter, long trialsAfter)
    {
        double n1 = trialsBefore;
        double n2 = trialsAfter;
        var pooled = (successesBefore + successesAfter) / (n1 + n2);
        var standardError = Math.Sqrt(pooled * (1.0 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        var z = ((successesAfter / n2) - (successesBefore / n1)) / standardError;
        return NormalDistribution.TwoSidedPValue(z);
    }

    private static double FisherExactTwoSided(long successesBefore, long trialsBefore, long successesAfter, long trialsAfter)
    {
        // X = successes of the first group, hypergeometric given the margins: rows n1, n2, successes k. Weights are
        // relative to the mode's and built from the ratio of consecutive terms, P(x + 1) / P(x) =
        // (n1 − x)(k − x) / ((x + 1)(n2 − k + x + 1)), so none overflows. Only a small expected count sends a table
        // here, so the distribution is narrow: each walk stops where the weights underflow to 0, after a few hundred
        // terms at most, whatever the counts (a table of 10^18 trials included) and without an array.
        var k = successesBefore + successesAfter;
        var low = Math.Max(0, k - trialsAfter);
        var high = Math.Min(k, trialsBefore);
        var mode = Math.Clamp((long)Math.Floor((trialsBefore + 1.0) * (k + 1.0) / (trialsBefore + trialsAfter + 2.0)), low, high);

        double Up(long x) => (trialsBefore - x) * (double)(k - x) / ((x + 1.0) * (trialsAfter - k + x + 1.0));
        double Down(long x) => x * (double)(trialsAfter - k + x) / ((trialsBefore - x + 1.0) * (k - x + 1.0));

        var observed = 1.0;
        for (var x = mode; x < successesBefore && observed > 0; x++)
        {
            observed *= Up(x);
        }

        for (var x = mode; x > successesBefore && observed > 0; x--)
        {
            observed *= Down(x);
        }

        // Ties with the observed table count as extreme within a relative 1e-7, as R's fisher.test does.
        observed *= 1.0 + 1e-7;
        var total = 1.0;
        var asExtreme = 1.0 <= observed ? 1.0 : 0.0;
        var weight = 1.0;
        for (var x = mode; x < high && weight > 0; x++)
        {
            weight *= Up(x);
            total += weight;
            asExtreme += weight <= observed ? weight : 0.0;
        }

        weight = 1.0;
        for (var x = mode; x > low && weight > 0; x--)
        {
            weight *= Down(x);
            total += weight;
            asExtreme += weight <= observed ? weight : 0.0;
        }

        return asExtreme / total;
    }

    internal static decimal ToProbability(double p) => Math.Clamp((decimal)Math.Round(p, 15), 0m, 1m);
}
