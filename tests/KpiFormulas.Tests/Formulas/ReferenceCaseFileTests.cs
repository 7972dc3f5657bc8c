using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Formulas;

/// <summary>The files of worked examples are whole, readable by anyone, and every case in them is asserted.</summary>
public partial class ReferenceCaseFileTests
{
    public static TheoryData<string> Families => [.. ReferenceCases.Families];

    [Fact]
    public void There_is_a_file_of_worked_examples_per_family()
    {
        // Every family of the catalogue, and the targets tools, which are not catalogue entries.
        string[] expected = [.. Enum.GetNames<KpiFamily>(), "Targets"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), ReferenceCases.Families);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_case_and_change_says_where_its_figures_come_from(string family)
    {
        var file = ReferenceCases.Load(family);
        Assert.NotEmpty(file.Data.Cases);
        foreach (var c in file.Data.Cases)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Source), c.Name);
            Assert.False(string.IsNullOrWhiteSpace(c.Kpi), c.Name);
            Assert.DoesNotMatch(PrivateCitation(), c.Source);
            Assert.DoesNotMatch(PrivateCitation(), c.Name);
        }

        foreach (var change in file.Data.Changes ?? [])
        {
            Assert.False(string.IsNullOrWhiteSpace(change.Source), change.Name);
            Assert.DoesNotMatch(PrivateCitation(), change.Source);
            Assert.Equal(file.Case(change.Before).Kpi, file.Case(change.After).Kpi);
        }
    }

    [Fact]
    public void Every_case_and_change_is_handed_to_a_theory()
    {
        var handed = new HashSet<object>();
        foreach (var method in typeof(ReferenceCaseFileTests).Assembly.GetTypes().SelectMany(t => t.GetMethods()))
        {
            foreach (var source in method.GetCustomAttributes<MemberDataAttribute>())
            {
                foreach (var row in source.GetData(method))
                {
                    handed.UnionWith(row.Where(argument => argument is ReferenceCase or ReferenceChange));
                }
            }
        }

        var all = ReferenceCases.Families.Select(ReferenceCases.Load).SelectMany(file => file.All.Cast<object>().Concat(file.AllChanges)).ToList();
        var missing = all.Where(item => !handed.Contains(item)).Select(item => item.ToString()).ToList();
        Assert.True(missing.Count == 0, "Read by no theory: " + string.Join(", ", missing));
    }

    // ---- the notation ---------------------------------------------------------------------------

    [Fact]
    public void Numbers_are_evaluated_in_decimal_from_left_to_right()
    {
        Assert.Equal(85m / 0.12m, ReferenceNotation.Number("85 / 0.12"));
        Assert.Equal(30_000m, ReferenceNotation.Number("30_000"));
        Assert.Equal((38m / 0.18m - 85m / 0.12m) / (85m / 0.12m), ReferenceNotation.Number("(38 / 0.18 - 85 / 0.12) / (85 / 0.12)"));
        Assert.Equal(-2_000m / 3_000m, ReferenceNotation.Number("-2_000 / 3_000"));
        Assert.Equal(7m, ReferenceNotation.Number("1 + 2 * 3"));
        Assert.Throws<FormatException>(() => ReferenceNotation.Number("1 +"));
        Assert.Throws<FormatException>(() => ReferenceNotation.Number("(1"));
        Assert.Throws<FormatException>(() => ReferenceNotation.Number("1,5"));
    }

    [Fact]
    public void Values_are_read_in_their_units()
    {
        Assert.Equal(Money.Euros(1_550m), ReferenceNotation.Parse(typeof(Money), "1_550 EUR"));
        Assert.Equal(Rate.FromPercent(12m), ReferenceNotation.Parse(typeof(Rate), "12 %"));
        Assert.Equal(2m / 3m, ((Rate)ReferenceNotation.Parse(typeof(Rate), "2 / 3")).Fraction);
        Assert.Equal(PercentagePoints.FromPoints(-5m), ReferenceNotation.Parse(typeof(PercentagePoints), "-5 pts"));
        Assert.Equal(new TimeSpan(2, 55, 0), ReferenceNotation.Parse(typeof(TimeSpan), "2 h 55 min"));
        Assert.Equal(TimeSpan.FromMinutes(-30), ReferenceNotation.Parse(typeof(TimeSpan), "-30 min"));
        Assert.Equal(new DateOnly(2026, 3, 1), ReferenceNotation.Parse(typeof(DateOnly), "2026-03-01"));
        Assert.Equal(new DateTime(2026, 3, 2, 9, 30, 0), ReferenceNotation.Parse(typeof(DateTime), "2026-03-02 09:30"));
        Assert.Throws<FormatException>(() => ReferenceNotation.Parse(typeof(TimeSpan), "1.5 ticks"));
        Assert.Throws<FormatException>(() => ReferenceNotation.Parse(typeof(Money), "12"));
        Assert.Throws<FormatException>(() => ReferenceNotation.Parse(typeof(long), "2.5"));
        Assert.Equal(2, ReferenceNotation.DecimalsWritten("333.33 EUR"));
        Assert.Equal(0, ReferenceNotation.DecimalsWritten("-56 %"));
    }

    [Fact]
    public void Periods_are_read_in_their_calendar_units()
    {
        Assert.Equal(Period.Year(2026), ReferenceNotation.Parse(typeof(Period), "2026"));
        Assert.Equal(Period.Quarter(2026, 1), ReferenceNotation.Parse(typeof(Period), "2026-Q1"));
        Assert.Equal(Period.Month(2026, 3), ReferenceNotation.Parse(typeof(Period), "2026-03"));
        Assert.Equal(Period.IsoWeek(2026, 5), ReferenceNotation.Parse(typeof(Period), "2026-W05"));
        Assert.Equal(Period.Day(new DateOnly(2026, 3, 2)), ReferenceNotation.Parse(typeof(Period), "2026-03-02"));
        Assert.Equal(Period.FromDays(new DateOnly(2026, 3, 2), 14), ReferenceNotation.Parse(typeof(Period), "14 d from 2026-03-02"));
        Assert.Equal(Period.LastDays(30, new DateOnly(2026, 3, 31)), ReferenceNotation.Parse(typeof(Period), "30 d before 2026-03-31"));
    }

    [Fact]
    public void Any_value_is_read_as_its_notation_shows()
    {
        Assert.Equal(PercentagePoints.FromPoints(5m), ReferenceNotation.ParseAny("5 pts"));
        Assert.Equal(Rate.FromPercent(12m), ReferenceNotation.ParseAny("12 %"));
        Assert.Equal(new Ratio(2.4m), ReferenceNotation.ParseAny("2.4 : 1"));
        Assert.Equal(Money.Euros(50m), ReferenceNotation.ParseAny("50 EUR"));
        Assert.Equal(TimeSpan.FromMinutes(45), ReferenceNotation.ParseAny("45 min"));
        Assert.Equal(new DateOnly(2026, 3, 1), ReferenceNotation.ParseAny("2026-03-01"));
        Assert.Equal(1.2m, ReferenceNotation.ParseAny("1.2"));
    }

    [GeneratedRegex(@"(?i)\b(document|seed|article|line)s?\s*\d|shared/|seeds?/")]
    private static partial Regex PrivateCitation();
}
