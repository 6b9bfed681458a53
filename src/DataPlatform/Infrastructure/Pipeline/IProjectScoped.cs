using Mediator;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// A request that acts on one project, on a child of one, or on a resource inside one.
/// <see cref="ProjectAccessBehavior{TMessage, TResponse}"/> resolves its <see cref="Target"/> in one
/// query (the project, the child, the caller's role, the creator), refuses with 404 or 403, and
/// publishes the result as the request's <see cref="ProjectAccess"/> before validation and the handler run.
/// </summary>
public interface IProjectScoped : IMessage
{
    /// <summary>What the request names; <see cref="ProjectTarget.CallerProjects"/> for a list across the caller's projects.</summary>
    ProjectTarget Target { get; }

    static abstract ProjectRole RequiredRole { get; }
}
