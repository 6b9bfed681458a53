using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetColumns;

public sealed record GetDatasetColumnsRequest(Guid DatasetId) : IQuery<GetDatasetColumnsResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
