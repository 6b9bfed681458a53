using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetRows;

public static class GetDatasetRowsEndpoint
{
    public static RouteHandlerBuilder MapGetDatasetRows(this RouteGroupBuilder group) => group
        .MapGet("/{dataset_id:guid}/rows", async ([AsParameters] GetDatasetRowsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("GetDatasetRows")
        .WithSummary("A page of the rows of the newest version (or ?version=N), typed: ?offset= (from 0) and ?limit= (1 to 1,000, 50 by default)")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
