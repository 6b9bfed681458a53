using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerExperiment;

public static class DeleteTrackerExperimentEndpoint
{
    public static RouteHandlerBuilder MapDeleteTrackerExperiment(this RouteGroupBuilder group) => group
        .MapDelete("/{id:guid}", async ([FromRoute(Name = "projectId")] Guid projectId, [FromRoute(Name = "id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteTrackerExperimentRequest(projectId, id), cancellationToken)))
        .WithName("DeleteTrackerExperiment")
        .WithSummary("Remove a experiment entry (its creator or the project manager)")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
