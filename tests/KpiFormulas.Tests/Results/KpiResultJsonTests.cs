using System;
using System.Text.Json;
using KpiFormulas.Formulas;
using Xunit;

namespace KpiFormulas.Tests.Results;

public class KpiResultJsonTests
{
    public static TheoryData<string> OptionsNames => ["default", "web"];

    private static JsonSerializerOptions Options(string name) => name == "web" ? JsonSerializerOptions.Web : JsonSerializerOptions.Default;

    [Theory]
    [MemberData(nameof(OptionsNames))]
    public void A_defined_result_is_its_id_and_its_value(string options)
    {
        var cac = KpiResult.Defined(KpiIds.Cac, Money.Euros(708.33m));
        var json = JsonSerializer.Serialize(cac, Options(options));
        Assert.Equal("""{"kpiId":"cac","value":{"amount":708.33,"currency":"EUR"}}""", json);
        Assert.Equal(cac, JsonSerializer.Deserialize<KpiResult<Money>>(json, Options(options)));
    }

    [Theory]
    [MemberData(nameof(OptionsNames))]
    public void An_undefined_result_is_its_id_its_reason_and_its_explanation(string options)
    {
        var cac = KpiResult.Undefined<Money>(KpiIds.Cac, UndefinedReason.ZeroDenominator, "No new customer in the period.");
        var json = JsonSerializer.Serialize(cac, Options(options));
        Assert.Equal("""{"kpiId":"cac","reason":"ZeroDenominator","explanation":"No new customer in the period."}""", json);
        var back = JsonSerializer.Deserialize<KpiResult<Money>>(json, Options(options));
        Assert.Equal(cac, back);
        Assert.False(back.IsDefined);
        Assert.Equal(UndefinedReason.ZeroDenominator, back.Reason);
        Assert.Equal("No new customer in the period.", back.Explanation);
    }

    [Theory]
    [MemberData(nameof(OptionsNames))]
    public void Results_of_every_value_kind_round_trip_defined_or_not(string options)
    {
        var o = Options(options);
        RoundTrip(Acquisition.CustomerAcquisitionCost(Money.Euros(3_000m), Money.Euros(1_000m), 0), o);   // zero new customers: undefined
        RoundTrip(Acquisition.CustomerAcquisitionCost(Money.Euros(3_000m), Money.Euros(1_000m), 8), o);   // 500 € a customer
        RoundTrip(Conversion.ConversionRate(12, 100), o);
        RoundTrip(Conversion.ConversionRate(0, 0), o);
        RoundTrip(KpiResult.Defined(KpiIds.LtvToCac, new Ratio(3.2m)), o);
        RoundTrip(KpiResult.Defined(KpiIds.AverageHandlingTime, TimeSpan.FromMinutes(45)), o);
        RoundTrip(KpiResult.Defined(KpiIds.Nps, 16m), o);
        RoundTrip(default(KpiResult<Rate>), o);
    }

    [Theory]
    [InlineData("""{"kpiId":"cac","value":{"amount":1,"currency":"EUR"},"reason":"ZeroDenominator"}""")]
    [InlineData("""{"kpiId":"cac"}""")]
    [InlineData("""{"value":{"amount":1,"currency":"EUR"}}""")]
    [InlineData("""{"kpiId":"cac","reason":42}""")]
    [InlineData("""{"kpiId":"cac","reason":"42"}""")]
    [InlineData("""{"kpiId":"cac","reason":"NoSuchReason"}""")]
    [InlineData("""{"kpiId":"cac","reason":"zerodenominator"}""")]
    [InlineData("""{"kpiId":"cac","value":{"amount":1,"currency":"EUR"},"explanation":"why"}""")]
    [InlineData("""{"kpiId":"cac","value":{"amount":1,"currency":"EUR"},"isDefined":true}""")]
    [InlineData("""{"kpiId":7,"value":{"amount":1,"currency":"EUR"}}""")]
    [InlineData("""{"kpiId":"cac","value":{"amount":1,"currency":"EUR"},"value":{"amount":2,"currency":"EUR"}}""")]
    [InlineData("""{"kpiId":"cac","kpiId":"cpl","value":{"amount":1,"currency":"EUR"}}""")]
    [InlineData("""[]""")]
    public void Json_that_is_not_one_result_is_refused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<KpiResult<Money>>(json));

    private static void RoundTrip<T>(KpiResult<T> result, JsonSerializerOptions options)
        where T : struct
    {
        var back = JsonSerializer.Deserialize<KpiResult<T>>(JsonSerializer.Serialize(result, options), options);
        Assert.Equal(result, back);
        Assert.Equal(result.Explanation, back.Explanation);
        Assert.Equal(result.Reason, back.Reason);
    }
}
