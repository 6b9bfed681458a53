using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Records;
using DataPlatform.Domain.Traceability;
using DataPlatform.Infrastructure.Data;

namespace DataPlatform.Features.Tracker;

/// <summary>
/// Datasets, experiments and decisions as the Tracker surface shows them: what another surface stored
/// without a Tracker field reads as its default (a dataset's phase data_understanding, an experiment's
/// modeling, a missing date the creation date, missing text empty).
/// </summary>
public static class TrackerMapping
{
    public const string DatasetPhase = "data_understanding";

    public const string ExperimentPhase = "modeling";

    public static TrackerDataset ToEntity(DatasetRow row, TrackerDatasetFile? file, TrackerUser? creator) => new(
        row.Id, row.Name, row.Source ?? file?.FileName ?? "", row.Description ?? "", file?.RowCount ?? row.Records ?? 0, row.AcquisitionDate ?? row.CreatedAt,
        row.Phase ?? DatasetPhase, row.ProjectId, creator, row.CreatedAt);

    public static TrackerExperiment ToEntity(ExperimentRow row, TrackerUser? creator) => new(
        row.Id, row.Name, row.Description ?? "", row.Phase ?? ExperimentPhase, row.Hypothesis, StoredJson.From(row.Parameters), StoredJson.From(row.Metrics), row.Result,
        row.RunDate ?? row.CreatedAt, row.ProjectId, creator, row.CreatedAt);

    public static TrackerDecision ToEntity(DecisionRow row, TrackerUser? creator) =>
        new(row.Id, row.Title, row.Description, row.Rationale, row.Phase, row.DecisionDate, row.ProjectId, creator, row.CreatedAt);
}
