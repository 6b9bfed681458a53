namespace DataPlatform.Infrastructure.Artifacts;

/// <summary>
/// Files kept by content (SHA-256): the same bytes are stored once. A file is first staged (written to
/// a temporary file while hashed and counted), then either committed into place, before the database
/// transaction that references it commits, or discarded. An S3-compatible store can implement the
/// same contract.
/// </summary>
public interface IArtifactStore
{
    /// <summary>Copies <paramref name="source"/> to a temporary file, hashing it, and starts flushing it to disk; refuses more than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="Errors.PayloadTooLargeException">The stream is longer than <paramref name="maxBytes"/>.</exception>
    Task<StagedArtifact> StageAsync(Stream source, long maxBytes, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a staged file to its content address once it is on disk (staging starts that flush and
    /// this waits for it); returns false when those bytes were already stored.
    /// </summary>
    Task<bool> CommitAsync(StagedArtifact staged, CancellationToken cancellationToken);

    /// <summary>Removes a staged file that will not be committed.</summary>
    void Discard(StagedArtifact staged);

    /// <summary>The local path of a stored file, for readers that need random access (the profile engine, Parquet).</summary>
    string PathOf(string sha256);

    Stream OpenRead(string sha256);

    void Delete(string sha256);

    /// <summary>An empty read-write file in temporary storage, deleted when the stream is closed (a conversion on its way to a client).</summary>
    FileStream CreateTemporaryFile();

    /// <summary>
    /// Removes the staged files of processes that are no longer running (a crash, a kill -9), never
    /// those of a running instance; returns how many.
    /// </summary>
    int SweepStaging(DateTime now);

    /// <summary>The hashes of every stored file, for the sweep to compare with the artifact rows.</summary>
    IReadOnlyList<string> StoredFiles();
}
