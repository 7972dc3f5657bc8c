using System;
using FsCheck.Xunit;

namespace KpiFormulas.Tests.Support;

/// <summary>
/// An FsCheck property with the suite's settings: <see cref="Cases"/> cases, quiet on success, and the
/// arbitraries of <see cref="ValueArbitraries"/> for the library's value types. The arbitrary classes
/// given to the constructor come first and so override those defaults for the types they cover:
/// <c>[KpiProperty(typeof(Proportions))]</c> makes every <see cref="Rate"/> parameter a proportion.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class KpiPropertyAttribute : PropertyAttribute
{
    /// <summary>Every property runs this many cases.</summary>
    public const int Cases = 1000;

    /// <summary>Runs the method as a property, with the arbitraries of <paramref name="arbitraries"/> first.</summary>
    /// <param name="arbitraries">Classes of static methods returning an <c>Arbitrary&lt;T&gt;</c>.</param>
    public KpiPropertyAttribute(params Type[] arbitraries)
    {
        Arbitraries = arbitraries;
        MaxTest = Cases;
        QuietOnSuccess = true;
        Arbitrary = [.. arbitraries, typeof(ValueArbitraries)];
    }

    /// <summary>The arbitrary classes given on top of <see cref="ValueArbitraries"/>.</summary>
    public Type[] Arbitraries { get; }
}
