using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.DeleteProject;

public sealed record DeleteProjectRequest(Guid ProjectId) : ICommand<DeleteProjectResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Owner;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
