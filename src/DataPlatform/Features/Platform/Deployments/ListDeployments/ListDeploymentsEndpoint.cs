using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Deployments.ListDeployments;

public static class ListDeploymentsEndpoint
{
    public static RouteHandlerBuilder MapListDeployments(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListDeploymentsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListDeployments")
        .WithSummary("The deployments of a project or of one model, oldest first")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
