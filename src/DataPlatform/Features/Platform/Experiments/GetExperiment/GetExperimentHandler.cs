using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Data;
using Mediator;

namespace DataPlatform.Features.Platform.Experiments.GetExperiment;

public sealed class GetExperimentHandler(Database database) : IQueryHandler<GetExperimentRequest, ExperimentItem>
{
    public async ValueTask<ExperimentItem> Handle(GetExperimentRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await RecordRules.ExperimentAsync(connection, null, request.ExperimentId, cancellationToken);
    }
}
