using System.Data.Common;
using Dapper;
using DataPlatform.Infrastructure.Pipeline;

namespace DataPlatform.Features.Tracker;

/// <summary>Reads projects in the Tracker shape: one query whatever the number of projects.</summary>
public static class TrackerProjects
{
    /// <summary>The ids of the projects <c>@UserId</c> is a member of, newest first.</summary>
    public const string CallerProjectIds =
        "SELECT p.id FROM projects p JOIN project_members m ON m.project_id = p.id AND m.user_id = @UserId ORDER BY p.created_at DESC, p.id DESC";

    /// <summary>The id <c>@ProjectId</c>.</summary>
    public const string OneProjectId = "SELECT @ProjectId";

    /// <summary>
    /// The projects whose ids <paramref name="projectIdsSql"/> selects, newest first, with their members
    /// and tasks: one result of three kinds of row (project, member, task), each kind in its own order.
    /// </summary>
    public static async Task<IReadOnlyList<TrackerProject>> LoadAsync(
        DbConnection connection, DbTransaction? transaction, string projectIdsSql, object parameters, CancellationToken cancellationToken)
    {
        var rows = (await connection.QueryAsync<Entry>(new CommandDefinition(
            $"""
            SELECT 0 AS Kind, p.id AS ProjectId, p.id AS Id, p.name AS Name, p.client_name AS Detail, p.description AS Description,
                   p.created_at AS NewestFirst, p.id AS IdDescending, NULL AS OldestFirst
            FROM projects p WHERE p.id IN ({projectIdsSql})
            UNION ALL
            SELECT 1, m.project_id, m.user_id, NULL, m.role, NULL, NULL, NULL, m.created_at
            FROM project_members m WHERE m.project_id IN ({projectIdsSql})
            UNION ALL
            SELECT 2, t.project_id, t.id, t.name, t.status, NULL, NULL, NULL, t.created_at
            FROM tasks t WHERE t.project_id IN ({projectIdsSql})
            ORDER BY Kind, NewestFirst DESC, IdDescending DESC, OldestFirst, Id
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken))).AsList();
        var members = rows.Where(r => r.Kind == 1).ToLookup(r => r.ProjectId);
        var tasks = rows.Where(r => r.Kind == 2).ToLookup(r => r.ProjectId);
        return rows.Where(r => r.Kind == 0).Select(p => new TrackerProject(
            p.Id,
            p.Name!,
            p.Detail ?? "",
            p.Description ?? "",
            members[p.Id].FirstOrDefault(m => ProjectRoles.Parse(m.Detail) == ProjectRole.Owner)?.Id,
            tasks[p.Id].Select(t => new TrackerTaskSummary(t.Id, t.Name!, t.Detail!)).ToList(),
            members[p.Id].Select(m => m.Id).ToList())).ToList();
    }

    /// <summary>
    /// One row of <see cref="LoadAsync"/>: a project (<see cref="Detail"/> its client), a member
    /// (<see cref="Id"/> the user, <see cref="Detail"/> the role) or a task (<see cref="Detail"/> its status).
    /// </summary>
    private sealed record Entry
    {
        public required long Kind { get; init; }

        public required Guid ProjectId { get; init; }

        public required Guid Id { get; init; }

        public required string? Name { get; init; }

        public required string? Detail { get; init; }

        public required string? Description { get; init; }
    }
}
