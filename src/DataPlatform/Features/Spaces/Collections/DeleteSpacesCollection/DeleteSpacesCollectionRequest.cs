using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.DeleteSpacesCollection;

public sealed record DeleteSpacesCollectionRequest(string Namespace, string ProjectSlug, string DatasetName, string CollectionName) : ICommand<SpacesSuccess>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug).With(ProjectChildKind.Dataset, Names.Normalize(DatasetName));
}
