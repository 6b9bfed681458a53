using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Collections.GetSpacesCollection;

public sealed record GetSpacesCollectionRequest(string Namespace, string ProjectSlug, string DatasetName, string CollectionName) : IQuery<SpacesCollection>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug).With(ProjectChildKind.Dataset, Names.Normalize(DatasetName));
}
