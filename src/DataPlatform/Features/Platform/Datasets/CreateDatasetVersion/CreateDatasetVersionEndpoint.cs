using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;

public static class CreateDatasetVersionEndpoint
{
    public static RouteHandlerBuilder MapCreateDatasetVersion(this RouteGroupBuilder group) => group
        .MapPost("/{dataset_id:guid}/versions", async ([FromRoute(Name = "dataset_id")] Guid datasetId, CreateDatasetVersionRequest form, ISender sender, CancellationToken cancellationToken) =>
        {
            var response = await sender.Send(form with { DatasetId = datasetId }, cancellationToken);
            return TypedResults.Created($"/api/dataset-versions/{response.DatasetVersionId}", response);
        })
        .WithName("CreateDatasetVersion")
        .WithSummary("Upload a new version of a dataset (the next number), profiled on the way in")
        .WithDescription("multipart/form-data with description and file, the file last. Versions are numbered from 0, consecutively, also under concurrent uploads. Editors and owners only.")
        .Accepts<CreateDatasetVersionForm>("multipart/form-data")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType,
            StatusCodes.Status422UnprocessableEntity,
            StatusCodes.Status507InsufficientStorage);
}
