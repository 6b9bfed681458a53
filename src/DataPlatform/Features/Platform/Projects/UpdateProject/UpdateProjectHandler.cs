using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.UpdateProject;

public sealed class UpdateProjectHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<UpdateProjectRequest, UpdateProjectResponse>
{
    public async ValueTask<UpdateProjectResponse> Handle(UpdateProjectRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var now = clock.UtcNow();
        var name = Names.Normalize(request.Name!);

        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            UpdateProjectSql.Update,
            new
            {
                request.ProjectId,
                Name = name,
                KeepDescription = request.Description is null ? 1 : 0,
                Description = string.IsNullOrEmpty(request.Description) ? null : request.Description,
                request.Status,
                Now = now,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (updated == 0)
        {
            // Deleted since the access check.
            throw new NotFoundException($"Project {request.ProjectId} not found.");
        }

        await ProjectTimeline.RecordAsync(session, new TimelineEntry(request.ProjectId, TimelineSubject.Project, TimelineAction.Updated, name, userId, now), cancellationToken);
        var project = await connection.QuerySingleAsync<ProjectItem>(new CommandDefinition(
            ProjectItemSql.ById, new { request.ProjectId, UserId = userId }, transaction, cancellationToken: cancellationToken));
        return new UpdateProjectResponse(project);
    }
}
