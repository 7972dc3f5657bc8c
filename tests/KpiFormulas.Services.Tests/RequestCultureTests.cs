using System;
using System.Globalization;
using System.Threading.Tasks;
using KpiFormulas.Services.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KpiFormulas.Services.Tests;

/// <summary>
/// The binder parses route and query values with the invariant culture whatever the request's
/// culture: an app that localizes its requests to fr-FR still reads "2.5%" and "EUR 1550.00",
/// and JSON stays invariant too.
/// </summary>
public class RequestCultureTests(FrenchRequestCultureFactory factory) : SampleApiTests(factory), IClassFixture<FrenchRequestCultureFactory>
{
    [Fact]
    public async Task Invariant_text_binds_in_a_french_request()
    {
        // 2.5 % to 5 %: +2.5 points, +100 %.
        await AssertJsonAsync("""{"points":2.5,"relativeChange":1}""", await GetAsync("/rates/change?before=2.5%25&after=5%25"));
        await AssertJsonAsync("""{"amount":1550.01,"currency":"EUR"}""", await GetAsync("/money/round?amount=EUR%201550.005"));
        await AssertJsonAsync("""{"ratio":2.4,"health":"BelowHealthy"}""", await GetAsync("/ratios/ltv-to-cac/2.4:1/health"));
    }

    [Fact]
    public async Task The_french_currency_format_is_not_what_the_binder_reads()
    {
        // "1 550,00 €" is fr-FR text; the binder's invariant culture does not read it.
        var detail = await AssertBadRequestDetailAsync(await GetAsync("/money/round?amount=1%20550,00%20%E2%82%AC"));
        Assert.Equal("Failed to bind parameter \"Money amount\" from \"1 550,00 €\".", detail);
    }

    [Fact]
    public async Task A_french_decimal_comma_is_refused_not_read_as_a_group_separator()
    {
        // Read with the invariant culture, "2,5 %" would be 25 % if group separators went unchecked.
        var detail = await AssertBadRequestDetailAsync(await GetAsync("/rates/change?before=2,5%20%25&after=5%25"));
        Assert.Equal("Failed to bind parameter \"Rate before\" from \"2,5 %\".", detail);
    }

    [Fact]
    public async Task The_request_really_runs_in_french() =>
        Assert.Equal("fr-FR", await Client.GetStringAsync(new Uri("/culture", UriKind.Relative)));
}

/// <summary>The in-memory sample with every request's culture set to fr-FR, as request localization would.</summary>
public sealed class FrenchRequestCultureFactory : SampleApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FrenchRequests>());
    }

    private sealed class FrenchRequests : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var french = CultureInfo.GetCultureInfo("fr-FR");
            app.Use(async (context, nextMiddleware) =>
            {
                CultureInfo.CurrentCulture = french;
                CultureInfo.CurrentUICulture = french;
                if (context.Request.Path == "/culture")
                {
                    await context.Response.WriteAsync(CultureInfo.CurrentCulture.Name);
                    return;
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
