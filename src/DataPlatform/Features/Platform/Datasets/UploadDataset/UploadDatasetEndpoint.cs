using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.UploadDataset;

public static class UploadDatasetEndpoint
{
    public static RouteHandlerBuilder MapUploadDataset(this RouteGroupBuilder group) => group
        .MapPost("/upload", async (UploadDatasetRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var response = await sender.Send(request, cancellationToken);
            return TypedResults.Created($"/api/datasets/{response.DatasetId}", response);
        })
        .WithName("UploadDataset")
        .WithSummary("Upload a CSV or Parquet file as a new dataset (version 0), profiled on the way in")
        .WithDescription("multipart/form-data with project_id, name, description (optional) and file, the file last. The file is streamed to storage while hashed, then profiled; a file that cannot be read as a table is refused with 422 naming the row and column, and nothing is kept. Editors and owners only.")
        .Accepts<UploadDatasetForm>("multipart/form-data")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType,
            StatusCodes.Status422UnprocessableEntity,
            StatusCodes.Status507InsufficientStorage);
}
