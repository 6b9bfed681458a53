using System.Text.Json;
using System.Text.Json.Serialization;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Models.UpdateModel;

/// <param name="Name">New name; omitted keeps it.</param>
/// <param name="Metrics">New metrics object, replacing the old one; omitted keeps it.</param>
public sealed record UpdateModelRequest(string? Name = null, JsonElement? Metrics = null) : ICommand<ModelItem>, IProjectScoped
{
    [JsonIgnore]
    public Guid ModelId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Model(ModelId);
}
