using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Models.GetModelLineage;

public static class GetModelLineageEndpoint
{
    public static RouteHandlerBuilder MapGetModelLineage(this RouteGroupBuilder group) => group
        .MapGet("/{model_id:guid}/lineage", async ([FromRoute(Name = "model_id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetModelLineageRequest(id), cancellationToken)))
        .WithName("GetModelLineage")
        .WithSummary("Which dataset version and experiment produced a model, and where it is deployed")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
