using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.ListProjects;

public static class ListProjectsEndpoint
{
    public static RouteHandlerBuilder MapListProjects(this RouteGroupBuilder group) => group
        .MapGet("", async ([AsParameters] ListProjectsRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request, cancellationToken)))
        .WithName("ListProjects")
        .WithSummary("Projects the caller is a member of (owned or shared)")
        .ProducesErrors(StatusCodes.Status400BadRequest);
}
