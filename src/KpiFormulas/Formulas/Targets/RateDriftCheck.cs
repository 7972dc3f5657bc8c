using System.Globalization;
using System.Text.Json.Serialization;

namespace KpiFormulas.Formulas;

/// <summary>
/// The result of <see cref="Targets.CheckRateDriftAgainstNoise(long, long, Rate, Direction, Rate?)"/>: whether
/// a rate measured as successes out of trials is off its target beyond what chance explains, with the
/// observed rate's confidence interval, the p-value of the gap and the status read with the KPI's direction.
/// </summary>
[JsonConverter(typeof(RateDriftCheckJsonConverter))]
public readonly record struct RateDriftCheck
{
    internal RateDriftCheck(RateInterval observed, Rate target, Direction direction, decimal pValue, Rate significanceLevel)
    {
        Observed = observed;
        Target = target;
        Direction = direction;
        PValue = pValue;
        SignificanceLevel = significanceLevel;
    }

    /// <summary>The observed rate and its Wilson interval at the confidence level 1 − <see cref="SignificanceLevel"/> (95 % for 5 %).</summary>
    public RateInterval Observed { get; }

    /// <summary>The target rate the observed one is tested against.</summary>
    public Rate Target { get; }

    /// <summary>Whether a higher rate is better for this KPI.</summary>
    public Direction Direction { get; }

    /// <summary>
    /// The two-sided p-value of the gap: the probability of a rate at least this far from the target if the
    /// true rate were the target (the one-proportion score test).
    /// </summary>
    public decimal PValue { get; }

    /// <summary>The level the p-value is compared with (5 % by convention).</summary>
    public Rate SignificanceLevel { get; }

    /// <summary>The observed rate minus the target, in percentage points.</summary>
    public PercentagePoints Gap => Observed.PointEstimate - Target;

    /// <summary>
    /// Whether the gap is beyond noise: the p-value is below the significance level, which is also when the
    /// observed rate's interval lies clear of the target.
    /// </summary>
    public bool IsBeyondNoise => PValue < SignificanceLevel.Fraction;

    /// <summary>
    /// <see cref="DriftStatus.OnTrack"/> when the gap may be noise; otherwise behind or ahead of the target, read
    /// with <see cref="Direction"/>.
    /// </summary>
    public DriftStatus Status =>
        !IsBeyondNoise ? DriftStatus.OnTrack
        : (Direction == Direction.HigherIsBetter ? Observed.PointEstimate > Target : Observed.PointEstimate < Target) ? DriftStatus.AheadOfTarget
        : DriftStatus.BehindTarget;

    /// <summary>The verdict in plain English, with the rates, the p-value to four decimals and the level.</summary>
    /// <example><c>Behind target beyond noise at the 5 % level (12 % observed against 5 %, p = 0.0013): the gap is unlikely to be chance, adjust the action.</c></example>
    public string Verdict
    {
        get
        {
            static string Percent(Rate rate) => (rate.Fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture) + " %";
            var level = (SignificanceLevel.Fraction * 100m).ToString("0.####", CultureInfo.InvariantCulture);
            var facts = $"({Percent(Observed.PointEstimate)} observed against {Percent(Target)}, p = {PValue.ToString("0.0000", CultureInfo.InvariantCulture)})";
            return Status switch
            {
                DriftStatus.BehindTarget => $"Behind target beyond noise at the {level} % level {facts}: the gap is unlikely to be chance, adjust the action.",
                DriftStatus.AheadOfTarget => $"Ahead of target beyond noise at the {level} % level {facts}: the gap is unlikely to be chance, the target may be too modest.",
                _ => $"Within noise of the target at the {level} % level {facts}: the gap may be chance, keep measuring.",
            };
        }
    }
}
