namespace DataPlatform.Infrastructure.Errors;

public sealed class ForbiddenException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status403Forbidden;
}
