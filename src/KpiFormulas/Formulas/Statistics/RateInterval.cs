using System.Text.Json.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>
/// A confidence interval of a rate: the observed rate (the point estimate) and the bounds between
/// which the true rate lies at the chosen confidence level. The bounds are within 0 % and 100 % and
/// enclose the point estimate; a Wilson interval is not centred on it.
/// </summary>
[JsonConverter(typeof(RateIntervalJsonConverter))]
public readonly record struct RateInterval
{
    internal RateInterval(Rate lower, Rate upper, Rate pointEstimate)
    {
        Lower = lower;
        Upper = upper;
        PointEstimate = pointEstimate;
    }

    /// <summary>The lower bound.</summary>
    public Rate Lower { get; }

    /// <summary>The upper bound.</summary>
    public Rate Upper { get; }

    /// <summary>The observed rate, successes / trials.</summary>
    public Rate PointEstimate { get; }

    /// <summary>The width of the interval, upper − lower.</summary>
    public PercentagePoints Width => Upper - Lower;

    /// <summary>Whether a rate lies within the bounds, both included.</summary>
    /// <param name="rate">The rate to place.</param>
    /// <returns>True when lower ≤ rate ≤ upper.</returns>
    public bool Contains(Rate rate) => Lower <= rate && rate <= Upper;
}
