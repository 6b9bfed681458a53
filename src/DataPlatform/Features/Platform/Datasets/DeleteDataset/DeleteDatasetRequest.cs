using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.DeleteDataset;

public sealed record DeleteDatasetRequest(Guid DatasetId) : ICommand<DeleteDatasetResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
