using Dapper;
using DataPlatform.Domain.Artifacts;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;

namespace DataPlatform.Domain.Projects;

/// <summary>
/// Creating and deleting a project, the same on every surface: a project made through the Tracker
/// surface is the same kind of project as one made through the Platform API.
/// </summary>
public static class ProjectStore
{
    /// <summary>
    /// Creates a project in the caller's namespace, with a slug free there, the caller as its owner,
    /// and (unless <paramref name="recordEvent"/> is false: an import brings its own timeline) a timeline
    /// event, in the caller's transaction.
    /// </summary>
    public static async Task CreateAsync(
        Database database, DatabaseSession session, NewProject project, CancellationToken cancellationToken, bool recordEvent = true)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        var connection = transaction.Connection!;
        // A namespace is its user's: locking the user's project slugs locks the namespace's.
        await database.LockAsync(connection, transaction, $"project-slugs:{project.UserId}", cancellationToken);
        var slug = Slugs.FromText(project.Name, "project");
        var rows = (await connection.QueryAsync<(string Namespace, string? Slug)>(new CommandDefinition(
            ProjectStoreSql.NamespaceAndSlugsLike, new { project.UserId, Slug = slug, Pattern = slug + "-%" }, transaction, cancellationToken: cancellationToken))).AsList();
        var ns = rows.Count > 0 ? rows[0].Namespace : throw new UnauthorizedException(CallerCheck.UserGone);
        var taken = rows.Where(r => r.Slug is not null).Select(r => r.Slug!);
        var parameters = new
        {
            project.Id,
            Namespace = ns,
            Slug = Slugs.FirstFree(slug, taken.ToHashSet(StringComparer.Ordinal)),
            project.Name,
            Description = string.IsNullOrEmpty(project.Description) ? null : project.Description,
            project.ClientName,
            project.UserId,
            project.Now,
        };
        await connection.ExecuteAsync(new CommandDefinition(ProjectStoreSql.InsertProject, parameters, transaction, cancellationToken: cancellationToken));
        await ProjectMembers.InsertAsync(session, project.Id, project.UserId, ProjectRole.Owner, project.Now, cancellationToken);
        if (recordEvent)
        {
            await ProjectTimeline.RecordAsync(session, new TimelineEntry(project.Id, TimelineSubject.Project, TimelineAction.Created, project.Name, project.UserId, project.Now), cancellationToken);
        }
    }

    /// <summary>
    /// Deletes a project with everything in it (members, timeline, tasks, datasets and versions), then
    /// the stored files no other dataset uses; returns how many files went.
    /// </summary>
    public static async Task<int> DeleteAsync(DatabaseSession session, Database database, IArtifactStore artifacts, Guid projectId, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(ProjectStoreSql.Delete, new { ProjectId = projectId }, transaction, cancellationToken: cancellationToken));
        return await ArtifactRows.DeleteUnreferencedAsync(session, database, artifacts, cancellationToken);
    }
}
