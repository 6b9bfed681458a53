using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Members.RemoveMember;

public static class RemoveMemberEndpoint
{
    public static RouteHandlerBuilder MapRemoveMember(this RouteGroupBuilder group) => group
        .MapDelete("/{user_id:guid}", async (
            [FromRoute(Name = "project_id")] Guid projectId, [FromRoute(Name = "user_id")] Guid userId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new RemoveMemberRequest(projectId, userId), cancellationToken)))
        .WithName("RemoveMember")
        .WithSummary("Remove a member from the project (owner only); the last owner cannot be removed")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
