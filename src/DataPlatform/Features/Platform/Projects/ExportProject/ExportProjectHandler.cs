using Dapper;
using DataPlatform.Domain.Collections;
using DataPlatform.Domain.Datasets;
using DataPlatform.Domain.Projects;
using DataPlatform.Domain.Records;
using DataPlatform.Domain.Timeline;
using DataPlatform.Domain.Traceability;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.ExportProject;

/// <summary>Reads the whole project in one snapshot, so that the manifest is a consistent picture.</summary>
public sealed class ExportProjectHandler(DatabaseSession session, Clock clock) : IQueryHandler<ExportProjectRequest, ExportProjectResponse>
{
    public async ValueTask<ExportProjectResponse> Handle(ExportProjectRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var transaction = await session.SnapshotAsync(cancellationToken);
        async Task<List<T>> Rows<T>(string sql) =>
            (await connection.QueryAsync<T>(new CommandDefinition(sql, request, transaction, cancellationToken: cancellationToken))).AsList();

        var project = (await Rows<ProjectRow>(ExportProjectSql.Project)).SingleOrDefault() ?? throw new NotFoundException($"Project {request.ProjectId} not found.");
        var datasets = await Rows<DatasetRow>(ExportProjectSql.Datasets);
        var versions = await Rows<DatasetVersionRow>(ExportProjectSql.Versions);
        var models = await Rows<ModelRow>(ExportProjectSql.Models);
        var files = versions.Select(v => (v.ArtifactId, v.Sha256, v.Size))
            .Concat(models.Where(m => m.ArtifactId is not null).Select(m => (ArtifactId: m.ArtifactId!.Value, Sha256: m.Sha256!, Size: m.Size!.Value)))
            .DistinctBy(f => f.ArtifactId)
            .ToList();
        var byDataset = versions.ToLookup(v => v.DatasetId);
        var liveDatasets = datasets.Where(d => d.DeletedAt is null).Select(d => d.Id).ToHashSet();
        var manifest = new ProjectManifest(
            ProjectManifest.CurrentFormat,
            clock.UtcNow(),
            new ManifestProject(project.Id, project.Name, project.Description, project.ClientName, project.Status, project.CreatedAt),
            await Rows<ManifestMember>(ExportProjectSql.Members),
            datasets.Select(d => ToManifest(d, byDataset[d.Id].Select(ToManifest).ToList())).ToList(),
            (await Rows<ExperimentRow>(ExportProjectSql.Experiments)).Select(ToManifest).ToList(),
            models.Select(ToManifest).ToList(),
            (await Rows<DeploymentRow>(ExportProjectSql.Deployments)).Select(d => new ManifestDeployment(d.Id, d.ModelId, d.Name, d.Stage, d.IsActive != 0, d.CreatedAt)).ToList(),
            (await Rows<TaskRow>(ExportProjectSql.Tasks)).Select(t => new ManifestTask(t.Id, t.Name, t.Status, t.CreatedAt)).ToList(),
            (await Rows<DecisionRow>(ExportProjectSql.Decisions)).Select(d => new ManifestDecision(d.Id, d.Title, d.Description, d.Rationale, d.Phase, d.DecisionDate, d.CreatedAt)).ToList(),
            // A collection whose dataset was deleted is standalone in the export.
            (await Rows<CollectionRow>(ExportProjectSql.Collections))
                .Select(c => new ManifestCollection(c.Id, c.DatasetId is { } id && liveDatasets.Contains(id) ? id : null, c.Name, c.MemberList, c.CreatedAt)).ToList(),
            (await Rows<TimelineEventRow>(ExportProjectSql.Timeline)).Select(e => new ManifestEvent(e.Type, e.Action, e.Name, e.OccurredAt, JsonColumns.Read(e.Details))).ToList(),
            files.Select(f => new ManifestFile(ProjectManifest.PathOf(f.ArtifactId), f.Sha256, f.Size)).ToList());
        return new ExportProjectResponse(
            $"{Slugs.FromText(project.Slug, "project")}-export.zip",
            manifest,
            files.Select(f => new ExportedFile(ProjectManifest.PathOf(f.ArtifactId), f.Sha256)).ToList());
    }

    private static ManifestDataset ToManifest(DatasetRow row, IReadOnlyList<ManifestVersion> versions) => new(
        row.Id, row.Name, row.Description, row.Source, row.Records, row.AcquisitionDate, row.Phase, JsonColumns.Read(row.Tags), JsonColumns.Read(row.Metadata), row.CreatedAt,
        versions, row.DeletedAt);

    private static ManifestVersion ToManifest(DatasetVersionRow row) => new(
        row.Id, row.Version, row.FileName, row.Format, row.Description, row.RowCount, row.ColumnCount, JsonColumns.Read(row.SchemaJson)!.Value,
        JsonColumns.Read(row.StatisticsJson)!.Value, JsonColumns.Read(row.QualityJson)!.Value, row.QualityScore, row.LongestValue, ProjectManifest.PathOf(row.ArtifactId),
        row.CreatedAt);

    private static ManifestExperiment ToManifest(ExperimentRow row) => new(
        row.Id, row.Name, row.Description, row.Phase, row.Hypothesis, JsonColumns.Read(row.Parameters), JsonColumns.Read(row.Metrics), row.Result, row.RunDate,
        row.DatasetId, row.DatasetVersionId, row.TargetColumn, row.ProblemType, row.Status, row.FinishedAt, row.CreatedAt);

    private static ManifestModel ToManifest(ModelRow row) => new(
        row.Id, row.ExperimentId, row.Name, row.Algorithm, JsonColumns.Read(row.Metrics), row.ArtifactId is { } artifact ? ProjectManifest.PathOf(artifact) : null,
        row.FileName, row.CreatedAt);
}
