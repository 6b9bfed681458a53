using DataPlatform.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DataPlatform.Features.Spaces.Collections.CreateSpacesCollection;

public static class CreateSpacesCollectionEndpoint
{
    public static RouteHandlerBuilder MapCreateSpacesCollection(this RouteGroupBuilder group) => group
        .MapPost("", async (
            [FromRoute(Name = "slug")] string ns,
            [FromRoute(Name = "projectSlug")] string projectSlug,
            [FromRoute(Name = "name")] string name,
            CreateSpacesCollectionRequest request,
            ISender sender,
            CancellationToken cancellationToken) =>
            TypedResults.Created((string?)null, await sender.Send(request with { Namespace = ns, ProjectSlug = projectSlug, DatasetName = name }, cancellationToken)))
        .WithName("CreateSpacesCollection")
        .WithSummary("Create a collection of member ids in a dataset")
        .ProducesErrors(
            StatusCodes.Status400BadRequest,
            StatusCodes.Status403Forbidden,
            StatusCodes.Status404NotFound,
            StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType);
}
