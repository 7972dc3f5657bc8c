using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using KpiFormulas.Aggregation;
using KpiFormulas.Formulas;
using KpiFormulas.Services.Tests.Support;
using Xunit;

namespace KpiFormulas.Services.Tests;

/// <summary>
/// The library's result types leave the sample in the forms docs/json.md documents, through the
/// real test host: a funnel, changes (undefined parts included, still a 200), a catalogue
/// definition, and accumulator states merged from JSON. Answers are compared as exact text.
/// </summary>
[Collection(SharedSampleApi.Name)]
public class ResultShapeTests(SampleApiFactory factory) : SampleApiTests(factory)
{
    private const string LeadToMql = """{"from":{"name":"lead","count":1000},"to":{"name":"MQL","count":400},"rate":{"kpiId":"stage_conversion","value":0.4}}""";

    [Fact]
    public async Task A_funnel_is_its_stages_steps_overall_rate_and_bottleneck()
    {
        // 1 000 -> 400 -> 200: 40 %, then 50 %; 20 % overall; the first step is the narrowest.
        var response = await PostJsonAsync("/kpi/funnel", """[{"name":"lead","count":1000},{"name":"MQL","count":400},{"name":"SQL","count":200}]""");
        await AssertJsonAsync(
            """{"stages":[{"name":"lead","count":1000},{"name":"MQL","count":400},{"name":"SQL","count":200}],"steps":["""
            + LeadToMql
            + """,{"from":{"name":"MQL","count":400},"to":{"name":"SQL","count":200},"rate":{"kpiId":"stage_conversion","value":0.5}}],"overallRate":{"kpiId":"funnel","value":0.2},"bottleneck":{"kpiId":"funnel","value":"""
            + LeadToMql
            + "}}",
            response);
    }

    [Fact]
    public async Task A_funnel_that_nothing_entered_is_a_200_with_its_reasons()
    {
        var response = await PostJsonAsync("/kpi/funnel", """[{"name":"lead","count":0},{"name":"won","count":0}]""");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var funnel = JsonSerializer.Deserialize<Funnel>(body)!;
        Assert.Equal(UndefinedReason.ZeroDenominator, funnel.OverallRate.Reason);
        Assert.Equal(UndefinedReason.ZeroDenominator, funnel.Bottleneck.Reason);
    }

    [Fact]
    public async Task A_rising_funnel_is_a_400_that_says_why()
    {
        var response = await PostJsonAsync("/kpi/funnel", """[{"name":"lead","count":10},{"name":"won","count":20}]""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("won", await response.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_is_before_after_absolute_and_relative()
    {
        // 32 -> 48: +16, +50 %.
        await AssertJsonAsync("""{"before":32,"after":48,"absolute":16,"relative":{"kpiId":"change","value":0.5}}""", await GetAsync("/kpi/change?before=32&after=48"));
    }

    [Fact]
    public async Task A_change_from_zero_is_a_200_whose_relative_part_gives_its_reason()
    {
        await AssertJsonAsync(
            """{"before":0,"after":12,"absolute":12,"relative":{"kpiId":"change","reason":"ZeroBaseline","explanation":"the value before is zero, so a relative change does not exist."}}""",
            await GetAsync("/kpi/change?before=0&after=12"));
    }

    [Fact]
    public async Task A_change_of_rates_is_in_points_and_percent()
    {
        // 8 % -> 3 %: −5 points, −5 / 8 = −62.5 %.
        await AssertJsonAsync(
            """{"before":0.08,"after":0.03,"absolute":-5,"relative":{"kpiId":"change","value":-0.625}}""",
            await GetAsync("/kpi/rate-change?before=8%25&after=3%25"));
    }

    [Fact]
    public async Task A_catalogue_definition_is_written_whole_and_reads_back_as_the_catalogue_s_own()
    {
        var response = await GetAsync("/catalog/nps");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.StartsWith("""{"id":"nps","family":"Satisfaction","englishName":"Net Promoter Score","frenchName":"Net Promoter Score (NPS)",""", body, System.StringComparison.Ordinal);
        Assert.Same(Catalog.KpiCatalog.Get(KpiIds.Nps), JsonSerializer.Deserialize<KpiDefinition>(body));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/catalog/profit")).StatusCode);
    }

    [Fact]
    public async Task States_stored_as_json_merge_into_one_result()
    {
        // Two workers: 50 promoters, 32 passives, 18 detractors; then 10, 5, 5. In all 60, 37, 23 of 120:
        // (60 − 23) / 120 = 30.8333...%, the exact decimal quotient.
        var response = await PostJsonAsync(
            "/nps/merge",
            """[{"promoters":50,"passives":32,"detractors":18},{"promoters":10,"passives":5,"detractors":5}]""");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var result = JsonSerializer.Deserialize<NpsResult>(body);
        Assert.Equal((60, 37, 23), (result.Promoters, result.Passives, result.Detractors));
        Assert.Equal(3700m / 120m, result.Score.Value);
    }

    [Fact]
    public async Task A_state_with_an_unknown_member_is_a_400_naming_its_path()
    {
        var response = await PostJsonAsync("/nps/merge", """[{"promoters":50,"passives":32,"detractors":18,"score":32}]""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("$[0]", body, System.StringComparison.Ordinal);
        Assert.Contains("'score' is not a member of a NpsState", body, System.StringComparison.Ordinal);
    }
}
