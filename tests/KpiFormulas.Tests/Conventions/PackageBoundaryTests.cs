using System;
using System.Linq;
using Xunit;

namespace KpiFormulas.Tests.Conventions;

/// <summary>The core package holds the KPIs only: the worksheet surface ships in KpiFormulas.Excel.</summary>
public class PackageBoundaryTests
{
    [Fact]
    public void The_core_assembly_has_no_worksheet_type()
    {
        var types = typeof(Money).Assembly.GetTypes();
        Assert.Contains(types, t => t.Namespace == "KpiFormulas.Formulas"); // guards against an empty walk

        var worksheet = types
            .Where(t => t.Namespace is { } ns && (IsIn(ns, "KpiFormulas.Worksheet") || IsIn(ns, "KpiFormulas.Excel")))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(worksheet.Count == 0, "Worksheet types in the core assembly: " + string.Join(", ", worksheet));
    }

    private static bool IsIn(string ns, string root) =>
        ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);
}
