using DataPlatform.Features.Platform.Records;

namespace DataPlatform.Features.Platform.Deployments.ListDeployments;

public sealed record ListDeploymentsResponse(IReadOnlyList<DeploymentItem> Items, long Total, int Limit, int Offset);
