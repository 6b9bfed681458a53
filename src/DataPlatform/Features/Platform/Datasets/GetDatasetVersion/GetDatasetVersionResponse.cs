using DataPlatform.Domain.Datasets;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetVersion;

public sealed record GetDatasetVersionResponse(
    Guid Id,
    Guid DatasetId,
    long Version,
    long RowCount,
    long ColumnCount,
    IReadOnlyList<ColumnSchema> Columns,
    string? Description,
    Guid ArtifactId,
    string FileName,
    string Format,
    string? CreatedByName,
    DateTime CreatedAt);
