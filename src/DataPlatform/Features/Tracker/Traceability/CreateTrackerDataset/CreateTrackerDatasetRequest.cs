using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDataset;

/// <param name="Name">Dataset name, unique in the project.</param>
/// <param name="Source">Origin of the data, e.g. database name, URL, or file path.</param>
/// <param name="Description">Description of the dataset contents.</param>
/// <param name="Records">Number of records.</param>
/// <param name="AcquisitionDate">ISO 8601 date the data was acquired.</param>
/// <param name="Phase">CRISP-DM phase: business, data_understanding, data_preparation, modeling, evaluation or deployment.</param>
public sealed record CreateTrackerDatasetRequest(
    [property: Required, JsonPropertyName("name")] string? Name,
    [property: Required, JsonPropertyName("source")] string? Source,
    [property: Required, JsonPropertyName("description")] string? Description,
    [property: Required, JsonPropertyName("records")] long? Records,
    [property: Required, JsonPropertyName("acquisitionDate")] DateTime? AcquisitionDate,
    [property: Required, JsonPropertyName("phase")] string? Phase) : ICommand<TrackerDataset>, IProjectScoped
{
    [JsonIgnore]
    public Guid ProjectId { get; init; }

    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
