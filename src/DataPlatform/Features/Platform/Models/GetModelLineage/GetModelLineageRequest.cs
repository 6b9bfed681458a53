using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Models.GetModelLineage;

public sealed record GetModelLineageRequest(Guid ModelId) : IQuery<GetModelLineageResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Viewer;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Model(ModelId);
}
