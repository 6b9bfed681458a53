using Mediator;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetLineage;

/// <summary>No experiment, model or deployment can reference a dataset yet; the access check has run.</summary>
public sealed class GetDatasetLineageHandler : IQueryHandler<GetDatasetLineageRequest, GetDatasetLineageResponse>
{
    public ValueTask<GetDatasetLineageResponse> Handle(GetDatasetLineageRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new GetDatasetLineageResponse([], [], []));
}
