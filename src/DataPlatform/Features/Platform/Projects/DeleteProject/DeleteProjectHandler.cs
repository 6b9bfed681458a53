using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.DeleteProject;

public sealed class DeleteProjectHandler(DatabaseSession session, Database database, IArtifactStore artifacts, CurrentUser currentUser, ILogger<DeleteProjectHandler> logger)
    : ICommandHandler<DeleteProjectRequest, DeleteProjectResponse>
{
    public async ValueTask<DeleteProjectResponse> Handle(DeleteProjectRequest request, CancellationToken cancellationToken)
    {
        var files = await ProjectStore.DeleteAsync(session, database, artifacts, request.ProjectId, cancellationToken);
        logger.LogInformation("User {UserId} deleted project {ProjectId} and {Files} file(s)", currentUser.Id, request.ProjectId, files);
        return new DeleteProjectResponse(true);
    }
}
