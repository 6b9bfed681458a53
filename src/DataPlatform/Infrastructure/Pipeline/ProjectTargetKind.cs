namespace DataPlatform.Infrastructure.Pipeline;

public enum ProjectTargetKind
{
    Project,
    Dataset,
    DatasetVersion,
    ProjectSlug,
    Experiment,
    Model,
    Deployment,

    /// <summary>No one project: a list across the projects the caller is a member of, filtered by its own query.</summary>
    CallerProjects,
}
