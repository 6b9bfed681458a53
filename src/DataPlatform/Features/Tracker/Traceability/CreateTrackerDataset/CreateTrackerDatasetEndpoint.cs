using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDataset;

public static class CreateTrackerDatasetEndpoint
{
    public static RouteHandlerBuilder MapCreateTrackerDataset(this RouteGroupBuilder group) => group
        .MapPost("", async ([FromRoute(Name = "projectId")] Guid projectId, CreateTrackerDatasetRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Created((string?)null, await sender.Send(request with { ProjectId = projectId }, cancellationToken)))
        .WithName("CreateTrackerDataset")
        .WithSummary("Log a dataset for the project; it is a Platform dataset too, without a file until a version is uploaded")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
