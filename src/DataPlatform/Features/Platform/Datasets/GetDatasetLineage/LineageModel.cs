namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

public sealed record LineageModel(Guid Id, string Name, string Algorithm, Guid ExperimentId);
