using System.Text.Json;

namespace DataPlatform.Domain.Projects;

public sealed record ManifestDataset(
    Guid Id,
    string Name,
    string? Description,
    string? Source,
    long? Records,
    DateTime? AcquisitionDate,
    string? Phase,
    JsonElement? Tags,
    JsonElement? Metadata,
    DateTime CreatedAt,
    IReadOnlyList<ManifestVersion> Versions,
    DateTime? DeletedAt = null);
