using Dapper;
using DataPlatform.Infrastructure.Artifacts;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;

namespace DataPlatform.Features.Platform.Models.DownloadModel;

public sealed class DownloadModelHandler(DatabaseSession session, IArtifactStore artifacts) : IQueryHandler<DownloadModelRequest, DownloadModelResponse>
{
    public async ValueTask<DownloadModelResponse> Handle(DownloadModelRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var file = await connection.QuerySingleOrDefaultAsync<FileRow>(new CommandDefinition(
            "SELECT a.sha256 AS Sha256, m.file_name AS FileName FROM models m JOIN artifacts a ON a.id = m.artifact_id WHERE m.id = @ModelId",
            request,
            cancellationToken: cancellationToken))
            ?? throw new NotFoundException($"Model {request.ModelId} has no file.");
        try
        {
            return new DownloadModelResponse(file.FileName ?? "model", artifacts.OpenRead(file.Sha256));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new NotFoundException($"Model {request.ModelId} was deleted while its download was being prepared.");
        }
    }

    private sealed record FileRow(string Sha256, string? FileName);
}
