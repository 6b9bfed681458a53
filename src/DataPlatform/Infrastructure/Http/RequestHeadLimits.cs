using DataPlatform.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DataPlatform.Infrastructure.Http;

/// <summary>
/// The limits on a request's target and headers, enforced here rather than by Kestrel so that the
/// answer carries the error envelope: Kestrel refuses beyond its own limits with an empty body, so
/// its limits are set to four times these and it only answers requests no client sends by mistake.
/// </summary>
public static class RequestHeadLimits
{
    /// <summary>The request target (path and query), as Kestrel's default request line limit.</summary>
    public const int MaxTargetBytes = 8 * 1024;

    /// <summary>All request headers together, as Kestrel's default.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    public static void ConfigureKestrel(KestrelServerLimits limits)
    {
        limits.MaxRequestLineSize = 4 * MaxTargetBytes;
        limits.MaxRequestHeadersTotalSize = 4 * MaxHeaderBytes;
    }

    /// <summary>414 and 431 with the envelope; every response also says <c>X-Content-Type-Options: nosniff</c>.</summary>
    public static IApplicationBuilder UseRequestHeadLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var response = context.Response;
        // Set when the response starts, so that it survives the exception handler clearing the headers.
        response.OnStarting(() =>
        {
            response.Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        });

        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        if (target.Length > MaxTargetBytes)
        {
            return ErrorWriter.WriteAsync(context, StatusCodes.Status414UriTooLong, $"The request target is {target.Length:N0} bytes; at most {MaxTargetBytes:N0} are accepted.", context.RequestAborted);
        }

        long headerBytes = 0;
        foreach (var (name, values) in context.Request.Headers)
        {
            headerBytes += name.Length + 4;
            foreach (var value in values)
            {
                headerBytes += value?.Length ?? 0;
            }
        }

        return headerBytes > MaxHeaderBytes
            ? ErrorWriter.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, $"The request headers are {headerBytes:N0} bytes; at most {MaxHeaderBytes:N0} are accepted.", context.RequestAborted)
            : next(context);
    });
}
