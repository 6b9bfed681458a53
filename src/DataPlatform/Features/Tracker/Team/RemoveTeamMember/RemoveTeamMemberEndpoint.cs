using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Team.RemoveTeamMember;

public static class RemoveTeamMemberEndpoint
{
    public static RouteHandlerBuilder MapRemoveTeamMember(this RouteGroupBuilder group) => group
        .MapDelete("/{userId:guid}", async ([FromRoute(Name = "projectId")] Guid projectId, [FromRoute(Name = "userId")] Guid userId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new RemoveTeamMemberRequest(projectId, userId), cancellationToken)))
        .WithName("RemoveTeamMember")
        .WithSummary("Remove a user from the project team (manager only; the last manager cannot be removed); answers the project")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
}
