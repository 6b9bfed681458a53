using DataPlatform.Features.Platform.Datasets.Comparisons;
using Mediator;

namespace DataPlatform.Features.Platform.Datasets.CompareDatasetVersions;

public sealed class CompareDatasetVersionsHandler(VersionComparison comparison) : IQueryHandler<CompareDatasetVersionsRequest, CompareDatasetVersionsResponse>
{
    public async ValueTask<CompareDatasetVersionsResponse> Handle(CompareDatasetVersionsRequest request, CancellationToken cancellationToken) =>
        (await comparison.CompareAsync(request.DatasetId, request.V1!.Value, request.V2!.Value, cancellationToken)).Comparison;
}
