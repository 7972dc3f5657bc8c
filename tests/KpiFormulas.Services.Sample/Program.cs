using KpiFormulas.Json;
using KpiFormulas.Services.Sample;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

// Every client error is an RFC 9457 problem (application/problem+json).
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ClientErrorExceptionHandler>();

// A route or query value that TryParse refuses, or a JSON body that does not deserialize, throws a
// BadHttpRequestException that names the parameter, instead of ending in an empty 400. ASP.NET
// Core does this only in Development by default; the exception handler turns it into a problem.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

builder.Services.ConfigureHttpJsonOptions(options =>
{
    // A property missing from a body is an error naming it, not default(Money) (0 XXX).
    options.SerializerOptions.RespectRequiredConstructorParameters = true;
    options.SerializerOptions.RespectNullableAnnotations = true;

    // The library's types come with their JSON forms (enums as names included); its source-generated
    // context serves them first, as a trimmed or AOT app would, and reflection the sample's own records.
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, KpiJsonContext.Default);
});

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapKpiEndpoints();

app.Run();

/// <summary>The app's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
