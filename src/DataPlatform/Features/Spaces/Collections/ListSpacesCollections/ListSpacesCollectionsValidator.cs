using FluentValidation;

namespace DataPlatform.Features.Spaces.Collections.ListSpacesCollections;

public sealed class ListSpacesCollectionsValidator : AbstractValidator<ListSpacesCollectionsRequest>
{
    public ListSpacesCollectionsValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.DatasetName).NotEmpty();
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(1_000_000);
        RuleFor(r => r.PageSize).InclusiveBetween(1, SpacesStore.MaxPageSize);
    }
}
