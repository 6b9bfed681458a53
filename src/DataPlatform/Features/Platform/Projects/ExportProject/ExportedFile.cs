namespace DataPlatform.Features.Platform.Projects.ExportProject;

public sealed record ExportedFile(string Path, string Sha256);
