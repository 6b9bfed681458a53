using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Auth.ListApiKeys;

public static class ListApiKeysEndpoint
{
    public static RouteHandlerBuilder MapListApiKeys(this RouteGroupBuilder group) => group
        .MapGet("/api-keys", async ([AsParameters] ListApiKeysRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListApiKeys")
        .WithSummary("The caller's API keys (without their secrets), newest first")
        .RequireCaller()
        .ProducesErrors(StatusCodes.Status400BadRequest);
}
