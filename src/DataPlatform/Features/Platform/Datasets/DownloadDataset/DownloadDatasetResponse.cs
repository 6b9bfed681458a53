namespace DataPlatform.Features.Platform.Datasets.DownloadDataset;

/// <summary>
/// A file on its way to the client: a stream ready to be copied (the stored file, or a finished
/// conversion in a temporary file that is deleted when the stream closes), or a writer that
/// converts row by row straight into the response.
/// </summary>
public sealed record DownloadDatasetResponse(string FileName, string ContentType, Stream? Content, Func<Stream, CancellationToken, Task>? WriteAsync);
