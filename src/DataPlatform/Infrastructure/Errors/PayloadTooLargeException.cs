namespace DataPlatform.Infrastructure.Errors;

public sealed class PayloadTooLargeException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status413PayloadTooLarge;
}
