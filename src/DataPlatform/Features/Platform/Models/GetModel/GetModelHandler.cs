using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Models.GetModel;

public sealed class GetModelHandler(Database database) : IQueryHandler<GetModelRequest, ModelItem>
{
    public async ValueTask<ModelItem> Handle(GetModelRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await RecordRules.ModelAsync(connection, null, request.ModelId, cancellationToken);
    }
}
