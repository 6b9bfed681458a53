namespace DataPlatform.Infrastructure.Errors;

/// <summary>Too many attempts: 429 with <c>Retry-After</c>.</summary>
public sealed class TooManyRequestsException(string message, TimeSpan retryAfter) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status429TooManyRequests;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
