using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Errors;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Pipeline;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.UploadDataset;

public sealed record UploadDatasetRequest(Guid ProjectId, string? Name, string? Description, [property: JsonIgnore] UploadedFile? File)
    : ICommand<UploadDatasetResponse>, IProjectScoped
{
    public static ProjectRole RequiredRole => ProjectRole.Editor;

    ProjectTarget IProjectScoped.Target => ProjectTarget.Project(ProjectId);

    /// <summary>Binds the multipart form, read up to its file, which is left in the request for the handler.</summary>
    public static async ValueTask<UploadDatasetRequest?> BindAsync(HttpContext http)
    {
        var form = await MultipartForm.ReadUploadAsync(http, "file", "project_id", "name");
        var projectId = form["project_id"] is { } text && Guid.TryParse(text, out var id)
            ? id
            : throw new BadRequestException(form["project_id"] is null ? "'project_id' is required." : "'project_id' must be a UUID.");
        return new UploadDatasetRequest(projectId, form["name"], form["description"], form.File is null ? null : new UploadedFile(form.FileName!, form.File));
    }
}
