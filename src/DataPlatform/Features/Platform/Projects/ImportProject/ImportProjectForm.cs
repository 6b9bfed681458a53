namespace DataPlatform.Features.Platform.Projects.ImportProject;

/// <summary>The form of an import (for the API description; the body is read as a stream).</summary>
public sealed class ImportProjectForm
{
    /// <summary>The ZIP of GET /api/projects/{id}/export.</summary>
    public required IFormFile File { get; init; }
}
