using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;
using DataPlatform.Domain.Collections;
using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Spaces;

/// <summary>Datasets and collections of one project, found by namespace slug and project slug.</summary>
public static class SpacesStore
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxTags = 100;
    public const int MaxTagLength = 100;
    public const int MaxMembers = 10_000;
    public const int MaxMemberLength = 200;

    /// <summary>The members of one collection as JSON: a page of 200 collections stays within 13 MB.</summary>
    public const int MaxMembersBytes = 64 * 1024;

    /// <summary>A dataset is read with all its collections, so it holds a bounded number of them.</summary>
    public const int MaxCollectionsPerDataset = 100;
    public const int MaxDescriptionLength = 10_000;

    public const string DatasetsOfProject = "SELECT " + DatasetRow.Columns + " FROM datasets d WHERE d.project_id = @ProjectId AND d.deleted_at IS NULL";

    public const string CollectionsOfDataset = "SELECT " + CollectionRow.Columns + " FROM collections c WHERE c.dataset_id = @DatasetId";

    /// <summary>A live dataset of the project by name with its collections, oldest first: one row per collection (collection columns NULL when it has none).</summary>
    public const string DatasetWithCollections =
        "SELECT " + DatasetRow.Columns + ", " + CollectionRow.Columns +
        " FROM datasets d LEFT JOIN collections c ON c.dataset_id = d.id WHERE d.project_id = @ProjectId AND d.deleted_at IS NULL AND d.name = @Name ORDER BY c.created_at, c.id";

    /// <summary>Collections whose dataset was deleted (softly on this surface, or for good on another).</summary>
    public const string StandaloneCollections =
        "SELECT " + CollectionRow.Columns + " FROM collections c LEFT JOIN datasets d ON d.id = c.dataset_id WHERE c.project_id = @ProjectId AND (c.dataset_id IS NULL OR d.deleted_at IS NOT NULL)";

    /// <summary>The collection, when it is a standalone one of the project; 404 otherwise.</summary>
    public static async Task<CollectionRow> StandaloneCollectionAsync(DbConnection connection, DbTransaction? transaction, Guid projectId, Guid collectionId, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<CollectionRow>(new CommandDefinition(
            StandaloneCollections + " AND c.id = @Id", new { ProjectId = projectId, Id = collectionId }, transaction, cancellationToken: cancellationToken))
        ?? throw new NotFoundException($"No standalone collection {collectionId} in this project.");

    /// <summary>The live dataset of that name in the project, or 404.</summary>
    public static async Task<DatasetRow> DatasetAsync(DbConnection connection, DbTransaction? transaction, Guid projectId, string name, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<DatasetRow>(new CommandDefinition(
            DatasetsOfProject + " AND d.name = @Name", new { ProjectId = projectId, Name = Names.Normalize(name) }, transaction, cancellationToken: cancellationToken))
        ?? throw new NotFoundException($"No dataset named '{name}' in this project.");

    public static async Task<IReadOnlyList<SpacesCollection>> CollectionsAsync(DbConnection connection, DbTransaction? transaction, Guid datasetId, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<CollectionRow>(new CommandDefinition(
            CollectionsOfDataset + " ORDER BY c.created_at, c.id", new { DatasetId = datasetId }, transaction, cancellationToken: cancellationToken)))
        .Select(c => c.ToCollection()).ToList();

    /// <summary>The collection of that name in a dataset, or 404.</summary>
    public static async Task<CollectionRow> CollectionAsync(DbConnection connection, DbTransaction? transaction, Guid datasetId, string name, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<CollectionRow>(new CommandDefinition(
            CollectionsOfDataset + " AND c.name = @Name", new { DatasetId = datasetId, Name = Names.Normalize(name) }, transaction, cancellationToken: cancellationToken))
        ?? throw new NotFoundException($"No collection named '{name}' in this dataset.");

    /// <summary>409 when another collection of the dataset has that name.</summary>
    public static async Task RefuseTakenCollectionNameAsync(DbConnection connection, DbTransaction transaction, Guid datasetId, string name, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM collections WHERE dataset_id = @DatasetId AND name = @Name", new { DatasetId = datasetId, Name = name }, transaction, cancellationToken: cancellationToken)) > 0)
        {
            throw new ConflictException(CollectionNameTaken(name));
        }
    }

    /// <summary>Deletes a collection (for good) and records it on the timeline, in the caller's transaction.</summary>
    public static async Task DeleteCollectionAsync(DatabaseSession session, Guid projectId, CollectionRow collection, Guid callerId, DateTime now, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            "DELETE FROM collections WHERE id = @Id", new { collection.Id }, transaction, cancellationToken: cancellationToken));
        await ProjectTimeline.RecordAsync(session, new TimelineEntry(projectId, TimelineSubject.Collection, TimelineAction.Deleted, collection.Name, callerId, now), cancellationToken);
    }

    public static int TotalPages(long total, int pageSize) => (int)((total + pageSize - 1) / pageSize);

    public static string? TagsJson(IReadOnlyList<string>? tags) => tags is null ? null : JsonSerializer.Serialize(tags);

    public static string MembersJson(IReadOnlyList<string>? members) => JsonSerializer.Serialize(members ?? []);

    /// <summary>The LIKE pattern that finds a tag in the stored JSON array: the tag as JSON, quotes included.</summary>
    public static string TagPattern(string tag) => "%" + Infrastructure.Data.LikePattern.Escape(JsonSerializer.Serialize(tag)) + "%";

    /// <summary>Why <paramref name="tags"/> cannot be stored; null when they can.</summary>
    public static string? TagsProblem(IReadOnlyList<string> tags, string field) =>
        tags.Count > MaxTags ? $"'{field}' holds at most {MaxTags} tags."
        : tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > MaxTagLength || Names.HasControlCharacters(t)) ? $"Each of '{field}' must be 1 to {MaxTagLength} characters without control characters."
        : null;

    /// <summary>Why <paramref name="members"/> cannot be stored; null when they can.</summary>
    public static string? MembersProblem(IReadOnlyList<string> members, string field) =>
        members.Count > MaxMembers ? $"'{field}' holds at most {MaxMembers:N0} ids."
        : members.Any(m => string.IsNullOrEmpty(m) || m.Length > MaxMemberLength || Names.HasControlCharacters(m)) ? $"Each of '{field}' must be 1 to {MaxMemberLength} characters without control characters."
        : Encoding.UTF8.GetByteCount(MembersJson(members)) > MaxMembersBytes ? $"'{field}' must be at most {MaxMembersBytes:N0} bytes as a JSON array (about 1,700 UUIDs)."
        : null;

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidTags<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) => rule.Satisfies((tags, field) => tags is null ? null : TagsProblem(tags, field));

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidMembers<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) => rule.Satisfies((members, field) => members is null ? null : MembersProblem(members, field));

    /// <summary>409 when a collection of the dataset has <paramref name="name"/>, or when it already holds <see cref="MaxCollectionsPerDataset"/> collections.</summary>
    public static async Task RefuseNewCollectionAsync(DbConnection connection, DbTransaction transaction, Guid datasetId, string name, CancellationToken cancellationToken)
    {
        var counts = await connection.QuerySingleAsync<CollectionCounts>(new CommandDefinition(
            "SELECT COUNT(*) AS Total, COUNT(CASE WHEN name = @Name THEN 1 END) AS Named FROM collections WHERE dataset_id = @DatasetId",
            new { DatasetId = datasetId, Name = name },
            transaction,
            cancellationToken: cancellationToken));
        if (counts.Named > 0)
        {
            throw new ConflictException(CollectionNameTaken(name));
        }

        if (counts.Total >= MaxCollectionsPerDataset)
        {
            throw new ConflictException($"The dataset already holds {MaxCollectionsPerDataset} collections, the most it may hold; delete one first.");
        }
    }

    private static string CollectionNameTaken(string name) => $"A collection named '{name}' already exists in this dataset.";

    private sealed record CollectionCounts(long Total, long Named);
}
