using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Tracker.Projects.DeleteTrackerProject;

public sealed class DeleteTrackerProjectHandler(DatabaseSession session, Database database, IArtifactStore artifacts, CurrentUser currentUser, ILogger<DeleteTrackerProjectHandler> logger)
    : ICommandHandler<DeleteTrackerProjectRequest, TrackerMessage>
{
    public async ValueTask<TrackerMessage> Handle(DeleteTrackerProjectRequest request, CancellationToken cancellationToken)
    {
        var files = await ProjectStore.DeleteAsync(session, database, artifacts, request.ProjectId, cancellationToken);
        logger.LogInformation("User {UserId} deleted project {ProjectId} and {Files} file(s) on the Tracker surface", currentUser.Id, request.ProjectId, files);
        return new TrackerMessage("Project deleted successfully.");
    }
}
