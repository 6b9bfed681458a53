using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Auth.RevokeApiKey;

public static class RevokeApiKeyEndpoint
{
    public static RouteHandlerBuilder MapRevokeApiKey(this RouteGroupBuilder group) => group
        .MapDelete("/api-keys/{id:guid}", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new RevokeApiKeyRequest(id), cancellationToken)))
        .WithName("RevokeApiKey")
        .WithSummary("Revoke one of the caller's API keys; it stops working at once")
        .WithDescription("Needs a token from login or register: API keys cannot revoke keys (403).")
        .RequireCaller()
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
