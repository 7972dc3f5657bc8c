using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;

namespace KpiFormulas.Benchmarks.Aggregation.DuckDb;

/// <summary>
/// Finds <c>libduckdb.so</c> (fetched by <c>benchmarks/setup-duckdb.sh</c> into <c>benchmarks/native/</c>)
/// and binds <see cref="DuckDbNative"/> to it. When it is absent the DuckDB benchmarks are skipped, with
/// <see cref="MissingMessage"/>, instead of failing the run.
/// </summary>
internal static class DuckDbLibrary
{
    /// <summary>Overrides where the library is looked for (a full path to libduckdb.so).</summary>
    public const string PathVariable = "KPI_BENCH_DUCKDB_LIBRARY";

    private static readonly Lazy<string?> LibraryPath = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int resolverInstalled;

    /// <summary>The full path of libduckdb.so, or null when it was not found.</summary>
    public static string? Path => LibraryPath.Value;

    /// <summary>Whether the DuckDB benchmarks can run.</summary>
    public static bool IsAvailable => Path is not null;

    /// <summary>What to tell a developer who has not run the setup script.</summary>
    public static string MissingMessage =>
        "DuckDB benchmarks skipped: benchmarks/native/libduckdb.so was not found. Run benchmarks/setup-duckdb.sh " +
        $"(needs npm) to fetch it, or set {PathVariable} to a libduckdb.so.";

    /// <summary>Installs the resolver that maps <see cref="DuckDbNative.Library"/> to <see cref="Path"/>; throws with <see cref="MissingMessage"/> when absent.</summary>
    public static void EnsureLoaded()
    {
        if (Path is null)
        {
            throw new InvalidOperationException(MissingMessage);
        }

        if (Interlocked.Exchange(ref resolverInstalled, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(DuckDbLibrary).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == DuckDbNative.Library && Path is not null ? NativeLibrary.Load(Path) : IntPtr.Zero;

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? System.IO.Path.GetFullPath(configured) : null;
        }

        // BenchmarkDotNet runs each benchmark from a generated project under the benchmark project's
        // bin/ folder, so walk up from both the executable and the working directory.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                foreach (var candidate in new[] { "benchmarks/native/libduckdb.so", "native/libduckdb.so" })
                {
                    var path = System.IO.Path.Combine(directory.FullName, candidate);
                    if (File.Exists(path))
                    {
                        return path;
                    }
                }
            }
        }

        return null;
    }
}
