using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.UpdateTrackerProject;

public sealed class UpdateTrackerProjectHandler(DatabaseSession session, CurrentUser currentUser, Clock clock) : ICommandHandler<UpdateTrackerProjectRequest, TrackerProject>
{
    public async ValueTask<TrackerProject> Handle(UpdateTrackerProjectRequest request, CancellationToken cancellationToken)
    {
        var name = Names.Normalize(request.ProjectName!);
        var now = clock.UtcNow();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            UpdateTrackerProjectSql.Update,
            new { request.ProjectId, Name = name, ClientName = Names.Normalize(request.ClientName!), request.Description, Now = now },
            transaction,
            cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw new NotFoundException($"Project {request.ProjectId} not found.");
        }

        await ProjectTimeline.RecordAsync(session, new TimelineEntry(request.ProjectId, TimelineSubject.Project, TimelineAction.Updated, name, currentUser.Id, now), cancellationToken);
        var project = (await TrackerProjects.LoadAsync(connection, transaction, TrackerProjects.OneProjectId, new { request.ProjectId }, cancellationToken)).Single();
        return project;
    }
}
