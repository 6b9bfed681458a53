using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Models.GetModel;

public static class GetModelEndpoint
{
    public static RouteHandlerBuilder MapGetModel(this RouteGroupBuilder group) => group
        .MapGet("/{model_id:guid}", async ([FromRoute(Name = "model_id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetModelRequest(id), cancellationToken)))
        .WithName("GetModel")
        .WithSummary("One model")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
