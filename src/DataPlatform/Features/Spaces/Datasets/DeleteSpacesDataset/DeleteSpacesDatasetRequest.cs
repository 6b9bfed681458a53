using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using Mediator;

namespace DataPlatform.Features.Spaces.Datasets.DeleteSpacesDataset;

public sealed record DeleteSpacesDatasetRequest(string Namespace, string ProjectSlug, string DatasetName) : ICommand<SpacesSuccess>, ICreatorMayAct
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.ProjectBySlug(Namespace, ProjectSlug).With(ProjectChildKind.Dataset, Names.Normalize(DatasetName));

    string ICreatorMayAct.CreatedThing => "dataset";
}
