using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Tasks.CreateTask;

public static class CreateTaskEndpoint
{
    public static RouteHandlerBuilder MapCreateTask(this RouteGroupBuilder group) => group
        .MapPost("", async ([FromRoute(Name = "projectId")] Guid projectId, CreateTaskRequest request, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Created((string?)null, await sender.Send(request with { ProjectId = projectId }, cancellationToken)))
        .WithName("CreateTask")
        .WithSummary("Add a task to a project (team members)")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
