using System;
using System.Runtime.CompilerServices;

namespace KpiFormulas.Internal;

/// <summary>
/// The one place where argument rules are checked, so that every exception names the parameter
/// and states the rule in the same words everywhere.
/// </summary>
internal static class Preconditions
{
    internal static void NotNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must not be negative.");
        }
    }

    internal static void NotNegative(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0L)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must not be negative.");
        }
    }

    internal static void Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must be greater than zero.");
        }
    }

    internal static void Positive(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0L)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The value must be greater than zero.");
        }
    }

    internal static void InRange(long value, long minInclusive, long maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value must be between {minInclusive} and {maxInclusive} inclusive.");
        }
    }

    internal static void NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
    }
}
