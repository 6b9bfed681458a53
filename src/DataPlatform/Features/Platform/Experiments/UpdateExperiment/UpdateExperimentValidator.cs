using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Pipeline;
using FluentValidation;

namespace DataPlatform.Features.Platform.Experiments.UpdateExperiment;

public sealed class UpdateExperimentValidator : AbstractValidator<UpdateExperimentRequest>
{
    public UpdateExperimentValidator()
    {
        RuleFor(r => r).Must(r => r.Status is not null || r.Metrics is not null).WithName("body").WithMessage("Send 'status', 'metrics' or both.");
        RuleFor(r => r.Status).OneOf(RecordRules.Statuses);
        RuleFor(r => r.Metrics).ValidJsonObject();
    }
}
