using System.Threading.Tasks;
using KpiFormulas.Services.Tests.Support;
using Xunit;

namespace KpiFormulas.Services.Tests;

/// <summary>
/// Every value type bound from the query string. Query values are form-decoded: "%20" and "+" are
/// both a space, so a sign "+" must be sent as "%2B"; "/" needs no encoding in a query.
/// </summary>
[Collection(SharedSampleApi.Name)]
public class QueryBindingTests(SampleApiFactory factory) : SampleApiTests(factory)
{
    // ---- Money --------------------------------------------------------------------------

    [Theory]
    [InlineData("EUR%201550.005", """{"amount":1550.01,"currency":"EUR"}""")] // half away from zero
    [InlineData("EUR+1550.005", """{"amount":1550.01,"currency":"EUR"}""")]   // "+" is a space in a query
    [InlineData("eur%201550.004", """{"amount":1550.00,"currency":"EUR"}""")]
    [InlineData("EUR%20-0.125", """{"amount":-0.13,"currency":"EUR"}""")]
    [InlineData("JPY%201550.5", """{"amount":1551,"currency":"JPY"}""")]
    [InlineData("EUR%201,550.005", """{"amount":1550.01,"currency":"EUR"}""")] // well-placed group separators are fine
    [InlineData("%E2%82%AC1,550.005", """{"amount":1550.01,"currency":"EUR"}""")] // "€1,550.005": the symbol € is EUR in every culture
    public async Task Money_binds_from_a_query_in_its_invariant_text_form(string amount, string expected) =>
        await AssertJsonAsync(expected, await GetAsync($"/money/round?amount={amount}"));

    [Fact]
    public async Task Repeated_money_query_values_bind_to_an_array() =>
        // 10.50 + 5.25 + 0.05 = 15.80
        await AssertJsonAsync(
            """{"amount":15.80,"currency":"EUR"}""",
            await GetAsync("/money/sum?amounts=EUR%2010.50&amounts=EUR%205.25&amounts=EUR%200.05"));

    // ---- Currency -----------------------------------------------------------------------

    [Theory]
    [InlineData("155000", "eur", """{"amount":1550.00,"currency":"EUR"}""")]
    [InlineData("155000", "JPY", """{"amount":155000,"currency":"JPY"}""")]
    [InlineData("155000", "bhd", """{"amount":155.000,"currency":"BHD"}""")]
    [InlineData("9223372036854775807", "TND", """{"amount":9223372036854775.807,"currency":"TND"}""")] // long.MaxValue mils
    public async Task Currency_binds_from_a_query(string minorUnits, string currency, string expected) =>
        await AssertJsonAsync(expected, await GetAsync($"/money/from-minor-units?minorUnits={minorUnits}&currency={currency}"));

    // ---- Rate ---------------------------------------------------------------------------

    [Theory]
    [InlineData("20%25", "25%25", """{"points":5,"relativeChange":0.25}""")]     // +5 points, +25 %
    [InlineData("8%25", "3%25", """{"points":-5,"relativeChange":-0.625}""")]    // -5 points, -62.5 %
    [InlineData("37.5%25", "37.5%25", """{"points":0,"relativeChange":0}""")]
    [InlineData("0%25", "25%25", """{"points":25,"relativeChange":null}""")]     // no relative change from 0 %
    public async Task Rates_bind_from_a_query(string before, string after, string expected) =>
        await AssertJsonAsync(expected, await GetAsync($"/rates/change?before={before}&after={after}"));

    // ---- PercentagePoints ---------------------------------------------------------------

    [Theory]
    [InlineData("%2B5%20pp", "0.25")]  // +5 points on 20 % is 25 %: +25 % relative
    [InlineData("+5+pp", "0.25")]      // decoded as " 5 pp": the same, by luck of the sign
    [InlineData("-5%20pp", "-0.25")]
    [InlineData("%2B2.5%20pts", "0.125")]
    public async Task PercentagePoints_bind_from_a_query(string points, string relativeChange) =>
        await AssertJsonAsync(relativeChange, await GetAsync($"/points/relative-change?points={points}&baseline=20%25"));

    // ---- Ratio --------------------------------------------------------------------------

    [Theory]
    // 9 000.00 / 3.0 = 3 000.0: an exact quotient keeps the scale 2 - 1, and Round() keeps a scale
    // already within the minor unit (the value is what counts: 3000.0 == 3000.00).
    [InlineData("EUR%209000.00", "3.0:1", """{"amount":3000.0,"currency":"EUR"}""")]
    [InlineData("EUR%2010000", "3:1", """{"amount":3333.33,"currency":"EUR"}""")]      // 10 000 / 3, to the cent
    [InlineData("EUR%2010000", "2.5%20:%201", """{"amount":4000,"currency":"EUR"}""")]
    public async Task Ratio_binds_from_a_query(string ltv, string target, string expected) =>
        await AssertJsonAsync(expected, await GetAsync($"/kpi/max-cac?ltv={ltv}&target={target}"));

    // ---- Period -------------------------------------------------------------------------

    [Theory]
    // 13 h in an ISO week: 13 * 30.436875 / 7 = 56.525625 h a month (the mean Gregorian month).
    [InlineData("2026-W05", "13", """{"period":"2026-W05","quantity":13,"perMonth":56.525625}""")]
    // 30 days: 30 * 30.436875 / 30.
    [InlineData("2026-03-01/P30D", "30", """{"period":"2026-03-01/P30D","quantity":30,"perMonth":30.436875}""")]
    [InlineData("2026-03-01%2FP30D", "30", """{"period":"2026-03-01/P30D","quantity":30,"perMonth":30.436875}""")]
    // Calendar periods count calendar months: a quarter is 3 months, a month is 1.
    [InlineData("2026-Q1", "300", """{"period":"2026-Q1","quantity":300,"perMonth":100}""")]
    [InlineData("2026-03", "1550", """{"period":"2026-03","quantity":1550,"perMonth":1550}""")]
    public async Task Period_binds_from_a_query_slash_included(string period, string quantity, string expected) =>
        await AssertJsonAsync(expected, await GetAsync($"/kpi/per-month?quantity={quantity}&period={period}"));
}
