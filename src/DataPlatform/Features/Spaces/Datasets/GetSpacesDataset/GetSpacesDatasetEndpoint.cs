using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Datasets.GetSpacesDataset;

public static class GetSpacesDatasetEndpoint
{
    public static RouteHandlerBuilder MapGetSpacesDataset(this RouteGroupBuilder group) => group
        .MapGet("/{name}", async (
            [FromRoute(Name = "slug")] string ns,
            [FromRoute(Name = "projectSlug")] string projectSlug,
            [FromRoute(Name = "name")] string name,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new GetSpacesDatasetRequest(ns, projectSlug, name), cancellationToken)))
        .WithName("GetSpacesDataset")
        .WithSummary("A dataset, by name, with all its collections")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
