using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.CreateProject;

public static class CreateProjectEndpoint
{
    public static RouteHandlerBuilder MapCreateProject(this RouteGroupBuilder group) => group
        .MapPost("", async (CreateProjectRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var response = await sender.Send(request, cancellationToken);
            return TypedResults.Created($"/api/projects/{response.ProjectId}", response);
        })
        .WithName("CreateProject")
        .WithSummary("Create a project; the caller becomes its owner")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
