using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Members.AddMember;

public static class AddMemberEndpoint
{
    public static RouteHandlerBuilder MapAddMember(this RouteGroupBuilder group) => group
        .MapPost("", async Task<Results<Created<AddMemberResponse>, Ok<AddMemberResponse>>> (
            [FromRoute(Name = "project_id")] Guid projectId, AddMemberRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var response = await sender.Send(request with { ProjectId = projectId }, cancellationToken);
            return response.Added
                ? TypedResults.Created($"/api/projects/{projectId}/members", response)
                : TypedResults.Ok(response);
        })
        .WithName("AddMember")
        .WithSummary("Add a registered user to the project, or change a member's role (owner only)")
        .WithDescription("201 when the user was added, 200 when an existing member's role was set. The last owner cannot be demoted (409).")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
