using DataPlatform.Domain.Projects;

namespace DataPlatform.Features.Platform.Projects.ExportProject;

/// <summary>What goes into the archive: the manifest, then each file from the artifact store by its hash.</summary>
public sealed record ExportProjectResponse(string FileName, ProjectManifest Manifest, IReadOnlyList<ExportedFile> Files);
