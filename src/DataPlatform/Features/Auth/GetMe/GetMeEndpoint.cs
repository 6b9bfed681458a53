using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Auth.GetMe;

public static class GetMeEndpoint
{
    public static RouteHandlerBuilder MapGetMe(this RouteGroupBuilder group) => group
        .MapGet("/me", async (ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetMeRequest(), cancellationToken)))
        .WithName("GetMe")
        .WithSummary("The authenticated user")
        .RequireCaller();
}
