using DataPlatform.Domain.Datasets;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetColumns;

public sealed record GetDatasetColumnsResponse(IReadOnlyList<ColumnSchema> Columns);
