using Dapper;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Auth;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Text;
using DataPlatform.Infrastructure.Timeline;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.CreateProject;

public sealed class CreateProjectHandler(Database database, CurrentUser currentUser, Clock clock, ILogger<CreateProjectHandler> logger)
    : ICommandHandler<CreateProjectRequest, CreateProjectResponse>
{
    public async ValueTask<CreateProjectResponse> Handle(CreateProjectRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;
        var id = Guid.CreateVersion7();
        var name = Names.Normalize(request.Name!);
        var now = clock.UtcNow();

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ns = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            CreateProjectSql.CallerNamespace, new { UserId = userId }, transaction, cancellationToken: cancellationToken));
        await database.LockAsync(connection, transaction, $"namespace:{ns}", cancellationToken);
        var slug = Slugs.FromText(name, "project");
        var taken = await connection.QueryAsync<string>(new CommandDefinition(
            CreateProjectSql.SlugsLike, new { Namespace = ns, Slug = slug, Pattern = slug + "-%" }, transaction, cancellationToken: cancellationToken));
        var parameters = new
        {
            Id = id,
            Namespace = ns,
            Slug = Slugs.FirstFree(slug, taken.ToHashSet(StringComparer.Ordinal)),
            Name = name,
            Description = string.IsNullOrEmpty(request.Description) ? null : request.Description,
            UserId = userId,
            Now = now,
        };
        await connection.ExecuteAsync(new CommandDefinition(CreateProjectSql.InsertProject, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(CreateProjectSql.InsertOwner, parameters, transaction, cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(connection, transaction, new TimelineEntry(id, "project", "created", name, userId, now), cancellationToken);
        var project = await connection.QuerySingleAsync<ProjectItem>(new CommandDefinition(
            ProjectItemSql.ById, new { ProjectId = id, UserId = userId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("User {UserId} created project {ProjectId} ({Namespace}/{Slug})", userId, id, project.Namespace, project.Slug);
        return new CreateProjectResponse(id, project);
    }
}
