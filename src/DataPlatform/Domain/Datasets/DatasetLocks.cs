using System.Data.Common;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Datasets;

/// <summary>
/// The lock on a dataset's versions: held by whoever numbers a new version and by whoever deletes the
/// dataset, taken before anything else in their transactions, so that the two are serialised (a
/// version added while its dataset is deleted finds it gone: 404) and always lock in the same order.
/// </summary>
public static class DatasetLocks
{
    public static Task VersionsAsync(Database database, DbConnection connection, DbTransaction transaction, Guid datasetId, CancellationToken cancellationToken) =>
        database.LockAsync(connection, transaction, $"dataset-versions:{datasetId}", cancellationToken);
}
