using System.Threading.Tasks;
using KpiFormulas.Services.Tests.Support;
using Xunit;

namespace KpiFormulas.Services.Tests;

/// <summary>
/// The URL-encoding rules of docs/services.md over a real socket: Kestrel on a loopback port that
/// the system picks. Kestrel decodes a path except "%2F", which it leaves as it is, so that an
/// encoded slash never splits a segment: a run of days such as 2026-03-01/P30D cannot travel in
/// one route segment, encoded or not.
/// </summary>
public class KestrelUrlEncodingTests(KestrelSampleApiFactory factory) : SampleApiTests(factory), IClassFixture<KestrelSampleApiFactory>
{
    [Fact]
    public async Task The_server_is_kestrel_on_loopback() =>
        Assert.True(Client.BaseAddress is { IsLoopback: true, Port: > 0 }, $"base address {Client.BaseAddress}");

    [Theory]
    [InlineData("/rates/2%25/yearly", "0.215283276265199966613504")]
    [InlineData("/money/EUR%201550.00/minor-units", """{"minorUnits":155000,"currency":"EUR"}""")]
    [InlineData("/rates/20%25/plus/+5%20pp", "0.25")]
    [InlineData("/ratios/ltv-to-cac/3.0:1/health", """{"ratio":3.0,"health":"Healthy"}""")]
    [InlineData("/periods/2026-03-01/P30D", """{"period":"2026-03-01/P30D","unit":"Days","start":"2026-03-01","end":"2026-03-31","lastDay":"2026-03-30","days":30}""")]
    [InlineData("/kpi/per-month?quantity=30&period=2026-03-01/P30D", """{"period":"2026-03-01/P30D","quantity":30,"perMonth":30.436875}""")]
    [InlineData("/kpi/per-month?quantity=30&period=2026-03-01%2FP30D", """{"period":"2026-03-01/P30D","quantity":30,"perMonth":30.436875}""")]
    [InlineData("/money/round?amount=EUR+1550.005", """{"amount":1550.01,"currency":"EUR"}""")]
    public async Task Encoded_values_bind_over_a_real_socket(string url, string expected) =>
        await AssertJsonAsync(expected, await GetAsync(url));

    [Fact]
    public async Task An_encoded_slash_stays_encoded_in_a_route_segment_so_a_run_of_days_does_not_bind() =>
        Assert.Equal(
            "Failed to bind parameter \"Period period\" from \"2026-03-01%2FP30D\".",
            await AssertBadRequestDetailAsync(await GetAsync("/periods/2026-03-01%2FP30D/previous")));
}
