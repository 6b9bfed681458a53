namespace DataPlatform.Infrastructure.Http;

/// <summary>
/// Writes a JSON result to memory and sends it only once it is complete, with its length. A failure
/// while it is written then reaches the exception handler before the response has started, so the
/// client gets the error envelope instead of a cut-off body. Lists are bounded per page
/// (<see cref="Paging"/>), so the buffer is too. Files and streams are not results with a value and
/// pass through untouched.
/// </summary>
public sealed class CompleteJsonResponses : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        return result is IValueHttpResult and IResult json ? new Buffered(json) : result;
    }

    private sealed class Buffered(IResult inner) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var body = response.Body;
            using var buffer = new MemoryStream();
            response.Body = buffer;
            try
            {
                await inner.ExecuteAsync(httpContext);
                await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
            }
            finally
            {
                response.Body = body;
            }

            response.ContentLength = buffer.Length;
            await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), httpContext.RequestAborted);
        }
    }
}
