using System.Globalization;
using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerExperiments;

public static class ListTrackerExperimentsEndpoint
{
    public static RouteHandlerBuilder MapListTrackerExperiments(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListTrackerExperimentsRequest request, HttpResponse http, ISender sender, CancellationToken cancellationToken) =>
        {
            var page = await sender.Send(request, cancellationToken);
            http.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Ok(page.Items);
        })
        .WithName("ListTrackerExperiments")
        .WithSummary("The experiments logged for the project, oldest first, optionally of one phase, as a bare array; X-Total-Count says how many match")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
