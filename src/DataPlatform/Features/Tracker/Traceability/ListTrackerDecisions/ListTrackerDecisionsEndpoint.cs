using System.Globalization;
using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerDecisions;

public static class ListTrackerDecisionsEndpoint
{
    public static RouteHandlerBuilder MapListTrackerDecisions(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListTrackerDecisionsRequest request, HttpResponse http, ISender sender, CancellationToken cancellationToken) =>
        {
            var page = await sender.Send(request, cancellationToken);
            http.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Ok(page.Items);
        })
        .WithName("ListTrackerDecisions")
        .WithSummary("The decisions logged for the project, oldest first, optionally of one phase, as a bare array; X-Total-Count says how many match")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
