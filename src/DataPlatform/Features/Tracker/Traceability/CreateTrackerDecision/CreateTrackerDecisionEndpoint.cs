using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDecision;

public static class CreateTrackerDecisionEndpoint
{
    public static RouteHandlerBuilder MapCreateTrackerDecision(this RouteGroupBuilder group) => group
        .MapPost("", async ([FromRoute(Name = "projectId")] Guid projectId, CreateTrackerDecisionRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Created((string?)null, await sender.Send(request with { ProjectId = projectId }, cancellationToken)))
        .WithName("CreateTrackerDecision")
        .WithSummary("Log a decision for the project")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
