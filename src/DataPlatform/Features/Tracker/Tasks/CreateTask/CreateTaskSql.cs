namespace DataPlatform.Features.Tracker.Tasks.CreateTask;

internal static class CreateTaskSql
{
    public const string Insert =
        """
        INSERT INTO tasks (id, project_id, name, status, created_by, created_at, updated_at)
        VALUES (@Id, @ProjectId, @Name, @Status, @UserId, @Now, @Now)
        """;
}
