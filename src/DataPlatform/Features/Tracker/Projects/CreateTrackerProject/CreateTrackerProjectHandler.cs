using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.CreateTrackerProject;

public sealed class CreateTrackerProjectHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ILogger<CreateTrackerProjectHandler> logger)
    : ICommandHandler<CreateTrackerProjectRequest, TrackerProject>
{
    public async ValueTask<TrackerProject> Handle(CreateTrackerProjectRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        await ProjectStore.CreateAsync(
            database,
            session,
            new NewProject(id, Names.Normalize(request.ProjectName!), request.Description, Names.Normalize(request.ClientName!), currentUser.Id, clock.UtcNow()),
            cancellationToken);
        var project = (await TrackerProjects.LoadAsync(connection, transaction, TrackerProjects.OneProjectId, new { ProjectId = id }, cancellationToken)).Single();
        logger.LogInformation("User {UserId} created project {ProjectId} on the Tracker surface", currentUser.Id, id);
        return project;
    }
}
