using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.DeleteProject;

public sealed class DeleteProjectHandler(Database database, CurrentUser currentUser, ILogger<DeleteProjectHandler> logger)
    : ICommandHandler<DeleteProjectRequest, DeleteProjectResponse>
{
    public async ValueTask<DeleteProjectResponse> Handle(DeleteProjectRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DeleteProjectSql.Delete, new { request.ProjectId }, cancellationToken: cancellationToken));
        logger.LogInformation("User {UserId} deleted project {ProjectId}", currentUser.Id, request.ProjectId);
        return new DeleteProjectResponse(true);
    }
}
