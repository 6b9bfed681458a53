using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.ExportProject;

public sealed record ExportProjectRequest(Guid ProjectId) : IQuery<ExportProjectResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
