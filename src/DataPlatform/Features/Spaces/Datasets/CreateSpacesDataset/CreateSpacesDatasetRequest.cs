using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.CreateSpacesDataset;

/// <param name="Name">Dataset name, unique in the project (no '/').</param>
/// <param name="Description">Optional description.</param>
/// <param name="Tags">Optional tags (at most 100, each 1 to 100 characters).</param>
/// <param name="Metadata">Optional arbitrary metadata: a JSON object.</param>
public sealed record CreateSpacesDatasetRequest(
    [property: Required, JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("description")] string? Description = null,
    [property: JsonPropertyName("tags")] IReadOnlyList<string>? Tags = null,
    [property: JsonPropertyName("metadata")] JsonElement? Metadata = null) : ICommand<SpacesDataset>, IProjectScoped
{
    [JsonIgnore]
    public string Namespace { get; init; } = "";

    [JsonIgnore]
    public string ProjectSlug { get; init; } = "";

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug);
}
