namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// What <see cref="ProjectAccessBehavior{TMessage, TResponse}"/> resolved for the current request: the
/// project of its target, where the caller's role was checked. Handlers read it instead of looking the
/// project up again.
/// </summary>
public sealed class ProjectAccess
{
    private Guid? _projectId;

    /// <summary>The project of the request's target; only for requests that name one (not <see cref="ProjectTarget.CallerProjects"/>).</summary>
    public Guid ProjectId => _projectId ?? throw new InvalidOperationException("The request's access was not resolved: it names no project.");

    internal void Resolve(Guid projectId) => _projectId = projectId;
}
