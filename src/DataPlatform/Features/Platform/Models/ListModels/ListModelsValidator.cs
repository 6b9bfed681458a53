using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Platform.Models.ListModels;

public sealed class ListModelsValidator : AbstractValidator<ListModelsRequest>
{
    public ListModelsValidator()
    {
        RuleFor(r => r).Must(r => (r.ProjectId is null ? 0 : 1) + (r.ExperimentId is null ? 0 : 1) == 1).WithName("query").WithMessage("Send exactly one of 'project_id', 'experiment_id'.");
        RuleFor(r => r.Limit).ValidLimit(RecordRules.MaxListLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
