using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Auth.Register;

public static class RegisterEndpoint
{
    public static RouteHandlerBuilder MapRegister(this RouteGroupBuilder group) => group
        .MapPost("/register", async (RegisterRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Created("/api/auth/me", await sender.Send(request, cancellationToken)))
        .WithName("Register")
        .WithSummary("Create an account and receive a token")
        .WithDescription("Open by default; with DataPlatform:Auth:AllowRegistration=false only the first user may register. Rate-limited per client address.")
        .AllowAnonymous()
        .RequireRateLimiting(AuthSetup.CredentialsRateLimitPolicy)
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType,
            StatusCodes.Status429TooManyRequests,
            StatusCodes.Status500InternalServerError);
}
