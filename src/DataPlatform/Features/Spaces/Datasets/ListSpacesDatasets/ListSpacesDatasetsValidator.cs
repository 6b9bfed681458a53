using FluentValidation;

namespace DataPlatform.Features.Spaces.Datasets.ListSpacesDatasets;

public sealed class ListSpacesDatasetsValidator : AbstractValidator<ListSpacesDatasetsRequest>
{
    public ListSpacesDatasetsValidator()
    {
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1).LessThanOrEqualTo(1_000_000);
        RuleFor(r => r.PageSize).InclusiveBetween(1, SpacesStore.MaxPageSize);
        RuleFor(r => r.Tag).MaximumLength(SpacesStore.MaxTagLength);
    }
}
