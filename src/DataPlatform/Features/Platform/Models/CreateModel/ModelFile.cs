namespace DataPlatform.Features.Platform.Models.CreateModel;

/// <summary>A model file as it arrives: its name and its bytes, read straight from the request.</summary>
public sealed record ModelFile(string FileName, Stream Content);
