using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Models.CreateModel;

public sealed class CreateModelValidator : AbstractValidator<CreateModelRequest>
{
    public CreateModelValidator()
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Algorithm).ValidName();
        RuleFor(r => r.Metrics).ValidJsonObject();
        RuleFor(r => r.File!.FileName).ValidPathName().WithName("file").OverridePropertyName("file").When(r => r.File is not null);
    }
}
