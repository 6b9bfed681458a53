using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.ListExperiments;

public static class ListExperimentsEndpoint
{
    public static RouteHandlerBuilder MapListExperiments(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListExperimentsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListExperiments")
        .WithSummary("The experiments of a project, oldest first (Tracker-logged ones included)")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
