using System;

namespace KpiFormulas.Formulas;

/// <summary>What a maximum-likelihood fit found, in the log-parameters it searched.</summary>
internal readonly record struct FitOutcome(double[] LogParameters, double MeanLogLikelihood, bool Converged, int Iterations, double GradientNorm)
{
    /// <summary>The explanation of a fit that did not converge: its iterations, its last gradient and how far its parameters ran.</summary>
    internal string Explanation(string model)
    {
        var largest = 0.0;
        foreach (var p in LogParameters)
        {
            largest = Math.Max(largest, Math.Abs(p));
        }

        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"the {model} fit did not converge: after {Iterations} Nelder-Mead iterations the gradient of the mean log-likelihood in the log-parameters has norm {GradientNorm:G4} (at most {MaximumLikelihood.GradientTolerance:G1} is required) and the largest log-parameter is {largest:G4} in size (at most {MaximumLikelihood.LogParameterBound} is required: beyond, the estimate runs off to 0 or infinity and the data do not identify it).");
    }
}

/// <summary>
/// Maximum-likelihood estimation of a few positive parameters: Nelder-Mead on the logarithms of the
/// parameters (so every point it tries is valid), restarted from its best point until a restart no longer
/// improves it, then checked by the gradient at the optimum (central differences).
/// </summary>
/// <remarks>
/// The log-likelihood is divided by the number of observations, so that the tolerances mean the same for
/// 11 customers and for a million. A point where the log-likelihood is not finite counts as worse than any.
/// </remarks>
internal static class MaximumLikelihood
{
    private const int MaxIterations = 20_000;
    private const int MaxRestarts = 6;
    /// <summary>The largest gradient norm of the mean log-likelihood accepted at an optimum.</summary>
    internal const double GradientTolerance = 1e-6;

    /// <summary>The largest |ln parameter| accepted (e^20 ≈ 4.9 × 10^8): a search beyond runs off to a boundary.</summary>
    internal const double LogParameterBound = 20.0;

    /// <summary>Maximises <paramref name="meanLogLikelihood"/> over log-parameters from <paramref name="start"/>.</summary>
    internal static FitOutcome Maximise(Func<double[], double> meanLogLikelihood, double[] start)
    {
        double Cost(double[] x)
        {
            var value = meanLogLikelihood(x);
            return double.IsFinite(value) ? -value : double.PositiveInfinity;
        }

        var best = (double[])start.Clone();
        var bestCost = Cost(best);
        var iterations = 0;
        for (var restart = 0; restart < MaxRestarts && iterations < MaxIterations; restart++)
        {
            var (point, cost, used) = NelderMead(Cost, best, restart == 0 ? 0.5 : 0.1, MaxIterations - iterations);
            iterations += used;
            var improvement = bestCost - cost;
            if (cost <= bestCost)
            {
                best = point;
                bestCost = cost;
            }

            if (restart > 0 && !(improvement > 1e-13))
            {
                break;
            }
        }

        var gradientNorm = GradientNorm(Cost, best);
        var converged = double.IsFinite(bestCost) && gradientNorm <= GradientTolerance && Array.TrueForAll(best, p => Math.Abs(p) <= LogParameterBound);
        return new FitOutcome(best, -bestCost, converged, iterations, gradientNorm);
    }

    private static double GradientNorm(Func<double[], double> cost, double[] x)
    {
        const double Step = 1e-5;
        var sum = 0.0;
        var probe = (double[])x.Clone();
        for (var i = 0; i < x.Length; i++)
        {
            probe[i] = x[i] + Step;
            var up = cost(probe);
            probe[i] = x[i] - Step;
            var down = cost(probe);
            probe[i] = x[i];
            var derivative = (up - down) / (2 * Step);
            sum += derivative * derivative;
        }

        return Math.Sqrt(sum);
    }

    private static (double[] Point, double Cost, int Iterations) NelderMead(Func<double[], double> cost, double[] start, double step, int maxIterations)
    {
        var n = start.Length;
        var simplex = new double[n + 1][];
        var costs = new double[n + 1];
        for (var i = 0; i <= n; i++)
        {
            simplex[i] = (double[])start.Clone();
            if (i > 0)
            {
                simplex[i][i - 1] += step;
            }

            costs[i] = cost(simplex[i]);
        }

        var centroid = new double[n];
        var trial = new double[n];
        var second = new double[n];
        var iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            Array.Sort(costs, simplex);
            if (Settled(simplex, costs))
            {
                break;
            }

            Array.Clear(centroid);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    centroid[j] += simplex[i][j] / n;
                }
            }

            var worst = simplex[n];
            Along(centroid, worst, -1.0, trial);
            var reflected = cost(trial);
            if (reflected < costs[0])
            {
                Along(centroid, worst, -2.0, second);
                var expanded = cost(second);
                Replace(simplex, costs, n, expanded < reflected ? second : trial, Math.Min(expanded, reflected));
            }
            else if (reflected < costs[n - 1])
            {
                Replace(simplex, costs, n, trial, reflected);
            }
            else
            {
                // Contract towards the better of the worst point and its reflection.
                var outside = reflected < costs[n];
                Along(centroid, outside ? trial : worst, 0.5, second);
                var contracted = cost(second);
                if (contracted < (outside ? reflected : costs[n]))
                {
                    Replace(simplex, costs, n, second, contracted);
                }
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        for (var j = 0; j < n; j++)
                        {
                            simplex[i][j] = simplex[0][j] + (0.5 * (simplex[i][j] - simplex[0][j]));
                        }

                        costs[i] = cost(simplex[i]);
                    }
                }
            }
        }

        Array.Sort(costs, simplex);
        return (simplex[0], costs[0], iteration);
    }

    private static bool Settled(double[][] simplex, double[] costs)
    {
        var n = costs.Length - 1;
        if (!double.IsFinite(costs[n]) || Math.Abs(costs[n] - costs[0]) > 1e-14 * (1.0 + Math.Abs(costs[0])))
        {
            return false;
        }

        for (var i = 1; i <= n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (Math.Abs(simplex[i][j] - simplex[0][j]) > 1e-9)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // point = centroid + factor × (from − centroid)
    private static void Along(double[] centroid, double[] from, double factor, double[] point)
    {
        for (var j = 0; j < centroid.Length; j++)
        {
            point[j] = centroid[j] + (factor * (from[j] - centroid[j]));
        }
    }

    private static void Replace(double[][] simplex, double[] costs, int index, double[] point, double value)
    {
        Array.Copy(point, simplex[index], point.Length);
        costs[index] = value;
    }
}
