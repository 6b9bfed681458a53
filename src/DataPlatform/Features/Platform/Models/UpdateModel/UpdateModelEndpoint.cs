using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Models.UpdateModel;

public static class UpdateModelEndpoint
{
    public static RouteHandlerBuilder MapUpdateModel(this RouteGroupBuilder group) => group
        .MapPatch("/{model_id:guid}", async ([FromRoute(Name = "model_id")] Guid id, UpdateModelRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request with { ModelId = id }, cancellationToken)))
        .WithName("UpdateModel")
        .WithSummary("Rename a model or replace its metrics")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
