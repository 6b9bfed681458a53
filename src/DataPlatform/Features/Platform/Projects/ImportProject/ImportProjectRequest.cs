using System.Text.Json.Serialization;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.ImportProject;

/// <summary>An export archive to recreate as a new project; the caller becomes its owner.</summary>
public sealed record ImportProjectRequest([property: JsonIgnore] ImportedArchive? File) : ICommand<ImportProjectResponse>;

/// <summary>The archive as it arrives: its name and its bytes, read straight from the request.</summary>
public sealed record ImportedArchive(string FileName, Stream Content);
