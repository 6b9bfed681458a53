using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;

public sealed record CreateDatasetVersionRequest(Guid DatasetId, string? Description, [property: JsonIgnore] UploadedFile? File)
    : ICommand<CreateDatasetVersionResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);
}
