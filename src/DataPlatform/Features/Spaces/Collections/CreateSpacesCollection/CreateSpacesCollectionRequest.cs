using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.CreateSpacesCollection;

/// <param name="Name">Collection name, unique in the dataset (no '/').</param>
/// <param name="Members">Ids of dataset versions or any other string ids (at most 10,000, each 1 to 200 characters).</param>
public sealed record CreateSpacesCollectionRequest(
    [property: Required, JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("members")] IReadOnlyList<string>? Members = null) : ICommand<SpacesCollection>, IProjectScoped
{
    [JsonIgnore]
    public string Namespace { get; init; } = "";

    [JsonIgnore]
    public string ProjectSlug { get; init; } = "";

    [JsonIgnore]
    public string DatasetName { get; init; } = "";

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug).With(ProjectChildKind.Dataset, Names.Normalize(DatasetName));
}
