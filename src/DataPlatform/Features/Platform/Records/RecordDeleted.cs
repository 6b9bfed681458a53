namespace DataPlatform.Features.Platform.Records;

/// <summary>The answer to a deletion.</summary>
public sealed record RecordDeleted(bool Ok);
