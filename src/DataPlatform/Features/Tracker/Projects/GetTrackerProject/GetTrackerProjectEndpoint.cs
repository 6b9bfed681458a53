using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Projects.GetTrackerProject;

public static class GetTrackerProjectEndpoint
{
    public static RouteHandlerBuilder MapGetTrackerProject(this RouteGroupBuilder group) => group
        .MapGet("/{projectId:guid}", async ([FromRoute(Name = "projectId")] Guid projectId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetTrackerProjectRequest(projectId), cancellationToken)))
        .WithName("GetTrackerProject")
        .WithSummary("A project with its tasks and team")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
