using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Members.AddMember;

public static class AddMemberEndpoint
{
    public static RouteHandlerBuilder MapAddMember(this RouteGroupBuilder group) => group
        .MapPost("", async ([FromRoute(Name = "project_id")] Guid projectId, AddMemberRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Created($"/api/projects/{projectId}/members", await sender.Send(request with { ProjectId = projectId }, cancellationToken)))
        .WithName("AddMember")
        .WithSummary("Add a registered user to the project, or set a member's role (owner only)")
        .WithDescription("201 with the member as stored, whether the user was added or only the role changed. The last owner cannot be demoted (409).")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
