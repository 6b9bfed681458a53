using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Tracker.Projects.UpdateTrackerProject;

public sealed class UpdateTrackerProjectValidator : AbstractValidator<UpdateTrackerProjectRequest>
{
    public UpdateTrackerProjectValidator()
    {
        RuleFor(r => r.ProjectName).ValidName();
        RuleFor(r => r.ClientName).ValidName();
        RuleFor(r => r.Description).NotEmpty().ValidText(TrackerRules.MaxDescriptionLength);
    }
}
