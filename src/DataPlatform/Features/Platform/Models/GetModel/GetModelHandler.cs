using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Models.GetModel;

public sealed class GetModelHandler(DatabaseSession session) : IQueryHandler<GetModelRequest, ModelItem>
{
    public async ValueTask<ModelItem> Handle(GetModelRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await RecordRules.ModelAsync(connection, null, request.ModelId, cancellationToken);
    }
}
