using System.Text.Json;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Models.CreateModel;

public static class CreateModelEndpoint
{
    public static RouteHandlerBuilder MapCreateModel(this RouteGroupBuilder group) => group
        .MapPost("", async (HttpContext http, ISender sender, IOptions<JsonOptions> json, IOptions<DataPlatformOptions> options, CancellationToken cancellationToken) =>
        {
            var request = http.Request.HasFormContentType
                ? await FromFormAsync(http, options.Value.MaxDatasetUploadBytes, cancellationToken)
                : await FromJsonAsync(http.Request, json.Value.SerializerOptions, cancellationToken);
            var model = await sender.Send(request, cancellationToken);
            return TypedResults.Created($"/api/models/{model.Id}", model);
        })
        .WithName("CreateModel")
        .WithSummary("Register a model trained by an experiment, as JSON or as multipart/form-data with its file (the file last)")
        .WithDescription("JSON: {experiment_id, name, algorithm, metrics?}. Multipart: the same fields (metrics as JSON text) and then `file`, streamed to storage; the file size limit is MAX_DATASET_UPLOAD_BYTES.")
        .Accepts<CreateModelRequest>("application/json", "multipart/form-data")
        .WithMetadata(new MultipartForm.Describes(typeof(CreateModelForm)))
        .Produces<ModelItem>(StatusCodes.Status201Created)
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType,
            StatusCodes.Status507InsufficientStorage);

    private static async Task<CreateModelRequest> FromJsonAsync(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFromJsonAsync<CreateModelRequest>(options, cancellationToken)
                ?? throw new BadRequestException("A JSON request body is required.");
        }
        catch (JsonException exception)
        {
            throw new BadRequestException(BadRequestMessages.DescribeJson(exception));
        }
    }

    private static async Task<CreateModelRequest> FromFormAsync(HttpContext http, long maxFileBytes, CancellationToken cancellationToken)
    {
        UploadLimits.AllowFile(http, maxFileBytes);
        var form = await MultipartForm.ReadUntilFileAsync(http.Request, "file", cancellationToken, "experiment_id", "name", "algorithm");
        JsonElement? metrics = null;
        if (form["metrics"] is { } text)
        {
            try
            {
                metrics = JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                throw new BadRequestException("'metrics' must be a JSON object.");
            }
        }

        return new CreateModelRequest(
            form["experiment_id"] is { } id ? Guid.TryParse(id, out var experimentId) ? experimentId : throw new BadRequestException("'experiment_id' must be a UUID.") : null,
            form["name"],
            form["algorithm"],
            metrics)
        {
            File = form.File is null ? null : new ModelFile(form.FileName!, form.File),
        };
    }
}

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
