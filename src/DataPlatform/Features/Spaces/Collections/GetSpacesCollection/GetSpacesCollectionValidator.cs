using FluentValidation;

namespace DataPlatform.Features.Spaces.Collections.GetSpacesCollection;

public sealed class GetSpacesCollectionValidator : AbstractValidator<GetSpacesCollectionRequest>
{
    public GetSpacesCollectionValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.DatasetName).NotEmpty();
        RuleFor(r => r.CollectionName).NotEmpty();
    }
}
