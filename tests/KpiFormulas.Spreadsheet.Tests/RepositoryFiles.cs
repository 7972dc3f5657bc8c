using System;
using System.IO;

namespace KpiFormulas.Spreadsheet.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds KpiFormulas.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiFormulas.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KpiFormulas.sln was not found above " + AppContext.BaseDirectory);
    }
}
