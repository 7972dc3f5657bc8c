using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Tests.Support;
using Xunit;

namespace KpiFormulas.Tests.Catalog;

public class CatalogTests
{
    // The ids of sections 1 to 7 of KPI-CATALOGUE.md (61), copied from that file in its order.
    private static readonly string[] SectionIds =
    [
        "cac", "cac_by_channel", "cac_from_lead_cost", "cpl", "cost_per_qualified_lead", "time_per_lead", "time_to_convert",
        "conversion_rate", "stage_conversion", "funnel", "quote_to_order_rate", "meeting_booking_rate", "mql_to_sql_rate",
        "lead_to_sql_rate", "lead_to_opportunity_rate", "closing_rate", "qualified_lead_rate", "response_rate", "open_rate",
        "instant_payment_rate",
        "revenue", "average_order_value", "average_deal_size", "customer_lifetime_value", "additional_revenue_from_capacity",
        "sales_cycle_length", "ltv_to_cac", "average_handling_time", "average_response_time", "self_service_rate",
        "follow_ups_per_invoice",
        "retention_rate", "churn_rate", "multi_year_retention", "cohort_retention", "session_duration", "usage_frequency",
        "feature_time_share", "adoption_rate", "inactive_users",
        "project_roi", "marketing_roi", "time_saved", "cost_per_hour_saved", "value_of_time_saved", "net_monthly_saving",
        "payback_period", "errors_avoided", "errors_avoided_value", "nps", "complaint_rate", "mental_load_change",
        "capacity_increase", "time_reinvestment_mix", "roi_monthly",
        "calls", "emails_sent", "meetings_held", "opportunities_created", "leads_contacted", "qualified_meetings",
    ];

    // Every id of the catalogue as it stands: the families added after the sections pin their own ids
    // in their test files, so adding a KPI touches its family and its test file only.
    private static readonly string[] CatalogueIds = [.. KpiCatalog.All.Select(d => d.Id)];

    [Fact]
    public void The_catalogue_holds_the_61_ids_of_sections_1_to_7_and_unique_ids_grouped_by_family()
    {
        Assert.Equal(61, SectionIds.Length);
        Assert.Subset(CatalogueIds.ToHashSet(StringComparer.Ordinal), SectionIds.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(CatalogueIds.Length, CatalogueIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enum.GetValues<KpiFamily>(), family => Assert.NotEmpty(KpiCatalog.InFamily(family)));
        Assert.Equal(KpiCatalog.All.OrderBy(d => d.Family).Select(d => d.Id), KpiCatalog.All.Select(d => d.Id));
        foreach (var family in Enum.GetValues<KpiFamily>())
        {
            // Within a family the definitions keep the order of the catalogue's sections.
            var expected = SectionIds.Where(id => KpiCatalog.Get(id).Family == family);
            Assert.Equal(expected, KpiCatalog.InFamily(family).Select(d => d.Id).Where(SectionIds.Contains));
        }
    }

    [Fact]
    public void Every_id_constant_of_the_catalogue_is_defined_and_the_tool_ids_are_not_entries()
    {
        var constants = typeof(KpiIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Assert.Subset(constants, CatalogueIds.ToHashSet());
        Assert.Subset(constants, SectionIds.ToHashSet());
        foreach (var tool in new[] { KpiIds.Change, KpiIds.NetRoi, KpiIds.TargetProgress, KpiIds.Baseline, KpiIds.Drift })
        {
            Assert.False(KpiCatalog.TryGet(tool, out _));
        }
    }

    [Fact]
    public void Lookup_by_id_and_by_family()
    {
        Assert.Same(KpiCatalog.All[0], KpiCatalog.Get(KpiIds.Cac));
        Assert.True(KpiCatalog.TryGet(KpiIds.Nps, out var nps));
        Assert.Equal(KpiFamily.Satisfaction, nps.Family);
        Assert.False(KpiCatalog.TryGet("nope", out var none));
        Assert.Null(none);
        Assert.False(KpiCatalog.TryGet(null, out _));
        Assert.Contains("nope", Assert.Throws<ArgumentException>(() => KpiCatalog.Get("nope")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => KpiCatalog.Get(null!));
        Assert.Equal(7, KpiCatalog.InFamily(KpiFamily.Acquisition).Count);
        Assert.Equal(6, KpiCatalog.InFamily(KpiFamily.Activity).Count);
        Assert.Equal(KpiCatalog.All.Count, Enum.GetValues<KpiFamily>().Sum(f => KpiCatalog.InFamily(f).Count));
    }

    [Fact]
    public void Every_definition_reaches_a_public_static_calculator_of_its_family_class()
    {
        foreach (var definition in KpiCatalog.All)
        {
            var calculators = Calculators(definition);
            Assert.True(calculators.Count > 0, $"{definition.Id}: no public static {definition.CalculatorType.Name}.{definition.CalculatorMethod}");
            Assert.Equal(definition.Family.ToString(), definition.CalculatorType.Name);
            Assert.Equal("KpiFormulas.Formulas", definition.CalculatorType.Namespace);
        }
    }

    [Fact]
    public void Every_calculator_returns_what_its_result_kind_says()
    {
        foreach (var definition in KpiCatalog.All)
        {
            var returnTypes = Calculators(definition).Select(m => Unwrap(m.ReturnType)).ToList();
            Type[] expected = definition.ResultKind switch
            {
                ResultKind.Money => [typeof(Money)],
                ResultKind.Rate => [typeof(Rate)],
                ResultKind.Ratio => [typeof(Ratio)],
                ResultKind.Duration => [typeof(TimeSpan), typeof(decimal)],
                ResultKind.Count => [typeof(long), typeof(int)],
                ResultKind.Score => [typeof(decimal)],
                _ => [],
            };
            if (expected.Length > 0)
            {
                Assert.True(returnTypes.Any(t => expected.Contains(t)), $"{definition.Id} ({definition.ResultKind}) returns {string.Join(", ", returnTypes)}");
            }
        }
    }

    [Fact]
    public void Every_definition_is_complete()
    {
        foreach (var definition in KpiCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(definition.Formula), definition.Id);
            Assert.False(string.IsNullOrWhiteSpace(definition.Unit), definition.Id);
            Assert.False(string.IsNullOrWhiteSpace(definition.UndefinedWhen), definition.Id);
            Assert.All(definition.References, reference => Assert.False(string.IsNullOrWhiteSpace(reference), definition.Id));
            Assert.True(Enum.IsDefined(definition.Direction));
            Assert.True(Enum.IsDefined(definition.ResultKind));
            Assert.Equal(definition.Id + ": " + definition.EnglishName, definition.ToString());
            if (definition.Bands is { } bands)
            {
                Assert.Equal(definition.Id, bands.KpiId);
            }
        }
    }

    [Fact]
    public void Names_are_given_in_english_and_french()
    {
        var cac = KpiCatalog.Get(KpiIds.Cac);
        Assert.Equal("Customer acquisition cost", cac.EnglishName);
        Assert.Equal("Coût d'acquisition client", cac.FrenchName);
        Assert.Equal("Coût d'acquisition client", cac.GetName(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("Customer acquisition cost", cac.GetName(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("Customer acquisition cost", cac.GetName(CultureInfo.GetCultureInfo("de-DE")));   // no German: English
        Assert.Equal("Taux de fidélisation", KpiCatalog.Get(KpiIds.RetentionRate).FrenchName);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-CA");
            Assert.Equal("Délai de rentabilité", KpiCatalog.Get(KpiIds.PaybackPeriod).Name);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        foreach (var definition in KpiCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(definition.EnglishName), definition.Id);
            Assert.False(string.IsNullOrWhiteSpace(definition.FrenchName), definition.Id);
            Assert.NotEqual(definition.Id, definition.EnglishName);
        }
    }

    [Fact]
    public void Directions_say_whether_a_rise_is_good()
    {
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.Cac).Direction);
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.Cpl).Direction);
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.SalesCycleLength).Direction);
        Assert.Equal(Direction.LowerIsBetter, KpiCatalog.Get(KpiIds.ChurnRate).Direction);
        Assert.Equal(Direction.HigherIsBetter, KpiCatalog.Get(KpiIds.ConversionRate).Direction);
        Assert.Equal(Direction.HigherIsBetter, KpiCatalog.Get(KpiIds.RetentionRate).Direction);
        Assert.Equal(Direction.HigherIsBetter, KpiCatalog.Get(KpiIds.Nps).Direction);
    }

    [Fact]
    public void Bands_are_attached_to_the_six_kpis_with_thresholds()
    {
        var banded = KpiCatalog.All.Where(d => d.Bands is not null).Select(d => d.Id).ToHashSet();
        Assert.Equal(new HashSet<string> { "ltv_to_cac", "adoption_rate", "time_saved", "cost_per_hour_saved", "payback_period", "project_roi" }, banded);
        Assert.Same(Efficiency.LtvToCacBands, KpiCatalog.Get(KpiIds.LtvToCac).Bands);
    }

    [Fact]
    public void Every_catalogue_id_has_a_test_that_names_it()
    {
        var covered = typeof(CatalogTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributes<Xunit.FactAttribute>(inherit: true).Any())
            .SelectMany(m => m.GetCustomAttributes<KpiTestAttribute>())
            .Select(a => a.KpiId)
            .ToHashSet();
        var missing = CatalogueIds.Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "No [KpiTest] for: " + string.Join(", ", missing));
        Assert.Subset(CatalogueIds.ToHashSet(), covered);
    }

    [Fact]
    public void Every_catalogue_id_has_a_docs_section()
    {
        var docs = string.Join("\n", Directory.GetFiles(RepositoryFiles.PathOf("docs", "kpis"), "*.md").Select(File.ReadAllText));
        var missing = CatalogueIds.Where(id => !docs.Contains("## `" + id + "`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "No docs/kpis section for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_tool_of_section_8_has_a_docs_section()
    {
        var targets = File.ReadAllText(RepositoryFiles.PathOf("docs", "kpis", "targets.md"));
        foreach (var tool in new[] { "change", "baseline", "target", "target_progress", "drift", "direction", "north_star", "dashboard_size" })
        {
            Assert.Contains("## `" + tool + "`", targets, StringComparison.Ordinal);
        }
    }

    private static Type Unwrap(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KpiResult<>) ? type.GetGenericArguments()[0] : type;

    private static List<MethodInfo> Calculators(KpiDefinition definition) =>
        definition.CalculatorType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => string.Equals(method.Name, definition.CalculatorMethod, StringComparison.Ordinal))
            .ToList();
}
