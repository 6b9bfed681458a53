using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDataset;

public static class DeleteTrackerDatasetEndpoint
{
    public static RouteHandlerBuilder MapDeleteTrackerDataset(this RouteGroupBuilder group) => group
        .MapDelete("/{id:guid}", async ([FromRoute(Name = "projectId")] Guid projectId, [FromRoute(Name = "id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteTrackerDatasetRequest(projectId, id), cancellationToken)))
        .WithName("DeleteTrackerDataset")
        .WithSummary("Remove a dataset entry (its creator or the project manager)")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
