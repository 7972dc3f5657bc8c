using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

public static partial class Predictive
{
    /// <summary>
    /// Fits the shifted-beta-geometric (sBG) model of contract renewals (« modèle bêta-géométrique décalé »,
    /// Fader and Hardie 2007) by maximum likelihood to a survival curve: how many customers of one cohort are
    /// still subscribed at the start of each period.
    /// </summary>
    /// <param name="activeCustomers">The customers still active at the start of periods 0, 1, 2...: element 0 the cohort's size
    /// (positive), then counts that never rise; at least two periods.</param>
    /// <returns>The estimates α, β; undefined when the search does not converge (<see cref="UndefinedReason.FitDidNotConverge"/>),
    /// as when nobody ever churns.</returns>
    /// <remarks>
    /// <para>Formula: maximise Σ_{t=1..n} (S_{t−1} − S_t) ln P(T = t) + S_n ln S(n), with
    /// P(T = t) = B(α + 1, β + t − 1) / B(α, β) and S(t) = B(α, β + t) / B(α, β) (the paper's equations 5 to 7).
    /// Unit: the parameters of the model.</para>
    /// <para>On years 0..7 of the paper's data it gives its α = 0.704, β = 1.182 ("regular") and α = 0.668, β = 3.806
    /// ("high end").</para>
    /// <para>Undefined: no convergence (<see cref="UndefinedReason.FitDidNotConverge"/>). Catalogue id <c>sbg_fit</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">Fewer than two periods, a first count of zero or less, or a count that rises.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static KpiResult<SbgModel> FitSbg(ReadOnlySpan<long> activeCustomers)
    {
        Preconditions.Argument(activeCustomers.Length >= 2, nameof(activeCustomers), "The survival curve must have at least two periods: the cohort's size and one renewal.");
        Preconditions.Argument(activeCustomers[0] > 0, nameof(activeCustomers), "The cohort's size, the first count, must be positive.");
        for (var t = 1; t < activeCustomers.Length; t++)
        {
            Preconditions.ArgumentInRange(activeCustomers[t] >= 0, activeCustomers[t], nameof(activeCustomers), Preconditions.MustNotBeNegative);
            if (activeCustomers[t] > activeCustomers[t - 1])
            {
                Preconditions.ThrowArgument(nameof(activeCustomers), "A survival curve never rises: period {0} has {1} customers, more than the {2} of period {3}.", t, activeCustomers[t], activeCustomers[t - 1], t - 1);
            }
        }

        var counts = activeCustomers.ToArray();
        var size = (double)counts[0];
        var outcome = MaximumLikelihood.Maximise(
            logParameters => SbgLogLikelihood(counts, Math.Exp(logParameters[0]), Math.Exp(logParameters[1])) / size,
            [0.0, 0.0]);
        if (!outcome.Converged)
        {
            return KpiResult.Undefined<SbgModel>(KpiIds.SbgFit, UndefinedReason.FitDidNotConverge, outcome.Explanation("sBG"));
        }

        return KpiResult.Defined(KpiIds.SbgFit, new SbgModel(ToDecimal(Math.Exp(outcome.LogParameters[0])), ToDecimal(Math.Exp(outcome.LogParameters[1]))));
    }

    /// <summary>
    /// The projected retention rate of a period (« taux de rétention projeté »): the share of the customers
    /// active in period t − 1 who renew for period t, under an sBG model.
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="period">The period t, at least 1.</param>
    /// <returns>r_t = (β + t − 1) / (α + β + t − 1).</returns>
    /// <remarks>
    /// <para>Formula: (β + t − 1) / (α + β + t − 1) (the paper's equation 8). Unit: rate per period. Direction: higher is better.</para>
    /// <para>It rises with t although no customer's own churn probability changes: the customers most likely to
    /// churn leave first, and those who stay are the loyal ones.</para>
    /// <para>Undefined: never. Catalogue id <c>projected_retention</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The period is below 1.</exception>
    /// <example>"Regular" segment, α = 0.704, β = 1.182: r_1 = 1.182 / 1.886 = 62.7 %, r_5 = 5.182 / 5.886 = 88.0 %.</example>
    public static Rate ProjectedRetention(SbgModel model, int period)
    {
        var (alpha, beta) = Doubles(model, nameof(model));
        Preconditions.Positive(period);
        return Rate.FromFraction(ToDecimal((beta + period - 1) / (alpha + beta + period - 1)));
    }

    /// <summary>
    /// The projected survival to a period: the share of the cohort still active at the start of period t,
    /// under an sBG model (the product of the retention rates of periods 1..t).
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="period">The period t, not negative (0 gives 100 %).</param>
    /// <returns>S(t) = B(α, β + t) / B(α, β).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is negative.</exception>
    public static Rate ProjectedSurvival(SbgModel model, int period)
    {
        var (alpha, beta) = Doubles(model, nameof(model));
        Preconditions.NotNegative(period);
        return Rate.FromFraction(ToDecimal(Math.Exp(SpecialFunctions.LogBeta(alpha, beta + period) - SpecialFunctions.LogBeta(alpha, beta))));
    }

    /// <summary>
    /// The discounted expected residual lifetime (DERL, « durée de vie résiduelle actualisée ») of a customer
    /// who has renewed a given number of times, about to decide on the next renewal: the expected number of
    /// payments still to come, each discounted per period, the one about to be decided undiscounted.
    /// Multiply by the payment per period for the customer's residual value.
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="renewals">The renewals n − 1 the customer has made so far, not negative (0 for a customer in their first period).</param>
    /// <param name="discountRate">The discount rate per period; positive.</param>
    /// <returns>DERL = (β + n − 1) / (α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1 / (1 + d)), in payments.</returns>
    /// <remarks>
    /// <para>Formula: Fader and Hardie (2010), "Customer-Base Valuation in a Contractual Setting: The Perils of
    /// Ignoring Heterogeneity", equation 6: Σ_{k≥1} S(n − 1 + k) / S(n − 1) / (1 + d)^(k − 1). Unit: payments.
    /// Direction: higher is better.</para>
    /// <para>It grows with the renewals made: the longer a customer has stayed, the likelier they are one of the loyal ones.</para>
    /// <para>Undefined: never. Catalogue id <c>discounted_expected_residual_lifetime</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The renewals are negative or the discount rate is not positive.</exception>
    public static decimal DiscountedExpectedResidualLifetime(SbgModel model, int renewals, Rate discountRate)
    {
        var (alpha, beta) = Doubles(model, nameof(model));
        Preconditions.NotNegative(renewals);
        Preconditions.ArgumentInRange(discountRate.Fraction > 0m, discountRate, nameof(discountRate), Preconditions.MustBePositive);
        var n = renewals + 1.0;
        var z = 1.0 / (1.0 + (double)discountRate.Fraction);
        var hyper = SpecialFunctions.Hypergeometric2F1(1.0, beta + n, alpha + beta + n, z);
        return ToDecimalOrRefuse((beta + n - 1) / (alpha + beta + n - 1) * hyper, discountRate.Fraction, nameof(discountRate));
    }

    private static double SbgLogLikelihood(long[] counts, double alpha, double beta)
    {
        var churn = alpha / (alpha + beta);
        var survival = 1.0 - churn;
        var sum = (counts[0] - counts[1]) * Math.Log(churn);
        for (var t = 2; t < counts.Length; t++)
        {
            churn *= (beta + t - 2) / (alpha + beta + t - 1);
            survival -= churn;
            sum += (counts[t - 1] - counts[t]) * Math.Log(churn);
        }

        return sum + (counts[^1] * Math.Log(survival));
    }

    private static (double Alpha, double Beta) Doubles(SbgModel model, string paramName)
    {
        Preconditions.ArgumentInRange(model.Alpha > 0m, model, paramName, "The model must have positive parameters; default(SbgModel) has none.");
        return ((double)model.Alpha, (double)model.Beta);
    }
}
