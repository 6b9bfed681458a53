using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Members.ListMembers;

public static class ListMembersEndpoint
{
    public static RouteHandlerBuilder MapListMembers(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListMembersRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListMembers")
        .WithSummary("Users who have access to the project, in the order they joined")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
