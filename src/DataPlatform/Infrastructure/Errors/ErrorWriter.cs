using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;

namespace DataPlatform.Infrastructure.Errors;

/// <summary>Writes the error envelope; used by the exception handler, status-code pages and the rate limiter.</summary>
public static class ErrorWriter
{
    private static readonly ErrorJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static Task WriteAsync(HttpContext httpContext, int status, string message, CancellationToken cancellationToken)
    {
        httpContext.Response.StatusCode = status;
        return httpContext.Response.WriteAsJsonAsync(new ErrorResponse(message), Json.ErrorResponse, "application/json", cancellationToken);
    }

    /// <summary>Envelope for responses that left the pipeline with an error status and no body (unknown route, 405, 401 challenge, ...).</summary>
    public static Task WriteStatusCodePageAsync(HttpContext httpContext)
    {
        var status = httpContext.Response.StatusCode;
        return WriteAsync(httpContext, status, Describe(httpContext, status), httpContext.RequestAborted);
    }

    /// <summary>The message for a status that the framework, not a handler, decided on.</summary>
    public static string Describe(HttpContext httpContext, int status)
    {
        var request = httpContext.Request;
        return status switch
        {
            StatusCodes.Status401Unauthorized => "Authentication required: send a valid token or API key as 'Authorization: Bearer <token>'.",
            StatusCodes.Status403Forbidden => "You do not have access to this resource.",
            StatusCodes.Status404NotFound => $"No resource at {request.Method} {request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"Method {request.Method} is not allowed on {request.Path}.",
            StatusCodes.Status413PayloadTooLarge => httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
                ? string.Create(CultureInfo.InvariantCulture, $"Request body too large: the limit for {request.Method} {request.Path} is {limit} bytes.")
                : "Request body too large.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"Unsupported Content-Type '{request.ContentType}' for {request.Method} {request.Path}; send {Accepted(httpContext)}.",
            _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : $"HTTP {status}",
        };
    }

    /// <summary>
    /// What the route takes, as its metadata declares. Routing answers 415 itself, with no endpoint,
    /// when a body's type is not what an upload route accepts: every route here takes JSON or a
    /// multipart form, so JSON refused there means the route takes the form.
    /// </summary>
    private static string Accepted(HttpContext httpContext) =>
        httpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types
            ? string.Join(" or ", types)
            : httpContext.Request.HasJsonContentType()
                ? "multipart/form-data, with the file as the last part"
                : "application/json (or multipart/form-data to upload a file)";
}
