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

/// <summary>The disk (or the database's) is full: 507, and nothing the request wrote is kept.</summary>
public static class StorageFull
{
    // ENOSPC and EDQUOT (Linux 28 and 122, macOS 28 and 69); Windows ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL.
    private static readonly int[] DiskFullCodes = [28, 122, 69, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    public const string Message = "The server has no space left to store this; nothing was kept. Ask the operator to free disk space, then try again.";

    /// <summary>Whether <paramref name="exception"/>, or one it wraps, is a write that failed because the disk is full.</summary>
    public static bool IsDiskFull(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is IOException && DiskFullCodes.Contains(exception.HResult))
            {
                return true;
            }
        }

        return false;
    }
}
