namespace DataPlatform.Features.Tracker.Tasks.DeleteTask;

internal static class DeleteTaskSql
{
    public const string Name = "SELECT name FROM tasks WHERE id = @TaskId AND project_id = @ProjectId";

    public const string Delete = "DELETE FROM tasks WHERE id = @TaskId AND project_id = @ProjectId";
}
