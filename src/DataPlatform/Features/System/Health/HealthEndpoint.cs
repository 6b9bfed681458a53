using DataPlatform.Infrastructure.Http;

namespace DataPlatform.Features.System.Health;

public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app) => app
        .MapGet("/health", () => TypedResults.Ok(new HealthResponse("ok")))
        .WithName("Health")
        .WithSummary("Liveness check")
        .WithTags("System")
        .WithGroupName(OpenApiSetup.Platform)
        .AllowAnonymous();
}
