using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.StandaloneCollections.DeleteStandaloneCollection;

public sealed record DeleteStandaloneCollectionRequest(string Namespace, string ProjectSlug, Guid CollectionId) : ICommand<SpacesSuccess>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug);
}
