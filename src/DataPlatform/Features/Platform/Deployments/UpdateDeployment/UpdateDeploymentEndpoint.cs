using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Deployments.UpdateDeployment;

public static class UpdateDeploymentEndpoint
{
    public static RouteHandlerBuilder MapUpdateDeployment(this RouteGroupBuilder group) => group
        .MapPatch("/{deployment_id:guid}", async ([FromRoute(Name = "deployment_id")] Guid id, UpdateDeploymentRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request with { DeploymentId = id }, cancellationToken)))
        .WithName("UpdateDeployment")
        .WithSummary("Change a deployment's stage or switch it on or off")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
