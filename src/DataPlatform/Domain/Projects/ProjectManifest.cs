namespace DataPlatform.Domain.Projects;

/// <summary>
/// <c>manifest.json</c> of a project export: everything about the project except the bytes of its
/// files, which sit beside it in the ZIP under <c>artifacts/&lt;artifact id&gt;</c>. Ids are the
/// exporting instance's; an import gives everything new ids. Soft-deleted datasets are exported too
/// (with <see cref="ManifestDataset.DeletedAt"/>), since experiments may still refer to them.
/// </summary>
public sealed record ProjectManifest(
    int FormatVersion,
    DateTime ExportedAt,
    ManifestProject Project,
    IReadOnlyList<ManifestMember> Members,
    IReadOnlyList<ManifestDataset> Datasets,
    IReadOnlyList<ManifestExperiment> Experiments,
    IReadOnlyList<ManifestModel> Models,
    IReadOnlyList<ManifestDeployment> Deployments,
    IReadOnlyList<ManifestTask> Tasks,
    IReadOnlyList<ManifestDecision> Decisions,
    IReadOnlyList<ManifestCollection> Collections,
    IReadOnlyList<ManifestEvent> Timeline,
    IReadOnlyList<ManifestFile> Files)
{
    /// <summary>The format this version of the service writes and reads.</summary>
    public const int CurrentFormat = 1;

    public const string EntryName = "manifest.json";

    /// <summary>The ZIP entry of a stored file: built from its artifact id, never from a name a user chose.</summary>
    public static string PathOf(Guid artifactId) => $"artifacts/{artifactId:D}";
}
