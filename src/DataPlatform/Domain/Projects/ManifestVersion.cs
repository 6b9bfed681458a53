using System.Text.Json;

namespace DataPlatform.Domain.Projects;

/// <param name="File">The ZIP entry of its file (see <see cref="ProjectManifest.Files"/>).</param>
public sealed record ManifestVersion(
    Guid Id,
    long Version,
    string FileName,
    string Format,
    string? Description,
    long RowCount,
    long ColumnCount,
    JsonElement Schema,
    JsonElement Statistics,
    JsonElement Quality,
    double QualityScore,
    long LongestValue,
    string File,
    DateTime CreatedAt);
