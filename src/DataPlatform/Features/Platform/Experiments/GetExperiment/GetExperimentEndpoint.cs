using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Experiments.GetExperiment;

public static class GetExperimentEndpoint
{
    public static RouteHandlerBuilder MapGetExperiment(this RouteGroupBuilder group) => group
        .MapGet("/{experiment_id:guid}", async ([FromRoute(Name = "experiment_id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetExperimentRequest(id), cancellationToken)))
        .WithName("GetExperiment")
        .WithSummary("One experiment")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
