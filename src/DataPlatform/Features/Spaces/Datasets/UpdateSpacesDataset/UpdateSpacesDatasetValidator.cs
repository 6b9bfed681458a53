using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Spaces.Datasets.UpdateSpacesDataset;

public sealed class UpdateSpacesDatasetValidator : AbstractValidator<UpdateSpacesDatasetRequest>
{
    public UpdateSpacesDatasetValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.DatasetName).NotEmpty();
        When(r => r.Name is not null, () => RuleFor(r => r.Name).ValidPathName());
        RuleFor(r => r.Description).ValidText(SpacesStore.MaxDescriptionLength);
        RuleFor(r => r.Tags).ValidTags();
        RuleFor(r => r.Metadata).ValidJsonObject();
    }
}
