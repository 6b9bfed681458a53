using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Experiments.DeleteExperiment;

public static class DeleteExperimentEndpoint
{
    public static RouteHandlerBuilder MapDeleteExperiment(this RouteGroupBuilder group) => group
        .MapDelete("/{experiment_id:guid}", async ([FromRoute(Name = "experiment_id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteExperimentRequest(id), cancellationToken)))
        .WithName("DeleteExperiment")
        .WithSummary("Delete a experiment (its creator or an owner). Its models and their deployments go with it, and model files no one else uses.")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
