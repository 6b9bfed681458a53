using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Pipeline;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerExperiments;

public sealed class ListTrackerExperimentsValidator : AbstractValidator<ListTrackerExperimentsRequest>
{
    public ListTrackerExperimentsValidator()
    {
        RuleFor(r => r.Phase).OneOf(ProjectVocabulary.Phases);
        RuleFor(r => r.Limit).ValidLimit(TrackerRules.MaxListLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
