using DataPlatform.Features.Spaces.Collections.CreateSpacesCollection;
using DataPlatform.Features.Spaces.Collections.DeleteSpacesCollection;
using DataPlatform.Features.Spaces.Collections.GetSpacesCollection;
using DataPlatform.Features.Spaces.Collections.ListSpacesCollections;
using DataPlatform.Features.Spaces.Collections.UpdateSpacesCollection;
using DataPlatform.Features.Spaces.Datasets.CreateSpacesDataset;
using DataPlatform.Features.Spaces.Datasets.DeleteSpacesDataset;
using DataPlatform.Features.Spaces.Datasets.GetSpacesDataset;
using DataPlatform.Features.Spaces.Datasets.ListSpacesDatasets;
using DataPlatform.Features.Spaces.Datasets.UpdateSpacesDataset;
using DataPlatform.Features.Spaces.StandaloneCollections.DeleteStandaloneCollection;
using DataPlatform.Features.Spaces.StandaloneCollections.GetStandaloneCollection;
using DataPlatform.Features.Spaces.StandaloneCollections.ListStandaloneCollections;
using DataPlatform.Infrastructure.Http;

namespace DataPlatform.Features.Spaces;

/// <summary>Every route of the Spaces compatibility surface (<c>/namespaces/{slug}/projects/{projectSlug}</c>), in one readable list.</summary>
public static class SpacesEndpoints
{
    private const string Project = "/namespaces/{slug}/projects/{projectSlug}";

    public static void MapSpaces(this IEndpointRouteBuilder app)
    {
        var datasets = app.MapGroup(Project + "/datasets").WithGroupName(OpenApiSetup.Spaces).RequireCaller().WithTags("Datasets");
        datasets.MapListSpacesDatasets();
        datasets.MapCreateSpacesDataset();
        datasets.MapGetSpacesDataset();
        datasets.MapUpdateSpacesDataset();
        datasets.MapDeleteSpacesDataset();

        var collections = app.MapGroup(Project + "/datasets/{name}/collections").WithGroupName(OpenApiSetup.Spaces).RequireCaller().WithTags("Collections");
        collections.MapListSpacesCollections();
        collections.MapCreateSpacesCollection();
        collections.MapGetSpacesCollection();
        collections.MapUpdateSpacesCollection();
        collections.MapDeleteSpacesCollection();

        var standalone = app.MapGroup(Project + "/collections").WithGroupName(OpenApiSetup.Spaces).RequireCaller().WithTags("Standalone collections");
        standalone.MapListStandaloneCollections();
        standalone.MapGetStandaloneCollection();
        standalone.MapDeleteStandaloneCollection();
    }
}
