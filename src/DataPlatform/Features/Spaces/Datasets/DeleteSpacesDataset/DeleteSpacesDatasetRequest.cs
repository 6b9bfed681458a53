using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.DeleteSpacesDataset;

public sealed record DeleteSpacesDatasetRequest(string Namespace, string ProjectSlug, string DatasetName) : ICommand<SpacesSuccess>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug);
}
