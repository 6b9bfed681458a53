namespace DataPlatform.Features.Platform.Datasets.DeleteDataset;

public sealed record DeleteDatasetResponse(bool Ok);
