using System.Globalization;
using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.ListTrackerProjects;

public static class ListTrackerProjectsEndpoint
{
    public static RouteHandlerBuilder MapListTrackerProjects(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListTrackerProjectsRequest request, HttpResponse http, ISender sender, CancellationToken cancellationToken) =>
        {
            var page = await sender.Send(request, cancellationToken);
            http.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Ok(page.Projects);
        })
        .WithName("ListTrackerProjects")
        .WithSummary("The projects the caller is a member of, newest first, as a bare array; X-Total-Count says how many there are")
        .ProducesErrors(StatusCodes.Status400BadRequest);
}
