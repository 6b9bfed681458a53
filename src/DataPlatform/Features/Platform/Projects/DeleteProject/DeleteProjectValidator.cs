using FluentValidation;

namespace DataPlatform.Features.Platform.Projects.DeleteProject;

public sealed class DeleteProjectValidator : AbstractValidator<DeleteProjectRequest>
{
    public DeleteProjectValidator() => RuleFor(r => r.ProjectId).NotEmpty();
}
