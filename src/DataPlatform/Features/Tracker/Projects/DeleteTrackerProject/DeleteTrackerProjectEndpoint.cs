using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Projects.DeleteTrackerProject;

public static class DeleteTrackerProjectEndpoint
{
    public static RouteHandlerBuilder MapDeleteTrackerProject(this RouteGroupBuilder group) => group
        .MapDelete("/{projectId:guid}", async ([FromRoute(Name = "projectId")] Guid projectId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteTrackerProjectRequest(projectId), cancellationToken)))
        .WithName("DeleteTrackerProject")
        .WithSummary("Delete a project with its tasks, datasets, versions and files (manager only; irreversible)")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
