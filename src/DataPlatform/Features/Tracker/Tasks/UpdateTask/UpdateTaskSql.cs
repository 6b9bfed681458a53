namespace DataPlatform.Features.Tracker.Tasks.UpdateTask;

internal static class UpdateTaskSql
{
    public const string Update =
        """
        UPDATE tasks SET name = COALESCE(@Name, name), status = COALESCE(@Status, status), updated_at = @Now
        WHERE id = @TaskId AND project_id = @ProjectId
        """;

    public const string One = "SELECT id AS Id, name AS Name, status AS Status FROM tasks WHERE id = @TaskId";
}
