using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetRows;

public sealed class GetDatasetRowsValidator : AbstractValidator<GetDatasetRowsRequest>
{
    public GetDatasetRowsValidator()
    {
        RuleFor(r => r.Version).ValidVersionNumber();
        RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'offset' must be 0 or more.");
        RuleFor(r => r.Limit).InclusiveBetween(1, GetDatasetRowsRequest.MaxLimit).WithMessage($"'limit' must be from 1 to {GetDatasetRowsRequest.MaxLimit:N0}.");
    }
}
