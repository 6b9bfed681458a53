using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Datasets.DeleteSpacesDataset;

public static class DeleteSpacesDatasetEndpoint
{
    public static RouteHandlerBuilder MapDeleteSpacesDataset(this RouteGroupBuilder group) => group
        .MapDelete("/{name}", async (
            [FromRoute(Name = "slug")] string ns,
            [FromRoute(Name = "projectSlug")] string projectSlug,
            [FromRoute(Name = "name")] string name,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Ok(await sender.Send(new DeleteSpacesDatasetRequest(ns, projectSlug, name), cancellationToken)))
        .WithName("DeleteSpacesDataset")
        .WithSummary("Soft-delete a dataset (its creator or an owner): it disappears from every surface; its collections become standalone")
        .ProducesErrors(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
}
