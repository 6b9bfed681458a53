using System.Text.Json;
using DataPlatform.Infrastructure.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace DataPlatform.Infrastructure.Errors;

/// <summary>The one place where failures become <c>{"error": "..."}</c> responses.</summary>
public sealed class ApiExceptionHandler(Database database, ILogger<ApiExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            return true;
        }

        var (status, message) = exception switch
        {
            ApiException api => (api.StatusCode, api.Message),
            _ when StorageFull.IsDiskFull(exception) || database.IsStorageFull(exception) => (StatusCodes.Status507InsufficientStorage, StorageFull.Message),
            _ when database.IsForeignKeyViolation(exception) =>
                (StatusCodes.Status409Conflict, "Something this request refers to (a project or a dataset) was deleted while it ran; nothing was changed."),
            BadHttpRequestException bad => (bad.StatusCode, DescribeBadRequest(bad, httpContext)),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred; it has been logged."),
        };

        if (exception is TooManyRequestsException { RetryAfter: var wait })
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (status == StatusCodes.Status507InsufficientStorage)
        {
            logger.LogError(exception, "No space left on disk for {Method} {Path}: free space in the data directory (or the database's disk)", httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        await ErrorWriter.WriteAsync(httpContext, status, message, cancellationToken);
        return true;
    }

    private static string DescribeBadRequest(BadHttpRequestException exception, HttpContext httpContext) => exception switch
    {
        { StatusCode: StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType } => ErrorWriter.Describe(httpContext, exception.StatusCode),
        { InnerException: JsonException json } => BadRequestMessages.DescribeJson(json),
        // "Implicit body inferred ... but no body was provided" / "Required parameter ... was not provided from body".
        _ when exception.Message.Contains("body", StringComparison.Ordinal) && exception.Message.Contains("provided", StringComparison.Ordinal) =>
            "A JSON request body is required.",
        _ => BadRequestMessages.DescribeBindingFailure(exception.Message, httpContext.Request)
            ?? "The request could not be read; check its parameters and body against the API reference at /docs.",
    };
}
