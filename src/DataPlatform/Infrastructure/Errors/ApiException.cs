namespace DataPlatform.Infrastructure.Errors;

/// <summary>
/// A failure a client can act on. Handlers throw one of the subclasses; <see cref="ApiExceptionHandler"/>
/// turns it into <c>{"error": message}</c> with the status the subclass names.
/// </summary>
public abstract class ApiException(string message) : Exception(message)
{
    public abstract int StatusCode { get; }
}
