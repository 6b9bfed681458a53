using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Auth.Login;

public static class LoginEndpoint
{
    public static RouteHandlerBuilder MapLogin(this RouteGroupBuilder group) => group
        .MapPost("/login", async (LoginRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("Login")
        .WithSummary("Exchange email and password for a token")
        .WithDescription("A wrong email and a wrong password get the same 401. Failed logins are counted per client address and per account: once either has used its failures of the window, 429 with Retry-After, even for the right password. Successful logins are not counted.")
        .AllowAnonymous()
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status401Unauthorized,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType,
            StatusCodes.Status429TooManyRequests,
            StatusCodes.Status500InternalServerError);
}
