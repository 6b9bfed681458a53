namespace DataPlatform.Infrastructure.Errors;

public sealed class UnsupportedMediaTypeException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status415UnsupportedMediaType;
}
