using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.CreateTrackerProject;

public static class CreateTrackerProjectEndpoint
{
    public static RouteHandlerBuilder MapCreateTrackerProject(this RouteGroupBuilder group) => group
        .MapPost("", async (CreateTrackerProjectRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var project = await sender.Send(request, cancellationToken);
            return TypedResults.Created($"/projects/{project.Id}", project);
        })
        .WithName("CreateTrackerProject")
        .WithSummary("Create a project; the caller becomes its manager")
        .ProducesErrors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);
}
