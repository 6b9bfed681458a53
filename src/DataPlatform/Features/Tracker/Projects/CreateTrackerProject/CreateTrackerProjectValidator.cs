using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Projects.CreateTrackerProject;

public sealed class CreateTrackerProjectValidator : AbstractValidator<CreateTrackerProjectRequest>
{
    public CreateTrackerProjectValidator()
    {
        RuleFor(r => r.ProjectName).ValidName();
        RuleFor(r => r.ClientName).ValidName();
        RuleFor(r => r.Description).NotEmpty().ValidText(TrackerRules.MaxDescriptionLength);
    }
}
