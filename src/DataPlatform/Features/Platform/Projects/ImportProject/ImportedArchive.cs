namespace DataPlatform.Features.Platform.Projects.ImportProject;

/// <summary>The archive as it arrives: its name and its bytes, read straight from the request.</summary>
public sealed record ImportedArchive(string FileName, Stream Content);
