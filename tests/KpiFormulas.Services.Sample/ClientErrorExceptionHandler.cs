using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace KpiFormulas.Services.Sample;

/// <summary>
/// Turns the exceptions a client causes into problem details with a <c>detail</c> that says what
/// was wrong and where; anything else stays a 500 whose details are not shown.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A route, query or header value that the type's <c>TryParse</c> refuses, or a missing one:
/// ASP.NET Core's <see cref="BadHttpRequestException"/>, whose message names the parameter and the
/// value (<c>Failed to bind parameter "Rate rate" from "25".</c>).</item>
/// <item>A JSON body that does not deserialize: the inner <see cref="JsonException"/> gives the
/// JSON path of the field (<c>$.hourlyValue</c>) and the converter's reason.</item>
/// <item>A rule of the library broken by the values received (<see cref="CurrencyMismatchException"/>
/// and the other <see cref="ArgumentException"/>s, <see cref="OverflowException"/>): 400 with the
/// library's message. Endpoints check the rules they can name a field for before calling the
/// library; this is the safety net for the others.</item>
/// </list>
/// </remarks>
internal sealed class ClientErrorExceptionHandler(IProblemDetailsService problemDetailsService) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } bad => (bad.StatusCode, JsonDetail(json)),
            BadHttpRequestException bad => (bad.StatusCode, bad.Message),
            ArgumentException or OverflowException => (StatusCodes.Status400BadRequest, exception.Message),
            _ => (0, null),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }

    /// <summary>"The JSON body is invalid at '$.hourlyValue': reason": the path first, then the reason.</summary>
    private static string JsonDetail(JsonException json)
    {
        // System.Text.Json's own messages end with " Path: $.x | LineNumber: 0 | BytePositionInLine: 9.";
        // the converters' messages do not. Keep the reason only: the path is given first.
        var reason = json.Message;
        var suffix = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix >= 0)
        {
            reason = reason[..suffix];
        }

        return $"The JSON body is invalid at '{json.Path ?? "$"}': {reason}";
    }
}
