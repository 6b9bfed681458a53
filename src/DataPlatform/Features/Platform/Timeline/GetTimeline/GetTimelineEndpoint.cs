using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Timeline.GetTimeline;

public static class GetTimelineEndpoint
{
    public static RouteHandlerBuilder MapGetTimeline(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] GetTimelineRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("GetTimeline")
        .WithSummary("The project's activity, oldest first")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
