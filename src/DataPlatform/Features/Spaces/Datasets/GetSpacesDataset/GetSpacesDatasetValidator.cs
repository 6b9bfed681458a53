using FluentValidation;

namespace DataPlatform.Features.Spaces.Datasets.GetSpacesDataset;

public sealed class GetSpacesDatasetValidator : AbstractValidator<GetSpacesDatasetRequest>
{
    public GetSpacesDatasetValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.DatasetName).NotEmpty();
    }
}
