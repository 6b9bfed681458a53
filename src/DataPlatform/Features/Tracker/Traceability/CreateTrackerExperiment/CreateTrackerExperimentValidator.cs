using DataPlatform.Domain.Projects;
using DataPlatform.Infrastructure.Http;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Traceability.CreateTrackerExperiment;

public sealed class CreateTrackerExperimentValidator : AbstractValidator<CreateTrackerExperimentRequest>
{
    public CreateTrackerExperimentValidator()
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Description).NotEmpty().ValidText(TrackerRules.MaxDescriptionLength);
        RuleFor(r => r.Phase).NotEmpty().OneOf(ProjectVocabulary.Phases);
        RuleFor(r => r.Hypothesis).ValidText(TrackerRules.MaxDescriptionLength);
        RuleFor(r => r.Result).ValidText(TrackerRules.MaxDescriptionLength);
        RuleFor(r => r.Parameters).ValidJsonObject();
        RuleFor(r => r.Metrics).ValidJsonObject();
        RuleFor(r => r.RunDate).NotNull();
    }
}
