using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.CreateDatasetVersion;

public sealed record CreateDatasetVersionRequest(Guid DatasetId, string? Description, [property: JsonIgnore] UploadedFile? File)
    : ICommand<CreateDatasetVersionResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Dataset(DatasetId);

    /// <summary>
    /// Binds the multipart form, read up to its file, which is left in the request for the handler; the
    /// endpoint sets <see cref="DatasetId"/> from the route.
    /// </summary>
    public static async ValueTask<CreateDatasetVersionRequest?> BindAsync(HttpContext http)
    {
        var form = await MultipartForm.ReadUploadAsync(http, "file", "description");
        return new CreateDatasetVersionRequest(default, form["description"], form.File is null ? null : new UploadedFile(form.FileName!, form.File));
    }
}
