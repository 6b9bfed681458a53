using DataPlatform.Domain.Datasets;
using DataPlatform.Infrastructure.Data;
using DataPlatform.Infrastructure.Errors;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetVersion;

public sealed class GetDatasetVersionHandler(DatabaseSession session, IOptions<JsonOptions> json) : IQueryHandler<GetDatasetVersionRequest, GetDatasetVersionResponse>
{
    public async ValueTask<GetDatasetVersionResponse> Handle(GetDatasetVersionRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        var version = await DatasetVersionRow.ByIdAsync(connection, request.VersionId, cancellationToken)
            ?? throw new NotFoundException($"Dataset version {request.VersionId} not found.");
        var columns = version.Schema(json.Value.SerializerOptions);
        return new GetDatasetVersionResponse(
            version.Id, version.DatasetId, version.Version, version.RowCount, version.ColumnCount, columns, version.Description,
            version.ArtifactId, version.FileName, version.Format, version.CreatedByName, version.CreatedAt);
    }
}
