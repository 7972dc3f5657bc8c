using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>Why a KPI has no value for the data it was given.</summary>
/// <remarks>
/// An undefined result is not an error in the input: the input is valid, but the KPI does not
/// exist for it (a conversion rate of zero leads, a payback that never happens). See
/// <c>docs/numeric-policy.md</c>.
/// </remarks>
[JsonConverter(typeof(StrictEnumJsonConverter<UndefinedReason>))]
public enum UndefinedReason
{
    /// <summary>
    /// The result was never computed: the value of <c>default(KpiResult&lt;T&gt;)</c>.
    /// </summary>
    NotComputed = 0,

    /// <summary>The denominator of the formula is zero (no leads, no customers, no orders...).</summary>
    ZeroDenominator = 1,

    /// <summary>The input holds no item at all (no answers, no deals, no sessions).</summary>
    EmptyInput = 2,

    /// <summary>The baseline ("before") value is zero, so a relative change does not exist.</summary>
    ZeroBaseline = 3,

    /// <summary>The investment is never paid back: the net saving per period is zero or negative.</summary>
    NeverPaidBack = 4,

    /// <summary>The target equals the baseline, so progress towards it has no scale.</summary>
    TargetEqualsBaseline = 5,

    /// <summary>The target is zero, so a gap relative to it does not exist.</summary>
    ZeroTarget = 6,

    /// <summary>
    /// The data does not reach that far yet: a cohort cell or a run of years that ends after the last
    /// period of the data. It may become defined when more data arrives.
    /// </summary>
    NotYetObserved = 7,

    /// <summary>
    /// The fixed costs are never covered: each sale contributes nothing or loses money (a contribution
    /// margin, per unit or as a share of revenue, of zero or less), so no volume of sales breaks even.
    /// </summary>
    NeverBreaksEven = 8,

    /// <summary>
    /// No rate of return exists for the cash flows: they never change sign (only inflows or only
    /// outflows), or no rate above −100 % makes their present value zero (an internal rate of
    /// return), or no inflow is there to reinvest (a modified internal rate of return).
    /// </summary>
    NoRateOfReturn = 9,

    /// <summary>
    /// A model's maximum-likelihood fit did not converge: the search stopped without reaching a point where
    /// the likelihood is flat (the explanation gives its iterations and its last gradient norm), as when the
    /// data cannot identify the parameters (no customer ever came back, nobody ever churned).
    /// </summary>
    FitDidNotConverge = 10,
}
