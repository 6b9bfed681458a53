using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Projects.UpdateProject;

public sealed class UpdateProjectValidator : AbstractValidator<UpdateProjectRequest>
{
    public UpdateProjectValidator()
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Description).ValidText(ProjectLimits.MaxDescriptionLength);
        RuleFor(r => r.Status).OneOf(["active", "archived"]);
    }
}
