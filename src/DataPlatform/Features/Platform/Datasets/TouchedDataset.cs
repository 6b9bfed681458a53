namespace DataPlatform.Features.Platform.Datasets;

/// <summary>What touching a dataset for a new version answers.</summary>
public sealed record TouchedDataset(Guid ProjectId, string Name, long NextVersion);
