using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Models.DeleteModel;

public static class DeleteModelEndpoint
{
    public static RouteHandlerBuilder MapDeleteModel(this RouteGroupBuilder group) => group
        .MapDelete("/{model_id:guid}", async ([FromRoute(Name = "model_id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteModelRequest(id), cancellationToken)))
        .WithName("DeleteModel")
        .WithSummary("Delete a model (its creator or an owner). Its deployments go with it, and its file when no one else uses it.")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
