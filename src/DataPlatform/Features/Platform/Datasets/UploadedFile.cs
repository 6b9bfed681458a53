namespace DataPlatform.Features.Platform.Datasets;

/// <summary>A file as it arrives in an upload: its name and its bytes, read straight from the request.</summary>
public sealed record UploadedFile(string FileName, Stream Content);
