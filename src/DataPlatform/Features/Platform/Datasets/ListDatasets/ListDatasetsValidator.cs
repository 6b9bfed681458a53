using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Datasets.ListDatasets;

public sealed class ListDatasetsValidator : AbstractValidator<ListDatasetsRequest>
{
    public const int MaxLimit = 500;

    public ListDatasetsValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(MaxLimit);
        RuleFor(r => r.Offset).ValidOffset();
        RuleFor(r => r.Search).ValidText(Names.MaxLength);
        RuleFor(r => r.SortField).OneOf(ListDatasetsSql.SortColumns.Keys);
        RuleFor(r => r.SortDirection).OneOf(ListDatasetsSql.Directions.Keys);
    }
}
