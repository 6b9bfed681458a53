using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.GetSpacesDataset;

public sealed record GetSpacesDatasetRequest(string Namespace, string ProjectSlug, string DatasetName) : IQuery<SpacesDatasetDetail>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug);
}
