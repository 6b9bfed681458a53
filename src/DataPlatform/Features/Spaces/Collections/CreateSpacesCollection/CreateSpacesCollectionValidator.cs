using FluentValidation;

namespace DataPlatform.Features.Spaces.Collections.CreateSpacesCollection;

public sealed class CreateSpacesCollectionValidator : AbstractValidator<CreateSpacesCollectionRequest>
{
    public CreateSpacesCollectionValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.DatasetName).NotEmpty();
        RuleFor(r => r.Name).ValidSpacesName();
        RuleFor(r => r.Members).ValidMembers();
    }
}
