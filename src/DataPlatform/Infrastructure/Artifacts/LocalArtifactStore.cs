using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using DataPlatform.Infrastructure.Errors;

namespace DataPlatform.Infrastructure.Artifacts;

/// <summary>
/// Artifacts under <c>DATA/artifacts/ab/cd/&lt;sha256&gt;</c>, staged in a folder of this process's
/// own under <c>DATA/artifacts/tmp</c>, on the same file system so that committing is a rename. The
/// process holds an exclusive lock on <c>tmp/&lt;instance&gt;.lock</c> while it runs; the operating
/// system releases it when the process ends, however it ends, so the staging folder of a process that
/// was killed is recognised and removed by the next sweep, while those of running instances (several
/// may share the data folder) are left alone. Files are flushed to disk before the rename: the flush
/// starts as soon as a file is staged and runs while the caller works on the file (the profile of an
/// upload reads it from the page cache meanwhile); committing waits for it.
/// </summary>
public sealed class LocalArtifactStore : IArtifactStore, IDisposable
{
    private const int BufferSize = 1 << 20;
    private const string LockExtension = ".lock";

    /// <summary>Files an earlier version staged straight in tmp/ (and may still be staging, if it runs) are removed at this age.</summary>
    private static readonly TimeSpan LegacyStagingAge = TimeSpan.FromHours(1);

    private readonly string _root;
    private readonly string _stagingRoot;
    private readonly string _staging;
    private readonly FileStream _instanceLock;
    private readonly ConcurrentDictionary<string, Task> _flushing = new();

    public LocalArtifactStore(DataDirectory dataDirectory)
    {
        _root = dataDirectory.ArtifactsPath;
        _stagingRoot = Path.Combine(_root, "tmp");
        var instance = Guid.NewGuid().ToString("N");
        _staging = Path.Combine(_stagingRoot, instance);
        // The lock first: a sweep that sees the folder without its lock takes it for a dead process's.
        Directory.CreateDirectory(_stagingRoot);
        _instanceLock = new FileStream(Path.Combine(_stagingRoot, instance + LockExtension), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>
    /// Copies with two buffers: while one chunk is hashed and written on a pool thread, the next
    /// is read from the request, so receiving overlaps hashing and writing.
    /// </summary>
    public async Task<StagedArtifact> StageAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_staging, $"{Guid.NewGuid():N}.upload");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size;
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                size = await CopyAsync(source, target, hash, maxBytes, cancellationToken);
                await target.FlushAsync(cancellationToken);
            }

            // A flush that succeeds forgets itself; one that fails stays, for CommitAsync to throw.
            _flushing[path] = Task.Run(
                () =>
                {
                    FlushToDisk(path);
                    _flushing.TryRemove(path, out _);
                },
                CancellationToken.None);
            return new StagedArtifact(path, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>
    /// Copies with two buffers: while one chunk is hashed and written on a pool thread, the next is
    /// read from the request, so receiving overlaps hashing and writing. Returns the length.
    /// </summary>
    private static async Task<long> CopyAsync(Stream source, FileStream target, IncrementalHash hash, long maxBytes, CancellationToken cancellationToken)
    {
        // Pooled: a megabyte array is a large object, and allocating two per upload made the collector
        // run full, blocking collections several times a second under many small uploads.
        byte[][] buffers = [ArrayPool<byte>.Shared.Rent(BufferSize), ArrayPool<byte>.Shared.Rent(BufferSize)];
        var pending = Task.CompletedTask;
        var current = 0;
        long size = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffers[current].AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new PayloadTooLargeException($"The file is larger than the limit of {maxBytes:N0} bytes (MAX_DATASET_UPLOAD_BYTES).");
                }

                await pending;
                var chunk = buffers[current].AsMemory(0, read);
                pending = Task.Run(
                    async () =>
                    {
                        hash.AppendData(chunk.Span);
                        await target.WriteAsync(chunk, cancellationToken);
                    },
                    cancellationToken);
                current ^= 1;
            }

            await pending;
            return size;
        }
        finally
        {
            // The chunk in flight still uses the file, the hash and its buffer: let it end before they go.
            await pending.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            ArrayPool<byte>.Shared.Return(buffers[0]);
            ArrayPool<byte>.Shared.Return(buffers[1]);
        }
    }

    public async Task<bool> CommitAsync(StagedArtifact staged, CancellationToken cancellationToken)
    {
        if (_flushing.TryGetValue(staged.TemporaryPath, out var flushing))
        {
            await flushing.WaitAsync(cancellationToken);
            _flushing.TryRemove(staged.TemporaryPath, out _);
        }

        var target = PathOf(staged.Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            File.Delete(staged.TemporaryPath);
            return false;
        }

        File.Move(staged.TemporaryPath, target, overwrite: true);
        return true;
    }

    public void Discard(StagedArtifact staged)
    {
        // A flush still running keeps its own handle and ends on its own; its outcome no longer matters.
        if (_flushing.TryRemove(staged.TemporaryPath, out var flushing))
        {
            flushing.ContinueWith(static task => _ = task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        File.Delete(staged.TemporaryPath);
    }

    /// <summary>Writes the file's data through to the disk (fsync), from a handle of its own.</summary>
    private static void FlushToDisk(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1);
        file.Flush(flushToDisk: true);
    }

    public string PathOf(string sha256) => Path.Combine(_root, sha256[..2], sha256[2..4], sha256);

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Delete(string sha256)
    {
        File.Delete(PathOf(sha256));
    }

    public FileStream CreateTemporaryFile() =>
        new(Path.Combine(_staging, $"{Guid.NewGuid():N}.export"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.DeleteOnClose);

    public int SweepStaging(DateTime now)
    {
        var removed = 0;
        foreach (var lockFile in Directory.EnumerateFiles(_stagingRoot, "*" + LockExtension))
        {
            var folder = Path.Combine(_stagingRoot, Path.GetFileNameWithoutExtension(lockFile));
            if (folder == _staging || IsHeld(lockFile))
            {
                continue;
            }

            if (Directory.Exists(folder))
            {
                removed += Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
                Directory.Delete(folder, recursive: true);
            }

            File.Delete(lockFile);
        }

        foreach (var folder in Directory.EnumerateDirectories(_stagingRoot))
        {
            // A folder whose lock file is gone: its process ended between the two deletes above.
            if (folder != _staging && !File.Exists(folder + LockExtension))
            {
                removed += Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
                Directory.Delete(folder, recursive: true);
            }
        }

        foreach (var file in Directory.EnumerateFiles(_stagingRoot).Where(f => !f.EndsWith(LockExtension, StringComparison.Ordinal)))
        {
            if (File.GetLastWriteTimeUtc(file) < now - LegacyStagingAge)
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Files stored by content: named by a SHA-256 (anything else in the folder is not the store's and is left alone).</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.EnumerateDirectories(_root)
            .Where(folder => folder != _stagingRoot)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.Length == 64 && name.All(char.IsAsciiHexDigitLower))
            .ToList();

    public void Dispose() => _instanceLock.Dispose();

    /// <summary>Whether a running process holds the lock file (opening it exclusively fails then).</summary>
    private static bool IsHeld(string lockFile)
    {
        try
        {
            using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.Write, FileShare.None, 1);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
