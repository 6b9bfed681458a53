namespace DataPlatform.Features.Platform.Datasets.ListDatasetVersions;

public sealed record ListDatasetVersionsResponse(IReadOnlyList<DatasetVersionItem> Items, long Total, int Limit, int Offset);
