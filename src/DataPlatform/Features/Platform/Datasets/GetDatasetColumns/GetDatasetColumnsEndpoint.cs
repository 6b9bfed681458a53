using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetColumns;

public static class GetDatasetColumnsEndpoint
{
    public static RouteHandlerBuilder MapGetDatasetColumns(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/columns", async ([AsParameters] GetDatasetColumnsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("GetDatasetColumns")
        .WithSummary("Column names and types of the dataset's newest version (or ?version=N; empty without a file)")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
