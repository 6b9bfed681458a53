using System.Text.Json;
using Dapper;
using DataPlatform.Domain.Projects;
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
        var versions = await Rows<VersionRow>(ExportProjectSql.Versions);
        var models = await Rows<ModelRow>(ExportProjectSql.Models);
        var files = versions.Select(v => (v.ArtifactId, v.Sha256, v.Size))
            .Concat(models.Where(m => m.ArtifactId is not null).Select(m => (ArtifactId: m.ArtifactId!.Value, Sha256: m.Sha256!, Size: m.Size!.Value)))
            .DistinctBy(f => f.ArtifactId)
            .ToList();
        var byDataset = versions.ToLookup(v => v.DatasetId);
        var manifest = new ProjectManifest(
            ProjectManifest.CurrentFormat,
            clock.UtcNow(),
            new ManifestProject(project.Id, project.Name, project.Description, project.ClientName, project.Status, project.CreatedAt),
            await Rows<ManifestMember>(ExportProjectSql.Members),
            (await Rows<DatasetRow>(ExportProjectSql.Datasets)).Select(d => d.ToManifest(byDataset[d.Id].Select(v => v.ToManifest()).ToList())).ToList(),
            (await Rows<ExperimentRow>(ExportProjectSql.Experiments)).Select(e => e.ToManifest()).ToList(),
            models.Select(m => m.ToManifest()).ToList(),
            (await Rows<DeploymentRow>(ExportProjectSql.Deployments)).Select(d => new ManifestDeployment(d.Id, d.ModelId, d.Name, d.Stage, d.IsActive != 0, d.CreatedAt)).ToList(),
            await Rows<ManifestTask>(ExportProjectSql.Tasks),
            await Rows<ManifestDecision>(ExportProjectSql.Decisions),
            (await Rows<CollectionRow>(ExportProjectSql.Collections)).Select(c => new ManifestCollection(c.Id, c.DatasetId, c.Name, JsonSerializer.Deserialize<List<string>>(c.Members)!, c.CreatedAt)).ToList(),
            (await Rows<EventRow>(ExportProjectSql.Timeline)).Select(e => new ManifestEvent(e.Type, e.Action, e.Name, e.Timestamp, JsonColumns.Read(e.Details))).ToList(),
            files.Select(f => new ManifestFile(ProjectManifest.PathOf(f.ArtifactId), f.Sha256, f.Size)).ToList());
        return new ExportProjectResponse(
            $"{Slugs.FromText(project.Slug, "project")}-export.zip",
            manifest,
            files.Select(f => new ExportedFile(ProjectManifest.PathOf(f.ArtifactId), f.Sha256)).ToList());
    }

    private sealed record ProjectRow(Guid Id, string Name, string? Description, string? ClientName, string Status, string Slug, DateTime CreatedAt);

    private sealed record DatasetRow
    {
        public required Guid Id { get; init; }

        public required string Name { get; init; }

        public required string? Description { get; init; }

        public required string? Source { get; init; }

        public required long? Records { get; init; }

        public required DateTime? AcquisitionDate { get; init; }

        public required string? Phase { get; init; }

        public required string? Tags { get; init; }

        public required string? Metadata { get; init; }

        public required DateTime CreatedAt { get; init; }

        public required DateTime? DeletedAt { get; init; }

        public ManifestDataset ToManifest(IReadOnlyList<ManifestVersion> versions) =>
            new(Id, Name, Description, Source, Records, AcquisitionDate, Phase, JsonColumns.Read(Tags), JsonColumns.Read(Metadata), CreatedAt, versions, DeletedAt);
    }

    private sealed record VersionRow
    {
        public required Guid Id { get; init; }

        public required Guid DatasetId { get; init; }

        public required long Version { get; init; }

        public required string FileName { get; init; }

        public required string Format { get; init; }

        public required string? Description { get; init; }

        public required long RowCount { get; init; }

        public required long ColumnCount { get; init; }

        public required string SchemaJson { get; init; }

        public required string StatisticsJson { get; init; }

        public required string QualityJson { get; init; }

        public required double QualityScore { get; init; }

        public required long LongestValue { get; init; }

        public required Guid ArtifactId { get; init; }

        public required string Sha256 { get; init; }

        public required long Size { get; init; }

        public required DateTime CreatedAt { get; init; }

        public ManifestVersion ToManifest() => new(
            Id, Version, FileName, Format, Description, RowCount, ColumnCount, JsonColumns.Read(SchemaJson)!.Value, JsonColumns.Read(StatisticsJson)!.Value, JsonColumns.Read(QualityJson)!.Value,
            QualityScore, LongestValue, ProjectManifest.PathOf(ArtifactId), CreatedAt);
    }

    private sealed record ExperimentRow
    {
        public required Guid Id { get; init; }

        public required string Name { get; init; }

        public required string? Description { get; init; }

        public required string? Phase { get; init; }

        public required string? Hypothesis { get; init; }

        public required string? Parameters { get; init; }

        public required string? Metrics { get; init; }

        public required string? Result { get; init; }

        public required DateTime? RunDate { get; init; }

        public required Guid? DatasetId { get; init; }

        public required Guid? DatasetVersionId { get; init; }

        public required string? TargetColumn { get; init; }

        public required string? ProblemType { get; init; }

        public required string? Status { get; init; }

        public required DateTime? FinishedAt { get; init; }

        public required DateTime CreatedAt { get; init; }

        public ManifestExperiment ToManifest() => new(
            Id, Name, Description, Phase, Hypothesis, JsonColumns.Read(Parameters), JsonColumns.Read(Metrics), Result, RunDate, DatasetId, DatasetVersionId, TargetColumn, ProblemType,
            Status, FinishedAt, CreatedAt);
    }

    private sealed record ModelRow
    {
        public required Guid Id { get; init; }

        public required Guid ExperimentId { get; init; }

        public required string Name { get; init; }

        public required string Algorithm { get; init; }

        public required string? Metrics { get; init; }

        public required Guid? ArtifactId { get; init; }

        public required string? Sha256 { get; init; }

        public required long? Size { get; init; }

        public required string? FileName { get; init; }

        public required DateTime CreatedAt { get; init; }

        public ManifestModel ToManifest() =>
            new(Id, ExperimentId, Name, Algorithm, JsonColumns.Read(Metrics), ArtifactId is { } artifact ? ProjectManifest.PathOf(artifact) : null, FileName, CreatedAt);
    }

    private sealed record DeploymentRow
    {
        public required Guid Id { get; init; }

        public required Guid ModelId { get; init; }

        public required string Name { get; init; }

        public required string Stage { get; init; }

        public required long IsActive { get; init; }

        public required DateTime CreatedAt { get; init; }
    }

    private sealed record CollectionRow(Guid Id, Guid? DatasetId, string Name, string Members, DateTime CreatedAt);

    private sealed record EventRow(string Type, string Action, string Name, DateTime Timestamp, string? Details);
}
