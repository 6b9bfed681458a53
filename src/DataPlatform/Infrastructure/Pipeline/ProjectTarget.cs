using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>
/// How a request names its project: by an id (of the project or of a resource in it), or by namespace
/// and slug; optionally with a child in that project (by id, or a dataset by name) that must belong to it.
/// </summary>
public readonly record struct ProjectTarget(ProjectTargetKind Kind, Guid Id, string? Namespace = null, string? Slug = null)
{
    public ProjectChildKind Child { get; init; }

    public Guid ChildId { get; init; }

    /// <summary>A child named by its name rather than its id (a Spaces dataset).</summary>
    public string? ChildName { get; init; }

    public static ProjectTarget CallerProjects => new(ProjectTargetKind.CallerProjects, Guid.Empty);

    public static ProjectTarget ProjectBySlug(string ns, string slug) => new(ProjectTargetKind.ProjectSlug, Guid.Empty, ns, slug);

    public static ProjectTarget Project(Guid projectId) => new(ProjectTargetKind.Project, projectId);

    public static ProjectTarget Dataset(Guid datasetId) => new(ProjectTargetKind.Dataset, datasetId);

    public static ProjectTarget DatasetVersion(Guid versionId) => new(ProjectTargetKind.DatasetVersion, versionId);

    public static ProjectTarget Experiment(Guid experimentId) => new(ProjectTargetKind.Experiment, experimentId);

    public static ProjectTarget Model(Guid modelId) => new(ProjectTargetKind.Model, modelId);

    public static ProjectTarget Deployment(Guid deploymentId) => new(ProjectTargetKind.Deployment, deploymentId);

    /// <summary>The child <paramref name="id"/> of kind <paramref name="kind"/> in this project (404 when it is not in it).</summary>
    public ProjectTarget With(ProjectChildKind kind, Guid id) => this with { Child = kind, ChildId = id };

    /// <summary>The child of kind <paramref name="kind"/> named <paramref name="name"/> in this project (404 when it is not in it).</summary>
    public ProjectTarget With(ProjectChildKind kind, string name) => this with { Child = kind, ChildName = name };

    /// <summary>The id a request names its target by, which the client must send: 400 naming <paramref name="field"/> when it did not.</summary>
    public static Guid Required(Guid? id, string field) => id ?? throw new BadRequestException($"'{field}' is required.");
}
