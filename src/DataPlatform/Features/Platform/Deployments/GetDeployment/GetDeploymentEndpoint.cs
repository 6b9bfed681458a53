using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Deployments.GetDeployment;

public static class GetDeploymentEndpoint
{
    public static RouteHandlerBuilder MapGetDeployment(this RouteGroupBuilder group) => group
        .MapGet("/{deployment_id:guid}", async ([FromRoute(Name = "deployment_id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetDeploymentRequest(id), cancellationToken)))
        .WithName("GetDeployment")
        .WithSummary("One deployment")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
