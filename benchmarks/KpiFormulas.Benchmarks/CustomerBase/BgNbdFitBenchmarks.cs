using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KpiFormulas.Formulas;

namespace KpiFormulas.Benchmarks.CustomerBase;

/// <summary>
/// The maximum-likelihood fit of the BG/NBD model: on the 2,357 CDNOW customers (the data committed beside
/// the tests), and on 100 000 customers drawn from the model fitted on CDNOW, with a fixed seed.
/// </summary>
/// <remarks>
/// The synthetic customers follow the model's own story: a purchase rate λ ~ Gamma(r, α) and a drop-out
/// probability p ~ Beta(a, b) each; from the first purchase, exponential gaps at rate λ, and after each repeat
/// purchase the customer leaves with probability p; observed for T weeks, uniform between 27 and 39 (CDNOW's
/// first purchases span the first 12 weeks of a 39-week window). Their times are continuous, so unlike
/// CDNOW's whole days they share no (x, t_x, T) and the fit costs per customer.
/// </remarks>
[MemoryDiagnoser]
public class BgNbdFitBenchmarks
{
    private const int SyntheticCustomers = 100_000;
    private const int Seed = 20_050_301;

    private CustomerSummary[] cdnow = [];
    private CustomerSummary[] synthetic = [];

    /// <summary>Reads CDNOW, fits it once and draws the synthetic customers from that fit.</summary>
    [GlobalSetup]
    public void Setup()
    {
        cdnow = [.. Predictive.CustomerSummaries(ReadCdnow(), new DateOnly(1997, 9, 30), new DateOnly(1998, 6, 30), TimeSpan.FromDays(7)).Values];
        synthetic = Draw(Predictive.FitBgNbd(cdnow).Value, SyntheticCustomers, new Random(Seed));
    }

    /// <summary>The fit on the 2,357 CDNOW customers (39 weeks).</summary>
    [Benchmark(Baseline = true)]
    public BgNbdModel FitCdnow() => Predictive.FitBgNbd(cdnow).Value;

    /// <summary>The fit on 100 000 synthetic customers.</summary>
    [Benchmark]
    public BgNbdModel FitSynthetic100000() => Predictive.FitBgNbd(synthetic).Value;

    /// <summary>Customers drawn from a BG/NBD model (see the remarks of the class).</summary>
    internal static CustomerSummary[] Draw(BgNbdModel model, int count, Random random)
    {
        var zero = Money.UsDollars(0m);
        var customers = new CustomerSummary[count];
        for (var i = 0; i < count; i++)
        {
            var lambda = Gamma(random, (double)model.R) / (double)model.Alpha;
            var x1 = Gamma(random, (double)model.A);
            var p = x1 / (x1 + Gamma(random, (double)model.B));
            var observed = 27.0 + (12.0 * random.NextDouble());
            long repeats = 0;
            var time = 0.0;
            var last = 0.0;
            while (true)
            {
                time += -Math.Log(1.0 - random.NextDouble()) / lambda;
                if (time > observed)
                {
                    break;
                }

                repeats++;
                last = time;
                if (random.NextDouble() < p)
                {
                    break;
                }
            }

            var recency = repeats == 0 ? 0m : Math.Round((decimal)last, 6);
            var t = Math.Round((decimal)observed, 6);
            customers[i] = new CustomerSummary(repeats, Math.Min(recency, t), t, repeats == 0 ? zero : Money.UsDollars(repeats), 0, zero);
        }

        return customers;
    }

    // Marsaglia and Tsang's method (ACM TOMS 26(3), 2000), with the boost U^(1/shape) below shape 1.
    private static double Gamma(Random random, double shape)
    {
        if (shape < 1.0)
        {
            return Gamma(random, shape + 1.0) * Math.Pow(random.NextDouble(), 1.0 / shape);
        }

        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double z, v;
            do
            {
                z = Normal(random);
                v = 1.0 + (c * z);
            }
            while (v <= 0.0);

            v = v * v * v;
            var u = random.NextDouble();
            if (Math.Log(u) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    private static (int, DateOnly, Money)[] ReadCdnow() =>
        [.. File.ReadAllLines(RepositoryFile("tests", "KpiFormulas.Tests", "Data", "cdnow", "CDNOW_sample.txt"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (
                int.Parse(f[1], CultureInfo.InvariantCulture),
                DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture),
                Money.UsDollars(decimal.Parse(f[4], CultureInfo.InvariantCulture))))];

    // The benchmark runs from a generated folder below the repository: walk up to KpiFormulas.sln.
    private static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpiFormulas.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("KpiFormulas.sln was not found above " + AppContext.BaseDirectory);
    }
}
