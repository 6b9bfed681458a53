using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Auth.CreateApiKey;

public static class CreateApiKeyEndpoint
{
    public static RouteHandlerBuilder MapCreateApiKey(this RouteGroupBuilder group) => group
        .MapPost("/api-keys", async (CreateApiKeyRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var response = await sender.Send(request, cancellationToken);
            return TypedResults.Created($"/api/auth/api-keys/{response.Id}", response);
        })
        .WithName("CreateApiKey")
        .WithSummary("Create an API key")
        .WithDescription("The key is in this response only; it works as a Bearer token until it is revoked or expires.")
        .RequireCaller()
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
