using System.Text.Json;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Models.CreateModel;

/// <summary>Binds a model from JSON, or from a multipart form read up to its file, which is left in the request for the handler.</summary>
internal static class CreateModelBinder
{
    public static async ValueTask<CreateModelRequest?> BindAsync(HttpContext http) =>
        http.Request.HasFormContentType
            ? await FromFormAsync(http)
            : await FromJsonAsync(http.Request, http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions, http.RequestAborted);

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

    private static async Task<CreateModelRequest> FromFormAsync(HttpContext http)
    {
        var form = await MultipartForm.ReadUploadAsync(http, "file", "experiment_id", "name", "algorithm");
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
