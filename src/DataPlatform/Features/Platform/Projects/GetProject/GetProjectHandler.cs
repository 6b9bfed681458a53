using Dapper;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.GetProject;

public sealed class GetProjectHandler(DatabaseSession session, CurrentUser currentUser) : IQueryHandler<GetProjectRequest, GetProjectResponse>
{
    public async ValueTask<GetProjectResponse> Handle(GetProjectRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var project = await connection.QuerySingleOrDefaultAsync<ProjectItem>(new CommandDefinition(
            ProjectItemSql.ById, new { request.ProjectId, UserId = currentUser.Id }, cancellationToken: cancellationToken));
        // Access was checked a moment ago; the project or the membership may have gone since.
        return new GetProjectResponse(project ?? throw new NotFoundException($"Project {request.ProjectId} not found."));
    }
}
