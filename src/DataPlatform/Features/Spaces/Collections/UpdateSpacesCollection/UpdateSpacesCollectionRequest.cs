using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.UpdateSpacesCollection;

/// <param name="Name">New name; omitted keeps it.</param>
/// <param name="Members">New members, replacing the old ones; omitted keeps them.</param>
public sealed record UpdateSpacesCollectionRequest(
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("members")] IReadOnlyList<string>? Members = null) : ICommand<SpacesCollection>, IProjectScoped
{
    [JsonIgnore]
    public string Namespace { get; init; } = "";

    [JsonIgnore]
    public string ProjectSlug { get; init; } = "";

    [JsonIgnore]
    public string DatasetName { get; init; } = "";

    [JsonIgnore]
    public string CollectionName { get; init; } = "";

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug).With(ProjectChildKind.Dataset, Names.Normalize(DatasetName));
}
