namespace DataPlatform.Infrastructure.Pipeline;

/// <summary>A kind of entry a request may name inside its project, which must belong to that project.</summary>
public enum ProjectChildKind
{
    None,
    Dataset,
    Experiment,
    Decision,
    Task,
}
