using System.Text.Json.Serialization;
using DataPlatform.Infrastructure.Http;
using Mediator;

namespace DataPlatform.Features.Platform.Projects.ImportProject;

/// <summary>An export archive to recreate as a new project; the caller becomes its owner.</summary>
public sealed record ImportProjectRequest([property: JsonIgnore] ImportedArchive? File) : ICommand<ImportProjectResponse>
{
    /// <summary>Binds the multipart form up to its file, which is left in the request for the handler.</summary>
    public static async ValueTask<ImportProjectRequest?> BindAsync(HttpContext http)
    {
        var form = await MultipartForm.ReadUploadAsync(http, "file");
        return new ImportProjectRequest(form.File is null ? null : new ImportedArchive(form.FileName!, form.File));
    }
}
