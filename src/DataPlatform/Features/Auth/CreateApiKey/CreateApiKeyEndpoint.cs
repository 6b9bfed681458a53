using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Auth.CreateApiKey;

public static class CreateApiKeyEndpoint
{
    public static RouteHandlerBuilder MapCreateApiKey(this RouteGroupBuilder group) => group
        .MapPost("/api-keys", async (CreateApiKeyRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var response = await sender.Send(request, cancellationToken);
            return TypedResults.Created("/api/auth/api-keys", response);
        })
        .WithName("CreateApiKey")
        .WithSummary("Create an API key")
        .WithDescription("The key is in this response only; it works as a Bearer token until it is revoked or expires. Needs a token from login or register: API keys cannot create keys (403).")
        .RequireCaller()
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
