using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Projects;
using DataPlatform.Infrastructure.Text;
using FluentValidation;
using System.Text.Json;

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
        RuleFor(r => r.Parameters).Must(p => p is null || p.Value.ValueKind == JsonValueKind.Object).WithMessage("'parameters' must be a JSON object.");
        RuleFor(r => r.Metrics).Must(m => m is null || m.Value.ValueKind == JsonValueKind.Object).WithMessage("'metrics' must be a JSON object.");
        RuleFor(r => r.RunDate).NotNull();
    }
}
