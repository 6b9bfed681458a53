using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Models.DownloadModel;

public sealed record DownloadModelRequest(Guid ModelId) : IQuery<DownloadModelResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Model(ModelId);
}
