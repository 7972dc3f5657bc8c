using System;
using System.IO;
using System.Linq;
using Xunit;

namespace KpiFormulas.Arrow.Tests;

/// <summary>The package's argument exceptions come from one class, as the core's come from Preconditions; the core depends on neither Arrow nor Parquet.</summary>
public class ConventionTests
{
    [Fact]
    public void Argument_exceptions_are_thrown_only_by_ColumnErrors()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "KpiFormulas.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("KpiFormulas.sln not found above the test binaries.");
        }

        var source = Path.Combine(root, "src", "KpiFormulas.Arrow");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count >= 8, $"only {files.Count} source files under {source}");
        Assert.Contains("throw new ArgumentException", File.ReadAllText(Path.Combine(source, "Internal", "ColumnErrors.cs")), StringComparison.Ordinal);

        string[] styles = ["throw new Argument", "ArgumentException.ThrowIf", "ArgumentNullException.ThrowIf", "ArgumentOutOfRangeException.ThrowIf"];
        var offenders = (
            from file in files
            where Path.GetFileName(file) != "ColumnErrors.cs"
            from line in File.ReadLines(file)
            where styles.Any(s => line.Contains(s, StringComparison.Ordinal))
            select $"{file}: {line.Trim()}").ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_core_assembly_references_neither_Arrow_nor_Parquet()
    {
        var core = typeof(Money).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("System.Runtime", core); // guards against an empty list
        Assert.DoesNotContain(core, name => name.StartsWith("Apache.Arrow", StringComparison.Ordinal) || name.StartsWith("Parquet", StringComparison.Ordinal));

        var package = typeof(ArrowAggregation).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("Apache.Arrow", package);
        Assert.Contains("Parquet", package);
    }
}
