using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Models.CreateModel;

/// <param name="ExperimentId">The experiment that trained it.</param>
/// <param name="Name">Its name.</param>
/// <param name="Algorithm">Its algorithm (GBM, GLM, ...).</param>
/// <param name="Metrics">A JSON object.</param>
public sealed record CreateModelRequest(
    [property: Required] Guid? ExperimentId,
    [property: Required] string? Name,
    [property: Required] string? Algorithm,
    JsonElement? Metrics = null) : ICommand<ModelItem>, IProjectScoped
{
    /// <summary>The model file of a multipart request; null for JSON.</summary>
    [JsonIgnore]
    public ModelFile? File { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Experiment(ProjectTarget.Required(ExperimentId, "experiment_id"));

    public static ValueTask<CreateModelRequest?> BindAsync(HttpContext http) => CreateModelBinder.BindAsync(http);
}
