using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.CreateExperiment;

/// <param name="ProjectId">The project it belongs to.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Optional description.</param>
/// <param name="DatasetId">The dataset it used (of the same project); without dataset_version_id, its newest version is recorded as the one used.</param>
/// <param name="DatasetVersionId">The dataset version it used; sets dataset_id when that is omitted.</param>
/// <param name="TargetColumn">The column it predicts.</param>
/// <param name="ProblemType">classification, regression, clustering, forecasting or other.</param>
/// <param name="Status">pending, running (default), completed, succeeded, failed or cancelled.</param>
/// <param name="Metrics">A JSON object.</param>
public sealed record CreateExperimentRequest(
    [property: Required] Guid? ProjectId,
    [property: Required] string? Name,
    string? Description = null,
    Guid? DatasetId = null,
    Guid? DatasetVersionId = null,
    string? TargetColumn = null,
    string? ProblemType = null,
    string? Status = null,
    JsonElement? Metrics = null) : ICommand<ExperimentItem>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectTarget.Required(ProjectId, "project_id"));
}
