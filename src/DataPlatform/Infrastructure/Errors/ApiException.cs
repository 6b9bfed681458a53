namespace DataPlatform.Infrastructure.Errors;

/// <summary>
/// A failure a client can act on. Handlers throw one of the subclasses; <see cref="ApiExceptionHandler"/>
/// turns it into <c>{"error": message}</c> with the status the subclass names.
/// </summary>
public abstract class ApiException(string message) : Exception(message)
{
    public abstract int StatusCode { get; }
}

public sealed class BadRequestException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status400BadRequest;
}

public sealed class UnauthorizedException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status401Unauthorized;
}

public sealed class ForbiddenException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status403Forbidden;
}

public sealed class NotFoundException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status404NotFound;
}

public sealed class ConflictException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status409Conflict;
}

public sealed class UnsupportedMediaTypeException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status415UnsupportedMediaType;
}

public sealed class PayloadTooLargeException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status413PayloadTooLarge;
}

/// <summary>The request is well-formed but its content cannot be used (an unreadable file, a spreadsheet over its limits).</summary>
public sealed class UnprocessableException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status422UnprocessableEntity;
}

/// <summary>Too many attempts: 429 with <c>Retry-After</c>.</summary>
public sealed class TooManyRequestsException(string message, TimeSpan retryAfter) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status429TooManyRequests;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
