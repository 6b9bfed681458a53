using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Team.AddTeamMember;

public static class AddTeamMemberEndpoint
{
    public static RouteHandlerBuilder MapAddTeamMember(this RouteGroupBuilder group) => group
        .MapPost("", async ([FromRoute(Name = "projectId")] Guid projectId, AddTeamMemberRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request with { ProjectId = projectId }, cancellationToken)))
        .WithName("AddTeamMember")
        .WithSummary("Add a user to the project team by id or email (manager only); answers the project")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
