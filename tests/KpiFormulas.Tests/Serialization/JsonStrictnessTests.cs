using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using KpiFormulas.Json;
using Xunit;

namespace KpiFormulas.Tests.Serialization;

/// <summary>
/// Reading refuses what is not exactly one documented form, with a <see cref="JsonException"/> that
/// names the member; and every public type a service returns has a documented form in the context.
/// </summary>
public class JsonStrictnessTests
{
    private const string Lead = """{"name":"lead","count":1000}""";
    private const string Mql = """{"name":"MQL","count":400}""";

    public static TheoryData<string, Type, string, string> Refused => new()
    {
        // name, type, JSON, a fragment of the message
        { "unknown member", typeof(FunnelStage), """{"name":"lead","count":1000,"extra":1}""", "'extra' is not a member of a FunnelStage" },
        { "missing member", typeof(FunnelStage), """{"name":"lead"}""", "needs 'count'" },
        { "repeated member", typeof(FunnelStage), """{"name":"lead","count":1,"count":2}""", "'count' appears twice" },
        { "count as text", typeof(FunnelStage), """{"name":"lead","count":"1000"}""", "'count' must be a whole JSON number" },
        { "fractional count", typeof(FunnelStage), """{"name":"lead","count":1.5}""", "'count' must be a whole JSON number" },
        { "null name", typeof(FunnelStage), """{"name":null,"count":1}""", "'name' must be a JSON string" },
        { "not an object", typeof(FunnelStage), """["lead",1000]""", "must be a JSON object" },
        { "step rate contradicting the counts", typeof(FunnelStep), $$$"""{"from":{{{Lead}}},"to":{{{Mql}}},"rate":{"kpiId":"stage_conversion","value":0.5}}""", "'rate' is" },
        { "rising funnel", typeof(Funnel), $$$"""{"stages":[{{{Mql}}},{{{Lead}}}],"steps":[],"overallRate":{"kpiId":"funnel","value":1},"bottleneck":{"kpiId":"funnel","value":null}}""", "Funnel:" },
        { "overall rate contradicting the stages", typeof(Funnel),
            """{"stages":[""" + Lead + "," + Mql + """],"steps":[{"from":""" + Lead + ""","to":""" + Mql + ""","rate":{"kpiId":"stage_conversion","value":0.4}}],"overallRate":{"kpiId":"funnel","value":0.5},"bottleneck":{"kpiId":"funnel","value":{"from":""" + Lead + ""","to":""" + Mql + ""","rate":{"kpiId":"stage_conversion","value":0.4}}}}""",
            "'overallRate' is" },
        { "relative change contradicting before and after", typeof(Change<decimal, decimal>), """{"before":32,"after":48,"absolute":16,"relative":{"kpiId":"change","value":0.4}}""", "'relative' is" },
        { "absolute change contradicting before and after", typeof(Change<decimal, decimal>), """{"before":32,"after":48,"absolute":15,"relative":{"kpiId":"change","value":0.5}}""", "'absolute' is" },
        { "two currencies in a change", typeof(Change<Money, Money>), """{"before":{"amount":1,"currency":"EUR"},"after":{"amount":1,"currency":"USD"},"absolute":{"amount":0,"currency":"EUR"},"relative":{"kpiId":"change","value":0}}""", "Change:" },
        { "adjustment within the tolerance", typeof(DriftCheck), """{"relativeGap":{"kpiId":"drift","value":-0.05},"tolerance":0.1,"status":"BehindTarget","requiresAdjustment":true}""", "'requiresAdjustment'" },
        { "negative tolerance", typeof(DriftCheck), """{"relativeGap":{"kpiId":"drift","value":-0.2},"tolerance":-0.1,"status":"BehindTarget","requiresAdjustment":true}""", "'tolerance'" },
        { "verdict contradicting the count", typeof(DashboardSizeAdvice), """{"scope":"Team","kpiCount":9,"recommendedMaximum":7,"verdict":"WithinRecommendation"}""", "'verdict' is" },
        { "negative KPI count", typeof(DashboardSizeAdvice), """{"scope":"Team","kpiCount":-1,"recommendedMaximum":7,"verdict":"WithinRecommendation"}""", "DashboardSizeAdvice:" },
        { "level as a number", typeof(DashboardSizeAdvice), """{"scope":1,"kpiCount":9,"recommendedMaximum":7,"verdict":"AboveRecommendation"}""", "must be a JSON string" },
        { "driver repeated", typeof(NorthStar), """{"metric":"orders","drivers":["traffic","traffic"]}""", "NorthStar:" },
        { "count above the cohort size", typeof(CohortRetentionTable), """{"cohorts":["2026-01"],"activeCustomers":[[100,120]]}""", "CohortRetentionTable:" },
        { "a row per cohort", typeof(CohortRetentionTable), """{"cohorts":["2026-01","2026-02"],"activeCustomers":[[100,50]]}""", "CohortRetentionTable:" },
        { "run longer than the data", typeof(MultiYearRetentionTable), """{"firstYear":2023,"maxConsecutiveYears":3,"customers":[[2,1,1],[2,1,1],[1]]}""", "must hold 2 counts" },
        { "longer run above a shorter one", typeof(MultiYearRetentionTable), """{"firstYear":2023,"maxConsecutiveYears":3,"customers":[[2,3,1],[2,1],[1]]}""", "must not exceed" },
        { "person without an event", typeof(ActivityCountDictionary<string>), """{"people":["ana","ben"],"periods":["2026-03"],"counts":[[2],[0]]}""", "has no event" },
        { "periods of two units", typeof(ActivityCountDictionary<string>), """{"people":["ana"],"periods":["2026-03","2026-Q2"],"counts":[[2,1]]}""", "one unit" },
        { "shares not adding up to 100 %", typeof(TimeReinvestmentMix), """{"shares":[{"use":"selling","share":0.5},{"use":"training","share":0.25}]}""", "TimeReinvestmentMix:" },
        { "band set with a gap", typeof(BandSet<Ratio, LtvToCacHealth>), """{"kpiId":"ltv_to_cac","bands":[{"level":"LosingMoney","lower":null,"lowerInclusive":false,"upper":1,"upperInclusive":false},{"level":"Healthy","lower":2,"lowerInclusive":true,"upper":null,"upperInclusive":false}]}""", "'bands' is" },
        { "unknown level", typeof(Band<Ratio, LtvToCacHealth>), """{"level":"Great","lower":null,"lowerInclusive":false,"upper":null,"upperInclusive":false}""", "'Great' is not a LtvToCacHealth" },
        { "definition not in the catalogue", typeof(KpiDefinition), """{"id":"profit","family":"Efficiency","englishName":"","frenchName":"","formula":"","unit":"","resultKind":"Ratio","direction":"HigherIsBetter","bands":null,"undefinedWhen":"","references":[],"calculator":""}""", "'profit' is not a KPI id" },
        { "definition differing from the catalogue", typeof(KpiDefinition), """{"id":"nps","family":"Satisfaction","englishName":"NPS","frenchName":"","formula":"","unit":"","resultKind":"Score","direction":"HigherIsBetter","bands":null,"undefinedWhen":"","references":[],"calculator":""}""", "'englishName' is" },
        { "score contradicting the counts", typeof(NpsResult), """{"promoters":2,"passives":1,"detractors":1,"score":{"kpiId":"nps","value":50}}""", "'score' is" },
        { "groups not adding up", typeof(RevenueResult), """{"total":{"revenue":{"amount":10,"currency":"EUR"},"orders":1,"averageOrderValue":{"kpiId":"average_order_value","value":{"amount":10,"currency":"EUR"}}},"groups":[{"revenue":{"amount":5,"currency":"EUR"},"orders":1,"averageOrderValue":{"kpiId":"average_order_value","value":{"amount":5,"currency":"EUR"}}}]}""", "add up" },
        { "state count out of range", typeof(NpsState), """{"promoters":1e30,"passives":0,"detractors":0}""", "'promoters' must be a whole JSON number" },
        { "weekly uses above a byte", typeof(AdoptionState), """{"userCount":1,"firstWeek":"2026-W10","weekCount":1,"weeklyUses":[256]}""", "'weeklyUses'[0] must be a whole JSON number from 0 to 255" },
        { "amount beyond decimal", typeof(RevenueState), """{"currency":"EUR","keyCount":0,"total":1e40,"orders":0,"minorUnitsTotal":0,"minorUnitOrders":0,"keyTotals":[],"keyOrders":[],"keyMinorUnitsTotals":[],"keyMinorUnitOrders":[]}""", "'total' must be a JSON number within the range of decimal" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Json_that_is_not_one_documented_form_is_refused_naming_the_member(string name, Type type, string json, string message)
    {
        foreach (var options in JsonShapeTests.OptionNames)
        {
            var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type, JsonShapeTests.Options(options)));
            Assert.True(e.Message.Contains(message, StringComparison.Ordinal), $"{name} ({options}): '{e.Message}' does not say '{message}'.");
        }
    }

    [Fact]
    public void Member_names_are_matched_as_the_options_say_exactly_by_default_ignoring_case_under_Web()
    {
        const string Json = """{"Promoters":1,"passives":0,"detractors":0}""";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<NpsState>(Json));
        Assert.Contains("'Promoters' is not a member of a NpsState", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, JsonSerializer.Deserialize<NpsState>(Json, JsonSerializerOptions.Web)!.Promoters);
    }

    [Fact]
    public void A_refusal_inside_a_document_carries_the_path_to_the_value()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, FunnelStage[]>>("""{"march":[{"name":"lead","count":1},{"name":"won","count":"1"}]}"""));
        Assert.Equal("$.march[1]", e.Path);
        Assert.Contains("FunnelStage 'count'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_exact_decimals_never_doubles()
    {
        // 0.1 + 0.2 is 0.3 in decimal and 0.30000000000000004 in double; 28 digits survive the trip.
        var rate = Rate.FromFraction(0.1234567890123456789012345678m);
        Assert.Equal("0.1234567890123456789012345678", JsonSerializer.Serialize(rate, KpiJsonContext.Default.Rate));
        var change = JsonSerializer.Deserialize("""{"before":0.1,"after":0.3,"absolute":0.2,"relative":{"kpiId":"change","value":2}}""", KpiJsonContext.Default.ChangeDecimalDecimal);
        Assert.Equal(0.2m, change.Absolute);
    }

    /// <summary>
    /// The public types that are not values a service returns: the calculators' static classes,
    /// interfaces, exceptions, accumulators (their State is), the context itself.
    /// </summary>
    private static bool IsReturnedValue(Type type) =>
        !(type.IsAbstract && type.IsSealed)
        && !type.IsInterface
        && !typeof(Exception).IsAssignableFrom(type)
        && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(JsonSerializerContext).IsAssignableFrom(type)
        && !type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IMergeable<>));

    public static TheoryData<Type> ReturnedTypes => [.. typeof(Money).Assembly.GetExportedTypes().Where(IsReturnedValue).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ReturnedTypes))]
    public void Every_public_type_a_service_returns_has_a_documented_JSON_form_in_the_context(Type type)
    {
        // A deliberate form: a converter of the library's own, declared on the type.
        Assert.True(type.GetCustomAttribute<JsonConverterAttribute>() is not null, $"{type.Name} has no [JsonConverter]: give it its one JSON form.");

        // Served by the source-generated context, for trimmed and AOT apps: a generic type through each closure the library uses.
        var covered = ContextTypes.Any(t => t == type || (type.IsGenericTypeDefinition && t.IsGenericType && t.GetGenericTypeDefinition() == type));
        Assert.True(covered, $"{type.Name} is not in KpiJsonContext: add [JsonSerializable(typeof({type.Name}))].");

        // And its exact text is asserted by JsonShapeTests.
        var shown = JsonShapeTests.Shapes.Values.Any(s => s.Type == type || (type.IsGenericTypeDefinition && s.Type.IsGenericType && s.Type.GetGenericTypeDefinition() == type))
            || type.IsEnum;
        Assert.True(shown, $"{type.Name} has no row in JsonShapeTests.Shapes: show its exact JSON.");
    }

    [Fact]
    public void Every_type_the_context_names_resolves_without_reflection()
    {
        foreach (var type in ContextTypes)
        {
            Assert.NotNull(JsonShapeTests.ContextOnly.GetTypeInfo(type));
        }
    }

    // The types named by [JsonSerializable] on the context, read from its generated properties.
    private static readonly Type[] ContextTypes =
        [.. typeof(KpiJsonContext).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(System.Text.Json.Serialization.Metadata.JsonTypeInfo<>))
            .Select(t => t.GetGenericArguments()[0])];
}
