using DataPlatform.Features.Platform.Records;
using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Platform.Models.ListModels;

public sealed class ListModelsValidator : AbstractValidator<ListModelsRequest>
{
    public ListModelsValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(RecordRules.MaxListLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
