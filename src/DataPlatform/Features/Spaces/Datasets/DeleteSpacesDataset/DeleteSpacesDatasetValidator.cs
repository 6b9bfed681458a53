using FluentValidation;

namespace DataPlatform.Features.Spaces.Datasets.DeleteSpacesDataset;

public sealed class DeleteSpacesDatasetValidator : AbstractValidator<DeleteSpacesDatasetRequest>
{
    public DeleteSpacesDatasetValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.DatasetName).NotEmpty();
    }
}
