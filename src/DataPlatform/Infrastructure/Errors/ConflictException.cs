namespace DataPlatform.Infrastructure.Errors;

public sealed class ConflictException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status409Conflict;
}
