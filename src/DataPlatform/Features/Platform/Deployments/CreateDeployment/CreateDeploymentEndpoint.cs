using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.CreateDeployment;

public static class CreateDeploymentEndpoint
{
    public static RouteHandlerBuilder MapCreateDeployment(this RouteGroupBuilder group) => group
        .MapPost("", async (CreateDeploymentRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var deployment = await sender.Send(request, cancellationToken);
            return TypedResults.Created($"/api/deployments/{deployment.Id}", deployment);
        })
        .WithName("CreateDeployment")
        .WithSummary("Record a deployment of a model")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
