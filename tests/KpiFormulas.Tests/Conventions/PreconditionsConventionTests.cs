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

    /// <summary>What a line outside Preconditions.cs must not contain: a throw of its own, or a check of another style.</summary>
    private static readonly string[] OtherCheckStyles =
    [
        "throw new Argument",
        "throw new CurrencyMismatchException",
        "ArgumentException.ThrowIf",
        "ArgumentNullException.ThrowIf",
        "ArgumentOutOfRangeException.ThrowIf",
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
            where file.Path != PreconditionsFile
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

    /// <summary>The .cs files under <paramref name="root"/>, with their path relative to it ('/' separated), build output left out.</summary>
    private static List<(string Path, string FullPath)> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(full => (Path: Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/'), FullPath: full))
            .Where(file => !file.Path.StartsWith("bin/", StringComparison.Ordinal) && !file.Path.StartsWith("obj/", StringComparison.Ordinal))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
}
