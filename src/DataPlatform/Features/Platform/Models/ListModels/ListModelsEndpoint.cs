using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Models.ListModels;

public static class ListModelsEndpoint
{
    public static RouteHandlerBuilder MapListModels(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListModelsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListModels")
        .WithSummary("The models of a project or of one experiment, oldest first")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
