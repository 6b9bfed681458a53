using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Platform.Deployments.ListDeployments;

public sealed class ListDeploymentsValidator : AbstractValidator<ListDeploymentsRequest>
{
    public ListDeploymentsValidator()
    {
        RuleFor(r => r).Must(r => (r.ProjectId is null ? 0 : 1) + (r.ModelId is null ? 0 : 1) == 1).WithName("query").WithMessage("Send exactly one of 'project_id', 'model_id'.");
        RuleFor(r => r.Limit).ValidLimit(RecordRules.MaxListLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
