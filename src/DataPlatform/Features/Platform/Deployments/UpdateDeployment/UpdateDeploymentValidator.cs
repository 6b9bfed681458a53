using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using FluentValidation;

namespace DataPlatform.Features.Platform.Deployments.UpdateDeployment;

public sealed class UpdateDeploymentValidator : AbstractValidator<UpdateDeploymentRequest>
{
    public UpdateDeploymentValidator()
    {
        RuleFor(r => r).Must(r => r.Stage is not null || r.IsActive is not null).WithName("body").WithMessage("Send 'stage', 'is_active' or both.");
        RuleFor(r => r.Stage).OneOf(RecordRules.Stages);
    }
}
