using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Projects.GetProject;

public static class GetProjectEndpoint
{
    public static RouteHandlerBuilder MapGetProject(this RouteGroupBuilder group) => group
        .MapGet("/{project_id:guid}", async ([FromRoute(Name = "project_id")] Guid projectId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetProjectRequest(projectId), cancellationToken)))
        .WithName("GetProject")
        .WithSummary("One project")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
