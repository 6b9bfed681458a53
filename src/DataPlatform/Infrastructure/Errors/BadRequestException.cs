namespace DataPlatform.Infrastructure.Errors;

public sealed class BadRequestException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status400BadRequest;
}
