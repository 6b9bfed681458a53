using DataPlatform.Domain.Records;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Platform.Records;

/// <summary>Experiments, models and deployments as the Platform surface shows them.</summary>
public static class RecordMapping
{
    public static ExperimentItem ToItem(this ExperimentRow row, ExperimentModels models) => new(
        row.Id, row.ProjectId, row.Name, row.Description, row.Phase, row.DatasetId, row.DatasetVersionId, row.TargetColumn, row.ProblemType,
        row.Status ?? ExperimentRow.DefaultStatus, StoredJson.From(row.Metrics), models.ModelCount, models.BestModelType,
        row.FinishedAt is { } finished ? (long)Math.Round((finished - row.CreatedAt).TotalSeconds) : null, row.CreatedBy, row.CreatedAt, row.UpdatedAt);

    public static ModelItem ToItem(this ModelRow row) =>
        new(row.Id, row.ProjectId, row.ExperimentId, row.Name, row.Algorithm, StoredJson.From(row.Metrics), row.ArtifactId, row.FileName, row.CreatedBy, row.CreatedAt, row.UpdatedAt);

    public static DeploymentItem ToItem(this DeploymentRow row) =>
        new(row.Id, row.ProjectId, row.ModelId, row.Name, row.Stage, row.IsActive != 0, row.CreatedBy, row.CreatedAt, row.UpdatedAt);
}
