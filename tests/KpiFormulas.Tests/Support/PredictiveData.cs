using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace KpiFormulas.Tests.Support;

/// <summary>
/// The published reference data of the customer-base models, committed beside the tests with their
/// provenance (tests/KpiFormulas.Tests/Data/*/README.md): the CDNOW sample of Fader, Hardie and Lee and
/// the two survival curves of Fader and Hardie (2007).
/// </summary>
public static class PredictiveData
{
    /// <summary>The last day of the CDNOW calibration window (39 weeks from 1 January 1997, as the papers use it).</summary>
    public static readonly DateOnly CdnowCalibrationEnd = new(1997, 9, 30);

    /// <summary>The last day of the CDNOW data, the end of the 39-week holdout window.</summary>
    public static readonly DateOnly CdnowHoldoutEnd = new(1998, 6, 30);

    /// <summary>The 6,919 purchases of CDNOW_sample.txt: sample customer id, day, dollar value.</summary>
    public static IReadOnlyList<(int Customer, DateOnly Date, Money Amount)> CdnowTransactions { get; } = ReadTransactions();

    /// <summary>The published calibration summary of the 2,357 customers: id, x, t_x, T, z̄ (weeks, 2 decimals).</summary>
    public static IReadOnlyList<(int Id, long X, decimal Recency, decimal T, decimal MeanValue)> CdnowPublishedSummary { get; } = ReadSummary();

    /// <summary>Customers still subscribed at the start of years 0..12, of the "regular" and "high end" segments.</summary>
    public static IReadOnlyList<(int Year, long Regular, long HighEnd)> Survival { get; } = ReadSurvival();

    private static string[] Lines(string folder, string file) =>
        File.ReadAllLines(RepositoryFiles.PathOf("tests", "KpiFormulas.Tests", "Data", folder, file));

    private static (int, DateOnly, Money)[] ReadTransactions() =>
        [.. Lines("cdnow", "CDNOW_sample.txt")
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (
                int.Parse(f[1], CultureInfo.InvariantCulture),
                DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture),
                Money.UsDollars(decimal.Parse(f[4], CultureInfo.InvariantCulture))))];

    private static (int, long, decimal, decimal, decimal)[] ReadSummary() =>
        [.. Lines("cdnow", "cdnow_customers_summary_with_transactions.csv")
            .Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split(','))
            .Select(f => (
                int.Parse(f[0], CultureInfo.InvariantCulture),
                long.Parse(f[1], CultureInfo.InvariantCulture),
                decimal.Parse(f[2], CultureInfo.InvariantCulture),
                decimal.Parse(f[3], CultureInfo.InvariantCulture),
                decimal.Parse(f[4], CultureInfo.InvariantCulture)))];

    private static (int, long, long)[] ReadSurvival() =>
        [.. Lines("sbg", "survival.csv")
            .Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split(','))
            .Select(f => (
                int.Parse(f[0], CultureInfo.InvariantCulture),
                long.Parse(f[1], CultureInfo.InvariantCulture),
                long.Parse(f[2], CultureInfo.InvariantCulture)))];
}
