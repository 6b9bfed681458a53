using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetQuality;

public sealed record GetDatasetQualityRequest(Guid DatasetId) : IQuery<GetDatasetQualityResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
