using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.CreateExperiment;

public static class CreateExperimentEndpoint
{
    public static RouteHandlerBuilder MapCreateExperiment(this RouteGroupBuilder group) => group
        .MapPost("", async (CreateExperimentRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var created = await sender.Send(request, cancellationToken);
            return TypedResults.Created($"/api/experiments/{created.Id}", created);
        })
        .WithName("CreateExperiment")
        .WithSummary("Record an experiment (an ML run) on a dataset version")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
