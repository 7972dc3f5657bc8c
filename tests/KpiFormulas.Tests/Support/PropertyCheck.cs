using FsCheck;
using FsCheck.Fluent;

namespace KpiFormulas.Tests.Support;

/// <summary>Runs FsCheck properties from xunit facts with the suite's standard settings.</summary>
public static class PropertyCheck
{
    /// <summary>Every property runs at least this many cases.</summary>
    public const int Cases = 1000;

    private static readonly Config Settings = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);

    /// <summary>Checks the property, throwing (and so failing the test) on the first counterexample, after shrinking.</summary>
    public static void Holds(Property property) => property.Check(Settings);
}
