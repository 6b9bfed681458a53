using DataPlatform.Infrastructure.Text;
using FluentValidation;

namespace DataPlatform.Features.Platform.Projects.CreateProject;

public sealed class CreateProjectValidator : AbstractValidator<CreateProjectRequest>
{
    public CreateProjectValidator()
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.Description).ValidText(ProjectLimits.MaxDescriptionLength);
    }
}
