using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Projects.UpdateTrackerProject;

public static class UpdateTrackerProjectEndpoint
{
    public static RouteHandlerBuilder MapUpdateTrackerProject(this RouteGroupBuilder group) => group
        .MapPut("/{projectId:guid}", async ([FromRoute(Name = "projectId")] Guid projectId, UpdateTrackerProjectRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request with { ProjectId = projectId }, cancellationToken)))
        .WithName("UpdateTrackerProject")
        .WithSummary("Update the name, client and description of a project (manager only; all three required)")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
