using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.GetExperiment;

public sealed class GetExperimentHandler(DatabaseSession session) : IQueryHandler<GetExperimentRequest, ExperimentItem>
{
    public async ValueTask<ExperimentItem> Handle(GetExperimentRequest request, CancellationToken cancellationToken)
    {
        var connection = await session.ConnectionAsync(cancellationToken);
        return await RecordRules.ExperimentAsync(connection, null, request.ExperimentId, cancellationToken);
    }
}
