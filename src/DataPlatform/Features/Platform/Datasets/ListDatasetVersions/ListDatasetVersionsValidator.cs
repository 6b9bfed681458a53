using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.ListDatasetVersions;

public sealed class ListDatasetVersionsValidator : AbstractValidator<ListDatasetVersionsRequest>
{
    public const int MaxLimit = 100;

    public ListDatasetVersionsValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(MaxLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
