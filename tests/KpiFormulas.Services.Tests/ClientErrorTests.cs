using System.Net;
using System.Threading.Tasks;
using KpiFormulas.Services.Tests.Support;
using Xunit;

namespace KpiFormulas.Services.Tests;

/// <summary>
/// Bad values are a 400 application/problem+json whose <c>detail</c> names the field: the route or
/// query parameter (with the value refused), the JSON path in a body, or the body property a rule
/// is about. Never a 500.
/// </summary>
[Collection(SharedSampleApi.Name)]
public class ClientErrorTests(SampleApiFactory factory) : SampleApiTests(factory)
{
    // ---- route and query values that TryParse refuses -----------------------------------

    [Theory]
    [InlineData("/currencies/EUX", "Failed to bind parameter \"Currency currency\" from \"EUX\".")]
    [InlineData("/money/from-minor-units?minorUnits=100&currency=EUX", "Failed to bind parameter \"Currency currency\" from \"EUX\".")]
    [InlineData("/money/1550/minor-units", "Failed to bind parameter \"Money amount\" from \"1550\".")]
    [InlineData("/money/round?amount=1550", "Failed to bind parameter \"Money amount\" from \"1550\".")]
    [InlineData("/money/round?amount=EUX%201550", "Failed to bind parameter \"Money amount\" from \"EUX 1550\".")]
    [InlineData("/money/sum?amounts=EUR%2010&amounts=ten%20euros", "Failed to bind parameter \"Money[] amounts\" from \"ten euros\".")]
    [InlineData("/rates/25/yearly", "Failed to bind parameter \"Rate rate\" from \"25\".")]
    [InlineData("/rates/change?before=25&after=30%25", "Failed to bind parameter \"Rate before\" from \"25\".")]
    [InlineData("/rates/20%25/plus/5", "Failed to bind parameter \"PercentagePoints points\" from \"5\".")]
    [InlineData("/points/relative-change?points=5%25&baseline=20%25", "Failed to bind parameter \"PercentagePoints points\" from \"5%\".")]
    [InlineData("/ratios/ltv-to-cac/3/health", "Failed to bind parameter \"Ratio ratio\" from \"3\".")]
    [InlineData("/kpi/max-cac?ltv=EUR%209000&target=3:2", "Failed to bind parameter \"Ratio target\" from \"3:2\".")]
    [InlineData("/periods/2026-13/previous", "Failed to bind parameter \"Period period\" from \"2026-13\".")]
    [InlineData("/periods/2026-W54", "Failed to bind parameter \"Period period\" from \"2026-W54\".")]
    [InlineData("/periods/2026-03-31/2026-03-01", "Failed to bind parameter \"Period period\" from \"2026-03-31/2026-03-01\".")]
    [InlineData("/kpi/per-month?quantity=1&period=2026-13", "Failed to bind parameter \"Period period\" from \"2026-13\".")]
    // A decimal comma is not read as a group separator: no silent 250 EUR for "EUR 2,50".
    [InlineData("/money/round?amount=EUR%202,50", "Failed to bind parameter \"Money amount\" from \"EUR 2,50\".")]
    [InlineData("/rates/change?before=2,5%25&after=5%25", "Failed to bind parameter \"Rate before\" from \"2,5%\".")]
    [InlineData("/points/relative-change?points=2,5%20pp&baseline=20%25", "Failed to bind parameter \"PercentagePoints points\" from \"2,5 pp\".")]
    [InlineData("/ratios/ltv-to-cac/2,4:1/health", "Failed to bind parameter \"Ratio ratio\" from \"2,4:1\".")]
    public async Task A_value_the_type_refuses_is_a_400_naming_the_parameter_and_the_value(string url, string detail) =>
        Assert.Equal(detail, await AssertBadRequestDetailAsync(await GetAsync(url)));

    [Theory]
    [InlineData("/money/round", "Required parameter \"Money amount\" was not provided from query string.")]
    [InlineData("/kpi/per-month?quantity=1", "Required parameter \"Period period\" was not provided from query string.")]
    public async Task A_missing_query_value_is_a_400_naming_the_parameter(string url, string detail) =>
        Assert.Equal(detail, await AssertBadRequestDetailAsync(await GetAsync(url)));

    // ---- JSON bodies --------------------------------------------------------------------

    private const string NetSavingPrefix = """{"hoursSaved":50,"monthlyCost":{"amount":200.00,"currency":"EUR"},"hourlyValue":""";

    [Theory]
    [InlineData("""{"amount":35.00,"currency":"EUX"}""", "Money 'currency': 'EUX' is not an active ISO 4217 currency code.")]
    [InlineData("\"1550\"", "'1550' is not an amount of money; expected {\"amount\":1550.00,\"currency\":\"EUR\"} or \"EUR 1550.00\".")]
    [InlineData("1550", "Money must be a JSON object {\"amount\":1550.00,\"currency\":\"EUR\"} or a string \"EUR 1550.00\".")]
    [InlineData("null", "Money must be a JSON object {\"amount\":1550.00,\"currency\":\"EUR\"} or a string \"EUR 1550.00\".")]
    [InlineData("""{"amount":35.00}""", "Money needs both 'amount' and 'currency'.")]
    [InlineData("""{"amount":"thirty-five","currency":"EUR"}""", "Money 'amount' must be a number.")]
    public async Task A_bad_money_in_a_body_is_a_400_naming_its_json_path(string hourlyValue, string reason) =>
        Assert.Equal(
            $"The JSON body is invalid at '$.hourlyValue': {reason}",
            await AssertBadRequestDetailAsync(await PostJsonAsync("/kpi/net-saving", NetSavingPrefix + hourlyValue + "}")));

    [Theory]
    [InlineData("period", "\"2026-13\"", "'2026-13' is not a period; expected 2026, 2026-Q1, 2026-03, 2026-W05 or 2026-03-01/P30D.")]
    [InlineData("period", """{"start":"2026-03-31","end":"2026-03-01"}""", "A period needs its start before its end: 2026-03-31 is not before 2026-03-01.")]
    [InlineData("currency", "\"EUX\"", "'EUX' is not an active ISO 4217 currency code.")]
    [InlineData("monthlyChurn", "\"2%\"", "A Rate must be a JSON number holding the fraction (0.25 for 25 %).")]
    [InlineData("churnChange", "\"-0.5 pp\"", "PercentagePoints must be a JSON number of points (5 for +5 points).")]
    [InlineData("ltvToCac", "\"3:1\"", "A Ratio must be a JSON number (3.0 for 3 : 1).")]
    public async Task A_bad_value_of_each_type_in_a_body_is_a_400_naming_its_json_path(string property, string json, string reason)
    {
        var body = JsonBody.Snapshot(property, json);
        Assert.Equal(
            $"The JSON body is invalid at '$.{property}': {reason}",
            await AssertBadRequestDetailAsync(await PostJsonAsync("/kpi/snapshot", body)));
    }

    [Theory]
    [InlineData("""{"hoursSaved":x50}""", "The JSON body is invalid at '$.hoursSaved': 'x' is an invalid start of a value.")]
    [InlineData("""{"hoursSaved":50,"hourlyValue":{"amount":35.00,"currency":"EUR"}""", "The JSON body is invalid at '$': Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [InlineData("""{"hoursSaved":"fifty"}""", "The JSON body is invalid at '$.hoursSaved': The JSON value could not be converted to KpiFormulas.Services.Sample.NetSavingRequest.")]
    [InlineData("[]", "The JSON body is invalid at '$': The JSON value could not be converted to KpiFormulas.Services.Sample.NetSavingRequest.")]
    [InlineData("""{"hoursSaved":50,"hourlyValue":{"amount":35.00,"currency":"EUR"}}""", "The JSON body is invalid at '$': JSON deserialization for type 'KpiFormulas.Services.Sample.NetSavingRequest' was missing required properties including: 'monthlyCost'.")]
    public async Task Malformed_or_incomplete_json_is_a_400_naming_where(string body, string detail) =>
        Assert.Equal(detail, await AssertBadRequestDetailAsync(await PostJsonAsync("/kpi/net-saving", body)));

    [Fact]
    public async Task An_empty_body_is_a_400_naming_the_body_parameter()
    {
        var detail = await AssertBadRequestDetailAsync(await PostJsonAsync("/kpi/net-saving", string.Empty));
        Assert.StartsWith("Implicit body inferred for parameter \"request\" but no body was provided.", detail, System.StringComparison.Ordinal);
    }

    // ---- rules across fields, checked by the endpoints ----------------------------------

    [Theory]
    [InlineData(
        "/kpi/net-saving",
        """{"hoursSaved":50,"hourlyValue":{"amount":35.00,"currency":"EUR"},"monthlyCost":{"amount":200.00,"currency":"USD"}}""",
        "monthlyCost",
        "The monthly cost is in USD; it must be in the currency of hourlyValue, EUR.")]
    [InlineData(
        "/kpi/ltv-to-cac",
        """{"ltv":{"amount":9000,"currency":"EUR"},"cac":{"amount":3000,"currency":"GBP"}}""",
        "cac",
        "The CAC is in GBP; it must be in the currency of ltv, EUR.")]
    [InlineData(
        "/kpi/snapshot",
        """{"period":"2026-03","currency":"EUR","revenue":{"amount":1550.00,"currency":"CHF"},"monthlyChurn":0.02,"churnChange":-0.5,"ltvToCac":3.0}""",
        "revenue",
        "The revenue is in CHF; it must be in the snapshot's currency, EUR.")]
    [InlineData(
        "/kpi/ltv-to-cac",
        """{"ltv":{"amount":9000,"currency":"EUR"},"cac":{"amount":0,"currency":"EUR"}}""",
        "cac",
        "The CAC must be greater than zero.")]
    [InlineData(
        "/kpi/net-saving",
        """{"hoursSaved":-1,"hourlyValue":{"amount":35.00,"currency":"EUR"},"monthlyCost":{"amount":200.00,"currency":"EUR"}}""",
        "hoursSaved",
        "The hours saved must not be negative.")]
    [InlineData(
        "/kpi/snapshot",
        """{"period":"2026-03","currency":"EUR","revenue":{"amount":1550.00,"currency":"EUR"},"monthlyChurn":1.5,"churnChange":-0.5,"ltvToCac":3.0}""",
        "monthlyChurn",
        "A churn rate must be within 0 and 1; 1.5 is not.")]
    public async Task A_currency_mismatch_or_other_rule_in_a_body_is_a_validation_problem_naming_the_property(string url, string body, string property, string message)
    {
        var problem = await AssertBadRequestAsync(await PostJsonAsync(url, body));
        Assert.Equal($"{property}: {message}", problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(message, Assert.Single(errors.GetProperty(property).EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("/rates/150%25/yearly", "rate", "A monthly rate must be within 0 % and 100 %; 150% is not.")]
    [InlineData("/money/round?amount=XAU%201", "amount", "XAU has no minor unit in ISO 4217, so there is nothing to round to.")]
    [InlineData("/money/XAU%201/minor-units", "amount", "XAU has no minor unit in ISO 4217.")]
    [InlineData("/money/from-minor-units?minorUnits=1&currency=XDR", "currency", "XDR has no minor unit in ISO 4217.")]
    [InlineData("/money/sum", "amounts", "Give at least one amount.")]
    [InlineData("/points/relative-change?points=5%20pp&baseline=0%25", "baseline", "A relative change needs a baseline other than 0 %.")]
    [InlineData("/kpi/max-cac?ltv=EUR%209000&target=0:1", "target", "The target ratio must be above 0:1; 0:1 is not.")]
    public async Task A_parsed_value_an_endpoint_cannot_use_is_a_validation_problem_naming_the_parameter(string url, string field, string message)
    {
        var problem = await AssertBadRequestAsync(await GetAsync(url));
        Assert.Equal($"{field}: {message}", problem.GetProperty("detail").GetString());
        Assert.Equal(message, Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString());
    }

    // ---- the safety net: the library's exceptions are 400s ------------------------------

    [Fact]
    public async Task A_currency_mismatch_thrown_by_the_library_is_a_400_naming_both_currencies()
    {
        // /money/sum leaves the check to Money's +, which throws CurrencyMismatchException.
        var detail = await AssertBadRequestDetailAsync(await GetAsync("/money/sum?amounts=EUR%2010&amounts=USD%205"));
        Assert.StartsWith("Cannot mix currencies: EUR and USD.", detail, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/periods/0001-01/previous", "Moving 0001-01 by -1 periods leaves the supported calendar.")]
    [InlineData("/periods/0001-W01/previous", "Moving 0001-W01 by -1 periods leaves the supported calendar.")]
    public async Task An_argument_exception_thrown_by_the_library_is_a_400_with_its_message(string url, string start)
    {
        var detail = await AssertBadRequestDetailAsync(await GetAsync(url));
        Assert.StartsWith(start, detail, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/money/sum?amounts=EUR%2079228162514264337593543950335&amounts=EUR%201")]
    [InlineData("/money/EUR%2079228162514264337593543950335/minor-units")]
    [InlineData("/kpi/per-month?quantity=79228162514264337593543950335&period=2026-03-01/P1D")]
    public async Task An_overflow_is_a_400_not_a_500(string url) =>
        await AssertBadRequestDetailAsync(await GetAsync(url));

    [Fact]
    public async Task An_overflow_in_a_body_computation_is_a_400_not_a_500() =>
        await AssertBadRequestDetailAsync(await PostJsonAsync(
            "/kpi/net-saving",
            """{"hoursSaved":79228162514264337593543950335,"hourlyValue":{"amount":35.00,"currency":"EUR"},"monthlyCost":{"amount":200.00,"currency":"EUR"}}"""));

    // ---- never a 500 --------------------------------------------------------------------

    [Theory]
    [InlineData("/currencies/%E2%82%AC")]
    [InlineData("/currencies/EURO")]
    [InlineData("/money/round?amount=EUR%20NaN")]
    [InlineData("/money/round?amount=EUR%201e5")]
    [InlineData("/money/round?amount=EUR%2079228162514264337593543950336")]
    [InlineData("/money/round?amount=%C2%A41,550.00")] // the invariant culture's currency sign names no currency
    [InlineData("/money/round?amount=")]
    [InlineData("/rates/%25/yearly")]
    [InlineData("/rates/1e400%25/yearly")]
    [InlineData("/rates/-1%25/yearly")]
    [InlineData("/rates/20%25/plus/pp")]
    [InlineData("/ratios/ltv-to-cac/1:1:1/health")]
    [InlineData("/ratios/ltv-to-cac/:1/health")]
    [InlineData("/periods/9999-12-31/P1D")]
    [InlineData("/periods/2026-03-01/P0D")]
    [InlineData("/periods/2026-03-01/P99999999D")]
    [InlineData("/periods/2026-02-29")]
    [InlineData("/periods/0000")]
    [InlineData("/periods/2026-03-01/P30D/previous")]
    [InlineData("/kpi/per-month?quantity=ten&period=2026-03")]
    public async Task Hostile_values_are_client_errors_never_server_errors(string url)
    {
        var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_change_between_rates_at_the_ends_of_decimals_range_is_answered_exactly()
    {
        // before = 79228162514264337593543950335 % and after = its opposite: the difference is
        // 2 × 79228162514264337593543950335 = 158456325028528675187087900670 points (more than a
        // decimal holds as a number of points, but a Rate holds both ends and PercentagePoints the
        // fraction), and relative to the baseline it is -2, i.e. -200 %.
        var response = await GetAsync("/rates/change?before=79228162514264337593543950335%25&after=-79228162514264337593543950335%25");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"points":-158456325028528675187087900670,"relativeChange":-2}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_of_another_media_type_is_a_415_problem()
    {
        using var content = new System.Net.Http.StringContent("EUR 1550.00");
        var response = await Client.PostAsync(new System.Uri("/kpi/net-saving", System.UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

internal static class JsonBody
{
    /// <summary>A valid snapshot body with one property replaced by raw JSON.</summary>
    public static string Snapshot(string property, string json)
    {
        var values = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal)
        {
            ["period"] = "\"2026-03\"",
            ["currency"] = "\"EUR\"",
            ["revenue"] = """{"amount":1550.00,"currency":"EUR"}""",
            ["monthlyChurn"] = "0.02",
            ["churnChange"] = "-0.5",
            ["ltvToCac"] = "3.0",
        };
        values[property] = json;
        return "{" + string.Join(",", System.Linq.Enumerable.Select(values, pair => $"\"{pair.Key}\":{pair.Value}")) + "}";
    }
}
