using System.Data.Common;
using System.Diagnostics;
using Dapper;
using DataPlatform.Domain.Artifacts;
using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Profiling;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets;

/// <summary>
/// The path of every uploaded file: stream it to a staged temporary file while hashing it, profile
/// it, then in one transaction number the version, record the artifact and the profile, and move the
/// file into place before the transaction commits. Any failure leaves nothing behind: no row, no
/// file, no version number used.
/// </summary>
public sealed class DatasetIngest(
    DatabaseSession session,
    Database database,
    IArtifactStore artifacts,
    IOptions<DataPlatformOptions> options,
    IOptions<JsonOptions> json,
    ILogger<DatasetIngest> logger)
{
    /// <summary>Files from this size on have their profile's memory given back at once (see <see cref="ReturnMemory"/>).</summary>
    private const long ReturnMemoryAbove = 64L * 1024 * 1024;

    public async Task<IngestedFile> StageAndProfileAsync(UploadedFile file, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        StagedArtifact staged;
        try
        {
            staged = await artifacts.StageAsync(file.Content, options.Value.MaxDatasetUploadBytes, cancellationToken);
        }
        catch (Exception exception) when (MultipartForm.IsMalformedBody(exception) && !cancellationToken.IsCancellationRequested)
        {
            throw MultipartForm.Malformed(exception);
        }

        logger.LogInformation(
            "Received {FileName}: {Bytes} bytes in {Seconds:F2} s, SHA-256 {Sha256}", file.FileName, staged.Size, Stopwatch.GetElapsedTime(started).TotalSeconds, staged.Sha256);
        try
        {
            return new IngestedFile(staged, await ProfileAsync(staged, file.FileName, cancellationToken), file.FileName);
        }
        catch
        {
            artifacts.Discard(staged);
            throw;
        }
    }

    /// <summary>Profiles a staged file (an upload's, or one of an imported archive); 422 naming the file when it is not a readable table.</summary>
    public async Task<DatasetProfile> ProfileAsync(StagedArtifact staged, string fileName, CancellationToken cancellationToken)
    {
        if (staged.Size == 0)
        {
            throw new UnprocessableException($"'{fileName}' is empty: a dataset needs at least a header row.");
        }

        RefuseSpreadsheets(staged.TemporaryPath);
        RefuseMisnamedFiles(staged.TemporaryPath, fileName);
        try
        {
            var profile = await Task.Run(
                () => Profiler.Profile(staged.TemporaryPath, new ProfileOptions
                {
                    Log = phase => logger.LogInformation("{FileName}: {Phase}", fileName, phase),
                    Progress = new Progress<long>(rows => logger.LogInformation("{FileName}: {Rows} rows read", fileName, rows)),
                }, cancellationToken),
                cancellationToken);
            if (staged.Size >= ReturnMemoryAbove)
            {
                ReturnMemory();
            }

            return profile;
        }
        catch (InvalidDataFileException exception)
        {
            throw new UnprocessableException($"'{fileName}' cannot be read as a table. {exception.Message}");
        }
    }

    /// <summary>
    /// Gives the memory of a profile's column values (hundreds of megabytes for a large file, garbage
    /// once the profile is built) back to the system, instead of keeping it resident until the next.
    /// Only after large files: the collection stops every request for as long as it takes (about
    /// 0.1 s with a few hundred megabytes in use), and after each of many small uploads it held the
    /// median of every request at 70 ms under load.
    /// </summary>
    private static void ReturnMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction, then moves the staged file into place and
    /// commits; on any failure the file is removed (or the staged copy discarded).
    /// </summary>
    public Task<T> StoreAsync<T>(IngestedFile file, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        ArtifactRows.StoreAsync(session, database, artifacts, file.Staged, work, cancellationToken);

    /// <summary>
    /// Numbers and records the next version of a live dataset, inside <see cref="StoreAsync{T}"/>'s
    /// transaction, and touches the dataset; 404 when the dataset is gone.
    /// </summary>
    /// <summary>The number of a dataset's first version: versions count from 0, one after another.</summary>
    public const long FirstVersion = 0;

    public async Task<StoredVersion> AddVersionAsync(
        DbConnection connection,
        DbTransaction transaction,
        Guid datasetId,
        IngestedFile file,
        string? description,
        Guid userId,
        DateTime now,
        CancellationToken cancellationToken)
    {
        // Versions of one dataset are numbered one writer at a time: unique and consecutive.
        await DatasetLocks.VersionsAsync(database, connection, transaction, datasetId, cancellationToken);
        var dataset = await connection.QuerySingleOrDefaultAsync<TouchedDataset>(new CommandDefinition(
            DatasetIngestSql.Touch, new { DatasetId = datasetId, Now = now }, transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"Dataset {datasetId} not found.");
        var version = dataset.NextVersion;

        var artifactId = await ArtifactRows.FindOrInsertAsync(database, connection, transaction, file.Staged, now, cancellationToken);

        var versionId = Guid.CreateVersion7();
        await VersionWriter.InsertAsync(
            session, versionId, datasetId, version, artifactId, file.FileName, description, ProfileColumns.Of(file.Profile, json.Value.SerializerOptions), userId, now, cancellationToken);
        return new StoredVersion(versionId, version, artifactId, dataset.ProjectId, dataset.Name);
    }

    /// <summary>
    /// The bytes decide the format (Parquet starts with PAR1); a name that says otherwise is a mistake
    /// worth telling: a CSV file named .parquet would be stored and downloaded under the wrong name.
    /// </summary>
    private static void RefuseMisnamedFiles(string path, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var parquet = Profiler.IsParquet(path);
        if (extension == ".parquet" && !parquet)
        {
            throw new UnprocessableException($"'{fileName}' is named .parquet but is not a Parquet file (it does not start with PAR1). Upload it as .csv if it is CSV.");
        }

        if (extension is ".csv" or ".tsv" && parquet)
        {
            throw new UnprocessableException($"'{fileName}' is named {extension} but is a Parquet file. Upload it as .parquet.");
        }
    }

    /// <summary>XLSX and other ZIP containers would fail as CSV with a confusing message.</summary>
    private static void RefuseSpreadsheets(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        if (stream.Read(magic) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8))
        {
            throw new UnprocessableException("The file is a ZIP archive (an XLSX workbook?). Upload CSV or Parquet: save the sheet as CSV first.");
        }
    }
}
