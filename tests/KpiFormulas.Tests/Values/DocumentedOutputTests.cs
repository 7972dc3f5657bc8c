using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Values;

/// <summary>
/// docs/values.md shows what the code prints: every line of its C# blocks of the form
/// <c>Console.WriteLine(expression); // prints text</c> is run here, with en-US as the current
/// culture as the page says, and what it prints is compared with the text. The expressions are
/// written once below, as code; their source text (captured by the compiler) is what the page must
/// show, so a line of the page that this test does not run, or an expression here that the page
/// does not show, fails the test too.
/// </summary>
public partial class DocumentedOutputTests
{
    private static readonly string Page = RepositoryFiles.PathOf("docs", "values.md");

    [Fact]
    public void Every_printed_line_of_values_md_is_what_the_code_prints()
    {
        var documented = DocumentedLines(File.ReadAllText(Page));
        Assert.NotEmpty(documented);
        var printed = Printed();

        var failures = new List<string>();
        foreach (var (expression, text) in documented)
        {
            if (!printed.TryGetValue(expression, out var actual))
            {
                failures.Add($"docs/values.md prints `{expression}` but DocumentedOutputTests does not run it: add it to Printed().");
            }
            else if (actual != text)
            {
                failures.Add($"`{expression}` prints '{actual}', docs/values.md says '{text}'.");
            }
        }

        foreach (var expression in printed.Keys.Except(documented.Select(line => line.Expression), StringComparer.Ordinal))
        {
            failures.Add($"DocumentedOutputTests runs `{expression}`, which docs/values.md no longer shows: remove it.");
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_page_states_the_culture_the_test_runs_it_in()
    {
        Assert.Contains("CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(\"en-US\");", File.ReadAllText(Page), StringComparison.Ordinal);
    }

    /// <summary>What <c>Console.WriteLine(expression)</c> prints for each expression the page shows, keyed by its source text.</summary>
    private static Dictionary<string, string> Printed()
    {
        using var culture = new CultureScope("en-US");
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var price = new Money(1549.995m, Currency.EUR);
        var amount = Money.Euros(1550.00m);
        var rate = Rate.FromPercent(37.5m);
        var points = PercentagePoints.FromPoints(5m);
        var ltvToCac = Ratio.Of(Money.Euros(10_000m), Money.Euros(3_000m));
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        void Print(object? value, [CallerArgumentExpression(nameof(value))] string expression = "") =>
            rows.Add(Blanks().Replace(expression, " "), Blanks().Replace(Console(value), " "));

        // What the values print
        Print(Money.Euros(1549.995m));
        Print(Money.Euros(1549.995m).ToString(null, fr));
        Print(Money.Euros(1549.995m).Amount);
        Print(Money.Euros(35m) * 50m - Money.Euros(200m));
        Print((Money.Euros(35m) * 50m - Money.Euros(200m)).ToString("R", null));
        Print(Retention.ChurnOverPeriods(Rate.FromPercent(2m), 12m));
        Print(Retention.ChurnOverPeriods(Rate.FromPercent(2m), 12m).Fraction);
        Print(Rate.FromPercent(3m) - Rate.FromPercent(8m));
        Print(new Ratio(10m / 3m));
        Print(new Ratio(10m / 3m).Value);
        Print(Period.Month(2026, 3));
        Print(Period.Month(2026, 3).ToString("L", fr));
        Print(Period.LastDays(30, new DateOnly(2026, 4, 1)).Months.ToString("0.##"));
        Print(ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), Money.Euros(1_550m)));
        Print(ReturnOnInvestment.PaybackPeriodInMonths(Money.Euros(1_500m), Money.Euros(1_550m)).Value);
        Print(Acquisition.TimeToConvert(TimeSpan.FromDays(91), 2));
        Print(Acquisition.CustomerAcquisitionCost(Money.Euros(500m), 0));

        // Money
        Print(price.Round().ToString("R", null));
        Print(price.Round(MidpointRounding.ToEven).ToString("R", null));
        Print(new Money(0.125m, Currency.EUR).Round().ToString("R", null));
        Print(new Money(0.125m, Currency.EUR).Round(MidpointRounding.ToEven).ToString("R", null));
        Print(string.Join(", ", Money.Euros(100m).Split(3)));
        Print(string.Join(", ", Money.Euros(100m).Allocate(45m, 25m, 15m, 15m)));
        Print(Money.Euros(1550m) / Money.Euros(200m));
        Print(Money.Euros(200m) * Rate.FromPercent(25m));
        Print(amount);
        Print(amount.ToString(null, fr));
        Print(amount.ToString("C0", fr));
        Print(amount.ToString("C0", null));
        Print(amount.ToString("N", fr));
        Print(amount.ToString("N", null));
        Print(amount.ToString("R", fr));

        // Rate and PercentagePoints
        Print(rate);
        Print(rate.ToString(null, fr));
        Print(rate.ToString("P0", fr));
        Print(rate.ToString("R", fr));
        Print(rate.ToString("F", fr));
        Print(points);
        Print(points.ToString(null, fr));
        Print(points.ToString("G0", null));
        Print(points.ToString("R", fr));

        // Ratio
        Print(ltvToCac);
        Print(ltvToCac.ToString(null, fr));
        Print(ltvToCac.ToString("G2", null));
        Print(ltvToCac.ToString("R", fr));
        return rows;
    }

    /// <summary>What Console.WriteLine(object) prints: an IFormattable in the current culture, otherwise ToString().</summary>
    private static string Console(object? value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static List<(string Expression, string Text)> DocumentedLines(string markdown)
    {
        var lines = new List<(string, string)>();
        foreach (Match block in CSharpBlock().Matches(markdown))
        {
            foreach (Match line in PrintedLine().Matches(block.Groups["code"].Value))
            {
                lines.Add((Blanks().Replace(line.Groups["expression"].Value.Trim(), " "), line.Groups["text"].Value.TrimEnd()));
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^\s*Console\.WriteLine\((?<expression>.*)\);\s*// prints (?<text>.*)$", RegexOptions.Multiline)]
    private static partial Regex PrintedLine();

    // Runs of blanks, no-break spaces included: the page writes ordinary spaces where a culture prints no-break ones.
    [GeneratedRegex(@"[ \u00A0\u202F]+")]
    private static partial Regex Blanks();
}
