using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetVersion;

public sealed record GetDatasetVersionRequest(Guid VersionId) : IQuery<GetDatasetVersionResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.DatasetVersion(VersionId);
}
