using System;
using KpiFormulas.Internal;

namespace KpiFormulas;

/// <summary>
/// Thrown when the value of an undefined <see cref="KpiResult{T}"/> is read through
/// <see cref="KpiResult{T}.Value"/>. Carries the KPI id and the reason.
/// </summary>
public sealed class UndefinedKpiException : InvalidOperationException
{
    /// <summary>Creates the exception for a KPI id and a reason.</summary>
    /// <param name="kpiId">The catalogue id of the KPI (for example <c>cac</c>).</param>
    /// <param name="reason">Why the KPI has no value.</param>
    /// <param name="explanation">A sentence that says which input made it undefined.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value.</exception>
    public UndefinedKpiException(string kpiId, UndefinedReason reason, string explanation)
        : base($"The KPI '{kpiId}' is undefined ({Preconditions.Defined(reason)}): {explanation}")
    {
        KpiId = kpiId;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public UndefinedKpiException(string message)
        : base(message)
    {
        KpiId = string.Empty;
        Explanation = message;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public UndefinedKpiException(string message, Exception innerException)
        : base(message, innerException)
    {
        KpiId = string.Empty;
        Explanation = message;
    }

    /// <summary>Creates the exception with no details.</summary>
    public UndefinedKpiException()
        : this("The KPI is undefined.")
    {
    }

    /// <summary>The catalogue id of the KPI, or an empty string when unknown.</summary>
    public string KpiId { get; }

    /// <summary>Why the KPI has no value.</summary>
    public UndefinedReason Reason { get; }

    /// <summary>A sentence that says which input made the KPI undefined.</summary>
    public string Explanation { get; }
}
