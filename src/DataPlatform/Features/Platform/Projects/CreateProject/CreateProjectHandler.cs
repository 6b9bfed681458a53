using Dapper;
using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.CreateProject;

public sealed class CreateProjectHandler(DatabaseSession session, Database database, CurrentUser currentUser, Clock clock, ILogger<CreateProjectHandler> logger)
    : ICommandHandler<CreateProjectRequest, CreateProjectResponse>
{
    public async ValueTask<CreateProjectResponse> Handle(CreateProjectRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var id = Guid.CreateVersion7();
        var name = Names.Normalize(request.Name!);
        var now = clock.UtcNow();

        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.TransactionAsync(cancellationToken);
        await ProjectStore.CreateAsync(database, session, new NewProject(id, name, request.Description, null, userId, now), cancellationToken);
        var project = await connection.QuerySingleAsync<ProjectItem>(new CommandDefinition(
            ProjectItemSql.ById, new { ProjectId = id, UserId = userId }, transaction, cancellationToken: cancellationToken));
        logger.LogInformation("User {UserId} created project {ProjectId} ({Namespace}/{Slug})", userId, id, project.Namespace, project.Slug);
        return new CreateProjectResponse(id, project);
    }
}
