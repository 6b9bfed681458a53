using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.DeleteDataset;

public sealed record DeleteDatasetRequest(Guid DatasetId) : ICommand<DeleteDatasetResponse>, ICreatorMayAct
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);

    string ICreatorMayAct.CreatedThing => "dataset";
}
