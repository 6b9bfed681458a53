using Dapper;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.DeleteProject;

public sealed class DeleteProjectHandler(Database database, IArtifactStore artifacts, CurrentUser currentUser, ILogger<DeleteProjectHandler> logger)
    : ICommandHandler<DeleteProjectRequest, DeleteProjectResponse>
{
    public async ValueTask<DeleteProjectResponse> Handle(DeleteProjectRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> orphans;
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteProjectSql.Delete, new { request.ProjectId }, transaction, cancellationToken: cancellationToken));
            orphans = await ArtifactRows.DeleteUnreferencedAsync(database, connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await ArtifactRows.RemoveFilesAsync(database, artifacts, orphans);
        logger.LogInformation("User {UserId} deleted project {ProjectId} and {Files} file(s)", currentUser.Id, request.ProjectId, orphans.Count);
        return new DeleteProjectResponse(true);
    }
}
