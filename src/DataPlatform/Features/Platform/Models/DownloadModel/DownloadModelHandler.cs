using Dapper;
using DataPlatform.Domain.Records;
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
        var model = await connection.QuerySingleOrDefaultAsync<ModelRow>(new CommandDefinition(
            $"SELECT {ModelRow.Columns} FROM {ModelRow.From} WHERE m.id = @ModelId",
            request,
            cancellationToken: cancellationToken));
        if (model?.Sha256 is not { } sha256)
        {
            throw new NotFoundException($"Model {request.ModelId} has no file.");
        }

        try
        {
            return new DownloadModelResponse(model.FileName ?? "model", artifacts.OpenRead(sha256));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new NotFoundException($"Model {request.ModelId} was deleted while its download was being prepared.");
        }
    }
}
