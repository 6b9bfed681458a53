namespace DataPlatform.Features.Platform.Datasets.ListDatasets;

public sealed record ListDatasetsResponse(IReadOnlyList<DatasetListItem> Items, long Total, int Limit, int Offset);
