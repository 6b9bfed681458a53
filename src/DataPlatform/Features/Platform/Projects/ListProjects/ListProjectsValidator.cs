using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Projects.ListProjects;

public sealed class ListProjectsValidator : AbstractValidator<ListProjectsRequest>
{
    public const int MaxLimit = 500;

    public ListProjectsValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(MaxLimit);
        RuleFor(r => r.Offset).ValidOffset();
        RuleFor(r => r.Search).ValidText(Names.MaxLength);
        RuleFor(r => r.Status).OneOf(ListProjectsSql.Statuses);
        RuleFor(r => r.SortField).OneOf(ListProjectsSql.SortColumns.Keys);
        RuleFor(r => r.SortDirection).OneOf(ListProjectsSql.Directions.Keys);
    }
}
