using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetColumns;

public sealed class GetDatasetColumnsValidator : AbstractValidator<GetDatasetColumnsRequest>
{
    public GetDatasetColumnsValidator()
    {
        RuleFor(r => r.Version).ValidVersionNumber();
    }
}
