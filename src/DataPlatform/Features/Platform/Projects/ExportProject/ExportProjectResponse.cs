using DataPlatform.Infrastructure.Projects;

namespace DataPlatform.Features.Platform.Projects.ExportProject;

/// <summary>What goes into the archive: the manifest, then each file from the artifact store by its hash.</summary>
public sealed record ExportProjectResponse(string FileName, ProjectManifest Manifest, IReadOnlyList<ExportedFile> Files);

public sealed record ExportedFile(string Path, string Sha256);
