using System.Text.Json;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.UpdateSpacesDataset;

/// <param name="Name">New name; omitted (or null) keeps it.</param>
/// <param name="Description">New description; omitted keeps it, empty clears it.</param>
/// <param name="Tags">New tags, replacing the old ones; omitted keeps them.</param>
/// <param name="Metadata">New metadata object, replacing the old one; omitted keeps it.</param>
public sealed record UpdateSpacesDatasetRequest(
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("description")] string? Description = null,
    [property: JsonPropertyName("tags")] IReadOnlyList<string>? Tags = null,
    [property: JsonPropertyName("metadata")] JsonElement? Metadata = null) : ICommand<SpacesDataset>, IProjectScoped
{
    [JsonIgnore]
    public string Namespace { get; init; } = "";

    [JsonIgnore]
    public string ProjectSlug { get; init; } = "";

    [JsonIgnore]
    public string DatasetName { get; init; } = "";

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug);
}
