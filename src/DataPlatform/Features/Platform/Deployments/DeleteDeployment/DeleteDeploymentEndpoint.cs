using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Deployments.DeleteDeployment;

public static class DeleteDeploymentEndpoint
{
    public static RouteHandlerBuilder MapDeleteDeployment(this RouteGroupBuilder group) => group
        .MapDelete("/{deployment_id:guid}", async ([FromRoute(Name = "deployment_id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteDeploymentRequest(id), cancellationToken)))
        .WithName("DeleteDeployment")
        .WithSummary("Delete a deployment (its creator or an owner). The model stays.")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
