using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Platform.Deployments.ListDeployments;

public sealed class ListDeploymentsValidator : AbstractValidator<ListDeploymentsRequest>
{
    public ListDeploymentsValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(RecordRules.MaxListLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
