using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Experiments.UpdateExperiment;

public static class UpdateExperimentEndpoint
{
    public static RouteHandlerBuilder MapUpdateExperiment(this RouteGroupBuilder group) => group
        .MapPatch("/{experiment_id:guid}", async ([FromRoute(Name = "experiment_id")] Guid id, UpdateExperimentRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request with { ExperimentId = id }, cancellationToken)))
        .WithName("UpdateExperiment")
        .WithSummary("Change an experiment's status or metrics")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
