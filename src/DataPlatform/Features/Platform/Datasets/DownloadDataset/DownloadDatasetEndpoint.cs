using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.DownloadDataset;

public static class DownloadDatasetEndpoint
{
    public static RouteHandlerBuilder MapDownloadDataset(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/download", async ([AsParameters] DownloadDatasetRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var file = await sender.Send(request, cancellationToken);
            return file.Content is { } content
                ? Results.Stream(content, file.ContentType, file.FileName)
                : Results.Stream(body => file.WriteAsync!(body, cancellationToken), file.ContentType, file.FileName);
        })
        .WithName("DownloadDataset")
        .WithSummary("The newest version of a dataset as a CSV, XLSX or Parquet file, streamed")
        .Produces(StatusCodes.Status200OK, typeof(Stream), contentType: DownloadFormats.All[DownloadFormats.Csv], additionalContentTypes: [DownloadFormats.All[DownloadFormats.Xlsx], DownloadFormats.All[DownloadFormats.Parquet]])
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
}
