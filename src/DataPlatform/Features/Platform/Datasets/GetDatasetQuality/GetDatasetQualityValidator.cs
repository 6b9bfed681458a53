using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.GetDatasetQuality;

public sealed class GetDatasetQualityValidator : AbstractValidator<GetDatasetQualityRequest>
{
    public GetDatasetQualityValidator()
    {
        RuleFor(r => r.Version).ValidVersionNumber();
    }
}
