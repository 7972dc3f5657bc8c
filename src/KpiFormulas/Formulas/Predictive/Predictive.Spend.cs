using System;
using System.Collections.Generic;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

public static partial class Predictive
{
    /// <summary>
    /// Fits the Gamma-Gamma model of spend per purchase (« modèle Gamma-Gamma ») by maximum likelihood on
    /// the customers with at least one repeat purchase, from their number of repeat purchases and mean value.
    /// </summary>
    /// <param name="customers">The customers' summaries, all in one currency; those without a repeat purchase, or whose
    /// repeat purchases are worth 0, are left out (the model has no zero spend).</param>
    /// <returns>The estimates p, q, γ (γ in the currency's units); undefined when no customer has a positive repeat value
    /// (<see cref="UndefinedReason.EmptyInput"/>) or when the search does not converge (<see cref="UndefinedReason.FitDidNotConverge"/>).</returns>
    /// <remarks>
    /// <para>Formula: maximise Σ ln f(z̄ | p, q, γ; x) with f = Γ(px + q) / (Γ(px) Γ(q)) · γ^q x^(px) z̄^(px − 1) / (γ + x z̄)^(px + q)
    /// (Fader and Hardie 2013, "The Gamma-Gamma Model of Monetary Value", equation 5). Unit: the parameters of the model.</para>
    /// <para>On the 946 CDNOW customers with repeat purchases it gives the published p = 6.25, q = 3.74, γ = 15.44.</para>
    /// <para>Undefined: no customer with a positive repeat value (<see cref="UndefinedReason.EmptyInput"/>); no
    /// convergence (<see cref="UndefinedReason.FitDidNotConverge"/>). Catalogue id <c>gamma_gamma_fit</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">The customers' values are not all in one currency.</exception>
    public static KpiResult<GammaGammaModel> FitGammaGamma(IEnumerable<CustomerSummary> customers)
    {
        Preconditions.NotNull(customers);
        var spenders = new List<(double X, double Mean)>();
        Currency? currency = null;
        foreach (var c in customers)
        {
            currency ??= c.RepeatValue.Currency;
            Preconditions.SameCurrency(currency.Value, c.RepeatValue.Currency, nameof(customers));
            if (c.RepeatPurchases > 0 && c.RepeatValue.Amount > 0m)
            {
                spenders.Add((c.RepeatPurchases, (double)(c.RepeatValue.Amount / c.RepeatPurchases)));
            }
        }

        if (spenders.Count == 0)
        {
            return KpiResult.Undefined<GammaGammaModel>(KpiIds.GammaGammaFit, UndefinedReason.EmptyInput, "no customer has a repeat purchase with a positive value: there is no spend to fit.");
        }

        var data = SpendData.Of(spenders);
        var outcome = MaximumLikelihood.Maximise(
            logParameters => GammaGammaLogLikelihood(data, Math.Exp(logParameters[0]), Math.Exp(logParameters[1]), Math.Exp(logParameters[2])) / data.Spenders.Length,
            [0.0, 0.0, 0.0]);
        if (!outcome.Converged)
        {
            return KpiResult.Undefined<GammaGammaModel>(KpiIds.GammaGammaFit, UndefinedReason.FitDidNotConverge, outcome.Explanation("Gamma-Gamma"));
        }

        var p = outcome.LogParameters;
        return KpiResult.Defined(KpiIds.GammaGammaFit, new GammaGammaModel(ToDecimal(Math.Exp(p[0])), ToDecimal(Math.Exp(p[1])), ToDecimal(Math.Exp(p[2]))));
    }

    /// <summary>
    /// The expected value of a customer's future purchases (« panier moyen attendu »), given their repeat
    /// purchases and mean repeat value, under a Gamma-Gamma model: the mean value pulled towards the
    /// population's mean, the more so the fewer purchases it rests on.
    /// </summary>
    /// <param name="model">The fitted model, in the currency's units.</param>
    /// <param name="repeatPurchases">The repeat purchases x; not negative (0 gives the population's mean).</param>
    /// <param name="meanRepeatValue">The mean value z̄ of the repeat purchases; not negative; its currency is the result's (its amount is not used when x = 0).</param>
    /// <returns>E(Z | p, q, γ, x, z̄) = p (γ + x z̄) / (p x + q − 1); undefined when p x + q − 1 ≤ 0
    /// (<see cref="UndefinedReason.ZeroDenominator"/>: the model's mean spend is infinite, q ≤ 1 with x = 0).</returns>
    /// <remarks>
    /// <para>Formula: p (γ + x z̄) / (p x + q − 1) = (q − 1) / (p x + q − 1) · p γ / (q − 1) + p x / (p x + q − 1) · z̄,
    /// a weighted mean of the population's mean p γ / (q − 1) and the customer's z̄. Unit: money per purchase.
    /// Direction: higher is better.</para>
    /// <para>Catalogue id <c>expected_average_spend</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The count or the value is negative.</exception>
    /// <example>Under the CDNOW estimates (p = 6.25, q = 3.74, γ = 15.44), a customer with 2 repeat purchases of
    /// 22.35 $ on average: 6.25 × (15.44 + 2 × 22.35) / (6.25 × 2 + 3.74 − 1) = 375.875 / 15.24 = 24.66 $.</example>
    public static KpiResult<Money> ExpectedAverageSpend(GammaGammaModel model, long repeatPurchases, Money meanRepeatValue)
    {
        Preconditions.NotNegative(repeatPurchases);
        Preconditions.NotNegative(meanRepeatValue);
        var spend = ConditionalSpend(model, repeatPurchases, meanRepeatValue.Amount, nameof(model));
        return spend is { } value
            ? KpiResult.Defined(KpiIds.ExpectedAverageSpend, new Money(value, meanRepeatValue.Currency))
            : KpiResult.Undefined<Money>(KpiIds.ExpectedAverageSpend, UndefinedReason.ZeroDenominator, "p·x + q − 1 is not positive: the model's mean spend is infinite for this customer.");
    }

    /// <summary>
    /// Predictive customer lifetime value (« valeur vie client prédictive »): the customer's expected
    /// purchases month by month over the horizon under a BG/NBD model, times their expected spend per
    /// purchase under a Gamma-Gamma model, each month discounted at a monthly rate.
    /// </summary>
    /// <param name="purchases">The BG/NBD model, in the time unit of the customer's figures.</param>
    /// <param name="spend">The Gamma-Gamma model, in the currency's units.</param>
    /// <param name="repeatPurchases">The repeat purchases x; not negative.</param>
    /// <param name="recency">The time t_x of the last repeat purchase since the first; from 0 to <paramref name="timeObserved"/>, 0 when x = 0.</param>
    /// <param name="timeObserved">The time T since the first purchase; not negative.</param>
    /// <param name="meanRepeatValue">The mean value z̄ of the repeat purchases; not negative; its currency is the result's.</param>
    /// <param name="monthlyDiscountRate">The discount rate per month (1 % ≈ 12.7 % a year); not negative.</param>
    /// <param name="months">The horizon in months; at least 1.</param>
    /// <param name="timeUnitsPerMonth">How many of the models' time units make a month: 4.348125 for weeks, 30.436875 for days
    /// (the library's month, <see cref="Period"/>); positive.</param>
    /// <returns>Σ over months m = 1..H of E(Z) · (E[Y(m u)] − E[Y((m − 1) u)]) / (1 + d)^m, in the currency of
    /// <paramref name="meanRepeatValue"/>; undefined when the expected spend is (<see cref="ExpectedAverageSpend"/>).</returns>
    /// <remarks>
    /// <para>Formula: Σ_{m=1..H} E(Z | x, z̄) · (E[Y(m u) | x, t_x, T] − E[Y((m − 1) u) | x, t_x, T]) / (1 + d)^m, u the time
    /// units per month, each month's purchases discounted at its end. Unit: money, today. Direction: higher is better.</para>
    /// <para>Unlike the documents' basket × frequency × lifetime (<see cref="SalesValue.CustomerLifetimeValue(Money, decimal, decimal)"/>), it
    /// weighs each customer by the chance they are still active and pulls their spend towards the population's.</para>
    /// <para>Undefined: as <see cref="ExpectedAverageSpend"/> (<see cref="UndefinedReason.ZeroDenominator"/>). Catalogue id <c>predictive_clv</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count, time, value or rate is negative, the recency is after the time observed,
    /// the horizon is below one month, or the month is not positive.</exception>
    /// <exception cref="ArgumentException">A recency without a repeat purchase.</exception>
    public static KpiResult<Money> PredictiveClv(
        BgNbdModel purchases,
        GammaGammaModel spend,
        long repeatPurchases,
        decimal recency,
        decimal timeObserved,
        Money meanRepeatValue,
        Rate monthlyDiscountRate,
        int months,
        decimal timeUnitsPerMonth)
    {
        CheckCustomer(repeatPurchases, recency, timeObserved);
        Preconditions.NotNegative(meanRepeatValue);
        Preconditions.ArgumentInRange(monthlyDiscountRate.Fraction >= 0m, monthlyDiscountRate, nameof(monthlyDiscountRate), Preconditions.MustNotBeNegative);
        Preconditions.Positive(months);
        Preconditions.Positive(timeUnitsPerMonth);
        var (r, alpha, a, b) = Doubles(purchases, nameof(purchases));
        if (ConditionalSpend(spend, repeatPurchases, meanRepeatValue.Amount, nameof(spend)) is not { } perPurchase)
        {
            return KpiResult.Undefined<Money>(KpiIds.PredictiveClv, UndefinedReason.ZeroDenominator, "p·x + q − 1 is not positive: the model's mean spend is infinite for this customer.");
        }

        var unit = (double)timeUnitsPerMonth;
        var discount = 1.0 + (double)monthlyDiscountRate.Fraction;
        var previous = 0.0;
        var value = 0.0;
        for (var m = 1; m <= months; m++)
        {
            var expected = ConditionalExpectedPurchases(r, alpha, a, b, repeatPurchases, (double)recency, (double)timeObserved, m * unit);
            value += (expected - previous) / Math.Pow(discount, m);
            previous = expected;
        }

        var purchasesWorth = ToDecimalOrRefuse(value, months, nameof(months));
        return KpiResult.Defined(KpiIds.PredictiveClv, new Money(purchasesWorth * perPurchase, meanRepeatValue.Currency));
    }

    // A spender's x and mean with their logarithms, which do not depend on the parameters; XIndex points into the
    // distinct repeat counts, whose log-gamma terms are computed once per evaluation (x takes few values).
    private readonly record struct Spender(double X, int XIndex, double Mean, double LogMean, double LogX);

    private sealed record SpendData(Spender[] Spenders, double[] DistinctX)
    {
        internal static SpendData Of(List<(double X, double Mean)> spenders)
        {
            var xIndex = new Dictionary<double, int>();
            var distinctX = new List<double>();
            var prepared = new Spender[spenders.Count];
            for (var i = 0; i < prepared.Length; i++)
            {
                var (x, mean) = spenders[i];
                if (!xIndex.TryGetValue(x, out var index))
                {
                    index = distinctX.Count;
                    xIndex.Add(x, index);
                    distinctX.Add(x);
                }

                prepared[i] = new Spender(x, index, mean, Math.Log(mean), Math.Log(x));
            }

            return new SpendData(prepared, [.. distinctX]);
        }
    }

    private static double GammaGammaLogLikelihood(SpendData data, double p, double q, double gamma)
    {
        var common = (q * Math.Log(gamma)) - SpecialFunctions.LogGamma(q);
        var distinct = data.DistinctX;
        var logGammaOfPxPlusQ = new double[distinct.Length];
        var logGammaOfPx = new double[distinct.Length];
        for (var k = 0; k < distinct.Length; k++)
        {
            var px = p * distinct[k];
            logGammaOfPxPlusQ[k] = SpecialFunctions.LogGamma(px + q);
            logGammaOfPx[k] = SpecialFunctions.LogGamma(px);
        }

        var sum = 0.0;
        foreach (var s in data.Spenders)
        {
            var px = p * s.X;
            sum += common + logGammaOfPxPlusQ[s.XIndex] - logGammaOfPx[s.XIndex]
                + ((px - 1) * s.LogMean) + (px * s.LogX) - ((px + q) * Math.Log(gamma + (s.Mean * s.X)));
        }

        return sum;
    }

    private static decimal? ConditionalSpend(GammaGammaModel model, long repeatPurchases, decimal meanRepeatValue, string paramName)
    {
        Preconditions.ArgumentInRange(model.P > 0m, model, paramName, "The model must have positive parameters; default(GammaGammaModel) has none.");
        var denominator = (model.P * repeatPurchases) + model.Q - 1m;
        return denominator <= 0m ? null : model.P * (model.Gamma + (repeatPurchases * meanRepeatValue)) / denominator;
    }
}
