using System.Text.Json.Serialization;
using KpiFormulas.Serialization;

namespace KpiFormulas;

/// <summary>Whether a rise of a KPI is good news or bad news.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<Direction>))]
public enum Direction
{
    /// <summary>A rise is an improvement (conversion rate, revenue, NPS, retention).</summary>
    HigherIsBetter = 0,

    /// <summary>A fall is an improvement (CAC, CPL, churn, cycle length, response time).</summary>
    LowerIsBetter = 1,
}

/// <summary>How a change reads once the direction of its KPI is known.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<ChangeAssessment>))]
public enum ChangeAssessment
{
    /// <summary>The value did not move.</summary>
    Unchanged = 0,

    /// <summary>The value moved the good way for its KPI.</summary>
    Improved = 1,

    /// <summary>The value moved the bad way for its KPI.</summary>
    Worsened = 2,
}
