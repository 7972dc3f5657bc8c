using System;
using System.Collections.Generic;

namespace KpiFormulas.Aggregation;

/// <summary>The checks of a state handed to a <c>FromState</c> factory: every failure is an <see cref="ArgumentException"/> naming the parameter.</summary>
internal static class StateCheck
{
    internal static T[] List<T>(IReadOnlyList<T>? list, int length, string member, string paramName)
    {
        if (list is null)
        {
            throw new ArgumentException($"The state's '{member}' is missing.", paramName);
        }

        if (list.Count != length)
        {
            throw new ArgumentException($"The state's '{member}' has {list.Count} entries; {length} expected.", paramName);
        }

        var copy = new T[length];
        for (var i = 0; i < length; i++)
        {
            copy[i] = list[i];
        }

        return copy;
    }

    internal static void NotNegative(long value, string member, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentException($"The state's '{member}' is {value}; it cannot be negative.", paramName);
        }
    }

    internal static void NotNegative(decimal value, string member, string paramName)
    {
        if (value < 0m)
        {
            throw new ArgumentException($"The state's '{member}' is {value}; it cannot be negative.", paramName);
        }
    }

    internal static void NotNegative(ReadOnlySpan<long> values, string member, string paramName)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                throw new ArgumentException($"The state's '{member}[{i}]' is {values[i]}; it cannot be negative.", paramName);
            }
        }
    }

    internal static void NotNegative(ReadOnlySpan<decimal> values, string member, string paramName)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0m)
            {
                throw new ArgumentException($"The state's '{member}[{i}]' is {values[i]}; it cannot be negative.", paramName);
            }
        }
    }

    internal static void SumIs(ReadOnlySpan<long> parts, long whole, string partsMember, string wholeMember, string paramName)
    {
        long sum = 0;
        foreach (var part in parts)
        {
            sum = checked(sum + part);
        }

        if (sum != whole)
        {
            throw new ArgumentException($"The state's '{partsMember}' add up to {sum}, but '{wholeMember}' is {whole}.", paramName);
        }
    }

    internal static void That(bool condition, string message, string paramName)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
