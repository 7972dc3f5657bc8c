using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using KpiFormulas.Catalog;
using KpiFormulas.Excel.Tests.Support;
using Xunit;

namespace KpiFormulas.Excel.Tests;

/// <summary>Reflection checks of the worksheet surface: names, attributes, types, coverage of the catalogue, and no exception ever.</summary>
public partial class KpiFunctionsConventionTests
{
    /// <summary>
    /// Catalogue ids whose result is not one value, and how the worksheet exposes them. Each still has
    /// a <c>KPI.&lt;ID&gt;</c> function; the table-shaped ones also return one cell on request.
    /// </summary>
    private static readonly Dictionary<string, string> NotScalar = new(StringComparer.Ordinal)
    {
        // One amount per channel: KPI.CAC_BY_CHANNEL returns an array the shape of the ranges (a dynamic array);
        // one channel's CAC is KPI.CAC of its row.
        [KpiIds.CacByChannel] = "array, one CAC per channel",
        // Step rates, overall rate and bottleneck: KPI.FUNNEL is the overall rate (one value), with
        // KPI.FUNNEL_STEP_RATE, KPI.FUNNEL_BOTTLENECK(_NAME) for one cell and KPI.FUNNEL_STEPS for the array.
        [KpiIds.Funnel] = "one value per part (overall, step, bottleneck) and an array of steps",
        // A table of base years x run lengths: KPI.MULTI_YEAR_RETENTION returns one cell (base year, run length).
        [KpiIds.MultiYearRetention] = "one cell of the table per call",
        // Cohorts x offsets: KPI.COHORT_RETENTION returns one cell, KPI.COHORT_RETENTION_TABLE the whole array.
        [KpiIds.CohortRetention] = "one cell, or the whole table as an array",
        // Shares of the freed time per use: KPI.TIME_REINVESTMENT_MIX returns an array the shape of the times.
        [KpiIds.TimeReinvestmentMix] = "array, one share per use",
        // Opening, five movements and closing: KPI.MRR_MOVEMENTS returns the one its kind names.
        [KpiIds.MrrMovements] = "one amount per call, named by its kind",
    };

    [Fact]
    public void Every_public_method_is_a_worksheet_function_with_a_unique_KPI_name_and_worksheet_parameters()
    {
        Assert.True(Registry.Methods.Count >= 85, $"Only {Registry.Methods.Count} methods: the reflection walk is missing functions.");
        var others = typeof(KpiFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsDefined(typeof(WorksheetFunctionAttribute)))
            .Select(m => m.Name);
        Assert.Equal(["Describe"], others);

        var nullability = new NullabilityInfoContext();
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var method in Registry.Methods)
        {
            var function = method.GetCustomAttribute<WorksheetFunctionAttribute>()!;
            if (!WorksheetName().IsMatch(function.Name))
            {
                problems.Add($"{method.Name}: '{function.Name}' is not KPI. followed by upper-case words joined by underscores");
            }

            if (!names.Add(function.Name))
            {
                problems.Add($"{function.Name} is used twice (Excel names ignore case)");
            }

            if (!string.Equals(method.Name, PascalCase(function.Name), StringComparison.Ordinal))
            {
                problems.Add($"{function.Name} should be the C# method {PascalCase(function.Name)}, not {method.Name}");
            }

            if (method.ReturnType != typeof(object))
            {
                problems.Add($"{function.Name} returns {method.ReturnType.Name}, not object (a number or an error)");
            }

            foreach (var parameter in method.GetParameters())
            {
                // What an add-in passes: one value (null for a blank cell) or a range whose cells may be null.
                var info = nullability.Create(parameter);
                var cell = parameter.ParameterType == typeof(object) && info.ReadState == NullabilityState.Nullable;
                var range = parameter.ParameterType == typeof(object[,]) && info.ElementType!.ReadState == NullabilityState.Nullable;
                if (!cell && !range)
                {
                    problems.Add($"{function.Name}: parameter {parameter.Name} must be object? (a cell) or object?[,] (a range)");
                }

                if (parameter.IsDefined(typeof(OptionalAttribute)) && range)
                {
                    problems.Add($"{function.Name}: the range {parameter.Name} cannot be optional (Excel-DNA always passes an array)");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Describe_lists_every_function_once_with_its_descriptions_within_Excels_limits()
    {
        var functions = KpiFunctions.Describe();
        Assert.Same(functions, KpiFunctions.Describe());
        Assert.Equal(Registry.Methods.Order(MethodOrder.Instance), functions.Select(f => f.Method).Order(MethodOrder.Instance));

        var problems = new List<string>();
        foreach (var function in functions)
        {
            var parameters = function.Method.GetParameters();
            Assert.Equal(function.Method.GetCustomAttribute<WorksheetFunctionAttribute>()!.Name, function.Name);
            Assert.Equal(KpiFunctions.Category, function.Category);
            if (string.IsNullOrWhiteSpace(function.Description) || function.Description.Length > 255 || !function.Description.EndsWith('.'))
            {
                problems.Add($"{function.Name}: the description must be sentences of at most 255 characters (Excel's limit): {function.Description}");
            }

            Assert.Equal(parameters.Length, function.Arguments.Count);
            var arguments = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < parameters.Length; i++)
            {
                var argument = function.Arguments[i];
                if (!ArgumentName().IsMatch(argument.Name) || !arguments.Add(argument.Name)
                    || !string.Equals(PascalCase("KPI." + argument.Name.ToUpperInvariant()), char.ToUpperInvariant(parameters[i].Name![0]) + parameters[i].Name![1..], StringComparison.Ordinal))
                {
                    problems.Add($"{function.Name}: argument {argument.Name} is not the unique snake case of the parameter {parameters[i].Name}");
                }

                if (string.IsNullOrWhiteSpace(argument.Description) || argument.Description.Length > 255)
                {
                    problems.Add($"{function.Name}: argument {argument.Name} needs a description of at most 255 characters");
                }

                // "optional" in the description and [Optional] on the parameter say the same thing.
                if (argument.IsOptional != argument.Description.Contains("optional", StringComparison.Ordinal)
                    || argument.IsOptional != parameters[i].IsDefined(typeof(OptionalAttribute)))
                {
                    problems.Add($"{function.Name}: argument {argument.Name} is optional in one place only (description, [Optional], IsOptional)");
                }

                Assert.Equal(parameters[i].ParameterType == typeof(object[,]), argument.IsRange);
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void A_KPIs_description_is_its_catalogue_entry_followed_by_what_the_cell_returns()
    {
        // The one source of a KPI's wording is the catalogue: a catalogue change without a fresh
        // generation (docs/tooling/generate-worksheet-descriptions.cs) fails here as well as in CI.
        var withId = KpiFunctions.Describe().Where(f => f.KpiId is not null).ToList();
        Assert.True(withId.Count >= KpiCatalog.All.Count - CatalogueOnlyKpis.Ids.Count, $"only {withId.Count} functions name a catalogue id");
        foreach (var function in withId)
        {
            var definition = KpiCatalog.Get(function.KpiId!);
            var head = $"{definition.EnglishName} ({definition.Unit}): {definition.Formula.TrimEnd('.')}. ";
            Assert.StartsWith(head, function.Description, StringComparison.Ordinal);
            Assert.True(function.Description.Length > head.Length, $"{function.Name}: nothing says what the cell returns");

            // The function of an id is KPI.<ID>, or KPI.<ID>_FROM_<INPUT> for another input shape of it.
            var primary = "KPI." + definition.Id.ToUpperInvariant();
            Assert.True(
                function.Name == primary || function.Name.StartsWith(primary + "_FROM_", StringComparison.Ordinal),
                $"{function.Name} names the id {definition.Id} but is not {primary} or {primary}_FROM_...");
        }

        foreach (var definition in KpiCatalog.All.Where(d => !CatalogueOnlyKpis.Ids.Contains(d.Id)))
        {
            Assert.Equal(definition.Id, Registry.ByName["KPI." + definition.Id.ToUpperInvariant()].KpiId);
        }
    }

    [Fact]
    public void A_function_without_catalogue_id_is_described_by_its_own_words()
    {
        // Parts of a table-shaped KPI, bands and tracking tools: no catalogue text to start with.
        var catalogueHeads = KpiCatalog.All.Select(d => d.EnglishName + " (").ToList();
        foreach (var function in KpiFunctions.Describe().Where(f => f.KpiId is null))
        {
            Assert.DoesNotContain(catalogueHeads, head => function.Description.StartsWith(head, StringComparison.Ordinal));
            Assert.True(char.IsUpper(function.Description[0]), function.Description);
        }

        Assert.Equal("The band of a payback period in months: Excellent (below 2), Good (2 to 6), Challenge (above 6). The level's name.", Registry.ByName["KPI.PAYBACK_PERIOD_LEVEL"].Description);
    }

    [Fact]
    public void Argument_descriptions_come_from_the_XML_docs_of_the_parameters()
    {
        var cac = Registry.ByName["KPI.CAC"];
        Assert.Equal("KPI.CAC(sales_costs, [marketing_costs], new_customers)", cac.ToString());
        Assert.Equal("Sales costs of the period (salaries, commissions, tools, events), not negative.", cac.Arguments[0].Description);
        Assert.True(cac.Arguments[1].IsOptional);

        // A parameter documented once and shared through <inheritdoc/> has the same words everywhere.
        var period = Registry.ByName["KPI.CALLS"].Arguments[1].Description;
        foreach (var name in new[] { "KPI.EMAILS_SENT", "KPI.MEETINGS_HELD", "KPI.OPPORTUNITIES_CREATED", "KPI.LEADS_CONTACTED", "KPI.QUALIFIED_MEETINGS" })
        {
            Assert.Equal(period, Registry.ByName[name].Arguments[1].Description);
        }

        Assert.Equal(Registry.ByName["KPI.FUNNEL"].Arguments[0].Description, Registry.ByName["KPI.FUNNEL_BOTTLENECK_NAME"].Arguments[0].Description);
        Assert.Equal(Registry.ByName["KPI.DRIFT_STATUS"].Arguments[3].Description, Registry.ByName["KPI.DRIFT_REQUIRES_ADJUSTMENT"].Arguments[2].Description);
    }

    [Fact]
    public void Every_catalogue_id_has_a_function_named_after_it_and_the_not_scalar_list_is_exactly_the_table_shaped_ids()
    {
        var missing = KpiCatalog.All
            .Where(d => !CatalogueOnlyKpis.Ids.Contains(d.Id))
            .Select(d => "KPI." + d.Id.ToUpperInvariant())
            .Concat(["KPI.CHANGE", "KPI.NET_ROI", "KPI.PROGRESS", "KPI.POINTS_CHANGE", "KPI.TARGET", "KPI.DRIFT"])
            .Where(name => !Registry.ByName.ContainsKey(name))
            .ToList();
        Assert.True(missing.Count == 0, "No worksheet function for: " + string.Join(", ", missing));

        ResultKind[] tableShaped = [ResultKind.MoneyPerGroup, ResultKind.RateTable, ResultKind.Funnel, ResultKind.RateMix];
        var expected = KpiCatalog.All.Where(d => tableShaped.Contains(d.ResultKind)).Select(d => d.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, NotScalar.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_catalogue_id_has_a_worked_example()
    {
        var covered = typeof(KpiFunctionsExampleTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes<KpiTestAttribute>())
            .Select(a => a.KpiId)
            .ToHashSet(StringComparer.Ordinal);
        var missing = KpiCatalog.All.Select(d => d.Id).Where(id => !covered.Contains(id) && !CatalogueOnlyKpis.Ids.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "No worked example for: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_catalogue_only_kpis_are_exactly_the_predictive_family_and_have_no_function()
    {
        // Summaries and model fits have no native spreadsheet formula and no one-cell result; the per-customer
        // model functions wait for their native formulas (a hypergeometric series) and LibreOffice comparison.
        Assert.Equal(KpiCatalog.InFamily(KpiFamily.Predictive).Select(d => d.Id), CatalogueOnlyKpis.Ids);
        Assert.All(CatalogueOnlyKpis.Ids, id => Assert.DoesNotContain(KpiFunctions.Describe(), f => f.KpiId == id));
        Assert.All(CatalogueOnlyKpis.Ids, id => Assert.False(Registry.ByName.ContainsKey("KPI." + id.ToUpperInvariant()), id));
    }

    [Fact]
    public void Docs_excel_md_lists_every_function_with_its_arguments()
    {
        var docs = System.IO.File.ReadAllText(RepositoryFiles.PathOf("docs", "excel.md"));
        var missing = KpiFunctions.Describe().Select(f => $"`{f}`").Where(signature => !docs.Contains(signature, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/excel.md does not list: " + string.Join(", ", missing));
        Assert.Contains("[excel.md](excel.md)", System.IO.File.ReadAllText(RepositoryFiles.PathOf("docs", "index.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_function_has_a_valid_call_and_it_returns_no_error()
    {
        Assert.Equal(Registry.ByName.Keys.Order(StringComparer.Ordinal), Registry.ValidCalls.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, arguments) in Registry.ValidCalls)
        {
            var result = Registry.Call(name, arguments);
            Assert.False(WorksheetErrors.IsError(result), $"{name} returned {result} for its valid call");
        }
    }

    [Fact]
    public void No_exception_escapes_any_function_whatever_the_arguments()
    {
        var calls = 0;
        foreach (var method in Registry.Methods)
        {
            var parameters = method.GetParameters();
            var name = method.GetCustomAttribute<WorksheetFunctionAttribute>()!.Name;
            var valid = Registry.ValidCalls[name];
            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var junk in Junk(parameters[i].ParameterType))
                {
                    var arguments = (object?[])valid.Clone();
                    arguments[i] = junk;
                    AssertWorksheetValue(name, Invoke(method, arguments));
                    calls++;
                }
            }

            // Every argument junk at once, position by position through the list.
            var lists = parameters.Select(p => Junk(p.ParameterType).ToList()).ToList();
            for (var k = 0; k < lists.Max(l => l.Count); k++)
            {
                AssertWorksheetValue(name, Invoke(method, [.. lists.Select(l => l[k % l.Count])]));
                calls++;
            }
        }

        Assert.True(calls > 2_000, $"only {calls} calls");
    }

    private static object? Invoke(MethodInfo method, object?[] arguments)
    {
        try
        {
            return Registry.Invoke(method, arguments);
        }
        catch (Exception exception)
        {
            Assert.Fail($"{method.Name}({string.Join(", ", arguments.Select(Show))}) threw {exception}");
            return null;
        }
    }

    private static void AssertWorksheetValue(string name, object? result)
    {
        switch (result)
        {
            case double number:
                Assert.True(double.IsFinite(number), $"{name} returned {number}");
                break;
            case bool:
                break;
            case string text:
                Assert.True(!text.StartsWith('#') || WorksheetErrors.IsError(text), $"{name} returned '{text}', which looks like an error but is not one");
                break;
            case object[,] array:
                foreach (var cell in array)
                {
                    Assert.False(cell is object[,], $"{name} returned a nested array");
                    AssertWorksheetValue(name, cell);
                }

                break;
            default:
                Assert.Fail($"{name} returned {result?.GetType().Name ?? "null"}");
                break;
        }
    }

    private static IEnumerable<object?> Junk(Type type)
    {
        if (type == typeof(object[,]))
        {
            yield return null;
            yield return new object[0, 0];
            yield return new object[1, 1];
            foreach (var cell in ScalarJunk().Where(c => c is not object[,]))
            {
                yield return new object?[,] { { cell } };
                yield return new object?[,] { { 1d, cell }, { cell, 2d } };
            }

            yield return new object?[,] { { 1d, 2d, 3d }, { 4d, 5d, 6d }, { 7d, null, "x" } };
            yield return new object?[,] { { 45_000d }, { 46_000d }, { 2_958_465d } };
            yield return new object?[,] { { "a", "b" }, { "a", "b" } };
        }
        else
        {
            foreach (var value in ScalarJunk())
            {
                yield return value;
            }
        }
    }

    private static IEnumerable<object?> ScalarJunk() =>
    [
        null, DBNull.Value, string.Empty, " ", "abc", "#N/A", "#DIV/0!", "2026-03", "2026-13", "higher", "cpl", true, false,
        "3", " -2.5 ", "12.5%", "1e400", "-1e400", "1e-400", "1,5", "NaN", "Infinity", "2026-03-01", "2026-02-30", ".", "+", "%", "60", "-1",
        0d, -0d, 1d, -1d, 2.5, 0.5, 1e-30, 1e28, 7.9e28, 1e300, -1e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity,
        double.MaxValue, double.Epsilon, 60d, 2_958_466d, 9_223_372_036_854_775_807d, int.MaxValue, long.MinValue, decimal.MaxValue, 3f,
        DateTime.MinValue, DateTime.MaxValue, new DateOnly(2026, 3, 1), TimeSpan.FromHours(1),
        System.Reflection.Missing.Value, new ExcelDna.Integration.ExcelMissing(), new ExcelDna.Integration.ExcelEmpty(), ExcelDna.Integration.ExcelError.ExcelErrorRef,
        new object(), new object[,] { { 1d, 2d } }, new object[,] { { 5d } }, new object[0, 0], new double[] { 1, 2 }, new[] { 1d },
    ];

    private static string Show(object? value) => value switch
    {
        null => "null",
        object[,] range => $"range[{range.GetLength(0)}x{range.GetLength(1)}]",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>KPI.LTV_TO_CAC -> LtvToCac: the part after "KPI.", split on underscores, each word capitalised.</summary>
    private static string PascalCase(string name) =>
        string.Concat(name["KPI.".Length..].Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private sealed class MethodOrder : IComparer<MethodInfo>
    {
        public static readonly MethodOrder Instance = new();

        public int Compare(MethodInfo? x, MethodInfo? y) => string.CompareOrdinal(x?.Name, y?.Name);
    }

    [GeneratedRegex(@"^KPI\.[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex WorksheetName();

    [GeneratedRegex(@"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex ArgumentName();
}
