using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Models.CreateModel;

public static class CreateModelEndpoint
{
    public static RouteHandlerBuilder MapCreateModel(this RouteGroupBuilder group) => group
        .MapPost("", async (CreateModelRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
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
}
