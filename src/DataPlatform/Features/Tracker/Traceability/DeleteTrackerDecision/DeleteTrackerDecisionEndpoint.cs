using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Traceability.DeleteTrackerDecision;

public static class DeleteTrackerDecisionEndpoint
{
    public static RouteHandlerBuilder MapDeleteTrackerDecision(this RouteGroupBuilder group) => group
        .MapDelete("/{id:guid}", async ([FromRoute(Name = "projectId")] Guid projectId, [FromRoute(Name = "id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteTrackerDecisionRequest(projectId, id), cancellationToken)))
        .WithName("DeleteTrackerDecision")
        .WithSummary("Remove a decision entry (its creator or the project manager)")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
