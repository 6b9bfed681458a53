using FluentValidation;

namespace DataPlatform.Features.Spaces.StandaloneCollections.GetStandaloneCollection;

public sealed class GetStandaloneCollectionValidator : AbstractValidator<GetStandaloneCollectionRequest>
{
    public GetStandaloneCollectionValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
    }
}
