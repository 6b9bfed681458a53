using System.Text.Json;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.UpdateExperiment;

/// <param name="Status">New status; omitted keeps it.</param>
/// <param name="Metrics">New metrics object, replacing the old one; omitted keeps it.</param>
public sealed record UpdateExperimentRequest(string? Status = null, JsonElement? Metrics = null) : ICommand<DataPlatform.Features.Platform.Records.ExperimentItem>, IProjectScoped
{
    [JsonIgnore]
    public Guid ExperimentId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Experiment(ExperimentId);
}
