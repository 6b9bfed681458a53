using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.ListDatasets;

public static class ListDatasetsEndpoint
{
    public static RouteHandlerBuilder MapListDatasets(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListDatasetsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListDatasets")
        .WithSummary("Datasets of one project, or of every project the caller is a member of")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
