using FluentValidation;

namespace DataPlatform.Features.Spaces.StandaloneCollections.DeleteStandaloneCollection;

public sealed class DeleteStandaloneCollectionValidator : AbstractValidator<DeleteStandaloneCollectionRequest>
{
    public DeleteStandaloneCollectionValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
    }
}
