using System;
using System.Collections.Generic;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

public static partial class Predictive
{
    /// <summary>
    /// Fits the BG/NBD model of repeat purchases (« modèle BG/NBD », Fader, Hardie and Lee 2005) to customer
    /// summaries by maximum likelihood.
    /// </summary>
    /// <param name="customers">The customers' summaries, all in one time unit (the fitted α is in that unit).</param>
    /// <returns>The estimates r, α, a, b; undefined for no customer (<see cref="UndefinedReason.EmptyInput"/>) or
    /// when the search does not converge (<see cref="UndefinedReason.FitDidNotConverge"/>, with its iterations and last gradient).</returns>
    /// <remarks>
    /// <para>Formula: maximise Σ ln L(r, α, a, b | x, t_x, T) with
    /// L = Γ(r + x) α^r / Γ(r) · Γ(a + b) Γ(b + x) / (Γ(b) Γ(a + b + x)) · [(α + T)^−(r + x) + 1{x &gt; 0} a / (b + x − 1) · (α + t_x)^−(r + x)]
    /// (the paper's equation 6). Unit: the parameters of the model; α in the summaries' time unit.</para>
    /// <para>The search runs in double precision on the logarithms of the parameters (Nelder-Mead, restarted
    /// until it no longer improves), and is accepted when the gradient of the mean log-likelihood is below
    /// 10^-6: see docs/numeric-policy.md. Customers with the same (x, t_x, T) are counted once with their
    /// number, so a fit costs per distinct summary.</para>
    /// <para>On the 2,357 CDNOW customers (39 weeks) it gives the published r = 0.243, α = 4.414, a = 0.793,
    /// b = 2.426 and log-likelihood −9,582.4.</para>
    /// <para>Undefined: no customer (<see cref="UndefinedReason.EmptyInput"/>); no convergence
    /// (<see cref="UndefinedReason.FitDidNotConverge"/>), as when no customer ever made a repeat purchase.</para>
    /// <para>Catalogue id <c>bgnbd_fit</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    public static KpiResult<BgNbdModel> FitBgNbd(IEnumerable<CustomerSummary> customers)
    {
        var groups = BgNbdGroups(Preconditions.NotNull(customers), out var total);
        if (total == 0)
        {
            return KpiResult.Undefined<BgNbdModel>(KpiIds.BgNbdFit, UndefinedReason.EmptyInput, "'customers' is empty: there is nothing to fit.");
        }

        var outcome = MaximumLikelihood.Maximise(
            logParameters => BgNbdLogLikelihood(groups, Math.Exp(logParameters[0]), Math.Exp(logParameters[1]), Math.Exp(logParameters[2]), Math.Exp(logParameters[3])) / total,
            [0.0, 0.0, 0.0, 0.0]);
        if (!outcome.Converged)
        {
            return KpiResult.Undefined<BgNbdModel>(KpiIds.BgNbdFit, UndefinedReason.FitDidNotConverge, outcome.Explanation("BG/NBD"));
        }

        var p = outcome.LogParameters;
        return KpiResult.Defined(KpiIds.BgNbdFit, new BgNbdModel(ToDecimal(Math.Exp(p[0])), ToDecimal(Math.Exp(p[1])), ToDecimal(Math.Exp(p[2])), ToDecimal(Math.Exp(p[3]))));
    }

    /// <summary>The log-likelihood of customer summaries under a BG/NBD model (the quantity <see cref="FitBgNbd"/> maximises).</summary>
    /// <param name="model">The model.</param>
    /// <param name="customers">The customers' summaries, in the time unit of the model.</param>
    /// <returns>Σ ln L(r, α, a, b | x, t_x, T) over the customers (0 for none); −9,582.4 for CDNOW under its published estimates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    public static decimal BgNbdLogLikelihood(BgNbdModel model, IEnumerable<CustomerSummary> customers)
    {
        var (r, alpha, a, b) = Doubles(model, nameof(model));
        var groups = BgNbdGroups(Preconditions.NotNull(customers), out _);
        return ToDecimal(BgNbdLogLikelihood(groups, r, alpha, a, b));
    }

    /// <summary>
    /// The probability that a customer is still active (« probabilité d'être encore actif »), given their
    /// repeat purchases, recency and time observed, under a BG/NBD model.
    /// </summary>
    /// <param name="model">The fitted model, in the time unit of the customer's figures.</param>
    /// <param name="repeatPurchases">The repeat purchases x; not negative.</param>
    /// <param name="recency">The time t_x of the last repeat purchase since the first; from 0 to <paramref name="timeObserved"/>, 0 when x = 0.</param>
    /// <param name="timeObserved">The time T since the first purchase; not negative.</param>
    /// <returns>P(alive | x, t_x, T), from 0 % to 100 %; 100 % for a customer without a repeat purchase.</returns>
    /// <remarks>
    /// <para>Formula: 1 / (1 + 1{x &gt; 0} · a / (b + x − 1) · ((α + T) / (α + t_x))^(r + x)). Unit: probability.
    /// Direction: higher is better.</para>
    /// <para>In the BG/NBD model a customer can only drop out just after a purchase, so one who never came
    /// back is certainly still active; the longer the silence since the last purchase, the lower it is.</para>
    /// <para>Undefined: never. Catalogue id <c>probability_alive</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count or time is negative, or the recency is after the time observed.</exception>
    /// <exception cref="ArgumentException">A recency without a repeat purchase.</exception>
    /// <example>Under the CDNOW estimates (r = 0.243, α = 4.414, a = 0.793, b = 2.426), a customer with x = 2,
    /// t_x = 30.43 and T = 38.86 weeks: 1 / (1 + 0.793 / 3.426 · (43.274 / 34.844)^2.243) = 72.66 %.</example>
    public static Rate ProbabilityAlive(BgNbdModel model, long repeatPurchases, decimal recency, decimal timeObserved)
    {
        CheckCustomer(repeatPurchases, recency, timeObserved);
        var (r, alpha, a, b) = Doubles(model, nameof(model));
        return Rate.FromFraction(ToDecimal(ProbabilityAlive(r, alpha, a, b, repeatPurchases, (double)recency, (double)timeObserved)));
    }

    /// <summary>
    /// The expected number of purchases of a customer in the next <paramref name="horizon"/> time units
    /// (« achats attendus »), given their repeat purchases, recency and time observed, under a BG/NBD model.
    /// </summary>
    /// <param name="model">The fitted model, in the time unit of the customer's figures.</param>
    /// <param name="repeatPurchases">The repeat purchases x; not negative.</param>
    /// <param name="recency">The time t_x of the last repeat purchase since the first; from 0 to <paramref name="timeObserved"/>, 0 when x = 0.</param>
    /// <param name="timeObserved">The time T since the first purchase; not negative.</param>
    /// <param name="horizon">The time t ahead, in the model's time unit; not negative.</param>
    /// <returns>E[Y(t) | x, t_x, T], a number of purchases (not a whole number).</returns>
    /// <remarks>
    /// <para>Formula: (a + b + x − 1) / (a − 1) · [1 − ((α + T) / (α + T + t))^(r + x) · ₂F₁(r + x, b + x; a + b + x − 1; t / (α + T + t))]
    /// / [1 + 1{x &gt; 0} · a / (b + x − 1) · ((α + T) / (α + t_x))^(r + x)] (the paper's equation 10). Unit: purchases
    /// in the horizon. Direction: higher is better.</para>
    /// <para>Undefined: never. A horizon so long that the hypergeometric series does not settle (t / (α + T + t)
    /// within about 10^-5 of 1) is refused. Catalogue id <c>expected_purchases</c>.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A count, time or horizon is negative, the recency is after the time observed,
    /// or the horizon is too long for the series.</exception>
    /// <exception cref="ArgumentException">A recency without a repeat purchase.</exception>
    public static decimal ExpectedPurchases(BgNbdModel model, long repeatPurchases, decimal recency, decimal timeObserved, decimal horizon)
    {
        CheckCustomer(repeatPurchases, recency, timeObserved);
        Preconditions.NotNegative(horizon);
        var (r, alpha, a, b) = Doubles(model, nameof(model));
        var expected = ConditionalExpectedPurchases(r, alpha, a, b, repeatPurchases, (double)recency, (double)timeObserved, (double)horizon);
        return ToDecimalOrRefuse(expected, horizon, nameof(horizon));
    }

    /// <summary>
    /// The expected number of repeat purchases of a new customer in their first <paramref name="horizon"/>
    /// time units, under a BG/NBD model: E[X(t)].
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="horizon">The time t since the first purchase, in the model's time unit; not negative.</param>
    /// <returns>(a + b − 1) / (a − 1) · [1 − (α / (α + t))^r · ₂F₁(r, b; a + b − 1; t / (α + t))] (the paper's equation 9).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is negative or too long for the series.</exception>
    public static decimal ExpectedPurchasesOfNewCustomer(BgNbdModel model, decimal horizon)
    {
        Preconditions.NotNegative(horizon);
        var (r, alpha, a, b) = Doubles(model, nameof(model));
        return ToDecimalOrRefuse(UnconditionalExpectedPurchases(r, alpha, a, b, (double)horizon), horizon, nameof(horizon));
    }

    /// <summary>
    /// The population's expected cumulative repeat purchases at each of <paramref name="times"/>: the sum over
    /// customers of E[X(t − s)], s their first purchase time, the curve a calibration-versus-holdout chart
    /// compares with the actual cumulative repeat purchases.
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="firstPurchaseTimes">Each customer's first purchase time s, since a common origin, in the model's time unit; not negative.</param>
    /// <param name="times">The times t since the same origin at which to sum; not negative.</param>
    /// <returns>One expected cumulative count per time: Σ over customers with s &lt; t of E[X(t − s)].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative or too long for the series.</exception>
    public static decimal[] ExpectedCumulativePurchases(BgNbdModel model, ReadOnlySpan<decimal> firstPurchaseTimes, ReadOnlySpan<decimal> times)
    {
        var (r, alpha, a, b) = Doubles(model, nameof(model));
        var starts = new Dictionary<decimal, int>();
        foreach (var s in firstPurchaseTimes)
        {
            Preconditions.ArgumentInRange(s >= 0m, s, nameof(firstPurchaseTimes), Preconditions.MustNotBeNegative);
            starts[s] = starts.GetValueOrDefault(s) + 1;
        }

        var result = new decimal[times.Length];
        for (var i = 0; i < times.Length; i++)
        {
            var t = times[i];
            Preconditions.ArgumentInRange(t >= 0m, t, nameof(times), Preconditions.MustNotBeNegative);
            var sum = 0.0;
            foreach (var (s, count) in starts)
            {
                if (s < t)
                {
                    sum += count * UnconditionalExpectedPurchases(r, alpha, a, b, (double)(t - s));
                }
            }

            result[i] = ToDecimalOrRefuse(sum, t, nameof(times));
        }

        return result;
    }

    // ---- the model's formulas, in double precision ------------------------------------------------

    // A distinct (x, t_x, T) with its number of customers; XIndex points into the distinct repeat counts, whose
    // log-gamma terms are computed once per evaluation instead of once per summary (x takes few values).
    private readonly record struct BgNbdGroup(long X, int XIndex, double Recency, double T, long Count);

    private sealed record BgNbdData(BgNbdGroup[] Groups, double[] DistinctX);

    private static BgNbdData BgNbdGroups(IEnumerable<CustomerSummary> customers, out long total)
    {
        var counts = new Dictionary<(long, decimal, decimal), long>();
        total = 0;
        foreach (var c in customers)
        {
            var key = (c.RepeatPurchases, c.Recency, c.TimeObserved);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            total++;
        }

        var xIndex = new Dictionary<long, int>();
        var distinctX = new List<double>();
        var groups = new BgNbdGroup[counts.Count];
        var i = 0;
        foreach (var ((x, recency, t), count) in counts)
        {
            if (!xIndex.TryGetValue(x, out var index))
            {
                index = distinctX.Count;
                xIndex.Add(x, index);
                distinctX.Add(x);
            }

            groups[i++] = new BgNbdGroup(x, index, (double)recency, (double)t, count);
        }

        return new BgNbdData(groups, [.. distinctX]);
    }

    private static double BgNbdLogLikelihood(BgNbdData data, double r, double alpha, double a, double b)
    {
        var common = (r * Math.Log(alpha)) - SpecialFunctions.LogGamma(r) + SpecialFunctions.LogGamma(a + b) - SpecialFunctions.LogGamma(b);
        var distinct = data.DistinctX;
        var logGammas = new double[distinct.Length];
        var logOdds = new double[distinct.Length];
        var logA = Math.Log(a);
        for (var k = 0; k < distinct.Length; k++)
        {
            var x = distinct[k];
            logGammas[k] = SpecialFunctions.LogGamma(r + x) + SpecialFunctions.LogGamma(b + x) - SpecialFunctions.LogGamma(a + b + x);
            logOdds[k] = logA - Math.Log(b + x - 1);
        }

        var sum = 0.0;
        foreach (var g in data.Groups)
        {
            var x = (double)g.X;
            var a3 = -(r + x) * Math.Log(alpha + g.T);
            var tail = a3;
            if (g.X > 0)
            {
                var a4 = logOdds[g.XIndex] - ((r + x) * Math.Log(alpha + g.Recency));
                // ln(e^a3 + e^a4) without overflow: the larger term's exponential is exactly e^0 = 1.
                var high = Math.Max(a3, a4);
                tail = high + Math.Log(1.0 + Math.Exp(Math.Min(a3, a4) - high));
            }

            sum += g.Count * (common + logGammas[g.XIndex] + tail);
        }

        return sum;
    }

    private static double ProbabilityAlive(double r, double alpha, double a, double b, long x, double recency, double t)
    {
        if (x == 0)
        {
            return 1.0;
        }

        var logOdds = Math.Log(a) - Math.Log(b + x - 1) + ((r + x) * (Math.Log(alpha + t) - Math.Log(alpha + recency)));
        return 1.0 / (1.0 + Math.Exp(logOdds));
    }

    // The expectations have a removable singularity at a = 1, where (a + b + x − 1) / (a − 1) and the bracket
    // it multiplies are both 0/0: near it, they are interpolated linearly between a = 1 ± 10^-4, where the
    // bracket is about 10^-4 and double precision still leaves 12 digits (the interpolation error is of order 10^-8).
    private const double NearOne = 1e-4;

    private static double ConditionalExpectedPurchases(double r, double alpha, double a, double b, long x, double recency, double t, double horizon)
    {
        if (horizon == 0.0)
        {
            return 0.0;
        }

        if (Math.Abs(a - 1.0) < NearOne)
        {
            var below = ConditionalExpectedPurchasesAwayFromOne(r, alpha, 1.0 - NearOne, b, x, recency, t, horizon);
            var above = ConditionalExpectedPurchasesAwayFromOne(r, alpha, 1.0 + NearOne, b, x, recency, t, horizon);
            return below + ((above - below) * (a - (1.0 - NearOne)) / (2 * NearOne));
        }

        return ConditionalExpectedPurchasesAwayFromOne(r, alpha, a, b, x, recency, t, horizon);
    }

    private static double ConditionalExpectedPurchasesAwayFromOne(double r, double alpha, double a, double b, long x, double recency, double t, double horizon)
    {

        var z = horizon / (alpha + t + horizon);
        var hyper = SpecialFunctions.Hypergeometric2F1(r + x, b + x, a + b + x - 1, z);
        var bracket = 1.0 - (Math.Exp((r + x) * (Math.Log(alpha + t) - Math.Log(alpha + t + horizon))) * hyper);
        var numerator = (a + b + x - 1) / (a - 1) * bracket;
        return numerator * ProbabilityAlive(r, alpha, a, b, x, recency, t);
    }

    private static double UnconditionalExpectedPurchases(double r, double alpha, double a, double b, double horizon)
    {
        if (horizon == 0.0)
        {
            return 0.0;
        }

        if (Math.Abs(a - 1.0) < NearOne)
        {
            var below = UnconditionalExpectedPurchasesAwayFromOne(r, alpha, 1.0 - NearOne, b, horizon);
            var above = UnconditionalExpectedPurchasesAwayFromOne(r, alpha, 1.0 + NearOne, b, horizon);
            return below + ((above - below) * (a - (1.0 - NearOne)) / (2 * NearOne));
        }

        return UnconditionalExpectedPurchasesAwayFromOne(r, alpha, a, b, horizon);
    }

    private static double UnconditionalExpectedPurchasesAwayFromOne(double r, double alpha, double a, double b, double horizon)
    {

        var hyper = SpecialFunctions.Hypergeometric2F1(r, b, a + b - 1, horizon / (alpha + horizon));
        return (a + b - 1) / (a - 1) * (1.0 - (Math.Exp(r * (Math.Log(alpha) - Math.Log(alpha + horizon))) * hyper));
    }

    // ---- shared ------------------------------------------------------------------------------------

    private static (double R, double Alpha, double A, double B) Doubles(BgNbdModel model, string paramName)
    {
        Preconditions.ArgumentInRange(model.R > 0m, model, paramName, "The model must have positive parameters; default(BgNbdModel) has none.");
        return ((double)model.R, (double)model.Alpha, (double)model.A, (double)model.B);
    }

    private static void CheckCustomer(long repeatPurchases, decimal recency, decimal timeObserved)
    {
        Preconditions.NotNegative(repeatPurchases);
        Preconditions.NotNegative(timeObserved);
        Preconditions.InRange(recency, 0m, timeObserved);
        Preconditions.Argument(repeatPurchases > 0 || recency == 0m, nameof(recency), "The recency must be 0 when there is no repeat purchase.");
    }

    private static decimal ToDecimal(double value) => (decimal)value;

    private static decimal ToDecimalOrRefuse(double value, decimal argument, string paramName)
    {
        Preconditions.ArgumentInRange(double.IsFinite(value), argument, paramName, "The time is too long for the model's hypergeometric series to settle.");
        return (decimal)value;
    }
}
