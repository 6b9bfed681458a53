using DataPlatform.Infrastructure;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Projects.ListTrackerProjects;

public sealed class ListTrackerProjectsValidator : AbstractValidator<ListTrackerProjectsRequest>
{
    public const int MaxLimit = 500;

    public ListTrackerProjectsValidator()
    {
        RuleFor(r => r.Limit).ValidLimit(MaxLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
