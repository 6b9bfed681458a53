using FluentValidation;

namespace DataPlatform.Features.Spaces.StandaloneCollections.ListStandaloneCollections;

public sealed class ListStandaloneCollectionsValidator : AbstractValidator<ListStandaloneCollectionsRequest>
{
    public ListStandaloneCollectionsValidator()
    {
        RuleFor(r => r.Namespace).NotEmpty();
        RuleFor(r => r.ProjectSlug).NotEmpty();
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(1_000_000);
        RuleFor(r => r.PageSize).InclusiveBetween(1, SpacesStore.MaxPageSize);
    }
}
