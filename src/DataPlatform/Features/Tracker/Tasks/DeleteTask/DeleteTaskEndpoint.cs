using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Tracker.Tasks.DeleteTask;

public static class DeleteTaskEndpoint
{
    public static RouteHandlerBuilder MapDeleteTask(this RouteGroupBuilder group) => group
        .MapDelete("/{taskId:guid}", async ([FromRoute(Name = "projectId")] Guid projectId, [FromRoute(Name = "taskId")] Guid taskId, ISender sender, CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteTaskRequest(projectId, taskId), cancellationToken)))
        .WithName("DeleteTask")
        .WithSummary("Remove a task (team members)")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
