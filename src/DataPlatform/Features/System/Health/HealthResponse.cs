namespace DataPlatform.Features.System.Health;

public sealed record HealthResponse(string Status);
