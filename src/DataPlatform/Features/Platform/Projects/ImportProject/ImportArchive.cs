using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataPlatform.Domain.Projects;
using DataPlatform.Domain.Timeline;
using DataPlatform.Features.Platform.Datasets;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Features.Spaces;
using DataPlatform.Features.Tracker;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Text;

namespace DataPlatform.Features.Platform.Projects.ImportProject;

/// <summary>
/// Reads an export archive defensively: only <c>manifest.json</c> and <c>artifacts/&lt;id&gt;</c>
/// entries, a known format version, every file present, no larger than declared (which also stops
/// a zip bomb at its declared size) and matching its SHA-256, every reference inside the manifest
/// pointing at something the manifest holds. Anything else is refused with 422 before anything is
/// written; the files it staged are discarded by the caller on failure.
/// </summary>
public static partial class ImportArchive
{
    private const string ArtifactsFolder = "artifacts/";

    /// <summary>The manifest is metadata; a bigger one is not an export of this service.</summary>
    private const long MaxManifestBytes = 256L * 1024 * 1024;

    [GeneratedRegex("^artifacts/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex FileEntry();

    public static async Task<ProjectManifest> ReadManifestAsync(ZipArchive zip, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        foreach (var entry in zip.Entries)
        {
            // The folder's own entry, which zip tools add when an export is unpacked and zipped again, is harmless.
            var folder = entry.FullName == ArtifactsFolder && entry.Length == 0;
            if (entry.FullName != ProjectManifest.EntryName && !FileEntry().IsMatch(entry.FullName) && !folder)
            {
                throw Refused($"the entry '{entry.FullName}' is not part of an export (manifest.json and artifacts/<id> only).");
            }
        }

        var manifestEntry = zip.GetEntry(ProjectManifest.EntryName) ?? throw Refused("manifest.json is missing.");
        if (manifestEntry.Length > MaxManifestBytes)
        {
            throw Refused($"manifest.json is larger than {MaxManifestBytes / (1024 * 1024)} MiB.");
        }

        ProjectManifest? manifest;
        try
        {
            await using var stream = await manifestEntry.OpenAsync(cancellationToken);
            // Strict: a missing field or a null where the manifest never holds one is a damaged archive, not a crash later.
            var strict = new JsonSerializerOptions(options) { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };
            manifest = await JsonSerializer.DeserializeAsync<ProjectManifest>(new LimitedStream(stream, MaxManifestBytes), strict, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw Refused($"manifest.json cannot be read: {exception.Message}");
        }

        if (manifest is null)
        {
            throw Refused("manifest.json is empty.");
        }

        if (manifest.FormatVersion != ProjectManifest.CurrentFormat)
        {
            throw Refused($"the format version {manifest.FormatVersion} is unknown; this service reads version {ProjectManifest.CurrentFormat}.");
        }

        CheckContents(manifest);
        return manifest;
    }

    /// <summary>
    /// Stages every file of the manifest, checking its size and SHA-256; returns the staged files by
    /// entry path. <paramref name="staged"/> collects them as they come, so the caller can discard them.
    /// </summary>
    public static async Task StageFilesAsync(
        ZipArchive zip, ProjectManifest manifest, IArtifactStore artifacts, long maxTotalBytes, Dictionary<string, StagedArtifact> staged, CancellationToken cancellationToken)
    {
        if (manifest.Files.Sum(f => f.Size) > maxTotalBytes)
        {
            throw Refused($"the files add up to more than {maxTotalBytes:N0} bytes.");
        }

        foreach (var file in manifest.Files)
        {
            var entry = zip.GetEntry(file.Path) ?? throw Refused($"the file '{file.Path}' listed in manifest.json is missing.");
            StagedArtifact copy;
            try
            {
                await using var stream = await entry.OpenAsync(cancellationToken);
                copy = await artifacts.StageAsync(stream, file.Size, cancellationToken);
            }
            catch (PayloadTooLargeException)
            {
                throw Refused($"the file '{file.Path}' expands beyond the {file.Size:N0} bytes manifest.json declares.");
            }
            catch (InvalidDataException exception)
            {
                throw Refused($"the file '{file.Path}' cannot be decompressed: {exception.Message}");
            }

            staged[file.Path] = copy;
            if (copy.Size != file.Size || !string.Equals(copy.Sha256, file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw Refused($"the file '{file.Path}' does not match its size and SHA-256 in manifest.json.");
            }
        }
    }

    public static UnprocessableException Refused(string why) => new($"The archive cannot be imported: {why}");

    /// <summary>
    /// Everything the import writes must be something the API would have accepted: the same name,
    /// text, vocabulary and JSON rules as each endpoint, unique ids, names unique where the API keeps
    /// them unique, and references that stay inside the archive. The schema and statistics of each
    /// version are not taken from the manifest: the import profiles the files again.
    /// </summary>
    private static void CheckContents(ProjectManifest manifest)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            Require(FileEntry().IsMatch(file.Path) && files.Add(file.Path) && file.Size >= 0, $"the file entry '{file.Path}' in manifest.json is invalid or listed twice.");
        }

        var versionList = manifest.Datasets.SelectMany(d => d.Versions).ToList();
        var ids = manifest.Datasets.Select(d => d.Id).Concat(versionList.Select(v => v.Id)).Concat(manifest.Experiments.Select(e => e.Id))
            .Concat(manifest.Models.Select(m => m.Id)).Concat(manifest.Deployments.Select(d => d.Id)).Concat(manifest.Tasks.Select(t => t.Id))
            .Concat(manifest.Decisions.Select(d => d.Id)).Concat(manifest.Collections.Select(c => c.Id)).ToList();
        Require(ids.Distinct().Count() == ids.Count, "two records have the same id.");

        var project = manifest.Project;
        Check(Names.Problem(project.Name, pathSegment: false), "the project", "name");
        CheckText(project.Description, ProjectLimits.MaxDescriptionLength, "the project", "description");
        if (project.ClientName is not null)
        {
            Check(Names.Problem(project.ClientName, pathSegment: false), "the project", "client_name");
        }

        RequireOneOf(project.Status, ["active", "archived"], "the project");
        foreach (var member in manifest.Members)
        {
            Require(Emails.IsValid(Emails.Normalize(member.Email)) && member.Email.Length <= Emails.MaxLength && !Names.HasControlCharacters(member.Email), $"the member email '{member.Email}' is not a valid email.");
            RequireOneOf(member.Role, ["owner", "editor", "viewer"], $"member '{member.Email}'");
        }

        Require(manifest.Members.Select(m => Emails.Normalize(m.Email)).Distinct(StringComparer.Ordinal).Count() == manifest.Members.Count, "a member is listed twice.");

        var datasets = manifest.Datasets.Select(d => d.Id).ToHashSet();
        var versions = versionList.Select(v => v.Id).ToHashSet();
        var experiments = manifest.Experiments.Select(e => e.Id).ToHashSet();
        var models = manifest.Models.Select(m => m.Id).ToHashSet();
        foreach (var dataset in manifest.Datasets)
        {
            var what = $"dataset '{dataset.Name}'";
            Check(Names.Problem(dataset.Name, pathSegment: true), what, "name");
            CheckText(dataset.Description, DatasetLimits.MaxDescriptionLength, what, "description");
            CheckText(dataset.Source, TrackerRules.MaxSourceLength, what, "source");
            Require(dataset.Records is null or >= 0, $"{what} has a negative number of records.");
            RequireOneOf(dataset.Phase, ProjectVocabulary.Phases, what);
            if (dataset.Tags is { ValueKind: not JsonValueKind.Null } tags)
            {
                Require(tags.ValueKind == JsonValueKind.Array && tags.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String), $"the tags of {what} must be a JSON array of strings.");
                Check(SpacesStore.TagsProblem(tags.EnumerateArray().Select(t => t.GetString()!).ToList(), "tags"), what);
            }

            Check(FreeformJson.Problem(dataset.Metadata, "metadata"), what);
            Require(dataset.Versions.Select(v => v.Version).Distinct().Count() == dataset.Versions.Count, $"{what} has two versions with the same number.");
            foreach (var version in dataset.Versions)
            {
                var which = $"version {version.Version} of {what}";
                Require(version.Version >= 0, $"{which} has a negative number.");
                Check(Names.Problem(version.FileName, pathSegment: true), which, "file_name");
                CheckText(version.Description, DatasetLimits.MaxDescriptionLength, which, "description");
                Require(files.Contains(version.File), $"{which} refers to '{version.File}', which manifest.json does not list.");
            }
        }

        Require(
            manifest.Datasets.Where(d => d.DeletedAt is null).Select(d => Names.Normalize(d.Name)).Distinct(StringComparer.Ordinal).Count() == manifest.Datasets.Count(d => d.DeletedAt is null),
            "two datasets have the same name.");
        foreach (var experiment in manifest.Experiments)
        {
            var what = $"experiment '{experiment.Name}'";
            Check(Names.Problem(experiment.Name, pathSegment: false), what, "name");
            CheckText(experiment.Description, TrackerRules.MaxDescriptionLength, what, "description");
            CheckText(experiment.Hypothesis, TrackerRules.MaxDescriptionLength, what, "hypothesis");
            CheckText(experiment.Result, TrackerRules.MaxDescriptionLength, what, "result");
            CheckText(experiment.TargetColumn, Names.MaxLength, what, "target_column");
            RequireOneOf(experiment.Phase, ProjectVocabulary.Phases, what);
            RequireOneOf(experiment.Status, RecordRules.Statuses, what);
            RequireOneOf(experiment.ProblemType, RecordRules.ProblemTypes, what);
            Check(FreeformJson.Problem(experiment.Parameters, "parameters"), what);
            Check(FreeformJson.Problem(experiment.Metrics, "metrics"), what);
            Require(experiment.DatasetId is null || datasets.Contains(experiment.DatasetId.Value), $"{what} refers to a dataset the archive does not hold.");
            Require(experiment.DatasetVersionId is null || versions.Contains(experiment.DatasetVersionId.Value), $"{what} refers to a dataset version the archive does not hold.");
        }

        foreach (var model in manifest.Models)
        {
            var what = $"model '{model.Name}'";
            Check(Names.Problem(model.Name, pathSegment: false), what, "name");
            Check(Names.Problem(model.Algorithm, pathSegment: false), what, "algorithm");
            if (model.FileName is not null)
            {
                Check(Names.Problem(model.FileName, pathSegment: true), what, "file_name");
            }

            Check(FreeformJson.Problem(model.Metrics, "metrics"), what);
            Require(experiments.Contains(model.ExperimentId), $"{what} refers to an experiment the archive does not hold.");
            Require(model.File is null || files.Contains(model.File), $"{what} refers to '{model.File}', which manifest.json does not list.");
        }

        foreach (var deployment in manifest.Deployments)
        {
            Check(Names.Problem(deployment.Name, pathSegment: false), $"deployment '{deployment.Name}'", "name");
            RequireOneOf(deployment.Stage, RecordRules.Stages, $"deployment '{deployment.Name}'");
            Require(models.Contains(deployment.ModelId), $"deployment '{deployment.Name}' refers to a model the archive does not hold.");
        }

        foreach (var collection in manifest.Collections)
        {
            var what = $"collection '{collection.Name}'";
            Check(Names.Problem(collection.Name, pathSegment: true), what, "name");
            Check(SpacesStore.MembersProblem(collection.Members, "members"), what);
            Require(collection.DatasetId is null || datasets.Contains(collection.DatasetId.Value), $"{what} refers to a dataset the archive does not hold.");
        }

        foreach (var inDataset in manifest.Collections.Where(c => c.DatasetId is not null).GroupBy(c => c.DatasetId))
        {
            Require(inDataset.Select(c => Names.Normalize(c.Name)).Distinct(StringComparer.Ordinal).Count() == inDataset.Count(), "two collections of one dataset have the same name.");
            Require(inDataset.Count() <= SpacesStore.MaxCollectionsPerDataset, $"a dataset holds more than {SpacesStore.MaxCollectionsPerDataset} collections.");
        }

        foreach (var task in manifest.Tasks)
        {
            Check(Names.Problem(task.Name, pathSegment: false), $"task '{task.Name}'", "name");
            RequireOneOf(task.Status, ProjectVocabulary.TaskStatuses, $"task '{task.Name}'");
        }

        foreach (var decision in manifest.Decisions)
        {
            var what = $"decision '{decision.Title}'";
            Check(Names.Problem(decision.Title, pathSegment: false), what, "title");
            CheckText(decision.Description, TrackerRules.MaxDescriptionLength, what, "description");
            CheckText(decision.Rationale, TrackerRules.MaxDescriptionLength, what, "rationale");
            RequireOneOf(decision.Phase, ProjectVocabulary.Phases, what);
        }

        foreach (var entry in manifest.Timeline)
        {
            var what = $"the timeline event '{entry.Type} {entry.Action}'";
            RequireOneOf(entry.Type, TimelineWire.Types, what);
            RequireOneOf(entry.Action, TimelineWire.Actions, what);
            Require(entry.Name.Length <= ProjectTimeline.MaxNameLength && !Names.HasControlCharacters(entry.Name), $"{what} has a name longer than {ProjectTimeline.MaxNameLength} characters or with control characters.");
            Require(DetailsOf(entry) is not { } details || TextOf(details).All(text => text.Length <= ProjectTimeline.MaxNameLength && !Names.HasControlCharacters(text)), $"the details of {what} hold a text longer than {ProjectTimeline.MaxNameLength} characters or with control characters.");
        }
    }

    /// <summary>An event's details as the timeline writes them: the known fields only, each of its type.</summary>
    public static TimelineDetails? DetailsOf(ManifestEvent entry)
    {
        if (entry.Details is not { ValueKind: not JsonValueKind.Null } details)
        {
            return null;
        }

        try
        {
            return details.ValueKind == JsonValueKind.Object ? details.Deserialize<TimelineDetails>(TimelineJson.Options) : throw Refused($"the details of the timeline event '{entry.Type} {entry.Action}' must be a JSON object.");
        }
        catch (JsonException)
        {
            throw Refused($"the details of the timeline event '{entry.Type} {entry.Action}' do not have the fields of an event.");
        }
    }

    private static IEnumerable<string> TextOf(TimelineDetails details) =>
        new[] { details.Email, details.Role, details.Status, details.TargetColumn, details.ProblemType, details.BestModelType, details.Stage }.OfType<string>();

    private static void Require(bool condition, string why)
    {
        if (!condition)
        {
            throw Refused(why);
        }
    }

    /// <summary>Refuses with the API's own message about the field, saying which record it is.</summary>
    private static void Check(string? problem, string what, string? field = null)
    {
        if (problem is not null)
        {
            throw Refused(field is null ? $"{what}: {problem}" : $"{what}: '{field}' {problem}.");
        }
    }

    private static void CheckText(string? value, int maxLength, string what, string field) =>
        Require(value is null || (value.Length <= maxLength && !value.Contains('\0', StringComparison.Ordinal)), $"{what}: '{field}' must be at most {maxLength:N0} characters without NUL.");

    private static void RequireOneOf(string? value, IReadOnlyList<string> allowed, string what) =>
        Require(value is null || allowed.Contains(value, StringComparer.Ordinal), $"{what} has '{value}' where one of {string.Join(", ", allowed)} belongs.");

    /// <summary>Reads at most a given number of bytes from a stream whose length is not to be trusted.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw Refused($"manifest.json is larger than {limit / (1024 * 1024)} MiB.") : read;
        }
    }
}
