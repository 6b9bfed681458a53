using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Platform.Models.DownloadModel;

public static class DownloadModelEndpoint
{
    public static RouteHandlerBuilder MapDownloadModel(this RouteGroupBuilder group) => group
        .MapGet("/{model_id:guid}/download", async ([FromRoute(Name = "model_id")] Guid id, ISender sender, CancellationToken cancellationToken) =>
        {
            var file = await sender.Send(new DownloadModelRequest(id), cancellationToken);
            return Results.Stream(file.Content, "application/octet-stream", file.FileName);
        })
        .WithName("DownloadModel")
        .WithSummary("The model's file, as uploaded")
        .Produces(StatusCodes.Status200OK, typeof(Stream), "application/octet-stream")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
