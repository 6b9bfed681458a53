using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerDecision;

public sealed class CreateTrackerDecisionValidator : AbstractValidator<CreateTrackerDecisionRequest>
{
    public CreateTrackerDecisionValidator()
    {
        RuleFor(r => r.Title).ValidName();
        RuleFor(r => r.Description).NotEmpty().ValidText(TrackerRules.MaxDescriptionLength);
        RuleFor(r => r.Rationale).NotEmpty().ValidText(TrackerRules.MaxDescriptionLength);
        RuleFor(r => r.Phase).NotEmpty().OneOf(ProjectVocabulary.Phases);
        RuleFor(r => r.DecisionDate).NotNull();
    }
}
