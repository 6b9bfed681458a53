using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Deployments.CreateDeployment;

public sealed class CreateDeploymentValidator : AbstractValidator<CreateDeploymentRequest>
{
    public CreateDeploymentValidator()
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Stage).NotEmpty().OneOf(RecordRules.Stages);
        RuleFor(r => r.IsActive).NotNull();
    }
}
