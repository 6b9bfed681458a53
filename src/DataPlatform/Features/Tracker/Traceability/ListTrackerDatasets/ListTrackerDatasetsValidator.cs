using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Pipeline;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerDatasets;

public sealed class ListTrackerDatasetsValidator : AbstractValidator<ListTrackerDatasetsRequest>
{
    public ListTrackerDatasetsValidator()
    {
        RuleFor(r => r.Phase).OneOf(ProjectVocabulary.Phases);
        RuleFor(r => r.Limit).ValidLimit(TrackerRules.MaxListLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
