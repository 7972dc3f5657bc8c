using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace KpiFormulas.Tests.Conventions;

/// <summary>
/// One style of argument check: every argument exception of the library is thrown by
/// <c>KpiFormulas.Internal.Preconditions</c> (src/KpiFormulas/Core/Internal/Preconditions.cs), checked on the source files.
/// </summary>
public partial class ConventionTests
{
    private const string PreconditionsFile = "Core/Internal/Preconditions.cs";

    /// <summary>
    /// Source files (paths under src/KpiFormulas; a path ending in '/' is a whole folder) that still check
    /// their arguments in the older styles, because another change was rewriting them when the rest was
    /// converted. Temporary: the pass that converts them empties this list, and then deletes the forwards
    /// kept for them (KpiMath.Require*, StateCheck, Columns.IndexCount, CurrencyMismatchException.ThrowIfDifferent).
    /// </summary>
    private static readonly string[] NotYetConvertedToPreconditions =
    [
        "Core/Values/Currency.cs",
        "Core/Values/PercentagePoints.cs",
        "Core/Values/Period.cs",
        "Core/Values/Rate.cs",
        "Core/Values/Ratio.cs",
        "Formulas/Activity/",
        "Formulas/Engagement/Engagement.cs",
        "Formulas/Productivity/Productivity.cs",
        "Formulas/Profitability/Profitability.cs",
        "Formulas/Retention/Retention.cs",
        "Formulas/Satisfaction/Satisfaction.cs",
        "Formulas/Targets/",
        "Formulas/Value/SalesValue.cs",
        "Aggregation/RevenueAccumulator.cs",
    ];

    /// <summary>What a line outside Preconditions.cs must not contain: a throw of its own, or a check of another style.</summary>
    private static readonly string[] OtherCheckStyles =
    [
        "throw new Argument",
        "throw new CurrencyMismatchException",
        "ArgumentException.ThrowIf",
        "ArgumentNullException.ThrowIf",
        "ArgumentOutOfRangeException.ThrowIf",
        "CurrencyMismatchException.ThrowIfDifferent",
        "KpiMath.Require",
        "StateCheck.",
        "Columns.IndexCount",
    ];

    [Fact]
    public void Argument_exceptions_are_thrown_only_by_Preconditions()
    {
        var root = FindSourceFolder(Path.Combine("src", "KpiFormulas"));
        var files = SourceFiles(root);

        // Guards against passing vacuously: the scan sees the library, and the styles it looks for are real.
        Assert.True(files.Count > 50, $"Only {files.Count} source files under {root}.");
        Assert.Contains(
            "throw new ArgumentOutOfRangeException",
            File.ReadAllText(Path.Combine(root, PreconditionsFile)),
            StringComparison.Ordinal);

        var offenders =
            from file in files
            where file.Path != PreconditionsFile && !IsNotYetConverted(file.Path)
            from line in File.ReadLines(file.FullPath).Select((text, index) => (Text: text.Trim(), Number: index + 1))
            where !line.Text.StartsWith("//", StringComparison.Ordinal)
            from style in OtherCheckStyles
            where line.Text.Contains(style, StringComparison.Ordinal)
            select $"{file.Path}:{line.Number}: '{style}' in: {line.Text}";
        var problems = offenders.ToList();
        Assert.True(
            problems.Count == 0,
            "Check arguments with KpiFormulas.Internal.Preconditions (its checks and Throw* methods) instead:"
            + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_files_not_yet_converted_are_listed_by_path_under_src_KpiFormulas()
    {
        Assert.All(NotYetConvertedToPreconditions, path =>
        {
            Assert.False(path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal), $"'{path}' is not a relative path with '/'.");
            Assert.True(path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith('/'), $"'{path}' is neither a .cs file nor a folder ending in '/'.");
            Assert.NotEqual(PreconditionsFile, path);
        });
    }

    private static bool IsNotYetConverted(string path) =>
        NotYetConvertedToPreconditions.Any(entry => entry.EndsWith('/') ? path.StartsWith(entry, StringComparison.Ordinal) : path == entry);

    /// <summary>The .cs files under <paramref name="root"/>, with their path relative to it ('/' separated), build output left out.</summary>
    private static List<(string Path, string FullPath)> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(full => (Path: Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/'), FullPath: full))
            .Where(file => !file.Path.StartsWith("bin/", StringComparison.Ordinal) && !file.Path.StartsWith("obj/", StringComparison.Ordinal))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
}
