namespace DataPlatform.Features.Platform.Models.CreateModel;

/// <summary>The multipart form of a model with its file (for the API description; the body is read as a stream).</summary>
public sealed class CreateModelForm
{
    /// <summary>UUID of the experiment that trained it.</summary>
    public required string ExperimentId { get; init; }

    public required string Name { get; init; }

    /// <summary>Its algorithm (GBM, GLM, ...).</summary>
    public required string Algorithm { get; init; }

    /// <summary>A JSON object, as text.</summary>
    public string? Metrics { get; init; }

    /// <summary>The model file; send it as the last part.</summary>
    public required IFormFile File { get; init; }
}
