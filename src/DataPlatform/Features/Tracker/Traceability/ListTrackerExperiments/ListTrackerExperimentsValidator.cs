using DataPlatform.Infrastructure;
using DataPlatform.Infrastructure.Pipeline;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Traceability.ListTrackerExperiments;

public sealed class ListTrackerExperimentsValidator : AbstractValidator<ListTrackerExperimentsRequest>
{
    public ListTrackerExperimentsValidator()
    {
        RuleFor(r => r.Phase).OneOf(TrackerRules.Phases);
        RuleFor(r => r.Limit).ValidLimit(TrackerRules.MaxListLimit);
        RuleFor(r => r.Offset).ValidOffset();
    }
}
