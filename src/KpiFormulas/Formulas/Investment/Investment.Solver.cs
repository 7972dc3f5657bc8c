using System;
using KpiFormulas.Internal;

namespace KpiFormulas.Formulas;

public static partial class Investment
{
    // The rates searched: 1 + r from 1e-10 to 1e12, in steps of 0.62 % of 1 + r. Two roots closer than
    // a step, or a root where the present value touches zero without crossing it, are not separated.
    private const double LowestLogGrowth = -23.025850929940457;   // ln(1e-10)
    private const double HighestLogGrowth = 27.631021115928547;   // ln(1e12)
    private const int ScanSteps = 8192;

    // Bisection stops when the bracket is this narrow relative to 1 + r: far below the 1e-12 promised.
    private const decimal BracketWidth = 1e-22m;

    /// <summary>
    /// The rate of return of flows at <paramref name="times"/> (periods or years from the first flow): every
    /// change of sign of their present value located on a scan of ln(1 + r) in double, each narrowed by
    /// bisection on the sign computed in decimal, and the root nearest to <paramref name="guess"/> returned.
    /// </summary>
    private static KpiResult<Rate> RateOfReturn(string kpiId, ReadOnlySpan<decimal> flows, ReadOnlySpan<decimal> times, bool regular, Rate guess)
    {
        var hasInflow = false;
        var hasOutflow = false;
        var latest = 0m;
        foreach (var flow in flows)
        {
            hasInflow |= flow > 0m;
            hasOutflow |= flow < 0m;
        }

        foreach (var time in times)
        {
            latest = Math.Max(latest, time);
        }

        if (!hasInflow || !hasOutflow)
        {
            return KpiResult.Undefined<Rate>(
                kpiId,
                UndefinedReason.NoRateOfReturn,
                hasInflow ? "'cashFlows' holds no outflow: the flows never change sign, so no rate makes their value zero."
                    : hasOutflow ? "'cashFlows' holds no inflow: the flows never change sign, so no rate makes their value zero."
                    : "'cashFlows' holds only zeros: every rate makes their value zero, so none is the rate of return.");
        }

        var cashFlows = new CashFlowSeries(flows, times, latest, regular);
        var best = 0m;
        var found = false;
        var previousLog = LowestLogGrowth;
        var previousSign = cashFlows.SignAt(previousLog);
        for (var step = 1; step <= ScanSteps; step++)
        {
            var log = LowestLogGrowth + ((HighestLogGrowth - LowestLogGrowth) * step / ScanSteps);
            var sign = cashFlows.SignAt(log);
            if (sign == 0)
            {
                continue;
            }

            if (previousSign != 0 && sign != previousSign && cashFlows.Root(previousLog, log) is { } root)
            {
                if (!found || Closer(root, best, guess.Fraction))
                {
                    best = root;
                    found = true;
                }
            }

            previousLog = log;
            previousSign = sign;
        }

        return found
            ? KpiResult.Defined(kpiId, Rate.FromFraction(best))
            : KpiResult.Undefined<Rate>(kpiId, UndefinedReason.NoRateOfReturn, "No rate from -99.99999999 % to 10^12 makes the present value of 'cashFlows' zero.");
    }

    // Roots are found in increasing order; a later one replaces the best only when it is nearer by more than
    // the solver's own error, so that two roots as far from the guess (10 % and 20 % for 15 %) keep the lower.
    private static bool Closer(decimal candidate, decimal best, decimal guess) =>
        Math.Abs(candidate - guess) < Math.Abs(best - guess) - 1e-15m;

    /// <summary>Flows at times, evaluated for their sign only, scaled so that no power overflows.</summary>
    private readonly ref struct CashFlowSeries(ReadOnlySpan<decimal> flows, ReadOnlySpan<decimal> times, decimal latest, bool regular)
    {
        private readonly ReadOnlySpan<decimal> flows = flows;
        private readonly ReadOnlySpan<decimal> times = times;

        /// <summary>
        /// The sign of the present value at 1 + r = e^<paramref name="logGrowth"/>, in double. Above r = 0 it is
        /// Σ c_i (1 + r)^−t_i, every factor at most 1; below, the same times (1 + r)^latest, which keeps every
        /// factor at most 1 and the sign unchanged.
        /// </summary>
        public int SignAt(double logGrowth)
        {
            var scale = logGrowth >= 0 ? 0.0 : (double)latest;
            var sum = 0.0;
            if (regular)
            {
                // Horner on x = (1 + r)^−1 above zero, on y = 1 + r from the other end below.
                var x = Math.Exp(-Math.Abs(logGrowth));
                if (logGrowth >= 0)
                {
                    for (var i = flows.Length - 1; i >= 0; i--)
                    {
                        sum = (sum * x) + (double)flows[i];
                    }
                }
                else
                {
                    for (var i = 0; i < flows.Length; i++)
                    {
                        sum = (sum * x) + (double)flows[i];
                    }
                }
            }
            else
            {
                for (var i = 0; i < flows.Length; i++)
                {
                    sum += (double)flows[i] * Math.Exp((scale - (double)times[i]) * logGrowth);
                }
            }

            return Math.Sign(sum);
        }

        /// <summary>The sign of the present value at <paramref name="rate"/>, in decimal, scaled as <see cref="SignAt(double)"/>.</summary>
        public int SignAt(decimal rate)
        {
            var growth = 1m + rate;
            var sum = 0m;
            if (regular)
            {
                if (growth >= 1m)
                {
                    var x = 1m / growth;
                    for (var i = flows.Length - 1; i >= 0; i--)
                    {
                        sum = (sum * x) + flows[i];
                    }
                }
                else
                {
                    for (var i = 0; i < flows.Length; i++)
                    {
                        sum = (sum * growth) + flows[i];
                    }
                }

                return Math.Sign(sum);
            }

            var log = DecimalMath.Ln(growth);
            var scale = growth >= 1m ? 0m : latest;
            for (var i = 0; i < flows.Length; i++)
            {
                // (scale − t_i) ln(1 + r) ≤ 0: the exponential is at most 1 and rounds to 0 below e^−66.
                sum += flows[i] * DecimalMath.Exp((scale - times[i]) * log);
            }

            return Math.Sign(sum);
        }

        /// <summary>
        /// The root between two scan points whose signs differ in double, by bisection in decimal; null when
        /// the decimal signs at the ends agree (the double sign was rounding noise).
        /// </summary>
        public decimal? Root(double lowLog, double highLog)
        {
            var low = ToRate(lowLog);
            var high = ToRate(highLog);
            var lowSign = SignAt(low);
            var highSign = SignAt(high);
            if (lowSign == 0)
            {
                return low;
            }

            if (highSign == 0)
            {
                return high;
            }

            if (lowSign == highSign)
            {
                return null;
            }

            for (var i = 0; i < 400 && high - low > BracketWidth * (1m + high); i++)
            {
                var middle = (low + high) / 2m;
                if (middle == low || middle == high)
                {
                    break;
                }

                var sign = SignAt(middle);
                if (sign == 0)
                {
                    return middle;
                }

                if (sign == lowSign)
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            return (low + high) / 2m;
        }

        private static decimal ToRate(double logGrowth) =>
            logGrowth < 0 ? (decimal)Math.Exp(logGrowth) - 1m : (decimal)double.ExpM1(logGrowth);
    }
}
