using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Projects.UpdateProject;

public static class UpdateProjectEndpoint
{
    public static RouteHandlerBuilder MapUpdateProject(this RouteGroupBuilder group) => group
        .MapPut("/{project_id:guid}", async ([FromRoute(Name = "project_id")] Guid projectId, UpdateProjectRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request with { ProjectId = projectId }, cancellationToken)))
        .WithName("UpdateProject")
        .WithSummary("Rename a project, change its description or archive it (owner only)")
        .WithDescription("`name` is required. An omitted `description` or `status` keeps its value; an empty `description` clears it.")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
