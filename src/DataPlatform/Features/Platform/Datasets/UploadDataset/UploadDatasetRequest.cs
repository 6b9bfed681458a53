using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.UploadDataset;

public sealed record UploadDatasetRequest(Guid ProjectId, string? Name, string? Description, [property: JsonIgnore] UploadedFile? File)
    : ICommand<UploadDatasetResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);
}
