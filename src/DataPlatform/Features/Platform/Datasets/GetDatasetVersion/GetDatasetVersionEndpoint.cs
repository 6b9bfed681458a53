using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetVersion;

public static class GetDatasetVersionEndpoint
{
    public static RouteHandlerBuilder MapGetDatasetVersion(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_version_id:guid}", async ([FromRoute(Name = "dataset_version_id")] Guid versionId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetDatasetVersionRequest(versionId), cancellationToken)))
        .WithName("GetDatasetVersion")
        .WithSummary("One dataset version with its column schema")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
