using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Projects;
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
    /// Everything the import writes must be something this service could have written: unique ids,
    /// valid names and values, JSON of the right kind, and references that stay inside the archive.
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

        RequireName(manifest.Project.Name, "project");
        var datasets = manifest.Datasets.Select(d => d.Id).ToHashSet();
        var versions = versionList.Select(v => v.Id).ToHashSet();
        var experiments = manifest.Experiments.Select(e => e.Id).ToHashSet();
        var models = manifest.Models.Select(m => m.Id).ToHashSet();
        foreach (var dataset in manifest.Datasets)
        {
            RequireName(dataset.Name, "dataset");
            RequireOneOf(dataset.Phase, ProjectVocabulary.Phases, $"dataset '{dataset.Name}'");
            RequireJson(dataset.Tags, JsonValueKind.Array, $"the tags of dataset '{dataset.Name}'");
            RequireJson(dataset.Metadata, JsonValueKind.Object, $"the metadata of dataset '{dataset.Name}'");
            Require(dataset.Versions.Select(v => v.Version).Distinct().Count() == dataset.Versions.Count, $"dataset '{dataset.Name}' has two versions with the same number.");
            foreach (var version in dataset.Versions)
            {
                var what = $"version {version.Version} of dataset '{dataset.Name}'";
                Require(version.Version >= 0 && version.RowCount >= 0 && version.ColumnCount >= 0, $"{what} has a negative number.");
                RequireOneOf(version.Format, ["csv", "parquet"], what);
                Require(files.Contains(version.File), $"{what} refers to '{version.File}', which manifest.json does not list.");
                RequireJson(version.Schema, JsonValueKind.Array, $"the schema of {what}");
                RequireJson(version.Statistics, JsonValueKind.Object, $"the statistics of {what}");
                RequireJson(version.Quality, JsonValueKind.Object, $"the quality report of {what}");
            }
        }

        Require(manifest.Datasets.Select(d => Names.Normalize(d.Name)).Distinct(StringComparer.Ordinal).Count() == manifest.Datasets.Count, "two datasets have the same name.");
        foreach (var experiment in manifest.Experiments)
        {
            var what = $"experiment '{experiment.Name}'";
            RequireName(experiment.Name, "experiment");
            RequireOneOf(experiment.Phase, ProjectVocabulary.Phases, what);
            RequireOneOf(experiment.Status, RecordRules.Statuses, what);
            RequireOneOf(experiment.ProblemType, RecordRules.ProblemTypes, what);
            RequireJson(experiment.Parameters, JsonValueKind.Object, $"the parameters of {what}");
            RequireJson(experiment.Metrics, JsonValueKind.Object, $"the metrics of {what}");
            Require(experiment.DatasetId is null || datasets.Contains(experiment.DatasetId.Value), $"{what} refers to a dataset the archive does not hold.");
            Require(experiment.DatasetVersionId is null || versions.Contains(experiment.DatasetVersionId.Value), $"{what} refers to a dataset version the archive does not hold.");
        }

        foreach (var model in manifest.Models)
        {
            RequireName(model.Name, "model");
            RequireName(model.Algorithm, "algorithm");
            RequireJson(model.Metrics, JsonValueKind.Object, $"the metrics of model '{model.Name}'");
            Require(experiments.Contains(model.ExperimentId), $"model '{model.Name}' refers to an experiment the archive does not hold.");
            Require(model.File is null || files.Contains(model.File), $"model '{model.Name}' refers to '{model.File}', which manifest.json does not list.");
        }

        foreach (var deployment in manifest.Deployments)
        {
            RequireName(deployment.Name, "deployment");
            RequireOneOf(deployment.Stage, RecordRules.Stages, $"deployment '{deployment.Name}'");
            Require(models.Contains(deployment.ModelId), $"deployment '{deployment.Name}' refers to a model the archive does not hold.");
        }

        foreach (var collection in manifest.Collections)
        {
            RequireName(collection.Name, "collection");
            Require(collection.DatasetId is null || datasets.Contains(collection.DatasetId.Value), $"collection '{collection.Name}' refers to a dataset the archive does not hold.");
        }

        foreach (var task in manifest.Tasks)
        {
            RequireName(task.Name, "task");
            RequireOneOf(task.Status, ProjectVocabulary.TaskStatuses, $"task '{task.Name}'");
        }

        foreach (var decision in manifest.Decisions)
        {
            RequireName(decision.Title, "decision");
            RequireOneOf(decision.Phase, ProjectVocabulary.Phases, $"decision '{decision.Title}'");
        }
    }

    private static void Require(bool condition, string why)
    {
        if (!condition)
        {
            throw Refused(why);
        }
    }

    private static void RequireName(string name, string what) =>
        Require(!string.IsNullOrWhiteSpace(name) && Names.Normalize(name).Length <= Names.MaxLength && !Names.HasControlCharacters(name), $"the {what} name '{name}' is not a valid name.");

    private static void RequireOneOf(string? value, string[] allowed, string what) =>
        Require(value is null || allowed.Contains(value, StringComparer.Ordinal), $"{what} has '{value}' where one of {string.Join(", ", allowed)} belongs.");

    private static void RequireJson(JsonElement? value, JsonValueKind kind, string what) =>
        Require(value is not { } json || json.ValueKind == JsonValueKind.Null || json.ValueKind == kind, $"{what} must be a JSON {kind.ToString().ToLowerInvariant()}.");

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
