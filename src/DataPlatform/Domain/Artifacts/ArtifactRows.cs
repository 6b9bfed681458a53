using System.Data.Common;
using Dapper;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Artifacts;

/// <summary>The artifact rows that outlive the dataset versions and models pointing at them.</summary>
public static class ArtifactRows
{
    /// <summary>
    /// Deletes artifact rows no version or model references, in the command's transaction, and removes
    /// their files once it commits; returns how many.
    /// </summary>
    public static async Task<int> DeleteUnreferencedAsync(DatabaseSession session, Database database, IArtifactStore artifacts, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        var connection = transaction.Connection!;
        if (database.LocksResources)
        {
            // An upload holds the lock of the artifact it reuses until it commits: taking the candidates' locks
            // first means an artifact being reused right now is seen as referenced by the delete below.
            await database.LockAsync(connection, transaction, "artifact-sweep", cancellationToken);
            var candidates = await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT a.sha256 FROM artifacts a WHERE " + Unreferenced("a"),
                transaction: transaction,
                cancellationToken: cancellationToken));
            foreach (var sha256 in candidates)
            {
                await database.LockAsync(connection, transaction, $"artifact:{sha256}", cancellationToken);
            }
        }

        var orphans = (await connection.QueryAsync<string>(new CommandDefinition(
            "DELETE FROM artifacts WHERE " + Unreferenced("artifacts") + " RETURNING sha256",
            transaction: transaction,
            cancellationToken: cancellationToken))).AsList();
        session.AfterCommit(() => RemoveFilesAsync(database, connection, artifacts, orphans));
        return orphans.Count;
    }

    /// <summary>
    /// The artifact row of a staged file, inserted when those bytes are new, under the artifact's lock
    /// (held until the caller's transaction ends, while its file is moved into place).
    /// </summary>
    public static async Task<Guid> FindOrInsertAsync(Database database, DbConnection connection, DbTransaction transaction, StagedArtifact staged, DateTime now, CancellationToken cancellationToken)
    {
        await database.LockAsync(connection, transaction, $"artifact:{staged.Sha256}", cancellationToken);
        // One statement either way: the no-op update on a conflict returns the existing row's id.
        return await connection.ExecuteScalarAsync<Guid>(new CommandDefinition(
            """
            INSERT INTO artifacts (id, sha256, size_bytes, created_at) VALUES (@Id, @Sha256, @SizeBytes, @CreatedAt)
            ON CONFLICT (sha256) DO UPDATE SET sha256 = excluded.sha256
            RETURNING id
            """,
            new { Id = Guid.CreateVersion7(), staged.Sha256, SizeBytes = staged.Size, CreatedAt = now },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the command's transaction, then moves the staged file (if any)
    /// into place; when the command fails, at any point, the file is removed (or the staged copy
    /// discarded): nothing is left.
    /// </summary>
    public static async Task<T> StoreAsync<T>(
        DatabaseSession session, Database database, IArtifactStore artifacts, StagedArtifact? staged, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var moved = false;
        if (staged is not null)
        {
            session.OnFailure(async () =>
            {
                if (moved)
                {
                    await RemoveFilesAsync(database, await session.ConnectionAsync(CancellationToken.None), artifacts, [staged.Sha256]);
                }
                else
                {
                    artifacts.Discard(staged);
                }
            });
        }

        var transaction = await session.TransactionAsync(cancellationToken);
        var result = await work(transaction.Connection!, transaction);
        moved = staged is not null && await artifacts.CommitAsync(staged, cancellationToken);
        return result;
    }

    /// <summary>No dataset version and no model refers to the artifact row <paramref name="alias"/>.</summary>
    private static string Unreferenced(string alias) =>
        $"NOT EXISTS (SELECT 1 FROM dataset_versions v WHERE v.artifact_id = {alias}.id) AND NOT EXISTS (SELECT 1 FROM models m WHERE m.artifact_id = {alias}.id)";

    /// <summary>
    /// Removes the files of <paramref name="hashes"/> unless an artifact row refers to them again.
    /// Each check runs under the artifact's lock, which an upload holds from finding or inserting the
    /// row until its file is in place and committed: the same bytes uploaded meanwhile keep their file.
    /// A crash before this leaves the files to the startup sweep. Runs on <paramref name="connection"/>,
    /// outside any transaction of it (a write that failed has rolled back its own).
    /// </summary>
    public static async Task RemoveFilesAsync(Database database, DbConnection connection, IArtifactStore artifacts, IReadOnlyCollection<string> hashes)
    {
        // Not cancellable: the rows are gone already, and the files should follow.
        foreach (var sha256 in hashes)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await database.LockAsync(connection, transaction, $"artifact:{sha256}", CancellationToken.None);
            var rows = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM artifacts WHERE sha256 = @Sha256", new { Sha256 = sha256 }, transaction));
            if (rows == 0)
            {
                artifacts.Delete(sha256);
            }

            await transaction.CommitAsync();
        }
    }
}
