namespace DataPlatform.Infrastructure.Artifacts;

/// <summary>A file written to temporary storage, with its SHA-256 (lower-case hex) and length.</summary>
public sealed record StagedArtifact(string TemporaryPath, string Sha256, long Size);
