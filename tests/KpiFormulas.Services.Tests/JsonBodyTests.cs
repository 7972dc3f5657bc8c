using System;
using System.Text.Json;
using System.Threading.Tasks;
using KpiFormulas.Services.Tests.Support;
using Xunit;

namespace KpiFormulas.Services.Tests;

/// <summary>
/// The value types in JSON bodies, read and written by the library's converters under ASP.NET
/// Core's web defaults (camelCase names): Money <c>{"amount":1550.00,"currency":"EUR"}</c>, Rate the
/// fraction <c>0.25</c>, PercentagePoints the points, Ratio x of x:1, Period <c>"2026-03"</c>,
/// Currency <c>"EUR"</c>. Answers are compared as exact text.
/// </summary>
[Collection(SharedSampleApi.Name)]
public class JsonBodyTests(SampleApiFactory factory) : SampleApiTests(factory)
{
    [Fact]
    public async Task Net_saving_reads_money_objects_and_writes_money_back()
    {
        // 50 h * 35.00 EUR - 200.00 EUR = 1 750.00 - 200.00 = 1 550.00 EUR; the scale of the inputs is kept.
        var response = await PostJsonAsync(
            "/kpi/net-saving",
            """{"hoursSaved":50,"hourlyValue":{"amount":35.00,"currency":"EUR"},"monthlyCost":{"amount":200.00,"currency":"EUR"}}""");
        await AssertJsonAsync("""{"amount":1550.00,"currency":"EUR"}""", response);
    }

    [Fact]
    public async Task Money_also_reads_its_invariant_text_form_and_any_property_order()
    {
        // 12.5 h * 48.40 CHF = 605.000 CHF; 605.000 - 99.90 = 505.100 CHF.
        var response = await PostJsonAsync(
            "/kpi/net-saving",
            """{"monthlyCost":{"currency":"chf","amount":99.90},"hourlyValue":"CHF 48.40","hoursSaved":12.5}""");
        await AssertJsonAsync("""{"amount":505.100,"currency":"CHF"}""", response);
    }

    [Fact]
    public async Task The_answer_reads_back_into_the_library_types()
    {
        var response = await PostJsonAsync(
            "/kpi/net-saving",
            """{"hoursSaved":50,"hourlyValue":{"amount":35.00,"currency":"EUR"},"monthlyCost":{"amount":200.00,"currency":"EUR"}}""");
        var money = JsonSerializer.Deserialize<Money>(await response.Content.ReadAsStringAsync());
        Assert.Equal(Money.Euros(1550m), money);
    }

    [Theory]
    // 10 000 / 3 000 = 3.333...: every digit decimal holds, as a JSON number.
    [InlineData("""{"amount":10000.00,"currency":"EUR"}""", """{"amount":3000.00,"currency":"EUR"}""", "3.3333333333333333333333333333")]
    [InlineData("""{"amount":9000,"currency":"USD"}""", "\"USD 3000\"", "3")]
    [InlineData("""{"amount":1500,"currency":"EUR"}""", """{"amount":3000,"currency":"EUR"}""", "0.5")]
    public async Task Ltv_to_cac_reads_two_amounts_and_writes_a_ratio(string ltv, string cac, string expected) =>
        await AssertJsonAsync(expected, await PostJsonAsync("/kpi/ltv-to-cac", $$"""{"ltv":{{ltv}},"cac":{{cac}}}"""));

    [Fact]
    public async Task A_defined_kpi_result_is_a_200_with_its_id_and_value()
    {
        // 3 000 € of sales costs and 1 000 € of marketing for 8 new customers: 4 000 / 8 = 500 € each.
        var response = await PostJsonAsync("/kpi/cac", """{"salesCosts":{"amount":3000,"currency":"EUR"},"marketingCosts":{"amount":1000,"currency":"EUR"},"newCustomers":8}""");
        await AssertJsonAsync("""{"kpiId":"cac","value":{"amount":500,"currency":"EUR"}}""", response);
    }

    [Fact]
    public async Task An_undefined_kpi_result_is_a_200_with_its_reason_not_an_error()
    {
        // No new customer: the CAC does not exist, which is an answer, not a failure of the request.
        var response = await PostJsonAsync("/kpi/cac", """{"salesCosts":{"amount":3000,"currency":"EUR"},"marketingCosts":{"amount":1000,"currency":"EUR"},"newCustomers":0}""");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("cac", json.RootElement.GetProperty("kpiId").GetString());
        Assert.Equal("ZeroDenominator", json.RootElement.GetProperty("reason").GetString());
        Assert.Contains("newCustomers", json.RootElement.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.False(json.RootElement.TryGetProperty("value", out _));
        var result = JsonSerializer.Deserialize<KpiResult<Money>>(body);
        Assert.Equal(UndefinedReason.ZeroDenominator, result.Reason);
    }

    [Fact]
    public async Task A_snapshot_round_trips_every_value_type_in_its_documented_shape()
    {
        var response = await PostJsonAsync(
            "/kpi/snapshot",
            """{"period":"2026-03","currency":"EUR","revenue":{"amount":1550.00,"currency":"EUR"},"monthlyChurn":0.02,"churnChange":-0.5,"ltvToCac":3.0}""");

        // 2 % a month is 1 - 0.98^12 = 0.215283276265199966613504 a year; 3.0:1 is healthy.
        await AssertJsonAsync(
            """{"period":"2026-03","previousPeriod":"2026-02","currency":"EUR","revenue":{"amount":1550.00,"currency":"EUR"},"monthlyChurn":0.02,"yearlyChurn":0.215283276265199966613504,"churnChange":-0.5,"ltvToCac":3.0,"ltvToCacHealth":"Healthy"}""",
            response);
    }

    [Theory]
    [InlineData("\"2026-Q1\"", "\"2026-Q1\"", "\"2025-Q4\"")]
    [InlineData("\"2026-W05\"", "\"2026-W05\"", "\"2026-W04\"")]
    [InlineData("\"2026-03-01/P30D\"", "\"2026-03-01/P30D\"", "\"2026-01-30/P30D\"")]
    // The object form, end exclusive, is a run of days: 31 of them, not the month "2026-03".
    [InlineData("""{"start":"2026-03-01","end":"2026-04-01"}""", "\"2026-03-01/P31D\"", "\"2026-01-29/P31D\"")]
    public async Task Periods_round_trip_through_a_body(string periodJson, string period, string previous)
    {
        var response = await PostJsonAsync(
            "/kpi/snapshot",
            $$"""{"period":{{periodJson}},"currency":"USD","revenue":{"amount":10,"currency":"USD"},"monthlyChurn":0,"churnChange":0,"ltvToCac":1}""");

        await AssertJsonAsync(
            $$"""{"period":{{period}},"previousPeriod":{{previous}},"currency":"USD","revenue":{"amount":10,"currency":"USD"},"monthlyChurn":0,"yearlyChurn":0,"churnChange":0,"ltvToCac":1,"ltvToCacHealth":"BreakEven"}""",
            response);
    }
}
