namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

public sealed record LineageDeployment(Guid Id, string Name, Guid ModelId, string Stage, bool IsActive);
