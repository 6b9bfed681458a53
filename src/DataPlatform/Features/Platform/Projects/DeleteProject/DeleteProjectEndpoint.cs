using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Projects.DeleteProject;

public static class DeleteProjectEndpoint
{
    public static RouteHandlerBuilder MapDeleteProject(this RouteGroupBuilder group) => group
        .MapDelete("/{project_id:guid}", async ([FromRoute(Name = "project_id")] Guid projectId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteProjectRequest(projectId), cancellationToken)))
        .WithName("DeleteProject")
        .WithSummary("Permanently delete a project and everything in it (owner only)")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
