using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.AnalyzeDataset;

public sealed record AnalyzeDatasetRequest(Guid DatasetId) : IQuery<AnalyzeDatasetResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget? IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
