using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Spaces.Collections.CreateSpacesCollection;

public sealed class CreateSpacesCollectionValidator : AbstractValidator<CreateSpacesCollectionRequest>
{
    public CreateSpacesCollectionValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.DatasetName).NotEmpty();
        RuleFor(r => r.Name).ValidPathName();
        RuleFor(r => r.Members).ValidMembers();
    }
}
