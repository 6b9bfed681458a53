using System.Data.Common;
using Dapper;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Infrastructure.Artifacts;

/// <summary>The artifact rows that outlive the versions pointing at them.</summary>
public static class ArtifactRows
{
    /// <summary>Deletes artifact rows no version references, in the caller's transaction; returns their hashes, whose files the caller removes after committing.</summary>
    public static async Task<IReadOnlyList<string>> DeleteUnreferencedAsync(Database database, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // An upload holds the lock of the artifact it reuses until it commits: taking the candidates' locks
        // first means an artifact being reused right now is seen as referenced by the delete below.
        await database.LockAsync(connection, transaction, "artifact-sweep", cancellationToken);
        var candidates = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT a.sha256 FROM artifacts a WHERE NOT EXISTS (SELECT 1 FROM dataset_versions v WHERE v.artifact_id = a.id)",
            transaction: transaction,
            cancellationToken: cancellationToken));
        foreach (var sha256 in candidates)
        {
            await database.LockAsync(connection, transaction, $"artifact:{sha256}", cancellationToken);
        }

        return (await connection.QueryAsync<string>(new CommandDefinition(
            "DELETE FROM artifacts WHERE NOT EXISTS (SELECT 1 FROM dataset_versions v WHERE v.artifact_id = artifacts.id) RETURNING sha256",
            transaction: transaction,
            cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>
    /// Removes the files of <paramref name="hashes"/> unless an artifact row refers to them again.
    /// Each check runs under the artifact's lock, which an upload holds from finding or inserting the
    /// row until its file is in place and committed: the same bytes uploaded meanwhile keep their file.
    /// A crash before this leaves the files to the startup sweep.
    /// </summary>
    public static async Task RemoveFilesAsync(Database database, IArtifactStore artifacts, IReadOnlyCollection<string> hashes)
    {
        if (hashes.Count == 0)
        {
            return;
        }

        // Not cancellable: the rows are gone already, and the files should follow.
        await using var connection = await database.OpenAsync(CancellationToken.None);
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
