using System.Threading.Tasks;
using KpiFormulas.Services.Tests.Support;
using Xunit;

namespace KpiFormulas.Services.Tests;

/// <summary>
/// Every value type bound from a route segment by the minimal-API binder, which calls the type's
/// TryParse(string, IFormatProvider) with the invariant culture. Route values arrive URL-decoded:
/// "EUR%201550.00" is "EUR 1550.00", "2%25" is "2%".
/// </summary>
[Collection(SharedSampleApi.Name)]
public class RouteBindingTests(SampleApiFactory factory) : SampleApiTests(factory)
{
    // ---- Currency -----------------------------------------------------------------------

    [Theory]
    [InlineData("eur")]
    [InlineData("EUR")]
    [InlineData("Eur")]
    public async Task Currency_binds_from_a_route_ignoring_ascii_case(string code) =>
        await AssertJsonAsync(
            """{"code":"EUR","numericCode":978,"minorUnits":2,"englishName":"Euro"}""",
            await GetAsync($"/currencies/{code}"));

    [Fact]
    public async Task Currency_without_minor_unit_binds_and_says_so() =>
        await AssertJsonAsync(
            """{"code":"XAU","numericCode":959,"minorUnits":null,"englishName":"Gold"}""",
            await GetAsync("/currencies/xau"));

    // ---- Money --------------------------------------------------------------------------

    [Theory]
    [InlineData("EUR%201550.00", """{"minorUnits":155000,"currency":"EUR"}""")]
    [InlineData("EUR%201550.005", """{"minorUnits":155001,"currency":"EUR"}""")] // rounded half away from zero first
    [InlineData("JPY%201550", """{"minorUnits":1550,"currency":"JPY"}""")]       // no decimals in yen
    [InlineData("BHD%201.5", """{"minorUnits":1500,"currency":"BHD"}""")]        // three decimals (fils)
    [InlineData("EUR%20-0.125", """{"minorUnits":-13,"currency":"EUR"}""")]
    public async Task Money_binds_from_a_route_in_its_invariant_text_form(string amount, string expected) =>
        await AssertJsonAsync(expected, await GetAsync($"/money/{amount}/minor-units"));

    // ---- Rate ---------------------------------------------------------------------------

    [Theory]
    // 1 - 0.98^12 = 1 - 0.784716723734800033386496 (0.98^2 = 0.9604, ^4 = 0.92236816,
    // ^8 = 0.8507630225817856, ^12 = ^8 * ^4), exact in decimal.
    [InlineData("2%25", "0.215283276265199966613504")]
    [InlineData("2%20%25", "0.215283276265199966613504")] // "2 %": a blank before the sign is fine
    [InlineData("2.0%25", "0.215283276265199966613504")]
    // 1 - 0.9^12 = 1 - 0.282429536481.
    [InlineData("10%25", "0.717570463519")]
    [InlineData("0%25", "0")]
    [InlineData("100%25", "1")]
    public async Task Rate_binds_from_a_route_with_its_percent_sign_encoded(string monthly, string yearlyFraction) =>
        await AssertJsonAsync(yearlyFraction, await GetAsync($"/rates/{monthly}/yearly"));

    // ---- PercentagePoints ---------------------------------------------------------------

    [Theory]
    [InlineData("%2B5%20pp", "0.25")] // "+5 pp": 20 % + 5 points = 25 %
    [InlineData("+5%20pp", "0.25")]   // a "+" in a path is a plus, not a space
    [InlineData("5pp", "0.25")]
    [InlineData("-2.5%20pp", "0.175")]
    [InlineData("5%20points", "0.25")]
    public async Task PercentagePoints_bind_from_a_route(string points, string target) =>
        await AssertJsonAsync(target, await GetAsync($"/rates/20%25/plus/{points}"));

    // ---- Ratio --------------------------------------------------------------------------

    [Theory]
    [InlineData("3.0:1", """{"ratio":3.0,"health":"Healthy"}""")]
    [InlineData("2.4%20:%201", """{"ratio":2.4,"health":"BelowHealthy"}""")]
    [InlineData("1:1", """{"ratio":1,"health":"BreakEven"}""")]
    [InlineData("0.5:1", """{"ratio":0.5,"health":"LosingMoney"}""")]
    public async Task Ratio_binds_from_a_route(string ratio, string expected) =>
        await AssertJsonAsync(expected, await GetAsync($"/ratios/ltv-to-cac/{ratio}/health"));

    // ---- Period -------------------------------------------------------------------------

    [Theory]
    [InlineData("2026-03", "\"2026-02\"")]
    [InlineData("2026-Q1", "\"2025-Q4\"")]
    [InlineData("2026-q1", "\"2025-Q4\"")]
    [InlineData("2026-W05", "\"2026-W04\"")]
    [InlineData("2026", "\"2025\"")]
    [InlineData("2026-03-01", "\"2026-02-28/P1D\"")] // one day: the day before
    public async Task Period_binds_from_one_route_segment_in_its_calendar_forms(string period, string previous) =>
        await AssertJsonAsync(previous, await GetAsync($"/periods/{period}/previous"));

    [Fact]
    public async Task A_run_of_days_binds_from_a_catch_all_route_parameter_with_its_slash_unencoded() =>
        await AssertJsonAsync(
            """{"period":"2026-03-01/P30D","unit":"Days","start":"2026-03-01","end":"2026-03-31","lastDay":"2026-03-30","days":30}""",
            await GetAsync("/periods/2026-03-01/P30D"));

    [Fact]
    public async Task A_run_of_days_given_by_its_exclusive_end_binds_from_the_catch_all_too() =>
        await AssertJsonAsync(
            """{"period":"2026-03-01/P30D","unit":"Days","start":"2026-03-01","end":"2026-03-31","lastDay":"2026-03-30","days":30}""",
            await GetAsync("/periods/2026-03-01/2026-03-31"));

    [Theory]
    // ISO week 5 of 2026: Monday 26 January to Sunday 1 February.
    [InlineData("2026-W05", """{"period":"2026-W05","unit":"IsoWeek","start":"2026-01-26","end":"2026-02-02","lastDay":"2026-02-01","days":7}""")]
    [InlineData("2026-Q1", """{"period":"2026-Q1","unit":"Quarter","start":"2026-01-01","end":"2026-04-01","lastDay":"2026-03-31","days":90}""")]
    [InlineData("2026-03", """{"period":"2026-03","unit":"Month","start":"2026-03-01","end":"2026-04-01","lastDay":"2026-03-31","days":31}""")]
    public async Task The_catch_all_takes_the_calendar_forms_as_well(string period, string expected) =>
        await AssertJsonAsync(expected, await GetAsync($"/periods/{period}"));
}
