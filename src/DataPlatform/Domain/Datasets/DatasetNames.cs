using System.Data.Common;
using Dapper;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Domain.Datasets;

/// <summary>
/// The one rule for dataset names, the same on every surface: a live dataset's name is unique in its
/// project (a soft-deleted one frees its name). A writer that creates or renames a dataset takes the
/// project's name lock in its transaction first (<see cref="LockAsync"/>), so that two writers cannot
/// both see a name free.
/// </summary>
public sealed class DatasetNames
{
    private const string TakenBy = "SELECT id FROM datasets WHERE project_id = @ProjectId AND name = @Name AND deleted_at IS NULL";

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly Guid _projectId;

    private DatasetNames(DbConnection connection, DbTransaction transaction, Guid projectId)
    {
        _connection = connection;
        _transaction = transaction;
        _projectId = projectId;
    }

    /// <summary>Takes the lock on the dataset names of <paramref name="projectId"/> until <paramref name="transaction"/> ends.</summary>
    public static async Task<DatasetNames> LockAsync(Database database, DbConnection connection, DbTransaction transaction, Guid projectId, CancellationToken cancellationToken)
    {
        await database.LockAsync(connection, transaction, $"dataset-names:{projectId}", cancellationToken);
        return new DatasetNames(connection, transaction, projectId);
    }

    /// <summary>409 naming the dataset when a live dataset other than <paramref name="except"/> has <paramref name="name"/>.</summary>
    public Task RefuseTakenAsync(string name, Guid? except, CancellationToken cancellationToken) =>
        RefuseTakenAsync(_connection, _transaction, _projectId, name, except, cancellationToken);

    /// <summary>
    /// The same check without the lock, for a writer that wants to fail before long work (an upload,
    /// before reading its file); it must check again under the lock.
    /// </summary>
    public static Task RefuseTakenEarlyAsync(DbConnection connection, Guid projectId, string name, CancellationToken cancellationToken) =>
        RefuseTakenAsync(connection, null, projectId, name, null, cancellationToken);

    private static async Task RefuseTakenAsync(DbConnection connection, DbTransaction? transaction, Guid projectId, string name, Guid? except, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<Guid?>(new CommandDefinition(
            except is null ? TakenBy : TakenBy + " AND id <> @Except",
            new { ProjectId = projectId, Name = name, Except = except ?? Guid.Empty },
            transaction,
            cancellationToken: cancellationToken)) is { } id)
        {
            throw new ConflictException($"A dataset named '{name}' already exists in this project ({id}); choose another name, or add a version to it with POST /api/datasets/{id}/versions.");
        }
    }
}
