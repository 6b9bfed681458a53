using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerExperiment;

public static class CreateTrackerExperimentEndpoint
{
    public static RouteHandlerBuilder MapCreateTrackerExperiment(this RouteGroupBuilder group) => group
        .MapPost("", async ([FromRoute(Name = "projectId")] Guid projectId, CreateTrackerExperimentRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Created((string?)null, await sender.Send(request with { ProjectId = projectId }, cancellationToken)))
        .WithName("CreateTrackerExperiment")
        .WithSummary("Log an experiment for the project")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
