using Mediator;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// A request that acts on one project or on a resource inside one. <see cref="ProjectAccessBehavior{TMessage, TResponse}"/>
/// resolves the project, checks that the caller is a member with at least <see cref="RequiredRole"/>,
/// and only then lets validation and the handler run.
/// </summary>
public interface IProjectScoped : IMessage
{
    /// <summary>What the request names: the project itself or a resource that belongs to one; null when it names none (a list across projects).</summary>
    ProjectTarget? Target { get; }

    static abstract ProjectRole RequiredRole { get; }
}

/// <summary>How a request names its project: by an id (of the project or of a resource in it), or by namespace and slug.</summary>
public readonly record struct ProjectTarget(ProjectTargetKind Kind, Guid Id, string? Namespace = null, string? Slug = null)
{
    public static ProjectTarget ProjectBySlug(string ns, string slug) => new(ProjectTargetKind.ProjectSlug, Guid.Empty, ns, slug);

    public static ProjectTarget Project(Guid projectId) => new(ProjectTargetKind.Project, projectId);

    public static ProjectTarget Dataset(Guid datasetId) => new(ProjectTargetKind.Dataset, datasetId);

    public static ProjectTarget DatasetVersion(Guid versionId) => new(ProjectTargetKind.DatasetVersion, versionId);

    public static ProjectTarget Experiment(Guid experimentId) => new(ProjectTargetKind.Experiment, experimentId);

    public static ProjectTarget Model(Guid modelId) => new(ProjectTargetKind.Model, modelId);

    public static ProjectTarget Deployment(Guid deploymentId) => new(ProjectTargetKind.Deployment, deploymentId);
}

public enum ProjectTargetKind
{
    Project,
    Dataset,
    DatasetVersion,
    ProjectSlug,
    Experiment,
    Model,
    Deployment,
}
