namespace DataPlatform.Features.Platform.Models.DownloadModel;

/// <summary>The stored model file, open for reading.</summary>
public sealed record DownloadModelResponse(string FileName, Stream Content);
