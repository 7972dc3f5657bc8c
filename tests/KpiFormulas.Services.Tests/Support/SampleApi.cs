using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Xunit;

namespace KpiFormulas.Services.Tests.Support;

/// <summary>
/// The sample app hosted in memory (TestServer: no socket, no port). It runs as "Production", so
/// that nothing depends on the defaults ASP.NET Core turns on only in Development.
/// </summary>
public class SampleApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }
}

/// <summary>
/// The same app behind a real Kestrel server on a loopback port the system picks (port 0): for the
/// URL-decoding rules, which are Kestrel's and which the in-memory server does not reproduce.
/// </summary>
public sealed class KestrelSampleApiFactory : SampleApiFactory
{
    public KestrelSampleApiFactory() => UseKestrel(0);
}

/// <summary>One in-memory host for every test class of the collection: it starts once.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSampleApi : ICollectionFixture<SampleApiFactory>
{
    public const string Name = "sample api";
}

/// <summary>The base of the test classes: an HTTP client on a host, and the assertions on its answers.</summary>
public abstract class SampleApiTests(SampleApiFactory factory)
{
    protected HttpClient Client { get; } = factory.CreateClient();

    protected Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative));

    protected async Task<HttpResponseMessage> PostJsonAsync(string url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await Client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Asserts a 200 application/json answer whose body is exactly <paramref name="expectedJson"/>.</summary>
    protected static async Task AssertJsonAsync(string expectedJson, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expectedJson, body);
    }

    /// <summary>Asserts a 400 application/problem+json answer and returns its problem document.</summary>
    protected static async Task<JsonElement> AssertBadRequestAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        return problem.RootElement.Clone();
    }

    /// <summary>Asserts a 400 problem and returns its <c>detail</c>.</summary>
    protected static async Task<string> AssertBadRequestDetailAsync(HttpResponseMessage response)
    {
        var problem = await AssertBadRequestAsync(response);
        var detail = problem.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail));
        return detail!;
    }
}
