namespace DataPlatform.Infrastructure.Errors;

/// <summary>The body of every non-2xx response on every surface.</summary>
public sealed record ErrorResponse(string Error);
