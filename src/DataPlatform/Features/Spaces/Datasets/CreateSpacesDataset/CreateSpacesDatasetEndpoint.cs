using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Datasets.CreateSpacesDataset;

public static class CreateSpacesDatasetEndpoint
{
    public static RouteHandlerBuilder MapCreateSpacesDataset(this RouteGroupBuilder group) => group
        .MapPost("", async ([FromRoute(Name = "slug")] string ns, [FromRoute(Name = "projectSlug")] string projectSlug, CreateSpacesDatasetRequest request, ISender sender, CancellationToken cancellationToken) =>
        {
            var dataset = await sender.Send(request with { Namespace = ns, ProjectSlug = projectSlug }, cancellationToken);
            return TypedResults.Created($"/namespaces/{ns}/projects/{projectSlug}/datasets/{Uri.EscapeDataString(dataset.Name)}", dataset);
        })
        .WithName("CreateSpacesDataset")
        .WithSummary("Create a dataset: a named container of collections (the same dataset as on /api/datasets, without a file)")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
