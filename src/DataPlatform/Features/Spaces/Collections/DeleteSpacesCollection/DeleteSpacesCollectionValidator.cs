using FluentValidation;

namespace DataPlatform.Features.Spaces.Collections.DeleteSpacesCollection;

public sealed class DeleteSpacesCollectionValidator : AbstractValidator<DeleteSpacesCollectionRequest>
{
    public DeleteSpacesCollectionValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.DatasetName).NotEmpty();
        RuleFor(r => r.CollectionName).NotEmpty();
    }
}
