using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Tasks.UpdateTask;

public static class UpdateTaskEndpoint
{
    public static RouteHandlerBuilder MapUpdateTask(this RouteGroupBuilder group) => group
        .MapPatch("/{taskId:guid}", async (
            [FromRoute(Name = "projectId")] Guid projectId,
            [FromRoute(Name = "taskId")] Guid taskId,
            UpdateTaskRequest request,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(request with { ProjectId = projectId, TaskId = taskId }, cancellationToken)))
        .WithName("UpdateTask")
        .WithSummary("Rename a task or change its status (team members)")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
