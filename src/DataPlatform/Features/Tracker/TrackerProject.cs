using System.Data.Common;
using System.Text.Json.Serialization;
using Dapper;
using DataPlatform.Infrastructure.Pipeline;

namespace DataPlatform.Features.Tracker;

/// <summary>A project as the Tracker surface shows it.</summary>
/// <param name="Id">The project's id (the same UUID as on /api/projects).</param>
/// <param name="ProjectName">The project's name.</param>
/// <param name="ClientName">The client; empty for a project created without one (on /api/projects).</param>
/// <param name="Description">The description; empty when it has none.</param>
/// <param name="Manager">The user id of the project manager: the owner who joined first.</param>
/// <param name="Tasks">The project's tasks, oldest first.</param>
/// <param name="Team">The user ids of every member (the manager included), in the order they joined.</param>
public sealed record TrackerProject(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("projectName")] string ProjectName,
    [property: JsonPropertyName("clientName")] string ClientName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("manager")] Guid? Manager,
    [property: JsonPropertyName("tasks")] IReadOnlyList<TrackerTaskSummary> Tasks,
    [property: JsonPropertyName("team")] IReadOnlyList<Guid> Team);

/// <param name="Status">todo, in_progress or completed.</param>
public sealed record TrackerTaskSummary(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string Status);

/// <summary>Reads projects in the Tracker shape: three queries whatever the number of projects.</summary>
public static class TrackerProjects
{
    /// <summary>The ids of the projects <c>@UserId</c> is a member of, newest first.</summary>
    public const string CallerProjectIds =
        "SELECT p.id FROM projects p JOIN project_members m ON m.project_id = p.id AND m.user_id = @UserId ORDER BY p.created_at DESC, p.id DESC";

    /// <summary>The id <c>@ProjectId</c>.</summary>
    public const string OneProjectId = "SELECT @ProjectId";

    /// <summary>The projects whose ids <paramref name="projectIdsSql"/> selects, newest first.</summary>
    public static async Task<IReadOnlyList<TrackerProject>> LoadAsync(
        DbConnection connection, DbTransaction? transaction, string projectIdsSql, object parameters, CancellationToken cancellationToken)
    {
        var projects = await connection.QueryAsync<ProjectRow>(new CommandDefinition(
            $"SELECT id AS Id, name AS Name, client_name AS ClientName, description AS Description FROM projects WHERE id IN ({projectIdsSql}) ORDER BY created_at DESC, id DESC",
            parameters, transaction, cancellationToken: cancellationToken));
        var members = (await connection.QueryAsync<MemberRow>(new CommandDefinition(
            $"SELECT project_id AS ProjectId, user_id AS UserId, role AS Role FROM project_members WHERE project_id IN ({projectIdsSql}) ORDER BY created_at, user_id",
            parameters, transaction, cancellationToken: cancellationToken))).ToLookup(m => m.ProjectId);
        var tasks = (await connection.QueryAsync<TaskRow>(new CommandDefinition(
            $"SELECT id AS Id, project_id AS ProjectId, name AS Name, status AS Status FROM tasks WHERE project_id IN ({projectIdsSql}) ORDER BY created_at, id",
            parameters, transaction, cancellationToken: cancellationToken))).ToLookup(t => t.ProjectId);
        return projects.Select(p => new TrackerProject(
            p.Id,
            p.Name,
            p.ClientName ?? "",
            p.Description ?? "",
            members[p.Id].FirstOrDefault(m => m.Role == ProjectRole.Owner)?.UserId,
            tasks[p.Id].Select(t => new TrackerTaskSummary(t.Id, t.Name, t.Status)).ToList(),
            members[p.Id].Select(m => m.UserId).ToList())).ToList();
    }

    private sealed record ProjectRow
    {
        public required Guid Id { get; init; }

        public required string Name { get; init; }

        public required string? ClientName { get; init; }

        public required string? Description { get; init; }
    }

    private sealed record MemberRow
    {
        public required Guid ProjectId { get; init; }

        public required Guid UserId { get; init; }

        public required ProjectRole Role { get; init; }
    }

    private sealed record TaskRow
    {
        public required Guid Id { get; init; }

        public required Guid ProjectId { get; init; }

        public required string Name { get; init; }

        public required string Status { get; init; }
    }
}

/// <summary>Limits and values of the Tracker surface.</summary>
public static class TrackerRules
{
    public const int MaxDescriptionLength = 10_000;

    /// <summary>A dataset's source (a database name, a URL, a path).</summary>
    public const int MaxSourceLength = 2_000;

    /// <summary>Traceability lists answer at most this many entries at once (the default).</summary>
    public const int MaxListLimit = 500;
}

/// <summary>Who logged a traceability entry; null once that user is deleted.</summary>
public sealed record TrackerUser(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("email")] string Email)
{
    public static TrackerUser? From(Guid? id, string? name, string? email) => id is { } value ? new TrackerUser(value, name ?? "", email ?? "") : null;
}

/// <summary>The confirmation the Tracker surface answers deletions with.</summary>
public sealed record TrackerMessage([property: JsonPropertyName("message")] string Message);
