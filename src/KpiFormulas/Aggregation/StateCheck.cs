using System;
using System.Collections.Generic;
using KpiFormulas.Internal;

namespace KpiFormulas.Aggregation;

/// <summary>The checks of a state handed to a <c>FromState</c> factory: every failure is an <see cref="ArgumentException"/> naming the parameter.</summary>
internal static class StateCheck
{
    // Every member forwards to Preconditions until the remaining accumulator files are converted to
    // call it directly; then this type goes.
    internal static T[] List<T>(IReadOnlyList<T>? list, int length, string member, string paramName) =>
        Preconditions.StateList(list, length, member, paramName);

    internal static void NotNegative(long value, string member, string paramName) =>
        Preconditions.StateNotNegative(value, member, paramName);

    internal static void NotNegative(decimal value, string member, string paramName) =>
        Preconditions.StateNotNegative(value, member, paramName);

    internal static void NotNegative(ReadOnlySpan<long> values, string member, string paramName) =>
        Preconditions.StateNotNegative(values, member, paramName);

    internal static void NotNegative(ReadOnlySpan<decimal> values, string member, string paramName) =>
        Preconditions.StateNotNegative(values, member, paramName);

    internal static void SumIs(ReadOnlySpan<long> parts, long whole, string partsMember, string wholeMember, string paramName) =>
        Preconditions.StateSumIs(parts, whole, partsMember, wholeMember, paramName);

    internal static void That(bool condition, string message, string paramName) =>
        Preconditions.Argument(condition, paramName, message);
}
