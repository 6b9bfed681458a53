using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Spaces.Datasets.CreateSpacesDataset;

public sealed class CreateSpacesDatasetValidator : AbstractValidator<CreateSpacesDatasetRequest>
{
    public CreateSpacesDatasetValidator()
    {
        RuleFor(r => r.Name).ValidPathName();
        RuleFor(r => r.Description).ValidText(SpacesStore.MaxDescriptionLength);
        RuleFor(r => r.Tags).ValidTags();
        RuleFor(r => r.Metadata).ValidJsonObject();
    }
}
