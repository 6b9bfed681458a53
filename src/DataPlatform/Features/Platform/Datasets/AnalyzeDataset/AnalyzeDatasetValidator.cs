using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.AnalyzeDataset;

public sealed class AnalyzeDatasetValidator : AbstractValidator<AnalyzeDatasetRequest>
{
    public AnalyzeDatasetValidator()
    {
        RuleFor(r => r.Version).ValidVersionNumber();
    }
}
