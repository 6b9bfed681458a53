namespace DataPlatform.Features.Platform.Datasets;

/// <param name="Penalty">Points this issue took off the score.</param>
public sealed record QualityIssue(string Name, string Details, double Penalty);
