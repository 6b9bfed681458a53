using DataPlatform.Domain.Collections;
using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Projects;
using DataPlatform.Domain.Records;
using DataPlatform.Domain.Timeline;
using DataPlatform.Domain.Traceability;

namespace DataPlatform.Features.Platform.Projects.ExportProject;

/// <summary>Every row of the project, each table read as its row type, oldest first; deleted datasets and their versions too.</summary>
internal static class ExportProjectSql
{
    public const string Project = $"SELECT {ProjectRow.Columns} FROM projects p WHERE p.id = @ProjectId";

    public const string Members =
        """
        SELECT m.user_id AS UserId, u.email AS Email, u.name AS Name, m.role AS Role
        FROM project_members m JOIN users u ON u.id = m.user_id
        WHERE m.project_id = @ProjectId ORDER BY m.created_at, m.user_id
        """;

    public const string Datasets = $"SELECT {DatasetRow.Columns} FROM datasets d WHERE d.project_id = @ProjectId ORDER BY d.created_at, d.id";

    public const string Versions = $"SELECT {DatasetVersionRow.Columns} FROM {DatasetVersionRow.From} WHERE d.project_id = @ProjectId ORDER BY v.dataset_id, v.version";

    public const string Experiments = $"SELECT {ExperimentRow.Columns} FROM experiments e WHERE e.project_id = @ProjectId ORDER BY e.created_at, e.id";

    public const string Models = $"SELECT {ModelRow.Columns} FROM {ModelRow.From} WHERE m.project_id = @ProjectId ORDER BY m.created_at, m.id";

    public const string Deployments = $"SELECT {DeploymentRow.Columns} FROM deployments dp WHERE dp.project_id = @ProjectId ORDER BY dp.created_at, dp.id";

    public const string Tasks = $"SELECT {TaskRow.Columns} FROM tasks t WHERE t.project_id = @ProjectId ORDER BY t.created_at, t.id";

    public const string Decisions = $"SELECT {DecisionRow.Columns} FROM decisions dc WHERE dc.project_id = @ProjectId ORDER BY dc.created_at, dc.id";

    public const string Collections = $"SELECT {CollectionRow.Columns} FROM collections c WHERE c.project_id = @ProjectId ORDER BY c.created_at, c.id";

    public const string Timeline = $"SELECT {TimelineEventRow.Columns} FROM timeline_events ev WHERE ev.project_id = @ProjectId ORDER BY ev.occurred_at, ev.id";
}
