using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Platform.Experiments.ListExperiments;

public sealed class ListExperimentsValidator : AbstractValidator<ListExperimentsRequest>
{
    public ListExperimentsValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(RecordRules.MaxListLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
