using BenchmarkDotNet.Running;

namespace KpiFormulas.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/KpiFormulas.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switches).</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
