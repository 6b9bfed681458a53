using System.Text.Json.Serialization;

namespace DataPlatform.Features.Tracker;

/// <summary>
/// A dataset as the Tracker logs it. It is the Platform's dataset: one uploaded there is listed here
/// with the rows of its newest version as <c>records</c>, its file name as <c>source</c> and the phase
/// data_understanding, unless it was logged here with its own.
/// </summary>
public sealed record TrackerDataset(
    [property: JsonPropertyName("_id")] Guid Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("records")] long Records,
    [property: JsonPropertyName("acquisitionDate")] DateTime AcquisitionDate,
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("project")] Guid Project,
    [property: JsonPropertyName("createdBy")] TrackerUser? CreatedBy,
    [property: JsonPropertyName("createdAt")] DateTime CreatedAt);
