namespace DataPlatform.Features.Platform.Models.GetModelLineage;

public sealed record LineageDataset(Guid Id, string Name);
