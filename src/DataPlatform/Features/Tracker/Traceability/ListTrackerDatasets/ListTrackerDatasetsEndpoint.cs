using System.Globalization;
using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerDatasets;

public static class ListTrackerDatasetsEndpoint
{
    public static RouteHandlerBuilder MapListTrackerDatasets(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListTrackerDatasetsRequest request, HttpResponse http, ISender sender, CancellationToken cancellationToken) =>
        {
            var page = await sender.Send(request, cancellationToken);
            http.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Ok(page.Items);
        })
        .WithName("ListTrackerDatasets")
        .WithSummary("The datasets logged for the project, oldest first, optionally of one phase, as a bare array; X-Total-Count says how many match")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
