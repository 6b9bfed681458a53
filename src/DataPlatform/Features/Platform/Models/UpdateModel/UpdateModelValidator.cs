using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Models.UpdateModel;

public sealed class UpdateModelValidator : AbstractValidator<UpdateModelRequest>
{
    public UpdateModelValidator()
    {
        RuleFor(r => r).Must(r => r.Name is not null || r.Metrics is not null).WithName("body").WithMessage("Send 'name', 'metrics' or both.");
        When(r => r.Name is not null, () => RuleFor(r => r.Name).ValidName());
        RuleFor(r => r.Metrics).ValidJsonObject();
    }
}
