namespace DataPlatform.Infrastructure.Errors;

/// <summary>The request is well-formed but its content cannot be used (an unreadable file, a spreadsheet over its limits).</summary>
public sealed class UnprocessableException(string message) : ApiException(message)
{
    public override int StatusCode => StatusCodes.Status422UnprocessableEntity;
}
