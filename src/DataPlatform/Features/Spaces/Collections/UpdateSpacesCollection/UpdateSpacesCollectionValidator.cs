using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Spaces.Collections.UpdateSpacesCollection;

public sealed class UpdateSpacesCollectionValidator : AbstractValidator<UpdateSpacesCollectionRequest>
{
    public UpdateSpacesCollectionValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.DatasetName).NotEmpty();
        RuleFor(r => r.CollectionName).NotEmpty();
        When(r => r.Name is not null, () => RuleFor(r => r.Name).ValidPathName());
        RuleFor(r => r.Members).ValidMembers();
    }
}
