using Dapper;
using DataPlatform.Domain.Timeline;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Domain.Datasets;

/// <summary>
/// The one writer of dataset rows, for every surface (a Platform upload, a Tracker entry, a Spaces
/// dataset, an import): the name's uniqueness under the project's name lock, the row, and the event
/// on the timeline, in the command's transaction.
/// </summary>
public static class DatasetWriter
{
    private const string Insert =
        """
        INSERT INTO datasets (id, project_id, name, description, source, records, acquisition_date, phase, tags, metadata, created_by, created_at, updated_at, deleted_at)
        VALUES (@Id, @ProjectId, @Name, @Description, @Source, @Records, @AcquisitionDate, @Phase, @Tags, @Metadata, @CreatedBy, @CreatedAt, @Now, @DeletedAt)
        """;

    /// <summary>Creates a dataset (409 when a live one of the project has its name) and records <paramref name="action"/> with <paramref name="details"/>.</summary>
    public static async Task CreateAsync(
        DatabaseSession session, Database database, NewDataset dataset, TimelineAction action, TimelineDetails details, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        var names = await DatasetNames.LockAsync(database, transaction.Connection!, transaction, dataset.ProjectId, cancellationToken);
        await names.RefuseTakenAsync(dataset.Name, null, cancellationToken);
        await InsertAsync(session, dataset, cancellationToken);
        await ProjectTimeline.RecordAsync(
            session, new TimelineEntry(dataset.ProjectId, TimelineSubject.Dataset, action, dataset.Name, dataset.CreatedBy, dataset.Now, details), cancellationToken);
    }

    /// <summary>
    /// Writes the row as given, for an import: its project is new, the manifest's names are checked
    /// with the manifest, and its timeline comes with it.
    /// </summary>
    public static async Task InsertAsync(DatabaseSession session, NewDataset dataset, CancellationToken cancellationToken)
    {
        var transaction = await session.TransactionAsync(cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(
            Insert,
            new
            {
                dataset.Id,
                dataset.ProjectId,
                dataset.Name,
                dataset.Description,
                dataset.Source,
                dataset.Records,
                dataset.AcquisitionDate,
                dataset.Phase,
                dataset.Tags,
                dataset.Metadata,
                dataset.CreatedBy,
                CreatedAt = dataset.CreatedAt ?? dataset.Now,
                dataset.Now,
                dataset.DeletedAt,
            },
            transaction,
            cancellationToken: cancellationToken));
    }
}
