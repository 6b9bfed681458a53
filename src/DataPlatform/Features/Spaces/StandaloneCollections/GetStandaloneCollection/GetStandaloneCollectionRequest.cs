using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.StandaloneCollections.GetStandaloneCollection;

public sealed record GetStandaloneCollectionRequest(string Namespace, string ProjectSlug, Guid CollectionId) : IQuery<SpacesCollection>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug);
}
