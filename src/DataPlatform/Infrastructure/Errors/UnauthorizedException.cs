namespace DataPlatform.Infrastructure.Errors;

public sealed class UnauthorizedException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status401Unauthorized;
}
