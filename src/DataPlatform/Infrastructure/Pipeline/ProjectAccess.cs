using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>The project and role that <see cref="ProjectAccessBehavior{TMessage, TResponse}"/> established for this request.</summary>
public sealed class ProjectAccess
{
    private Guid? _projectId;
    private ProjectRole _role;

    public Guid ProjectId => _projectId ?? throw new InvalidOperationException("No project access was established for this request; the request type must implement IProjectScoped.");

    public ProjectRole Role => _projectId is null ? throw new InvalidOperationException("No project access was established for this request.") : _role;

    internal void Grant(Guid projectId, ProjectRole role)
    {
        _projectId = projectId;
        _role = role;
    }

    internal static ForbiddenException NotAMember() => new("You are not a member of this project.");
}
