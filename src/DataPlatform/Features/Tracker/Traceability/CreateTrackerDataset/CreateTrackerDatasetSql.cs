namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDataset;

internal static class CreateTrackerDatasetSql
{
    public const string Insert =
        """
        INSERT INTO datasets (id, project_id, name, description, source, records, acquisition_date, phase, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Description, @Source, @Records, @AcquisitionDate, @Phase, @UserId, @Now, @Now)
        """;
}
