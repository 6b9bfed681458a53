namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// What <see cref="ProjectAccessBehavior{TMessage, TResponse}"/> resolved for the current request: the
/// project of its target, where the caller's role was checked, and the child it names there. Handlers
/// read it instead of looking them up again.
/// </summary>
public sealed class ProjectAccess
{
    private Guid? _projectId;
    private Guid? _childId;

    /// <summary>The project of the request's target; only for requests that name one (not <see cref="ProjectTarget.CallerProjects"/>).</summary>
    public Guid ProjectId => _projectId ?? throw new InvalidOperationException("The request's access was not resolved: it names no project.");

    /// <summary>The child the request names inside its project (<see cref="ProjectTarget.With(ProjectChildKind, string)"/>), found there.</summary>
    public Guid ChildId => _childId ?? throw new InvalidOperationException("The request names no child in its project.");

    internal void Resolve(Guid projectId, Guid? childId)
    {
        _projectId = projectId;
        _childId = childId;
    }
}
