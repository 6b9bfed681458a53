using Microsoft.AspNetCore.Http.Features;

namespace DataPlatform.Infrastructure.Http;

public static class UploadLimits
{
    /// <summary>Room for the form fields and part headers around the file of a multipart upload.</summary>
    public const long FormOverheadBytes = 1024 * 1024;

    /// <summary>
    /// Raises the request body limit of a multipart upload endpoint to a file of at most
    /// <paramref name="maxFileBytes"/> plus <see cref="FormOverheadBytes"/> (the server-wide limit is
    /// the JSON one). Kestrel enforces it for bodies with a Content-Length and for chunked ones alike;
    /// the file itself is held to <paramref name="maxFileBytes"/> while it is copied.
    /// </summary>
    public static void AllowFile(HttpContext http, long maxFileBytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxFileBytes + FormOverheadBytes;
        }
    }
}
