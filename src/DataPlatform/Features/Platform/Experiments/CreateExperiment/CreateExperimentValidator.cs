using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Experiments.CreateExperiment;

public sealed class CreateExperimentValidator : AbstractValidator<CreateExperimentRequest>
{
    public CreateExperimentValidator()
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Description).ValidText(10_000);
        RuleFor(r => r.TargetColumn).ValidText(Names.MaxLength);
        RuleFor(r => r.ProblemType).OneOf(RecordRules.ProblemTypes);
        RuleFor(r => r.Status).OneOf(RecordRules.Statuses);
        RuleFor(r => r.Metrics).ValidJsonObject();
    }
}
