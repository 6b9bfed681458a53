using DataPlatform.Domain.Traceability;

namespace DataPlatform.Features.Tracker.Tasks.UpdateTask;

internal static class UpdateTaskSql
{
    public const string Update =
        """
        UPDATE tasks SET name = COALESCE(@Name, name), status = COALESCE(@Status, status), updated_at = @Now
        WHERE id = @TaskId AND project_id = @ProjectId
        """;

    public const string One = $"SELECT {TaskRow.Columns} FROM tasks t WHERE t.id = @TaskId";
}
