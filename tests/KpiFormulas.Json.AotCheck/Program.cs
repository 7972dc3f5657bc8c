using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KpiFormulas;
using KpiFormulas.Aggregation;
using KpiFormulas.Catalog;
using KpiFormulas.Formulas;
using KpiFormulas.Json;

// Each line: a value, its exact JSON (the texts of docs/json.md), written and read back through the
// context alone, in a native AOT build where reflection-based serialization is off.
var failures = 0;
var context = KpiJsonContext.Default;
var web = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = context };

Check("Money", Money.Euros(1550.00m), context.Money, """{"amount":1550.00,"currency":"EUR"}""");
Check("KpiResult undefined", Acquisition.CustomerAcquisitionCost(Money.Euros(3_000m), Money.Euros(1_000m), 0), context.KpiResultMoney,
    """{"kpiId":"cac","reason":"ZeroDenominator","explanation":"\u0027newCustomers\u0027 is zero."}""");
Check("Change of rates", Change.Between(Rate.FromPercent(8m), Rate.FromPercent(3m)), context.ChangeRatePercentagePoints,
    """{"before":0.08,"after":0.03,"absolute":-5,"relative":{"kpiId":"change","value":-0.625}}""");
var funnel = Conversion.Funnel([new("lead", 1000), new("MQL", 400)]);
Check("KpiResult of a step", funnel.Bottleneck, context.KpiResultFunnelStep,
    """{"kpiId":"funnel","value":{"from":{"name":"lead","count":1000},"to":{"name":"MQL","count":400},"rate":{"kpiId":"stage_conversion","value":0.4}}}""");
CheckText("Funnel", funnel, context.Funnel,
    """{"stages":[{"name":"lead","count":1000},{"name":"MQL","count":400}],"steps":[{"from":{"name":"lead","count":1000},"to":{"name":"MQL","count":400},"rate":{"kpiId":"stage_conversion","value":0.4}}],"overallRate":{"kpiId":"funnel","value":0.4},"bottleneck":{"kpiId":"funnel","value":{"from":{"name":"lead","count":1000},"to":{"name":"MQL","count":400},"rate":{"kpiId":"stage_conversion","value":0.4}}}}""");
CheckText("BandSet", Efficiency.LtvToCacBands, context.BandSetRatioLtvToCacHealth,
    """{"kpiId":"ltv_to_cac","bands":[{"level":"LosingMoney","lower":null,"lowerInclusive":false,"upper":1,"upperInclusive":false},{"level":"BreakEven","lower":1,"lowerInclusive":true,"upper":1,"upperInclusive":true},{"level":"BelowHealthy","lower":1,"lowerInclusive":false,"upper":3,"upperInclusive":false},{"level":"Healthy","lower":3,"lowerInclusive":true,"upper":null,"upperInclusive":false}]}""");
Check("Level", LtvToCacHealth.Healthy, context.LtvToCacHealth, "\"Healthy\"");
CheckText("ActivityCountDictionary", Activity.CountByPersonAndPeriod([("ana", new DateOnly(2026, 3, 2)), ("ben", new DateOnly(2026, 4, 1))], PeriodUnit.Month),
    context.ActivityCountDictionaryString, """{"people":["ana","ben"],"periods":["2026-03","2026-04"],"counts":[[1,0],[0,1]]}""");
Check("NpsState", new NpsState(50, 32, 18), context.NpsState, """{"promoters":50,"passives":32,"detractors":18}""");

foreach (var definition in KpiCatalog.All)
{
    var json = JsonSerializer.Serialize(definition, context.KpiDefinition);
    if (!ReferenceEquals(definition, JsonSerializer.Deserialize(json, context.KpiDefinition)))
    {
        Fail($"KpiDefinition {definition.Id}: did not read back as the catalogue's instance.");
    }
}

Console.WriteLine($"{KpiCatalog.All.Count} definitions and 9 shapes through KpiJsonContext under native AOT: {failures} failed.");
return failures == 0 ? 0 : 1;

void Check<T>(string name, T value, JsonTypeInfo<T> info, string expected)
{
    CheckText(name, value, info, expected);
    if (!Equals(value, JsonSerializer.Deserialize(expected, info)))
    {
        Fail($"{name}: did not read back to an equal value.");
    }
}

void CheckText<T>(string name, T value, JsonTypeInfo<T> info, string expected)
{
    foreach (var text in new[] { JsonSerializer.Serialize(value, info), JsonSerializer.Serialize(value, (JsonTypeInfo<T>)web.GetTypeInfo(typeof(T))) })
    {
        if (text != expected)
        {
            Fail($"{name}: wrote {text}, expected {expected}.");
        }
    }

    var back = JsonSerializer.Deserialize(expected, info);
    if (JsonSerializer.Serialize(back!, info) != expected)
    {
        Fail($"{name}: did not read back to the same JSON.");
    }
}

void Fail(string message)
{
    failures++;
    Console.WriteLine("FAIL " + message);
}
